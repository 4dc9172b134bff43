#include "alloc/cli/cli_support.hpp"

#include <algorithm>

#include "rules/ruleset_loader.hpp"

#include <iostream>
#include <ostream>

namespace openras::cli {

int print_problems(const Diagnostics& problems, std::ostream& err, bool writes_files, std::size_t limit) {
    std::size_t shown = 0;
    for (const Error& e : problems.errors()) {
        if (shown++ == limit) break;
        err << e.where.to_string() << ": error: " << e.message << " [" << error_code_name(e.code) << "]\n";
    }
    if (problems.size() > limit) err << "… and " << problems.size() - limit << " more problems not shown.\n";
    err << problems.size() << (problems.size() == 1 ? " problem" : " problems") << " found"
        << (writes_files ? "; nothing was written.\n" : ".\n");
    return kExitInvalid;
}

int print_problems_or_write(const Diagnostics& problems, const std::function<void()>& write) {
    if (!problems.empty()) return print_problems(problems, std::cerr);
    write();
    return kExitOk;
}

std::shared_ptr<const RuleSet> load_rule_set_or_report(const std::string& path, std::ostream& err,
                                                       bool writes_files) {
    RuleSetLoad load = load_rule_set_file(path);
    if (load.rule_set) return load.rule_set;
    print_problems(load.problems, err, writes_files);
    return nullptr;
}

Rational decimal_option(const std::string& option, const std::string& text) {
    const std::optional<Rational> value = Rational::parse_decimal(text);
    if (!value) throw CLI::ValidationError(option, "\"" + text + "\" is not a plain decimal number (for example 0.95 or 5)");
    return *value;
}

const ReportWords& report_words(const std::string& language, const RuleSet& rules) {
    if (language.empty() || language == "en-GB") return ReportWords::english();
    const ReportWords& words = ReportWords::in(language);  // throws, naming the languages there are
    if (std::find(rules.languages.begin(), rules.languages.end(), language) == rules.languages.end()) {
        std::string stated;
        for (const std::string& code : rules.languages) stated += ", " + code;
        throw OpenRasError(Error{ErrorCode::InvalidValue,
                                 "the rule set " + rules.header.id + " has no texts in \"" + language +
                                     "\"; it has en-GB" + stated,
                                 SourceLocation{{}, 0, 0, "--language"}});
    }
    return words;
}

}  // namespace openras::cli
