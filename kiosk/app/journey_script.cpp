#include "kiosk/app/journey_script.hpp"

#include "alloc/io/file_input.hpp"
#include "rules/error.hpp"

#include <charconv>
#include <filesystem>
#include <map>

namespace openras::kiosk {
namespace {

struct Word {
    std::string text;
    int column = 0;  // 1-based
    bool quoted = false;
};

class LineReader {
public:
    LineReader(const std::string& path, int line) : path_(path), line_(line) {}

    [[noreturn]] void fail(int column, const std::string& why) const {
        throw OpenRasError(Error{ErrorCode::Syntax, why, SourceLocation{path_, line_, column, {}}});
    }

    std::vector<Word> split(std::string_view text) const {
        std::vector<Word> words;
        std::size_t i = 0;
        while (i < text.size()) {
            if (text[i] == ' ' || text[i] == '\t' || text[i] == '\r') {
                ++i;
                continue;
            }
            if (text[i] == '#') break;
            Word word{{}, int(i) + 1, text[i] == '"'};
            if (word.quoted) {
                for (++i;; ++i) {
                    if (i >= text.size()) fail(word.column, "the quotes that open here are never closed");
                    if (text[i] == '"') break;
                    if (text[i] == '\\' && i + 1 < text.size()) ++i;
                    word.text += text[i];
                }
                ++i;
            } else {
                while (i < text.size() && text[i] != ' ' && text[i] != '\t' && text[i] != '\r') word.text += text[i++];
            }
            words.push_back(std::move(word));
        }
        return words;
    }

