#include "kiosk/speech/page_reading.hpp"

#include "kiosk/ui/onscreen_keyboard.hpp"

#include <algorithm>
#include <cctype>

namespace openras::kiosk {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// "£1,234.56" and "£72" from the pound sign to the last digit.
std::size_t money_end(std::string_view words, std::size_t after_sign) {
    std::size_t at = after_sign;
    while (at < words.size() && (is_digit(words[at]) || ((words[at] == ',' || words[at] == '.') &&
                                                         at + 1 < words.size() && is_digit(words[at + 1]))))
        ++at;
    return at;
}

void replace_all(std::string& words, std::string_view what, std::string_view with, bool& hidden) {
    if (what.size() < 2) return;
    for (std::size_t at = words.find(what); at != std::string::npos; at = words.find(what, at + with.size())) {
        words.replace(at, what.size(), with);
        hidden = true;
    }
}

std::string trimmed(std::string_view words) {
    while (!words.empty() && (words.front() == ' ' || words.front() == '\n')) words.remove_prefix(1);
    while (!words.empty() && (words.back() == ' ' || words.back() == '\n')) words.remove_suffix(1);
    return std::string(words);
}

// Each piece ends as a sentence, so the voice pauses between them.
void add_sentence(std::string& out, std::string_view piece) {
    std::string words = trimmed(piece);
    if (words.empty()) return;
    for (char& c : words)
        if (c == '\n') c = ' ';
    // The arrow on "Start now →" is not a word.
    for (std::string_view arrow : {"\u2192", "\u2190"})
        for (std::size_t at; (at = words.find(arrow)) != std::string::npos;) words.erase(at, arrow.size());
    words = trimmed(words);
    const char last = words.back();
    if (last != '.' && last != '?' && last != '!' && last != ':') words += '.';
    if (!out.empty()) out += ' ';
    out += words;
}

// A button's label as a word: the stepper's − and + say what they do.
std::string label_words(const Ui& ui, std::string_view label) {
    if (label == "\u2212") return std::string(ui.tr("speech.one_less"));
    if (label == "+") return std::string(ui.tr("speech.one_more"));
    return std::string(label);
}

std::string stars(const Ui& ui, std::string_view shown) {
    // Each character of a secret is drawn as one dot (3 bytes) or '*' (the PIN).
    const std::size_t count = shown.find('*') != std::string_view::npos ? shown.size() : shown.size() / 3;
    if (count == 0) return std::string(ui.tr("speech.nothing_typed"));
    std::string out;
    for (std::size_t i = 0; i < count; ++i) out += std::string(i ? " " : "") + std::string(ui.tr("speech.star"));
    return out;
}

std::string item_words(const Ui& ui, const SpokenItem& item, int answer_number, const ReadingContext& context,
                       bool& hidden) {
    if (item.personal && !context.private_ok && !item.words.empty()) {
        hidden = true;
        return std::string(ui.tr("speech.words_hidden"));
    }
    const std::string words = speakable(ui, std::string_view(item.words.data(), item.words.size()), context, hidden);
    switch (item.role) {
        case SpeechRole::Answer:
            return ui.trf(item.chosen ? "speech.answer_chosen" : "speech.answer",
                          {{"number", std::to_string(answer_number)}, {"answer", words}});
        case SpeechRole::Toggle:
            return ui.trf(item.chosen ? "speech.ticked" : "speech.not_ticked", {{"choice", words}});
        case SpeechRole::Button: return ui.trf("speech.button", {{"label", label_words(ui, words)}});
        case SpeechRole::Field:
            return ui.trf("speech.typed", {{"typed", words.empty() ? std::string(ui.tr("speech.nothing_typed")) : words}});
        case SpeechRole::Masked: return ui.trf("speech.typed", {{"typed", stars(ui, words)}});
        case SpeechRole::Picture: return ui.trf("speech.picture", {{"picture", words}});
        default: return words;
    }
}

bool is_code_character(char c) { return is_digit(c) || (c >= 'A' && c <= 'Z'); }

// A reference such as "7KQ4-M2XA-Q" is spelt out, a character at a time and a pause between
// its groups, so it can be written down as it is heard.
std::string spell_codes(const std::string& words) {
    std::string out;
    for (std::size_t at = 0; at < words.size();) {
        std::size_t end = at;
        while (end < words.size() && (is_code_character(words[end]) || words[end] == '-')) ++end;
        const std::string_view token(words.data() + at, end - at);
        const bool starts_word = at == 0 || !std::isalnum(static_cast<unsigned char>(words[at - 1]));
        const bool code = starts_word && token.size() >= 5 && token.find('-') != std::string_view::npos &&
                          token.front() != '-' && token.back() != '-' &&
                          std::any_of(token.begin(), token.end(), is_digit);
        if (end > at && code) {
            for (std::size_t i = 0; i < token.size(); ++i) {
                if (token[i] == '-') out += ",";
                else out += std::string(i ? " " : "") + token[i];
            }
            at = end;
        } else {
            out += words[at++];
        }
    }
    return out;
}

}  // namespace

