#include "alloc/budget/assessment.hpp"
#include "rules/safe_toml.hpp"

#include "alloc/io/dates.hpp"

#include <boost/date_time/gregorian/gregorian.hpp>
#include <nlohmann/json.hpp>
#include <simdjson.h>
#include <toml++/toml.h>

#include <algorithm>
#include <cstring>
#include <fstream>
#include <set>
#include <sstream>

namespace openras {
namespace {

[[noreturn]] void fail(ErrorCode code, const std::string& message, SourceLocation where) {
    throw OpenRasError(Error{code, message, std::move(where)});
}

SourceLocation at(const toml::node& node, const std::string& source, const std::string& field) {
    return SourceLocation{source, int(node.source().begin.line), int(node.source().begin.column), field};
}

void read_assessment_header(const toml::table& header, const std::string& source, Assessment& out) {
    for (const auto& [key, value] : header) {
        const std::string field = "assessment." + std::string(key.str());
        if (key == "person") {
            if (!value.is_string()) fail(ErrorCode::WrongType, "the person's reference must be text", at(value, source, field));
            out.person = value.as_string()->get();
        } else if (key == "date") {
            if (const auto* day = value.as_date()) {
                const toml::date d = day->get();
                try {
                    out.date = boost::gregorian::date(d.year, d.month, d.day);
                } catch (const std::exception&) {
                    fail(ErrorCode::InvalidDate, "the date must be between the years 1400 and 9999",
                         at(value, source, field));
                }
            } else if (const auto* text = value.as_string()) {
                out.date = parse_iso_date(text->get(), at(value, source, field));
            } else {
                fail(ErrorCode::WrongType, "the date must be written like 2026-05-01", at(value, source, field));
            }
        } else {
            fail(ErrorCode::UnknownName, "unknown field (expected person or date)", at(value, source, field));
        }
    }
}

}  // namespace

Assessment assessment_from_toml_text(std::string_view text, const std::string& source) {
    toml::table document;
    try {
        document = parse_toml(text, std::string_view(source));
    } catch (const toml::parse_error& failure) {
        const auto& begin = failure.source().begin;
        fail(ErrorCode::Syntax, std::string(failure.description()),
             SourceLocation{source, int(begin.line), int(begin.column), {}});
    }
    Assessment out;
    out.source = source;
    for (const auto& [key, value] : document) {
        if (key == "assessment" && value.is_table()) {
            read_assessment_header(*value.as_table(), source, out);
        } else if (key == "answers" && value.is_table()) {
            for (const auto& [question, answer] : *value.as_table()) {
                const std::string field = "answers." + std::string(question.str());
                if (!answer.is_string())
                    fail(ErrorCode::WrongType, "an answer must be the answer's id in quotes", at(answer, source, field));
                out.answers.push_back({std::string(question.str()), answer.as_string()->get(), at(answer, source, field)});
            }
        } else if (key == "assessment" || key == "answers") {
            fail(ErrorCode::WrongType, "`" + std::string(key.str()) + "` must be a section written [" +
                                           std::string(key.str()) + "]",
                 at(value, source, std::string(key.str())));
        } else {
            fail(ErrorCode::UnknownName, "unknown section `" + std::string(key.str()) + "` (expected [assessment] and [answers])",
                 at(value, source, std::string(key.str())));
        }
    }
    if (!document.contains("answers"))
        fail(ErrorCode::MissingField, "the file has no [answers] section", SourceLocation{source, 1, 1, {}});
    return out;
}

Assessment load_assessment_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) fail(ErrorCode::Io, "cannot open the answers file", SourceLocation{path, 0, 0, {}});
    std::ostringstream text;
    text << in.rdbuf();
    return assessment_from_toml_text(text.str(), path);
}

Assessment assessment_from_json(const nlohmann::json& document, const std::string& source) {
    if (!document.is_object()) fail(ErrorCode::WrongType, "each line must be a JSON object", SourceLocation{source, 0, 0, {}});
    Assessment out;
    out.source = source;
    for (const auto& [key, value] : document.items()) {
        const SourceLocation where{source, 0, 0, key};
        if (key == "person") {
            if (!value.is_string()) fail(ErrorCode::WrongType, "the person's reference must be text", where);
            out.person = value.get<std::string>();
        } else if (key == "date") {
            if (!value.is_string()) fail(ErrorCode::WrongType, "the date must be text like \"2026-05-01\"", where);
            out.date = parse_iso_date(value.get<std::string>(), where);
        } else if (key == "answers") {
            if (!value.is_object()) fail(ErrorCode::WrongType, "answers must be an object of question: answer", where);
            for (const auto& [question, answer] : value.items()) {
                const SourceLocation answer_at{source, 0, 0, "answers." + question};
                if (!answer.is_string()) fail(ErrorCode::WrongType, "an answer must be the answer's id as text", answer_at);
                out.answers.push_back({question, answer.get<std::string>(), answer_at});
            }
        } else {
            fail(ErrorCode::UnknownName, "unknown field (expected person, date and answers)", where);
        }
    }
    if (!document.contains("answers")) fail(ErrorCode::MissingField, "there are no answers", SourceLocation{source, 0, 0, "answers"});
    return out;
}

