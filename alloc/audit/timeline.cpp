#include "alloc/audit/timeline.hpp"

#include "alloc/io/dates.hpp"
#include "alloc/record/events/recorded_events.hpp"
#include "alloc/report/text_layout.hpp"
#include "rules/money.hpp"

#include <map>

namespace openras {
namespace {

std::string long_day(const boost::gregorian::date& day) { return long_date(day); }

std::string long_day(const std::string& iso) {
    try {
        return long_date(parse_iso_date(iso, {}));
    } catch (const OpenRasError&) {
        return iso;
    }
}

std::string about(const StoredEvent& e, const std::string& what) {
    return e.refers_to ? " (" + what + " of event " + std::to_string(*e.refers_to) + ")" : std::string();
}

std::string budget_summary(const events::IndicativeBudgetComputed& computed) {
    return "Indicative budget worked out: " + computed.figures.weekly.to_string() + " a week (" +
           computed.figures.annual.to_string() + " a year)";
}

std::string final_budget_summary(const events::FinalBudgetAgreed& agreed) {
    std::string out = "Final budget agreed: " + agreed.weekly.to_string() + " a week";
    if (agreed.indicative_weekly_pence < 0) return out;
    const Money indicative = Money::from_pence(agreed.indicative_weekly_pence);
    const Money difference = agreed.weekly - indicative;
    if (difference == Money{}) return out + ", the same as the indicative budget";
    return out + ", " + (difference < Money{} ? (-difference).to_string() + " less" : difference.to_string() + " more") +
           " than the indicative " + indicative.to_string();
}

std::string plan_check_summary(const events::RecordedPlanCheckFigures& check) {
    const std::string cost = "it costs " + check.plan_weekly.to_string() + " a week" +
                             (check.budget_weekly ? " against a budget of " + check.budget_weekly->to_string() : "");
    return std::string("Support plan checked: ") + cost + "; " +
           (check.can_be_confirmed ? "it can be confirmed" : "it cannot be confirmed yet") + " (" +
           std::to_string(check.blockers) + (check.blockers == 1 ? " blocker, " : " blockers, ") +
           std::to_string(check.warnings) + (check.warnings == 1 ? " warning)" : " warnings)");
}

std::string summary_of(EventType type, const StoredEvent& e) {
    using namespace events;
    switch (type) {
        case EventType::AssessmentRecorded: {
            const Assessment a = read_event<AssessmentRecorded>(e).assessment;
            return "Assessment recorded: " + std::to_string(a.answers.size()) + " answers, assessment date " + long_day(a.date);
        }
        case EventType::IndicativeBudgetComputed:
            return budget_summary(read_event<IndicativeBudgetComputed>(e)) +
                   (e.refers_to ? ", from the answers of event " + std::to_string(*e.refers_to) : "");
        case EventType::PlanSubmitted: return "Support plan submitted (" + read_event<PlanSubmitted>(e).source + ")";
        case EventType::PlanChecked: return plan_check_summary(read_event<PlanChecked>(e).figures);
        case EventType::FinalBudgetAgreed: return final_budget_summary(read_event<FinalBudgetAgreed>(e));
        case EventType::ReviewScheduled: return "Review scheduled for " + long_day(read_event<ReviewScheduled>(e).date);
        case EventType::ReviewCompleted: return "Review completed on " + long_day(read_event<ReviewCompleted>(e).date);
        case EventType::Correction: return "Correction of event " + (e.refers_to ? std::to_string(*e.refers_to) : "?");
        case EventType::DisputeRecorded:
            return e.refers_to ? "Dispute recorded about event " + std::to_string(*e.refers_to) : "Dispute recorded";
        case EventType::PlanConfirmed:
        case EventType::PlanReturned:
        case EventType::PlanReferredToPanel: return std::string(event_type_title(type)) + about(e, "the plan");
        case EventType::PersonRegistered: break;
    }
    return std::string(event_type_title(type));
}

void explanation_lines(const events::RecordedBudgetFigures& budget, std::vector<DetailLine>& out) {
    const events::RecordedRuleSetName& rules = budget.rule_set;
    out.push_back({"Rules: " + rules.title + ", " + rules.id + " version " + rules.version + " (" + rules.hash + ")"});
    out.push_back({"How it was worked out, line by line as recorded:"});
    for (const events::RecordedExplanationLine& line : budget.explanation) {
        const std::string rows = numbered_row(int(line.line), line.title, line.amount.to_string());
        for (std::size_t start = 0, end; start < rows.size(); start = end + 1) {  // a long title wraps
            end = rows.find('\n', start);
            out.push_back({rows.substr(start, end - start), true});
        }
    }
    const std::string total_row = numbered_row(0, "Total a week", budget.weekly.to_string());
    out.push_back({total_row.substr(0, total_row.size() - 1), true});
    for (const std::string& referral : budget.panel_referrals) out.push_back({"Referred to the panel: " + referral});
}

// The words a person gave with an event: its reason, details of a correction, a note.
struct GivenWords {
    std::string reason, details, note;
};

GivenWords given_words(EventType type, const StoredEvent& e) {
    using namespace events;
    switch (type) {
        case EventType::PersonRegistered: return {{}, {}, read_event<PersonRegistered>(e).note};
        case EventType::PlanConfirmed:
        case EventType::PlanReturned:
        case EventType::PlanReferredToPanel: return {read_event<PlanDecision>(e).reason, {}, {}};
        case EventType::FinalBudgetAgreed: return {read_event<FinalBudgetAgreed>(e).reason, {}, {}};
        case EventType::ReviewScheduled: return {read_event<ReviewScheduled>(e).reason, {}, {}};
        case EventType::ReviewCompleted: return {read_event<ReviewCompleted>(e).reason, {}, {}};
        case EventType::Correction: {
            const Correction c = read_event<Correction>(e);
            return {c.reason, c.details, {}};
        }
        case EventType::DisputeRecorded: return {read_event<DisputeRecorded>(e).reason, {}, {}};
        case EventType::AssessmentRecorded:
        case EventType::IndicativeBudgetComputed:
        case EventType::PlanSubmitted:
        case EventType::PlanChecked: break;
    }
    return {};
}

void details_of(EventType type, const StoredEvent& e, std::vector<DetailLine>& out) {
    const GivenWords words = given_words(type, e);
    if (const std::string reason = events::trimmed(words.reason); !reason.empty()) out.push_back({"Why: \"" + reason + "\""});
    if (!words.details.empty()) out.push_back({"Details: \"" + words.details + "\""});
    if (!words.note.empty()) out.push_back({"Note: \"" + words.note + "\""});
    if (type == EventType::IndicativeBudgetComputed)
        explanation_lines(events::read_event<events::IndicativeBudgetComputed>(e).figures, out);
    if (type == EventType::PlanChecked)
        for (const events::RecordedFinding& finding : events::read_event<events::PlanChecked>(e).figures.findings)
            out.push_back({finding.severity + ": " + finding.message + " (" + finding.field + ")"});
}

// A payload that does not read is shown as such, never hidden: the record may have been damaged.
std::string unreadable(const OpenRasError& problem) {
    return "its payload does not read (" + problem.error().to_string() + ")";
}

}  // namespace

std::string readable_time(const std::string& recorded_at) {
    if (recorded_at.size() != 20 || recorded_at[10] != 'T' || recorded_at[19] != 'Z') return recorded_at;
    return long_day(recorded_at.substr(0, 10)) + ", " + recorded_at.substr(11, 5) + " UTC";
}

std::string event_summary(const StoredEvent& e) {
    const std::optional<EventType> type = e.known_type();
    if (!type) return "An event of an unknown kind (\"" + e.type + "\")";
    try {
        return summary_of(*type, e);
    } catch (const OpenRasError& problem) {
        return std::string(event_type_title(*type)) + ", but " + unreadable(problem);
    }
}

std::vector<DetailLine> event_details(const StoredEvent& e) {
    std::vector<DetailLine> out;
    const std::optional<Role> role = e.known_role();
    out.push_back({"By " + e.actor + ", " + (role ? std::string(role_title(*role)) : e.role) + "."});
    const std::optional<EventType> type = e.known_type();
    if (!type) return out;
    try {
        details_of(*type, e, out);
    } catch (const OpenRasError& problem) {
        out.push_back({"This event's " + unreadable(problem) + "."});
    }
    return out;
}

std::string person_timeline(const DecisionStore& store, const std::string& person) {
    const ReadSnapshot snapshot(store);  // the events and rule sets as they were at one moment
    const std::vector<StoredEvent> events = store.events_of(person);
    if (events.empty())
        throw OpenRasError(Error{ErrorCode::UnknownName, "the record holds nothing about " + person, SourceLocation{{}, 0, 0, "--person"}});
    std::map<EventId, std::vector<std::string>> later;  // what later events say about an event
    for (const StoredEvent& e : events) {
        if (!e.refers_to) continue;
        if (e.known_type() == EventType::Correction) later[*e.refers_to].push_back("Corrected by event " + std::to_string(e.id) + ".");
        if (e.known_type() == EventType::DisputeRecorded) later[*e.refers_to].push_back("Disputed in event " + std::to_string(e.id) + ".");
    }
    std::string title = "Decision record for " + person;
    std::string out = title + "\n" + std::string(std::size_t(display_width(title)), '=') + "\n";
    out += indent_wrapped(std::to_string(events.size()) + (events.size() == 1 ? " event" : " events") +
                              ", oldest first. Each is shown as it was recorded: a correction or a dispute is an "
                              "event of its own and never changes the original.", 0) + "\n";
    for (const StoredEvent& e : events) {
        out += "Event " + std::to_string(e.id) + "  " + readable_time(e.recorded_at) + "\n";
        out += indent_wrapped(event_summary(e) + ".", 2);
        for (const DetailLine& line : event_details(e)) out += line.preformatted ? line.text + "\n" : indent_wrapped(line.text, 2);
        for (const std::string& line : later[e.id]) out += indent_wrapped(line, 2);
        out += "\n";
    }
    return out;
}

}  // namespace openras
