#include "kiosk/flow/worker_desk.hpp"

#include "alloc/budget/assessment.hpp"
#include "alloc/case/case_actions.hpp"
#include "alloc/plan/plan_file.hpp"
#include "alloc/case/plan_recording.hpp"
#include "alloc/audit/timeline.hpp"
#include "kiosk/text/wording.hpp"
#include "rules/answer_sheet.hpp"
#include "rules/budget_engine.hpp"
#include "rules/error.hpp"
#include "rules/ruleset_loader.hpp"

#include <sodium.h>

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace openras::kiosk {
namespace {

using Json = nlohmann::json;

void start_sodium() {
    if (sodium_init() < 0) throw std::runtime_error("the cryptography library could not start");
}

// Overwrites a string's characters before it is dropped (a copy made to pass typed words on).
void zero_string(std::string& text) {
    zero_memory(text.data(), text.size());
    text.clear();
}

std::optional<Money> pence_of(const Json& object, const char* key) {
    const auto found = object.find(key);
    if (found == object.end() || !found->is_number_integer()) return std::nullopt;
    return Money::from_pence(found->get<std::int64_t>());
}

bool is_decision(const StoredEvent& e) {
    const std::optional<EventType> type = e.known_type();
    return type && is_plan_decision(*type);
}

EventType event_type_of(WorkerAction action) {
    switch (action) {
        case WorkerAction::Confirm: return EventType::PlanConfirmed;
        case WorkerAction::Return: return EventType::PlanReturned;
        case WorkerAction::Refer: return EventType::PlanReferredToPanel;
        case WorkerAction::AgreeBudget: break;
    }
    return EventType::FinalBudgetAgreed;
}

// The queue entry of one person, when their latest plan has no decision after it.
std::optional<QueueEntry> waiting_plan(const std::string& person, const std::vector<StoredEvent>& events) {
    const StoredEvent* plan = nullptr;
    EventId latest_decision = 0;
    for (const StoredEvent& e : events) {
        if (e.known_type() == EventType::PlanSubmitted) plan = &e;
        if (is_decision(e)) latest_decision = std::max(latest_decision, e.id);
    }
    if (plan == nullptr) return std::nullopt;
    QueueEntry entry;
    entry.person = person;
    entry.plan_event = plan->id;
    entry.submitted_at = plan->recorded_at;
    EventId latest_plan_event = plan->id;
    for (const StoredEvent& e : events) {
        if (e.known_type() != EventType::PlanChecked || e.refers_to != plan->id) continue;
        entry.check_event = e.id;
        latest_plan_event = std::max(latest_plan_event, e.id);
        const Json payload = Json::parse(e.payload, nullptr, false);
        if (!payload.is_object()) continue;
        const Json result = payload.value("result", Json::object());
        const Json counts = result.value("counts", Json::object());
        entry.blockers = int(counts.value("blocker", std::int64_t(0)));
        entry.warnings = int(counts.value("warning", std::int64_t(0)));
        entry.refer_to_panel = result.value("refer_to_panel", false);
        entry.plan_weekly = pence_of(result.value("costing", Json::object()), "weekly_pence");
        const Json budget = result.value("budget", Json::object());
        if (budget.value("known", false)) entry.budget_weekly = pence_of(budget, "weekly_pence");
    }
    if (latest_decision > latest_plan_event) return std::nullopt;
    return entry;
}

}  // namespace

std::string hash_pin(std::string_view pin) {
    start_sodium();
    char hash[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(hash, pin.data(), pin.size(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
        throw std::runtime_error("there was not enough memory to hash the PIN");
    return hash;
}

bool is_pin_hash(const std::string& pin_hash) {
    start_sodium();
    if (pin_hash.rfind("$argon2", 0) != 0 || pin_hash.size() >= crypto_pwhash_STRBYTES) return false;
    return crypto_pwhash_str_needs_rehash(pin_hash.c_str(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != -1;
}

WorkerDesk::WorkerDesk(std::shared_ptr<const RuleSet> rules, std::string record_path, std::vector<WorkerLogin> workers,
                       UtcClock clock)
    : rules_(std::move(rules)), record_path_(std::move(record_path)), workers_(std::move(workers)), clock_(std::move(clock)) {}

void WorkerDesk::show(WorkerPage page) {
    page_ = page;
    errors_.clear();
}

void WorkerDesk::error(std::string key, std::string field, std::vector<std::pair<std::string, std::string>> params) {
    errors_.push_back({std::move(key), std::move(field), std::move(params)});
}

void WorkerDesk::open() {
    wipe();
    show(WorkerPage::Pin);
}

bool WorkerDesk::back() {
    switch (page_) {
        case WorkerPage::Pin: return false;
        case WorkerPage::Queue: sign_out(); return true;
        case WorkerPage::Case: show(WorkerPage::Queue); forget_case(); return true;
        case WorkerPage::Decision: show(WorkerPage::Case); return true;
        case WorkerPage::Amount: show(WorkerPage::Decision); return true;
        case WorkerPage::Reason:
            show(action_ == WorkerAction::AgreeBudget ? WorkerPage::Amount : WorkerPage::Decision);
            return true;
        case WorkerPage::Done: back_to_queue(); return true;
    }
    return false;
}

void WorkerDesk::forget_case() {
    case_ = WorkerCase{};
    action_.reset();
    amount_ = Money{};
    kiosk::wipe(reason_);
    standard_reason_ = false;
}

void WorkerDesk::wipe() {
    kiosk::wipe(pin_);
    kiosk::wipe(reason_);
    zero_string(worker_name_);
    for (QueueEntry& entry : queue_) zero_string(entry.person);
    queue_.clear();
    queue_problem_.clear();
    zero_string(case_.entry.person);
    forget_case();
    if (outcome_) zero_string(outcome_->person);
    outcome_.reset();
    errors_.clear();
    page_ = WorkerPage::Pin;
}

// --- Pin ---

void WorkerDesk::type_pin_digit(char digit) {
    if (digit < '0' || digit > '9' || pin_.size() >= kMaxPinLength) return;
    pin_.push_back(digit);
    errors_.clear();
}

void WorkerDesk::delete_pin_digit() {
    if (!pin_.empty()) pin_.pop_back();
}

int WorkerDesk::lockout_minutes_left(double now) const {
    return locked(now) ? std::max(1, int(std::ceil((locked_until_ - now) / 60))) : 0;
}

void WorkerDesk::sign_in(double now) {
    errors_.clear();
    if (locked(now)) {
        kiosk::wipe(pin_);
        error("worker.error_locked", "pin", {{"minutes", std::to_string(lockout_minutes_left(now))}});
        return;
    }
    if (pin_.empty()) {
        error("worker.error_pin_missing", "pin");
        return;
    }
    if (workers_.empty()) {
        kiosk::wipe(pin_);
        error("worker.error_no_workers", "pin");
        return;
    }
    start_sodium();
    const WorkerLogin* found = nullptr;
    for (const WorkerLogin& w : workers_)
        if (crypto_pwhash_str_verify(w.pin_hash.c_str(), pin_.data(), pin_.size()) == 0) {
            found = &w;
            break;
        }
    kiosk::wipe(pin_);
    if (found == nullptr) {
        if (++failed_attempts_ >= kMaxPinAttempts) {
            failed_attempts_ = 0;
            locked_until_ = now + kPinLockoutSeconds;
            error("worker.error_locked", "pin", {{"minutes", std::to_string(lockout_minutes_left(now))}});
        } else {
            error("worker.error_pin_wrong", "pin", {{"tries", std::to_string(attempts_left())}});
        }
        return;
    }
    failed_attempts_ = 0;
    worker_name_ = found->name;
    show(WorkerPage::Queue);
    refresh_queue();
}

void WorkerDesk::sign_out() {
    wipe();
    show(WorkerPage::Pin);
}

// --- Queue ---

void WorkerDesk::refresh_queue() {
    for (QueueEntry& entry : queue_) zero_string(entry.person);
    queue_.clear();
    queue_problem_.clear();
    if (record_path_.empty()) return;  // the Queue page says the kiosk has no record
    try {
        StoreOptions options;
        options.access = StoreAccess::ReadOnly;
        const DecisionStore store = DecisionStore::open(record_path_, options);
        for (const std::string& person : store.people())
            if (std::optional<QueueEntry> entry = waiting_plan(person, store.events_of(person))) queue_.push_back(std::move(*entry));
    } catch (const OpenRasError& e) {
        queue_problem_ = e.error().message;
    }
    std::sort(queue_.begin(), queue_.end(), [](const QueueEntry& a, const QueueEntry& b) { return a.plan_event < b.plan_event; });
}

std::shared_ptr<const RuleSet> WorkerDesk::stored_rules(const DecisionStore& store, const std::string& hash,
                                                          std::string& problem) {
    if (const auto found = rules_by_hash_.find(hash); found != rules_by_hash_.end()) return found->second;
    if (rules_ && rules_->hash == hash) return rules_by_hash_[hash] = rules_;
    const std::optional<std::string> text = store.rule_set_text(hash);
    if (!text) {
        problem = "the rule set " + hash + " is not stored in the record";
        return nullptr;
    }
    RuleSetLoad load = load_rule_set(*text, "the record's rule set " + hash);
    if (!load.rule_set) {
        problem = load.problems.errors().empty() ? "a stored rule set does not load" : load.problems.errors().front().message;
        return nullptr;
    }
    return rules_by_hash_[hash] = load.rule_set;
}

void WorkerDesk::open_case(int index) {
    if (index < 0 || index >= int(queue_.size())) return;
    forget_case();
    load_case(queue_[std::size_t(index)]);
    show(WorkerPage::Case);
}

void WorkerDesk::load_case(const QueueEntry& entry) {
    WorkerCase& c = case_;
    c.entry = entry;
    try {
        StoreOptions options;
        options.access = StoreAccess::ReadOnly;
        const DecisionStore store = DecisionStore::open(record_path_, options);
        const std::vector<StoredEvent> events = store.events_of(entry.person);
        for (const StoredEvent& e : events) c.history.push_back(readable_time(e.recorded_at) + ": " + event_summary(e));

        // The plan as submitted, and its check worked out again with the rules that checked it.
        const std::optional<StoredEvent> submitted = store.event(entry.plan_event);
        const std::optional<StoredEvent> checked = entry.check_event ? store.event(entry.check_event) : std::nullopt;
        if (submitted) {
            const Json payload = submitted->payload_json();
            PlanLoad load = plan_from_toml_text(payload.value("plan_toml", std::string()), payload.value("source", std::string()));
            if (load.plan) c.plan = std::move(load.plan);
            else c.problems.push_back("the submitted plan does not read: " + load.problems.errors().front().to_string());
        }
        std::optional<EventId> budget_event;
        if (checked) {
            const Json payload = checked->payload_json();
            if (payload.contains("budget_event") && payload.at("budget_event").is_number_integer())
                budget_event = payload.at("budget_event").get<EventId>();
            std::string problem;
            const std::shared_ptr<const RuleSet> rules = checked->rule_set ? stored_rules(store, *checked->rule_set, problem) : nullptr;
            if (rules && c.plan)
                c.check = PlanChecker(rules).check(*c.plan, plan_budget_from_json(payload.value("budget_input", Json::object())));
            else if (!problem.empty()) c.problems.push_back(problem);
        }

        // The indicative budget the plan was checked against (or the latest), explained again.
        std::optional<StoredEvent> budget = budget_event ? store.event(*budget_event)
                                                         : store.latest_of(entry.person, EventType::IndicativeBudgetComputed);
        // A plan checked again against an agreed final budget: the indicative budget is the
        // one that final budget was agreed for.
        if (budget && budget->known_type() == EventType::FinalBudgetAgreed && budget->refers_to)
            budget = store.event(*budget->refers_to);
        if (budget && budget->known_type() == EventType::IndicativeBudgetComputed) {
            c.budget_event = budget->id;
            const Json payload = budget->payload_json();
            c.indicative_weekly = pence_of(payload.value("budget", Json::object()), "weekly_pence").value_or(Money{});
            std::string problem;
            const std::shared_ptr<const RuleSet> rules = budget->rule_set ? stored_rules(store, *budget->rule_set, problem) : nullptr;
            if (rules) {
                const std::string source = record_path_ + ":event:" + std::to_string(budget->id);
                const Assessment assessment = assessment_from_json(payload.at("assessment"), source);
                IndicativeBudget worked = BudgetEngine(rules).evaluate(resolve_answers(*rules, assessment.answers, source), true);
                worked.person = assessment.person;
                worked.assessment_date = assessment.date;
                if (worked.weekly != c.indicative_weekly)
                    c.problems.push_back("the budget worked out again is " + worked.weekly.to_string() + " a week, not the " +
                                         c.indicative_weekly.to_string() + " recorded");
                c.budget = std::move(worked);
            } else if (!problem.empty()) {
                c.problems.push_back(problem);
            }
            for (const StoredEvent& e : events)
                if (e.known_type() == EventType::FinalBudgetAgreed && e.refers_to == budget->id)
                    c.final_budget = pence_of(e.payload_json(), "weekly_pence");
        }
    } catch (const OpenRasError& e) {
        c.problems.push_back(e.error().message);
    } catch (const nlohmann::json::exception& e) {
        c.problems.push_back(std::string("the record's events are incomplete: ") + e.what());
    }
}

// --- Case, Decision, Amount, Reason ---

void WorkerDesk::make_decision() {
    action_.reset();
    show(WorkerPage::Decision);
}

void WorkerDesk::choose_action(WorkerAction action) {
    action_ = action;
    errors_.clear();
}

void WorkerDesk::continue_from_action() {
    errors_.clear();
    if (!action_) {
        error("worker.error_choose_action", "action");
        return;
    }
    if (*action_ == WorkerAction::Confirm && case_.entry.blockers > 0) {
        error("worker.error_cannot_confirm", "action", {{"count", std::to_string(case_.entry.blockers)}});
        return;
    }
    if (*action_ == WorkerAction::AgreeBudget) {
        if (case_.budget_event == 0) {
            error("worker.error_no_budget", "action");
            return;
        }
        amount_ = case_.final_budget.value_or(case_.indicative_weekly);
        show(WorkerPage::Amount);
        return;
    }
    kiosk::wipe(reason_);
    standard_reason_ = false;
    show(WorkerPage::Reason);
}

void WorkerDesk::step_amount(std::int64_t pence) {
    amount_ = Money::from_pence(std::max<std::int64_t>(0, amount_.pence() + pence));
    errors_.clear();
}

void WorkerDesk::continue_from_amount() {
    errors_.clear();
    if (amount_ == case_.indicative_weekly) {
        error("worker.error_amount_same", "amount", {{"weekly", case_.indicative_weekly.to_string()}});
        return;
    }
    kiosk::wipe(reason_);
    standard_reason_ = false;
    show(WorkerPage::Reason);
}

void WorkerDesk::choose_standard_reason(bool standard) {
    standard_reason_ = standard && action_ == WorkerAction::Confirm;
    errors_.clear();
}

void WorkerDesk::record_decision() {
    errors_.clear();
    if (!action_ || !signed_in()) return;
    const bool standard = standard_reason_ && *action_ == WorkerAction::Confirm;
    const bool blank = is_blank(reason_);
    if (!standard && blank) {
        error(*action_ == WorkerAction::AgreeBudget ? "worker.error_reason_budget" : "worker.error_reason_missing", "reason");
        return;
    }
    std::string reason = standard ? std::string(Wording::built_in().get("worker.reason_standard", false))
                                  : std::string(reason_.data(), reason_.size());
    const Actor actor{worker_name_, Role::SocialWorker};
    WorkerOutcome done;
    done.action = *action_;
    done.person = case_.entry.person;
    try {
        StoreOptions options;
        if (clock_) options.clock = clock_;
        DecisionStore store = DecisionStore::open(record_path_, options);
        if (*action_ == WorkerAction::AgreeBudget) {
            done.amount = amount_;
            done.event = agree_final_budget(store, case_.entry.person, actor, case_.budget_event, amount_, reason);
            // The plan is checked again against the agreed amount, so that whether it can be
            // confirmed follows that amount and not the indicative one.
            if (const auto rechecked = recheck_plan_against_final_budget(store, actor, done.event))
                done.blockers_after_recheck = rechecked->result.blockers;
        } else {
            const EventId plan = case_.entry.check_event ? case_.entry.check_event : case_.entry.plan_event;
            done.event = decide_plan(store, event_type_of(*action_), case_.entry.person, actor, plan, reason);
        }
    } catch (const OpenRasError& e) {
        zero_string(reason);
        error("worker.error_not_recorded", "reason", {{"why", e.error().message}});
        return;
    }
    zero_string(reason);
    outcome_ = std::move(done);
    kiosk::wipe(reason_);
    standard_reason_ = false;
    show(WorkerPage::Done);
}

void WorkerDesk::back_to_queue() {
    forget_case();
    if (outcome_) zero_string(outcome_->person);
    outcome_.reset();
    show(WorkerPage::Queue);
    refresh_queue();
}

}  // namespace openras::kiosk
