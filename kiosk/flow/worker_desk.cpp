#include "kiosk/flow/worker_desk.hpp"

#include "alloc/record/plan_reference.hpp"

#include "alloc/case/case_actions.hpp"
#include "alloc/case/plan_recording.hpp"
#include "kiosk/text/wording.hpp"
#include "rules/error.hpp"

#include <sodium.h>

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace openras::kiosk {
namespace {

void start_sodium() {
    if (sodium_init() < 0) throw std::runtime_error("the cryptography library could not start");
}

// Overwrites a string's characters before it is dropped (a copy made to pass typed words on).
void zero_string(std::string& text) {
    zero_memory(text.data(), text.size());
    text.clear();
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

}  // namespace

double pin_wait_seconds(int wrong_in_a_row) {
    if (wrong_in_a_row < kFreePinAttempts) return 0;
    const int doublings = std::min(wrong_in_a_row - kFreePinAttempts, 8);
    return std::min(kLongestPinWaitSeconds, kFirstPinWaitSeconds * double(1 << doublings));
}

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
    : rules_(std::move(rules)),
      record_path_(std::move(record_path)),
      workers_(std::move(workers)),
      clock_(std::move(clock)),
      rule_sets_(rules_) {}

void WorkerDesk::show(WorkerPage page) {
    ++pages_shown_;
    page_ = page;
    errors_.clear();
}

void WorkerDesk::error(std::string key, std::string field, std::vector<std::pair<std::string, std::string>> params,
                       long long count) {
    errors_.push_back({std::move(key), std::move(field), std::move(params), count});
}

void WorkerDesk::open() {
    wipe();
    show(WorkerPage::Pin);
}

bool WorkerDesk::back() {
    switch (page_) {
        case WorkerPage::Pin: return false;
        case WorkerPage::Queue: sign_out(); return true;
        case WorkerPage::Find: show(WorkerPage::Queue); return true;
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
    amount_typed_.clear();
    amount_untouched_ = true;
    kiosk::wipe(reason_);
    standard_reason_ = false;
}

void WorkerDesk::open_find() {
    kiosk::wipe(find_reference_);
    show(WorkerPage::Find);
}

void WorkerDesk::find_case() {
    errors_.clear();
    const std::optional<std::string> reference =
        read_plan_reference(std::string_view(find_reference_.data(), find_reference_.size()));
    if (!reference) {
        error("worker.error_find_reference", "find_reference");
        return;
    }
    for (std::size_t i = 0; i < queue_.size(); ++i)
        if (queue_[i].reference == *reference) {
            kiosk::wipe(find_reference_);
            open_case(int(i));
            return;
        }
    error("worker.error_find_none", "find_reference", {{"reference", *reference}});
}

void WorkerDesk::wipe() {
    kiosk::wipe(find_reference_);
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
}

void WorkerDesk::delete_pin_digit() {
    if (!pin_.empty()) pin_.pop_back();
}

int WorkerDesk::seconds_to_wait(double now) const { return waiting(now) ? std::max(1, int(std::ceil(wait_until_ - now))) : 0; }

void WorkerDesk::sign_in(double now) {
    errors_.clear();
    if (waiting(now)) {
        kiosk::wipe(pin_);
        error("worker.error_wait", "pin", {{"seconds", std::to_string(seconds_to_wait(now))}});
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
        wait_until_ = now + pin_wait_seconds(++failed_attempts_);
        if (waiting(now)) error("worker.error_pin_wrong_wait", "pin", {{"seconds", std::to_string(seconds_to_wait(now))}});
        else error("worker.error_pin_wrong", "pin");
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
        queue_ = waiting_plans(DecisionStore::open_to_read(record_path_));
    } catch (const OpenRasError& e) {
        queue_problem_ = e.error().message;
    }
}

void WorkerDesk::open_case(int index) {
    if (index < 0 || index >= int(queue_.size())) return;
    forget_case();
    const QueueEntry& entry = queue_[std::size_t(index)];
    try {
        case_ = read_case(DecisionStore::open_to_read(record_path_), entry, rule_sets_, record_path_);
    } catch (const OpenRasError& e) {
        case_.entry = entry;
        case_.problems.push_back(e.error().message);
    }
    show(WorkerPage::Case);
}

// --- Case, Decision, Amount, Reason ---

void WorkerDesk::make_decision() {
    action_.reset();
    show(WorkerPage::Decision);
}

void WorkerDesk::choose_action(WorkerAction action) {
    action_ = action;
}

void WorkerDesk::continue_from_action() {
    errors_.clear();
    if (!action_) {
        error("worker.error_choose_action", "action");
        return;
    }
    if (*action_ == WorkerAction::Confirm && case_.entry.blockers > 0) {
        error("worker.error_cannot_confirm", "action", {{"count", std::to_string(case_.entry.blockers)}}, case_.entry.blockers);
        return;
    }
    if (*action_ == WorkerAction::AgreeBudget) {
        if (case_.budget_event == 0) {
            error("worker.error_no_budget", "action");
            return;
        }
        amount_typed_ = case_.final_budget.value_or(case_.indicative_weekly).to_plain_string();
        amount_untouched_ = true;
        show(WorkerPage::Amount);
        return;
    }
    kiosk::wipe(reason_);
    standard_reason_ = false;
    show(WorkerPage::Reason);
}

std::optional<Money> WorkerDesk::typed_amount() const {
    if (amount_typed_.empty() || amount_typed_ == ".") return std::nullopt;
    // "12." and ".5" are what a person may leave: read them as "12" and "0.5".
    std::string text = amount_typed_;
    if (text.front() == '.') text.insert(text.begin(), '0');
    if (text.back() == '.') text.pop_back();
    return Money::parse(text);
}

void WorkerDesk::type_amount_key(char key) {
    if (amount_untouched_) {
        amount_untouched_ = false;
        if (key != '\b') amount_typed_.clear();  // Delete starts editing the amount shown
    }
    const std::size_t point = amount_typed_.find('.');
    if (key == '\b') {
        if (!amount_typed_.empty()) amount_typed_.pop_back();
    } else if (key == '.') {
        if (point == std::string::npos) amount_typed_ += '.';
    } else if (key >= '0' && key <= '9') {
        if (point != std::string::npos) {
            if (amount_typed_.size() - point - 1 < 2) amount_typed_ += key;
        } else if (amount_typed_ == "0") {
            amount_typed_ = std::string(1, key);  // no "07"
        } else if (amount_typed_.size() < kMaxAmountPoundDigits) {
            amount_typed_ += key;
        }
    }
    errors_.clear();
}

void WorkerDesk::continue_from_amount() {
    errors_.clear();
    const std::optional<Money> typed = typed_amount();
    if (!typed) {
        error("worker.error_amount_missing", "amount");
        return;
    }
    if (*typed == case_.indicative_weekly) {
        error("worker.error_amount_same", "amount", {{"weekly", case_.indicative_weekly.to_string()}});
        return;
    }
    kiosk::wipe(reason_);
    standard_reason_ = false;
    show(WorkerPage::Reason);
}

void WorkerDesk::choose_standard_reason(bool standard) {
    standard_reason_ = standard && action_ == WorkerAction::Confirm;
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
            done.amount = amount();
            // The plan is checked again against the agreed amount, in the same transaction, so
            // that whether it can be confirmed follows that amount and not the indicative one.
            const AgreedFinalBudget agreed = agree_final_budget_and_recheck_plan(store, case_.entry.person, actor,
                                                                                 case_.budget_event, amount(), reason);
            done.event = agreed.final_budget_event;
            if (agreed.recheck) done.blockers_after_recheck = agreed.recheck->result.blockers;
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
