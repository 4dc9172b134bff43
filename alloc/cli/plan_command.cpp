// `openras plan check` and `openras plan cost`: a support plan costed, and checked against the
// council's rules. Exit codes: 0 the plan can be confirmed (no blocker), 3 it has blockers,
// 1 invalid input (every problem in the plan file is listed), 2 usage.
#include "alloc/budget/budget_service.hpp"
#include "alloc/cli/cli_support.hpp"
#include "alloc/cli/commands.hpp"
#include "alloc/io/dates.hpp"
#include "alloc/plan/plan_checker.hpp"
#include "alloc/plan/plan_file.hpp"
#include "alloc/plan/plan_report.hpp"
#include "rules/ruleset_loader.hpp"

#include <iostream>

namespace openras::cli {
namespace {

inline constexpr int kExitBlockers = 3;

struct PlanOptions {
    std::vector<std::string> rules;
    std::string plan;
    std::optional<std::int64_t> budget_pence;
    std::string answers;
    std::string date;
    bool json = false;
    std::string language;  // empty: the rule set's own (English)
};

void print_problems(const Diagnostics& problems) {
    for (const Error& e : problems.errors())
        std::cerr << e.where.to_string() << ": error: " << e.message << " [" << error_code_name(e.code) << "]\n";
}

// The rule sets, or nullopt after listing every problem in them.
std::optional<RuleLibrary> plan_library(const std::vector<std::string>& paths) {
    Diagnostics problems;
    RuleLibrary library;
    if (paths.empty()) library.add(embedded_default_rule_set(), problems);
    else library = load_rule_library(paths, problems);
    if (problems.empty()) return library;
    print_problems(problems);
    std::cerr << problems.size() << (problems.size() == 1 ? " problem" : " problems") << " in the rules.\n";
    return std::nullopt;
}

// The plan, or nullopt after listing every problem in the file.
std::optional<SupportPlan> read_plan(const std::string& path, const char* not_done) {
    PlanLoad load = load_plan_file(path);
    print_problems(load.problems);
    if (!load.problems.empty())
        std::cerr << load.problems.size() << (load.problems.size() == 1 ? " problem" : " problems")
                  << " in the plan file; " << not_done << ".\n";
    return std::move(load.plan);
}

// The rule set in force on the plan's date (or --date), named as the plan's problem if none is.
std::shared_ptr<const RuleSet> rules_for(const RuleLibrary& library, const Date& day, const PlanOptions& o,
                                         const SupportPlan& plan) {
    try {
        return library.in_force_on(day);
    } catch (const OpenRasError& e) {
        Error error = e.error();
        error.where = o.date.empty() ? SourceLocation{plan.source, 0, 0, plan.written ? "plan.date" : "plan.start"}
                                     : SourceLocation{{}, 0, 0, "--date"};
        throw OpenRasError(error);
    }
}

Date rules_date(const PlanOptions& o, const SupportPlan& plan) {
    return o.date.empty() ? plan.rules_date() : parse_iso_date(o.date, SourceLocation{{}, 0, 0, "--date"});
}

PlanBudget budget_for(const PlanOptions& o, const SupportPlan& plan, const RuleLibrary& library, const Date& day) {
    if (o.budget_pence) return {true, Money::from_pence(*o.budget_pence), "given with --budget"};
    if (!o.answers.empty()) {
        BudgetService service(library);
        Assessment assessment = load_assessment_file(o.answers);
        const IndicativeBudget budget = service.compute(assessment, false, assessment.date.is_not_a_date()
                                                                               ? std::optional<Date>(day)
                                                                               : std::nullopt);
        return {true, budget.weekly,
                "the indicative budget for " + o.answers + ", worked out with " + budget.rules->header.id +
                    " version " + budget.rules->header.version};
    }
    if (plan.budget.weekly)
        return {true, *plan.budget.weekly,
                (plan.budget.kind.empty() ? std::string("from") : plan.budget.kind + ", from") + " the plan's [budget]"};
    return {};
}

int run_check(const PlanOptions& o) {
    const auto library = plan_library(o.rules);
    if (!library) return kExitInvalid;
    const auto plan = read_plan(o.plan, "nothing was checked");
    if (!plan) return kExitInvalid;
    const Date day = rules_date(o, *plan);
    const auto rules = rules_for(*library, day, o, *plan);
    const PlanBudget budget = budget_for(o, *plan, *library, day);
    const ReportWords& words = report_words(o.language, *rules);
    PlanChecker checker(rules);
    if (!o.language.empty()) checker.set_language(words.language());
    const PlanCheckResult result = checker.check(*plan, budget);
    if (o.json) std::cout << plan_check_json(*plan, result, *rules).dump(2) << "\n";
    else std::cout << plan_check_text(*plan, result, *rules, words);
    return result.can_be_confirmed() ? kExitOk : kExitBlockers;
}

int run_cost(const PlanOptions& o) {
    const auto library = plan_library(o.rules);
    if (!library) return kExitInvalid;
    const auto plan = read_plan(o.plan, "nothing was costed");
    if (!plan) return kExitInvalid;
    const auto rules = rules_for(*library, rules_date(o, *plan), o, *plan);
    const PlanCosting costing = cost_plan(*plan, PlanChecker(rules).costing_rules());
    if (o.json) std::cout << plan_cost_json(*plan, costing, *rules).dump(2) << "\n";
    else std::cout << plan_cost_text(*plan, costing, *rules, report_words(o.language, *rules));
    return kExitOk;
}

template <typename Run>
void on_run(CLI::App* command, Outcome& outcome, std::shared_ptr<PlanOptions> o, Run run) {
    run_command(command, outcome, [o, run] { return run(*o); }, ErrorCodeShown::Yes);
}

void add_common(CLI::App* command, PlanOptions& o) {
    command->add_option("--plan", o.plan, "The support plan (TOML; see docs/support-plans.md)")->required();
    command->add_option("--rules", o.rules,
                        "Rule-set files or folders; the version in force on the plan's date is used. "
                        "Default: the built-in model RAS");
    command->add_option("--date", o.date, "Pick the rules in force on this date (YYYY-MM-DD) instead of the plan's");
    auto* json = command->add_flag("--json", o.json, "Print a stable JSON document instead of text");
    command->add_option("--language", o.language,
                        "Write the report in this language: cy (Welsh), pl (Polish) or ur (Urdu), when the rule set "
                        "has its texts in it")
        ->excludes(json);
}

}  // namespace

void add_plan_commands(CLI::App& app, Outcome& outcome) {
    CLI::App* plan = add_command_group(app, "plan", "Cost a support plan and check it against the council's rules");

    auto check_options = std::make_shared<PlanOptions>();
    CLI::App* check = plan->add_subcommand(
        "check", "Cost a plan and check it; exit 0 when it can be confirmed, 3 when something must be fixed");
    add_common(check, *check_options);
    auto* budget = check->add_option("--budget", check_options->budget_pence,
                                     "The weekly budget the plan spends, in pence (28590 is \u00a3285.90)")
                       ->check(CLI::Validator(
                           [](std::string& text) -> std::string {
                               const bool digits = !text.empty() && text.size() <= 15 &&
                                                   text.find_first_not_of("0123456789") == std::string::npos;
                               return digits ? std::string{}
                                             : "must be a whole number of pence, 0 or more, such as 28590 for £285.90";
                           },
                           "PENCE"));
    auto* answers = check->add_option("--answers", check_options->answers,
                                      "Work the budget out from this answers file (the indicative budget)");
    budget->excludes(answers);
    on_run(check, outcome, check_options, run_check);

    auto cost_options = std::make_shared<PlanOptions>();
    CLI::App* cost = plan->add_subcommand("cost", "Cost a plan line by line and per financial year");
    add_common(cost, *cost_options);
    on_run(cost, outcome, cost_options, run_cost);
}

}  // namespace openras::cli
