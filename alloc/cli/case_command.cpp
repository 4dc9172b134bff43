// `openras case ...`: recording the steps of a person's case in the decision record, as the kiosk
// does: register, assess (answers and the indicative budget), plan (a support plan and its
// check), and the social worker's or panel's decisions (confirm, return, refer, agree), reviews,
// corrections and disputes; and the queue of plans waiting for a decision. The library checks
// who may record what and that reasons are given; a refusal prints why and exits 1, with
// nothing recorded.
#include "alloc/budget/assessment.hpp"
#include "alloc/case/case_actions.hpp"
#include "alloc/case/case_queue.hpp"
#include "alloc/cli/store_cli.hpp"
#include "alloc/io/dates.hpp"
#include "alloc/io/file_input.hpp"
#include "alloc/case/plan_recording.hpp"
#include "alloc/case/plan_status.hpp"
#include "alloc/record/plan_reference.hpp"
#include "alloc/record/roles.hpp"
#include "rules/ruleset_loader.hpp"

#include <iostream>

namespace openras::cli {
namespace {

// The most a final budget may be a week: far above any care package, so a slip of the finger
// (a figure in pence typed as pounds, an extra nought) is refused, not recorded.
constexpr std::int64_t kMaxWeeklyPence = 100000 * 100;

// A weekly amount as people write it: "£170.45", "170.45", "£1,170", "£170". A whole number
// without "£" ("17045") is refused: pounds or pence cannot be told apart.
std::optional<Money> weekly_amount(const std::string& text, std::string& why) {
    const bool pound = text.rfind("\u00a3", 0) == 0;
    const std::optional<Money> amount = Money::parse(text);
    if (!amount || (!pound && text.find('.') == std::string::npos) || *amount < Money{}) {
        why = "\"" + text + "\" is not a weekly amount; write it in pounds as people do, for example \u00a3170.45 or 170.45";
        return std::nullopt;
    }
    if (amount->pence() > kMaxWeeklyPence) {
        why = amount->to_string() + " a week is more than a final budget may be (\u00a3100,000.00 a week); check the figure";
        return std::nullopt;
    }
    return amount;
}

struct CaseOptions {
    ActorOptions who;
    std::string person, reference, reason, details, date, answers, plan, note;
    bool reference_names_plan = false;  // a plan decision: --reference also picks the plan
    std::vector<std::string> rules;
    std::optional<EventId> event;
    std::string amount;  // as typed: "£170.45" or "170.45"
};

// A case named by --reference (what the person reads from their receipt) is the person whose
// plan has it, and for a plan decision that plan, unless --plan-event says otherwise.
DecisionStore open_for_case(CaseOptions& o, bool create) {
    StoreOptions options;
    options.create_if_missing = create;
    DecisionStore store = DecisionStore::open(o.who.db, options);
    if (!o.reference.empty()) {
        o.person = person_with_reference(store, o.reference);
        if (o.reference_names_plan && !o.event) o.event = plan_status(store, *read_plan_reference(o.reference))->plan_event;
    }
    return store;
}

// The rule sets given with --rules (files, or folders of *.toml), or the built-in model RAS.
std::vector<RuleSetSource> rule_sources(const std::vector<std::string>& paths) {
    if (paths.empty()) return {{kEmbeddedDefaultName, std::string(embedded_model_ras_text())}};
    std::vector<RuleSetSource> sources;
    for (const std::string& path : paths) sources.push_back({path, read_whole_file(path)});
    return sources;
}

CLI::App* case_command(CLI::App* group, const std::string& name, const std::string& about, CaseOptions& o,
                       bool person = true) {
    CLI::App* command = group->add_subcommand(name, about);
    add_actor_options(command, o.who);
    if (person) {
        CLI::Option* who = command->add_option("--person", o.person, "The person's reference in the record, e.g. P-0001");
        CLI::Option* reference = command->add_option("--reference", o.reference,
                                                     "Or the reference on the person's receipt, e.g. 7KQ4-M2XD-R");
        who->excludes(reference);
        command->parse_complete_callback([command] {
            if (command->count("--person") + command->count("--reference") == 0)
                throw CLI::RequiredError("--person or --reference");
        });
    }
    return command;
}

void add_reason(CLI::App* command, CaseOptions& o, bool required, const std::string& what) {
    auto* option = command->add_option("--reason", o.reason, what);
    if (required) option->required();
}

int run_assess(CaseOptions& o) {
    DecisionStore store = open_for_case(o, false);
    const RecordedBudget recorded = record_assessment(store, load_assessment_file(o.answers), actor_of(o.who), rule_sources(o.rules));
    print_recorded(store, recorded.assessment_event, false);
    print_recorded(store, recorded.budget_event, false);
    const RuleSetHeader& h = recorded.budget.rules->header;
    std::cout << "  Worked out with " << h.id << " version " << h.version << " (" << recorded.budget.rules->hash << ").\n";
    return kExitOk;
}

int run_plan(CaseOptions& o) {
    DecisionStore store = open_for_case(o, false);
    const std::string reference = new_plan_reference();
    const RecordedPlan recorded =
        record_plan(store, read_whole_file(o.plan), o.plan, actor_of(o.who), rule_sources(o.rules), o.event, reference);
    print_recorded(store, recorded.plan_event, false);
    std::cout << "  Its reference is " << reference << ": the person can use it to find the plan.\n";
    print_recorded(store, recorded.check_event, true);
    return kExitOk;
}

void add_register_and_assess(CLI::App* group, Outcome& outcome) {
    auto o = std::make_shared<CaseOptions>();
    CLI::App* reg = case_command(group, "register", "Register a person (makes the record if the file does not exist)", *o);
    reg->add_option("--note", o->note, "A note to keep with the registration");
    run_store_command(reg, outcome, [o] {
        // Refused before the file is made: a refused command writes nothing and creates nothing.
        require_permission(actor_of(o->who), EventType::PersonRegistered);
        DecisionStore store = open_for_case(*o, true);
        print_recorded(store, register_person(store, o->person, actor_of(o->who), o->note), true);
        return kExitOk;
    });

    auto a = std::make_shared<CaseOptions>();
    CLI::App* assess = case_command(group, "assess", "Record an assessment and the indicative budget worked out from it", *a, false);
    assess->add_option("--answers", a->answers, "The answers file (TOML); it names the person and the date")->required();
    assess->add_option("--rules", a->rules, "Rule-set files (the version in force on the date is used). Default: the built-in model RAS");
    run_store_command(assess, outcome, [a] { return run_assess(*a); });

    auto p = std::make_shared<CaseOptions>();
    CLI::App* plan = case_command(group, "plan", "Record a support plan and the council's check of it", *p, false);
    plan->add_option("--plan", p->plan, "The support plan (TOML); it names the person")->required();
    plan->add_option("--rules", p->rules, "Rule-set files (the version in force on the plan's date is used). Default: the built-in model RAS");
    plan->add_option("--budget-event", p->event, "Check against this indicative budget (default: the person's latest)");
    run_store_command(plan, outcome, [p] { return run_plan(*p); });
}

void add_plan_decision(CLI::App* group, Outcome& outcome, const std::string& name, EventType decision, const std::string& about) {
    auto o = std::make_shared<CaseOptions>();
    o->reference_names_plan = true;
    CLI::App* command = case_command(group, name, about, *o);
    command->add_option("--plan-event", o->event,
                        "The plan or plan check decided (default: the plan with --reference, or the person's latest)");
    add_reason(command, *o, true, "Why: recorded with the decision, and required");
    run_store_command(command, outcome, [o, decision] {
        DecisionStore store = open_for_case(*o, false);
        print_recorded(store, decide_plan(store, decision, o->person, actor_of(o->who), o->event, o->reason), true);
        return kExitOk;
    });
}

void add_agree(CLI::App* group, Outcome& outcome) {
    auto o = std::make_shared<CaseOptions>();
    CLI::App* agree = case_command(group, "agree", "Agree the final budget; a reason is required when it differs from the indicative one", *o);
    agree->add_option("--amount", o->amount,
                      "The final budget a week, in pounds as people write it: \u00a3170.45 or 170.45 (at most \u00a3100,000.00)")
        ->required()
        ->check(CLI::Validator(
            [](std::string& text) -> std::string {
                std::string why;
                return weekly_amount(text, why) ? std::string{} : why;
            },
            "AMOUNT"));
    agree->add_option("--budget-event", o->event, "The indicative budget it is agreed for (default: the person's latest)");
    add_reason(agree, *o, false, "Why this amount (required when it differs from the indicative budget)");
    run_store_command(agree, outcome, [o] {
        DecisionStore store = open_for_case(*o, false);
        const Actor actor = actor_of(o->who);
        std::string why;
        // With the person's plan checked again against the agreed amount, in the same
        // transaction, as the kiosk's desk does.
        const AgreedFinalBudget agreed = agree_final_budget_and_recheck_plan(store, o->person, actor, o->event,
                                                                             *weekly_amount(o->amount, why), o->reason);
        print_recorded(store, agreed.final_budget_event, true);
        if (agreed.recheck) print_recorded(store, agreed.recheck->check_event, true);
        return kExitOk;
    });
}

void add_reviews(CLI::App* group, Outcome& outcome) {
    auto s = std::make_shared<CaseOptions>();
    CLI::App* schedule = case_command(group, "schedule-review", "Schedule a review (6 to 8 weeks after support starts, then yearly)", *s);
    schedule->add_option("--date", s->date, "The review date, YYYY-MM-DD")->required();
    add_reason(schedule, *s, false, "Why, e.g. \"first review after support started\"");
    run_store_command(schedule, outcome, [s] {
        DecisionStore store = open_for_case(*s, false);
        const auto day = parse_iso_date(s->date, SourceLocation{{}, 0, 0, "--date"});
        print_recorded(store, schedule_review(store, s->person, actor_of(s->who), day, s->reason), true);
        return kExitOk;
    });

    auto c = std::make_shared<CaseOptions>();
    CLI::App* complete = case_command(group, "complete-review", "Record a review's findings", *c);
    complete->add_option("--date", c->date, "The day the review took place, YYYY-MM-DD")->required();
    complete->add_option("--review-event", c->event, "The scheduled review (default: the person's latest)");
    add_reason(complete, *c, true, "What the review found");
    run_store_command(complete, outcome, [c] {
        DecisionStore store = open_for_case(*c, false);
        const auto day = parse_iso_date(c->date, SourceLocation{{}, 0, 0, "--date"});
        print_recorded(store, complete_review(store, c->person, actor_of(c->who), day, c->event, c->reason), true);
        return kExitOk;
    });
}

void add_correct_and_dispute(CLI::App* group, Outcome& outcome) {
    auto c = std::make_shared<CaseOptions>();
    CLI::App* correct = case_command(group, "correct", "Correct an event: the original stays, the correction points at it", *c, false);
    correct->add_option("--event", c->event, "The event corrected")->required();
    add_reason(correct, *c, true, "Why it is corrected");
    correct->add_option("--details", c->details, "What the right facts are");
    run_store_command(correct, outcome, [c] {
        DecisionStore store = open_for_case(*c, false);
        print_recorded(store, record_correction(store, actor_of(c->who), *c->event, c->reason, c->details), true);
        return kExitOk;
    });

    auto d = std::make_shared<CaseOptions>();
    CLI::App* dispute = case_command(group, "dispute", "Record that the person disputes a decision or figure", *d);
    dispute->add_option("--event", d->event, "The event disputed, if it is one event");
    add_reason(dispute, *d, true, "What is disputed and why");
    run_store_command(dispute, outcome, [d] {
        DecisionStore store = open_for_case(*d, false);
        print_recorded(store, record_dispute(store, d->person, actor_of(d->who), d->event, d->reason), true);
        return kExitOk;
    });
}

struct QueueOptions {
    std::string db, reference;
    bool json = false;
};

// What has happened to a plan, found by the reference on its receipt.
void add_status(CLI::App* group, Outcome& outcome) {
    auto o = std::make_shared<QueueOptions>();
    CLI::App* status = group->add_subcommand("status", "Where a plan is, found by its reference (records nothing)");
    status->add_option("--db", o->db, kRecordHelp)->required();
    status->add_option("--reference", o->reference, "The reference on the receipt, e.g. 7KQ4-M2XD-R")->required();
    status->add_flag("--json", o->json, "Print a stable JSON document instead of text");
    run_store_command(status, outcome, [o] {
        const DecisionStore store = DecisionStore::open_to_read(o->db);
        const std::optional<std::string> reference = read_plan_reference(o->reference);
        const std::optional<PlanStatus> found = reference ? plan_status(store, *reference) : std::nullopt;
        if (!found) person_with_reference(store, o->reference);  // throws, naming the reference
        if (o->json) std::cout << plan_status_json(*found).dump(2) << "\n";
        else std::cout << plan_status_text(*found);
        return kExitOk;
    });
}

void add_queue(CLI::App* group, Outcome& outcome) {
    auto o = std::make_shared<QueueOptions>();
    CLI::App* queue = group->add_subcommand("queue", "List the plans waiting for a decision, oldest first (records nothing)");
    queue->add_option("--db", o->db, kRecordHelp)->required();
    queue->add_flag("--json", o->json, "Print a stable JSON document instead of text");
    run_store_command(queue, outcome, [o] {
        const std::vector<WaitingPlan> waiting = waiting_plans(DecisionStore::open_to_read(o->db));
        if (o->json) std::cout << waiting_plans_json(waiting).dump(2) << "\n";
        else std::cout << waiting_plans_text(waiting);
        return kExitOk;
    });
}

}  // namespace

void add_case_commands(CLI::App& app, Outcome& outcome) {
    CLI::App* group = add_command_group(app, "case", "Record a person's case in the decision record (as the kiosk does)");
    add_register_and_assess(group, outcome);
    add_plan_decision(group, outcome, "confirm", EventType::PlanConfirmed, "Confirm the person's plan, with reasons");
    add_plan_decision(group, outcome, "return", EventType::PlanReturned, "Return the plan for changes, with reasons");
    add_plan_decision(group, outcome, "refer", EventType::PlanReferredToPanel, "Refer the plan to the funding panel, with reasons");
    add_agree(group, outcome);
    add_reviews(group, outcome);
    add_correct_and_dispute(group, outcome);
    add_queue(group, outcome);
    add_status(group, outcome);
}

}  // namespace openras::cli