    int number(const Word& word, int lowest, int highest, const char* what) const {
        int value = 0;
        const char* end = word.text.data() + word.text.size();
        const auto [at, problem] = std::from_chars(word.text.data(), end, value);
        if (problem != std::errc() || at != end || word.quoted || value < lowest || value > highest)
            fail(word.column, std::string(what) + " must be a whole number from " + std::to_string(lowest) + " to " +
                                  std::to_string(highest));
        return value;
    }

private:
    const std::string& path_;
    int line_;
};

struct Shape {
    JourneyStepKind kind;
    const char* arguments;  // "" none, "t" text, "n" number, "tn" text and number, "xy" a point
};

const std::map<std::string, Shape, std::less<>>& step_shapes() {
    using K = JourneyStepKind;
    static const std::map<std::string, Shape, std::less<>> shapes = {
        {"tap", {K::Tap, "t"}},           {"tap-at", {K::TapAt, "xy"}},   {"double-tap", {K::DoubleTap, "t"}},
        {"tap-twice", {K::TapTwice, "tn"}}, {"wait", {K::Wait, "n"}},    {"type", {K::Type, "t"}},
        {"shot", {K::Shot, "t"}},         {"note-reference", {K::NoteReference, ""}}, {"type-noted", {K::TypeNoted, ""}},
        {"headset", {K::Headset, "t"}},
    };
    return shapes;
}

const std::map<std::string, JourneyStepKind, std::less<>>& expectations() {
    using K = JourneyStepKind;
    static const std::map<std::string, JourneyStepKind, std::less<>> kinds = {
        {"screen", K::ExpectScreen},  {"text", K::ExpectText},          {"no-text", K::ExpectNoText},
        {"chosen", K::ExpectChosen},  {"not-chosen", K::ExpectNotChosen}, {"record-events", K::ExpectRecordEvents},
        {"text-size", K::ExpectTextSize}, {"said", K::ExpectSaid}, {"not-said", K::ExpectNotSaid},
        {"speech", K::ExpectSpeech},
    };
    return kinds;
}

void need_words(const LineReader& reader, const std::vector<Word>& words, std::size_t count, const std::string& usage) {
    if (words.size() != count) reader.fail(words.front().column, "write it as: " + usage);
}

JourneyStep expectation(const LineReader& reader, const std::vector<Word>& words) {
    need_words(reader, words, 3, "expect screen|text|no-text|chosen|not-chosen|record-events|text-size|said|not-said|speech VALUE");
    const auto found = expectations().find(words[1].text);
    if (found == expectations().end())
        reader.fail(words[1].column,
                    "expect what? screen, text, no-text, chosen, not-chosen, record-events, text-size, said, not-said or speech");
    JourneyStep step{found->second, words[2].text, 0, 0, 0, 0};
    if (step.kind == JourneyStepKind::ExpectRecordEvents) step.number = reader.number(words[2], 0, 100000000, "a count of events");
    if (step.kind == JourneyStepKind::ExpectTextSize) step.number = reader.number(words[2], 1, 4, "the text size");
    if (step.kind == JourneyStepKind::ExpectSpeech && step.text != "on" && step.text != "off" && step.text != "paused" &&
        step.text != "playing")
        reader.fail(words[2].column, "speech is on, off, paused or playing");
    return step;
}

JourneyStep action(const LineReader& reader, const std::vector<Word>& words) {
    const auto found = step_shapes().find(words[0].text);
    if (found == step_shapes().end())
        reader.fail(words[0].column, "unknown step \"" + words[0].text +
                                         "\" (steps: size, text-size, settings, tap, tap-at, double-tap, tap-twice, "
                                         "wait, type, note-reference, type-noted, headset, expect, shot)");
    const std::string_view shape = found->second.arguments;
    JourneyStep step{found->second.kind, {}, 0, 0, 0, 0};
    if (shape.empty()) {
        need_words(reader, words, 1, words[0].text);
    } else if (shape == "t") {
        need_words(reader, words, 2, words[0].text + " \"TEXT\"");
        step.text = words[1].text;
    } else if (shape == "n") {
        need_words(reader, words, 2, words[0].text + " MILLISECONDS");
        step.number = reader.number(words[1], 0, 600000, "the milliseconds");
    } else if (shape == "tn") {
        need_words(reader, words, 3, words[0].text + " \"LABEL\" MILLISECONDS");
        step.text = words[1].text;
        step.number = reader.number(words[2], 0, 600000, "the milliseconds");
    } else {
        need_words(reader, words, 3, words[0].text + " X Y");
        step.x = float(reader.number(words[1], 0, 10000, "x"));
        step.y = float(reader.number(words[2], 0, 10000, "y"));
    }
    if (step.text.empty() && (shape == "t" || shape == "tn")) reader.fail(words[1].column, "the text is empty");
    if (step.kind == JourneyStepKind::Headset && step.text != "plugged" && step.text != "unplugged")
        reader.fail(words[1].column, "write it as: headset plugged, or headset unplugged");
    if (step.kind == JourneyStepKind::Shot && step.text.find('/') != std::string::npos)
        reader.fail(words[1].column, "a shot is a file name in --out, without folders");
    return step;
}

void window_size(const LineReader& reader, const Word& word, JourneyScript& script) {
    const std::size_t x = word.text.find('x');
    if (x == std::string::npos) reader.fail(word.column, "write the size like 1920x1080");
    script.width = reader.number(Word{word.text.substr(0, x), word.column, false}, 640, 7680, "the width");
    script.height = reader.number(Word{word.text.substr(x + 1), word.column, false}, 480, 4320, "the height");
}

// The steps that set the scene: true when `words` was one of them.
bool setting(const LineReader& reader, const std::vector<Word>& words, JourneyScript& script) {
    const std::string& name = words[0].text;
    if (name != "size" && name != "text-size" && name != "settings") return false;
    need_words(reader, words, 2, name + " VALUE");
    if (!script.steps.empty()) reader.fail(words[0].column, name + " must come before the journey's first step");
    if (name == "size") window_size(reader, words[1], script);
    if (name == "text-size") script.text_size = reader.number(words[1], 1, 4, "the text size");
    if (name == "settings") {
        const std::filesystem::path folder = std::filesystem::path(script.path).parent_path();
        script.settings = (folder / words[1].text).string();
    }
    return true;
}

}  // namespace

JourneyScript parse_journey(std::string_view text, const std::string& path) {
    JourneyScript script;
    script.path = path;
    int line = 0;
    for (std::size_t start = 0; start <= text.size();) {
        const std::size_t end = std::min(text.find('\n', start), text.size());
        ++line;
        const LineReader reader(path, line);
        const std::vector<Word> words = reader.split(text.substr(start, end - start));
        start = end + 1;
        if (words.empty() || setting(reader, words, script)) continue;
        JourneyStep step = words[0].text == "expect" ? expectation(reader, words) : action(reader, words);
        step.line = line;
        script.steps.push_back(std::move(step));
    }
    if (script.steps.empty())
        throw OpenRasError(Error{ErrorCode::MissingField, "the journey has no steps", SourceLocation{path, 0, 0, {}}});
    return script;
}

JourneyScript load_journey(const std::string& path) { return parse_journey(read_whole_file(path), path); }

}  // namespace openras::kiosk