// A batch line as nearly every one is written: an object of "person" and "date" as text and
// "answers" as an object of text, each once, nothing else. read_plain_line reads it with
// simdjson, without a tree, into views of its text; the batch resolves the answers straight from
// those (AnswerLookup), and read_plain_assessment makes of it what assessment_from_json would
// (answers in their question ids' byte order, as nlohmann's object keeps them). Anything else,
// including every mistake, gives nothing, and the line is read again the slow way, whose
// messages name what is wrong.
//
// The answers are sorted and checked as views into simdjson's buffer before any string is made,
// and each answer's place is left for resolve_answers to name ("answers.<question>" in `source`)
// only if it is wrong: making a location for every answer of every line was most of the reading.

bool read_plain_line(std::string_view line, PlainLine& out) {
    thread_local simdjson::ondemand::parser parser;
    thread_local simdjson::padded_string padded;  // the line copied, with the padding simdjson reads past its end
    thread_local std::vector<std::pair<std::string_view, std::string_view>> answers_read;  // views into the parser
    if (line.empty()) return false;
    if (padded.size() < line.size()) padded = simdjson::padded_string(std::max<std::size_t>(line.size() * 2, 4096));
    std::memcpy(padded.data(), line.data(), line.size());
    std::memset(padded.data() + line.size(), 0, simdjson::SIMDJSON_PADDING);
    simdjson::ondemand::document document;
    if (parser.iterate(padded.data(), line.size(), padded.size() + simdjson::SIMDJSON_PADDING).get(document)) return false;
    simdjson::ondemand::object object;
    if (document.get_object().get(object)) return false;
    out = PlainLine{};
    bool person = false, date = false, answers = false;
    for (auto field : object) {
        std::string_view key, text;
        if (field.unescaped_key().get(key)) return false;
        simdjson::ondemand::value value;
        if (field.value().get(value)) return false;
        if (key == "person" && !person) {
            if (value.get_string().get(out.person)) return false;
            person = true;
        } else if (key == "date" && !date) {
            if (value.get_string().get(text)) return false;
            try {
                static const SourceLocation nowhere;  // a mistake is read again the slow way, which names it
                out.date = parse_iso_date(text, nowhere);
            } catch (const OpenRasError&) {
                return false;
            }
            date = true;
        } else if (key == "answers" && !answers) {
            simdjson::ondemand::object given;
            if (value.get_object().get(given)) return false;
            answers_read.clear();
            for (auto answer : given) {
                std::string_view question, chosen;
                if (answer.unescaped_key().get(question) || answer.value().get_string().get(chosen)) return false;
                answers_read.emplace_back(question, chosen);
            }
            answers = true;
        } else {
            return false;  // an unknown field, or one given twice
        }
    }
    // Once its object is read, the document is at its end unless something follows it (simdjson
    // then gives where that starts): a second value, or anything else, is the full reader's to name.
    if (!answers || document.current_location().error() != simdjson::OUT_OF_BOUNDS) return false;
    out.answers = answers_read;
    return true;
}

std::optional<Assessment> read_plain_assessment(std::string_view line, const std::string& source) {
    PlainLine plain;
    if (!read_plain_line(line, plain)) return std::nullopt;
    thread_local std::vector<std::pair<std::string_view, std::string_view>> sorted;
    sorted.assign(plain.answers.begin(), plain.answers.end());
    std::sort(sorted.begin(), sorted.end());
    Assessment out;
    out.source = source;
    out.person = plain.person;
    out.date = plain.date;
    out.answers.reserve(sorted.size());
    for (std::size_t i = 0; i < sorted.size(); ++i) {
        if (i && sorted[i].first == sorted[i - 1].first) return std::nullopt;  // given twice
        out.answers.push_back({std::string(sorted[i].first), std::string(sorted[i].second), {}});
    }
    return out;
}

Assessment assessment_from_json_text(std::string_view line, const std::string& source) {
    if (std::optional<Assessment> plain = read_plain_assessment(line, source)) return std::move(*plain);
    std::vector<std::set<std::string>> keys_by_depth;
    std::string duplicate;
    const auto refuse_duplicates = [&](int depth, nlohmann::json::parse_event_t event, nlohmann::json& parsed) {
        using Event = nlohmann::json::parse_event_t;
        const std::size_t level = std::size_t(depth);
        if (event == Event::object_start) {
            if (keys_by_depth.size() <= level + 1) keys_by_depth.resize(level + 2);
            keys_by_depth[level + 1].clear();
        } else if (event == Event::key && level < keys_by_depth.size()) {
            const std::string key = parsed.get<std::string>();
            if (!keys_by_depth[level].insert(key).second && duplicate.empty()) duplicate = key;
        }
        return true;
    };
    nlohmann::json document;
    try {
        document = nlohmann::json::parse(line, refuse_duplicates);
    } catch (const nlohmann::json::parse_error& e) {
        fail(ErrorCode::Syntax, "not valid JSON: the text stops making sense at character " + std::to_string(e.byte),
             SourceLocation{source, 0, 0, {}});
    } catch (const nlohmann::json::exception&) {
        // A number too large for a double ("1E400") is nlohmann's out_of_range, not a parse_error.
        fail(ErrorCode::Syntax, "not valid JSON: a number in it is too large to read", SourceLocation{source, 0, 0, {}});
    }
    if (!duplicate.empty())
        fail(ErrorCode::Duplicate, "\"" + duplicate + "\" is given twice", SourceLocation{source, 0, 0, duplicate});
    return assessment_from_json(document, source);
}

}  // namespace openras