std::string speakable(const Ui& ui, std::string_view words, const ReadingContext& context, bool& hidden) {
    std::string out = spell_codes(std::string(words));
    if (context.private_ok) return out;
    const std::string_view amount = ui.tr("speech.amount_hidden");
    for (std::size_t at = out.find("\u00a3"); at != std::string::npos; at = out.find("\u00a3", at)) {
        const std::size_t end = money_end(out, at + 2);
        if (end == at + 2) {
            at += 2;
            continue;
        }
        out.replace(at, end - at, amount);
        at += amount.size();
        hidden = true;
    }
    std::string name = trimmed(context.name);
    if (!name.empty()) replace_all(out, name, ui.tr("speech.name_hidden"), hidden);
    return out;
}

std::string page_reading(const Ui& ui, const ReadingContext& context) {
    const std::vector<SpokenItem>& items = ui.speech.items();
    auto read = [&](SpeechPlace place) { return place == SpeechPlace::Content || place == SpeechPlace::Overlay; };
    std::string out;
    bool hidden = false;
    // Errors first; the same message beside its field ("Error: …") is not said twice.
    std::string errors;
    for (const SpokenItem& item : items) {
        if (!read(item.place) || item.role != SpeechRole::Error) continue;
        const std::string words = item_words(ui, item, 0, context, hidden);
        const std::string prefix = std::string(ui.tr("error.prefix")) + " ";
        const std::string message = words.rfind(prefix, 0) == 0 ? words.substr(prefix.size()) : words;
        if (errors.find(trimmed(message)) == std::string::npos) add_sentence(errors, words);
    }
    add_sentence(out, errors);
    int answer = 0;
    bool keys = false;
    for (const SpokenItem& item : items) {
        if (item.place == SpeechPlace::Dock) keys = true;
        if (!read(item.place) || item.role == SpeechRole::Error) continue;
        if (item.role == SpeechRole::Answer) ++answer;
        add_sentence(out, item_words(ui, item, answer, context, hidden));
    }
    if (keys) add_sentence(out, ui.tr("speech.keys_below"));
    std::string buttons;
    for (const SpokenItem& item : items)
        if (item.place == SpeechPlace::Actions && item.role == SpeechRole::Button)
            add_sentence(buttons, label_words(ui, speakable(ui, std::string_view(item.words.data(), item.words.size()), context, hidden)));
    if (!buttons.empty()) add_sentence(out, std::string(ui.tr("speech.buttons")) + " " + buttons);
    if (hidden) add_sentence(out, ui.tr("speech.private_note"));
    return out;
}

std::string control_reading(const Ui& ui, std::string_view id, const ReadingContext& context) {
    const std::vector<SpokenItem>& items = ui.speech.items();
    const bool secret = std::any_of(items.begin(), items.end(), [](const SpokenItem& i) { return i.role == SpeechRole::Masked; });
    int answer = 0;
    for (const SpokenItem& item : items) {
        if (item.role == SpeechRole::Answer && item.place == SpeechPlace::Content) ++answer;
        if (item.id != id) continue;
        bool hidden = false;
        if (item.place == SpeechPlace::Dock) {
            // A key: what it typed, a star in a secret, nothing that could be overheard.
            const std::string_view label(item.words.data(), item.words.size());
            const bool character = characters_of(label).size() == 1;
            if (character && secret) return std::string(ui.tr("speech.star"));
            if (character && !context.private_ok) return std::string(ui.tr("speech.key_typed"));
            return std::string(label);
        }
        // A button tapped says what it is called; anything else, as the page reading says it.
        const std::string words =
            item.role == SpeechRole::Button
                ? label_words(ui, speakable(ui, std::string_view(item.words.data(), item.words.size()), context, hidden))
                : item_words(ui, item, answer, context, hidden);
        std::string sentence;
        add_sentence(sentence, words);
        return sentence;
    }
    return {};
}

}  // namespace openras::kiosk
