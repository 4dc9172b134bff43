#pragma once
// The words of `openras`'s reports for people in each language OpenRAS has: British English,
// Welsh, Polish and Urdu, from alloc/report/words/LANG.toml (built into the program). Reports
// ask for a key ("budget.title"), never write a sentence themselves, so `--language cy` gives
// the same report in Welsh. Keys are the TOML tables and names joined with dots; a value may
// hold {name} placeholders; a count's words have a key for each CLDR plural form of the
// language (KEY_one, KEY_few, ..., chosen by ICU, alloc/io/plural_rules.hpp). A key a language
// lacks falls back to English (the tests hold every file to every key).
#include <initializer_list>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace openras {

class Rational;

class ReportWords {
public:
    // The built-in words for `language` ("en-GB", "cy", "pl", "ur"). Throws OpenRasError
    // (InvalidValue, naming --language and the languages there are) for any other.
    static const ReportWords& in(std::string_view language);
    static const ReportWords& english() { return in("en-GB"); }
    static std::vector<std::string> languages();

    const std::string& language() const { return language_; }
    bool right_to_left() const { return language_ == "ur"; }
    std::string get(std::string_view key) const;
    bool has(std::string_view key) const { return words_.count(std::string(key)) > 0; }
    std::string format(std::string_view key, std::initializer_list<std::pair<std::string_view, std::string>> params) const;
    // A count's words: KEY_<form> for `count` with {count} filled in, and `params`. A number
    // that is not whole ("11.25 points") takes the "other" form, as CLDR has it.
    std::string count(std::string_view key, const Rational& count, const std::string& shown,
                      std::initializer_list<std::pair<std::string_view, std::string>> params = {}) const;
    std::vector<std::string> keys() const;

    // Parses a words file; problems name `file_name` and the line.
    static ReportWords from_toml(std::string_view text, const std::string& language, const std::string& file_name);

private:
    std::string language_;
    std::map<std::string, std::string, std::less<>> words_;
};

// The words files built into the program, by language (generated at build time).
struct EmbeddedReportWords {
    std::string_view language, text;
};
const std::vector<EmbeddedReportWords>& embedded_report_words();

}  // namespace openras
