#include "alloc/plan/plan_writer.hpp"

#include <boost/date_time/gregorian/gregorian.hpp>
#include <toml++/toml.h>

#include <sstream>

namespace openras {
namespace {

// A TOML basic string, escaped by toml++ itself.
std::string quoted(const std::string& words) {
    std::ostringstream out;
    out << toml::value<std::string>(words);
    return out.str();
}

std::string iso(const Date& day) { return boost::gregorian::to_iso_extended_string(day); }

class Writer {
public:
    void section(std::string_view name) { open("[" + std::string(name) + "]"); }
    void item(std::string_view list) { open("[[" + std::string(list) + "]]"); }

    void text(std::string_view key, const std::string& value) {
        if (is_given(value)) line(key, quoted(value));
    }
    void raw(std::string_view key, const std::string& value) { line(key, value); }
    void date(std::string_view key, const std::optional<Date>& day) {
        if (day) line(key, iso(*day));
    }
    void money(std::string_view key, const std::optional<Money>& amount) {
        if (amount) line(key, quoted(amount->to_string()));
    }
    void flag(std::string_view key, bool value) { line(key, value ? "true" : "false"); }
    // A word from one of the plan's vocabularies (rules/plan_vocabulary.hpp).
    void word(std::string_view key, std::optional<std::string_view> name) {
        if (name) line(key, quoted(std::string(*name)));
    }
    void list(std::string_view key, const std::vector<std::string>& values) {
        if (values.empty()) return;
        std::string written = "[";
        for (std::size_t i = 0; i < values.size(); ++i) written += (i ? ", " : "") + quoted(values[i]);
        line(key, written + "]");
    }

    std::string finish() { return out_.str(); }

private:
    void open(const std::string& header) {
        if (out_.tellp() > 0) out_ << '\n';
        out_ << header << '\n';
    }
    void line(std::string_view key, const std::string& value) { out_ << key << " = " << value << '\n'; }

