#include "alloc/audit/timeline.hpp"

#include "alloc/io/dates.hpp"
#include "alloc/record/event_rules.hpp"
#include "alloc/report/text_layout.hpp"
#include "rules/money.hpp"

#include <map>

namespace openras {
namespace {

using Json = nlohmann::json;

std::string pounds(const Json& pence) {
    return pence.is_number_integer() ? Money::from_pence(pence.get<std::int64_t>()).to_string() : std::string("(unknown)");
}

std::string text(const Json& payload, const char* key) {
    const auto found = payload.find(key);
    return found != payload.end() && found->is_string() ? found->get<std::string>() : std::string();
}

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

std::string budget_summary(const Json& p) {
    const Json budget = p.value("budget", Json::object());
    return "Indicative budget worked out: " + pounds(budget.value("weekly_pence", Json())) + " a week (" +
           pounds(budget.value("annual_pence", Json())) + " a year)";
}

std::string final_budget_summary(const Json& p) {
    const Json weekly = p.value("weekly_pence", Json()), indicative = p.value("indicative_weekly_pence", Json());
    std::string out = "Final budget agreed: " + pounds(weekly) + " a week";
    if (!weekly.is_number_integer() || !indicative.is_number_integer()) return out;
    const Money difference = Money::from_pence(weekly.get<std::int64_t>() - indicative.get<std::int64_t>());
    if (difference == Money{}) return out + ", the same as the indicative budget";
    return out + ", " + (difference < Money{} ? (-difference).to_string() + " less" : difference.to_string() + " more") +
           " than the indicative " + pounds(indicative);
}

std::string plan_check_summary(const Json& p) {
    const Json result = p.value("result", Json::object());
    const Json counts = result.value("counts", Json::object());
    const std::int64_t blockers = counts.value("blocker", std::int64_t(0)), warnings = counts.value("warning", std::int64_t(0));
    const Json budget = result.value("budget", Json::object());
    const std::string cost = "it costs " + pounds(result.value("costing", Json::object()).value("weekly_pence", Json())) +
                             " a week" + (budget.value("known", false) ? " against a budget of " + pounds(budget.value("weekly_pence", Json())) : "");
    return std::string("Support plan checked: ") + cost + "; " +
           (result.value("can_be_confirmed", false) ? "it can be confirmed" : "it cannot be confirmed yet") + " (" +
           std::to_string(blockers) + (blockers == 1 ? " blocker, " : " blockers, ") + std::to_string(warnings) +
           (warnings == 1 ? " warning)" : " warnings)");
}

std::string summary_of(EventType type, const StoredEvent& e, const Json& p) {
    switch (type) {
        case EventType::AssessmentRecorded:
            return "Assessment recorded: " + std::to_string(p.value("answers", Json::object()).size()) +
                   " answers, assessment date " + long_day(text(p, "date"));
        case EventType::IndicativeBudgetComputed:
            return budget_summary(p) + (e.refers_to ? ", from the answers of event " + std::to_string(*e.refers_to) : "");
        case EventType::PlanSubmitted: return "Support plan submitted (" + text(p, "source") + ")";
        case EventType::PlanChecked: return plan_check_summary(p);
        case EventType::FinalBudgetAgreed: return final_budget_summary(p);
        case EventType::ReviewScheduled: return "Review scheduled for " + long_day(text(p, "date"));
        case EventType::ReviewCompleted: return "Review completed on " + long_day(text(p, "date"));
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

void explanation_lines(const Json& budget, std::vector<DetailLine>& out) {
    const Json rules = budget.value("rule_set", Json::object());
    out.push_back({"Rules: " + rules.value("title", std::string()) + ", " + rules.value("id", std::string()) + " version " +
                   rules.value("version", std::string()) + " (" + rules.value("hash", std::string()) + ")"});
    out.push_back({"How it was worked out, line by line as recorded:"});
    for (const Json& line : budget.value("explanation", Json::array())) {
        const std::string rows =
            numbered_row(line.value("line", 0), line.value("title", std::string()), pounds(line.value("pence", Json())));
        for (std::size_t start = 0, end; start < rows.size(); start = end + 1) {  // a long title wraps
            end = rows.find('\n', start);
            out.push_back({rows.substr(start, end - start), true});
        }
    }
    const Json total = budget.value("weekly_pence", Json());
    const std::string total_row = numbered_row(0, "Total a week", pounds(total));
    out.push_back({total_row.substr(0, total_row.size() - 1), true});
    for (const Json& referral : budget.value("panel_referrals", Json::array()))
        out.push_back({"Referred to the panel: " + referral.value("message", std::string())});
}

}  // namespace

std::string readable_time(const std::string& recorded_at) {
    if (recorded_at.size() != 20 || recorded_at[10] != 'T' || recorded_at[19] != 'Z') return recorded_at;
    return long_day(recorded_at.substr(0, 10)) + ", " + recorded_at.substr(11, 5) + " UTC";
}

std::string event_summary(const StoredEvent& e) {
    const std::optional<EventType> type = e.known_type();
    if (!type) return "An event of an unknown kind (\"" + e.type + "\")";
    const Json p = Json::parse(e.payload, nullptr, false);
    return summary_of(*type, e, p.is_object() ? p : Json::object());
}

std::vector<DetailLine> event_details(const StoredEvent& e) {
    std::vector<DetailLine> out;
    const std::optional<Role> role = e.known_role();
    out.push_back({"By " + e.actor + ", " + (role ? std::string(role_title(*role)) : e.role) + "."});
    const Json p = Json::parse(e.payload, nullptr, false);
    if (!p.is_object()) return out;
    if (const std::string reason = payload_reason(p); !reason.empty()) out.push_back({"Why: \"" + reason + "\""});
    if (const std::string details = text(p, "details"); !details.empty()) out.push_back({"Details: \"" + details + "\""});
    if (const std::string note = text(p, "note"); !note.empty()) out.push_back({"Note: \"" + note + "\""});
    if (e.known_type() == EventType::IndicativeBudgetComputed) explanation_lines(p.value("budget", Json::object()), out);
    if (e.known_type() == EventType::PlanChecked)
        for (const Json& finding : p.value("result", Json::object()).value("findings", Json::array()))
            out.push_back({finding.value("severity", std::string()) + ": " + finding.value("message", std::string()) + " (" +
                           finding.value("field", std::string()) + ")"});
    return out;
}

std::string person_timeline(const DecisionStore& store, const std::string& person) {
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