    std::ostringstream out_;
};

// Whole numbers as TOML integers; others quoted, as the plan file asks ("1.5").
std::string quantity_text(const Rational& quantity) {
    if (quantity.denominator() == 1) return std::to_string(quantity.numerator());
    return quoted(quantity.to_decimal_string(2));
}

std::optional<std::string_view> name_of(const std::optional<SupportKind>& v) {
    if (!v) return std::nullopt;
    return kSupportKindNames.at(std::size_t(*v));
}
std::optional<std::string_view> name_of(const std::optional<Unit>& v) {
    if (!v) return std::nullopt;
    return kUnitNames.at(std::size_t(*v));
}
std::optional<std::string_view> name_of(const std::optional<Frequency>& v) {
    if (!v) return std::nullopt;
    return kFrequencyNames.at(std::size_t(*v));
}
std::optional<std::string_view> name_of(const std::optional<MoneyHeldAs>& v) {
    if (!v) return std::nullopt;
    return kMoneyHeldAsNames.at(std::size_t(*v));
}

std::vector<std::string> weekday_names(std::uint8_t weekdays) {
    static constexpr std::string_view names[] = {"Sunday", "Monday", "Tuesday", "Wednesday",
                                                 "Thursday", "Friday", "Saturday"};
    std::vector<std::string> days;
    for (int d : {1, 2, 3, 4, 5, 6, 0})  // the week as people say it, Monday first
        if (weekdays >> d & 1) days.emplace_back(names[d]);
    return days;
}

std::string outcome_id(const SupportPlan& plan, std::size_t index) {
    const std::string& id = plan.outcomes[index].id;
    return is_given(id) ? id : "outcome-" + std::to_string(index + 1);
}

void write_header(Writer& w, const SupportPlan& plan) {
    w.section("plan");
    w.raw("person", quoted(plan.person));
    w.raw("start", iso(plan.start));
    w.raw("end", iso(plan.end));
    w.date("date", plan.written);
    w.date("support_starts", plan.support_starts);
}

void write_budget(Writer& w, const PlanBudgetStatement& budget) {
    if (!budget.weekly && !is_given(budget.kind) && !is_given(budget.difference_reason)) return;
    w.section("budget");
    w.money("weekly", budget.weekly);
    w.text("kind", budget.kind);
    w.text("difference_reason", budget.difference_reason);
}

void write_questions(Writer& w, const SupportPlan& plan) {
    bool any = false;
    for (const std::string& answer : plan.answers) any = any || is_given(answer);
    if (!any) return;
    w.section("questions");
    for (int q = 0; q < kSevenQuestions; ++q) w.text(kPlanQuestions[std::size_t(q)].key, plan.answers[std::size_t(q)]);
}

void write_outcomes(Writer& w, const SupportPlan& plan) {
    for (std::size_t o = 0; o < plan.outcomes.size(); ++o) {
        w.item("outcomes");
        w.raw("id", quoted(outcome_id(plan, o)));
        w.text("title", plan.outcomes[o].title);
        w.text("met_without_budget", plan.outcomes[o].met_without_budget);
    }
}

void write_line(Writer& w, const SupportPlan& plan, const SupportLine& line) {
    w.item("lines");
    w.word("kind", name_of(line.kind));
    w.text("description", line.description);
    w.text("provider", line.provider);
    w.money("unit_cost", line.unit_cost);
    if (line.quantity) w.raw("quantity", quantity_text(*line.quantity));
    w.word("unit", name_of(line.unit));
    w.word("frequency", name_of(line.frequency));
    w.list("days", weekday_names(line.weekdays));
    w.date("date", line.once_on);
    w.date("start", line.start);
    w.date("end", line.end);
    std::vector<std::string> outcomes;
    for (int o : line.outcomes)
        if (o >= 0 && std::size_t(o) < plan.outcomes.size()) outcomes.push_back(outcome_id(plan, std::size_t(o)));
    w.list("outcomes", outcomes);
    w.word("held_as", name_of(line.held_as));
    w.text("option", line.option);
    if (line.provider_close_relative) w.flag("provider_close_relative", true);
    if (line.provider_lives_with_person) w.flag("provider_lives_with_person", true);
    w.text("council_agreement", line.council_agreement);
}

void write_money(Writer& w, const MoneyManagement& money) {
    if (!money.held_as && !is_given(money.managed_by) && !is_given(money.nominee) && !is_given(money.fund_holder) &&
        !is_given(money.support_managed_by))
        return;
    w.section("money");
    w.word("held_as", name_of(money.held_as));
    w.text("managed_by", money.managed_by);
    w.text("nominee", money.nominee);
    w.text("fund_holder", money.fund_holder);
    w.text("support_managed_by", money.support_managed_by);
}

void write_decisions(Writer& w, const DecisionMaking& d) {
    if (!d.recorded) return;
    w.section("decisions");
    w.flag("person_decides", d.person_decides);
    w.text("representative", d.representative);
    w.flag("lacks_capacity", d.lacks_capacity);
    w.text("capacity_decisions", d.capacity_decisions);
    w.text("best_interests_decider", d.best_interests_decider);
}

void write_rest(Writer& w, const SupportPlan& plan) {
    for (const Risk& risk : plan.risks) {
        w.item("risks");
        w.text("description", risk.description);
        w.text("mitigation", risk.mitigation);
    }
    if (is_given(plan.contingency.arrangement) || is_given(plan.contingency.contact)) {
        w.section("contingency");
        w.text("arrangement", plan.contingency.arrangement);
        w.text("contact", plan.contingency.contact);
    }
    for (const PlanAction& action : plan.actions) {
        w.item("actions");
        w.text("what", action.what);
        w.text("who", action.who);
        w.date("by", action.by);
    }
    for (const PlanReview& review : plan.reviews) {
        w.item("reviews");
        w.raw("date", iso(review.date));
        w.text("note", review.note);
    }
}

}  // namespace

std::string plan_to_toml_text(const SupportPlan& plan) {
    Writer w;
    write_header(w, plan);
    write_budget(w, plan.budget);
    write_questions(w, plan);
    write_outcomes(w, plan);
    for (const SupportLine& line : plan.lines) write_line(w, plan, line);
    write_money(w, plan.money);
    write_decisions(w, plan.decisions);
    write_rest(w, plan);
    return w.finish();
}

}  // namespace openras
