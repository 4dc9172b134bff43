#include "kiosk/screens/worker_screens.hpp"

#include "kiosk/screens/plan_widgets.hpp"

#include "alloc/io/dates.hpp"
#include "alloc/report/line_description.hpp"
#include "alloc/plan/plan_report.hpp"
#include "alloc/plan/plan_wording.hpp"
#include "kiosk/screens/screens.hpp"
#include "kiosk/ui/layout.hpp"
#include "kiosk/ui/widgets.hpp"

#include <string>

namespace openras::kiosk {
namespace {

std::string_view wording(std::string_view plain, std::string_view easy, bool easy_read) {
    return easy_read && !easy.empty() ? easy : plain;
}

std::string_view given(const Ui& ui, const std::string& text) {
    return is_given(text) ? std::string_view(text) : ui.tr("worker.not_given");
}

void section(Ui& ui, std::string_view title) {
    vertical_space(ui, ui.m.gap);
    text(ui, title, TextStyle::Heading);
}

// The person's answers, question by question, in the rule set's words.
void answers(Ui& ui, const IndicativeBudget& b) {
    section(ui, ui.tr("worker.answers_title"));
    const RuleSet& rules = *b.rules;
    for (std::size_t q = 0; q < rules.questions.size(); ++q) {
        const Question& question = rules.questions[q];
        const int a = q < b.answers.answer_index.size() ? b.answers.answer_index[q] : -1;
        text(ui, wording(question.text, question.easy_read, ui.easy_read), TextStyle::Bold);
        text(ui, a < 0 ? ui.tr("worker.not_answered")
                       : wording(question.answers[std::size_t(a)].text, question.answers[std::size_t(a)].easy_read, ui.easy_read));
    }
}

// The indicative budget and every line of its explanation, as the person saw it.
void budget(Ui& ui, const WorkerCase& c) {
    section(ui, ui.tr("worker.budget_title"));
    if (!c.budget) {
        text(ui, ui.trf("worker.budget_recorded", {{"weekly", c.indicative_weekly.to_string()}}), TextStyle::Bold);
        return;
    }
    const IndicativeBudget& b = *c.budget;
    // A week only: the budget over the plan's own dates is under the plan's costing, worked out
    // as the person's kiosk worked it out (one figure for a year, not two).
    text(ui, ui.trf("worker.budget_amount", {{"weekly", b.weekly.to_string()}}), TextStyle::Bold);
    if (b.refer_to_panel()) notice(ui, "", ui.tr("worker.budget_panel"), NoticeKind::Important);
    if (c.final_budget) notice(ui, "", ui.trf("worker.final_agreed", {{"weekly", c.final_budget->to_string()}}));
    text(ui, ui.tr("worker.budget_lines"), TextStyle::Bold);
    for (const ExplanationLine& line : b.explanation) {
        const LineDescription d = describe_line(b, line);
        worker_amount_row(ui, d.title, line.amount.to_string());
        if (!d.detail.empty() && line.kind != LineKind::Rule) text(ui, d.detail, TextStyle::Secondary);
    }
    worker_amount_row(ui, ui.tr("worker.budget_total"), b.weekly.to_string(), true);
}

void plan_words(Ui& ui, const SupportPlan& plan) {
    section(ui, ui.tr("worker.plan_title"));
    text(ui, ui.trf("worker.plan_period", {{"start", long_date(plan.start)}, {"end", long_date(plan.end)},
                                           {"days", std::to_string(plan.days())}}),
         TextStyle::Bold);
    for (std::size_t q = 0; q < kPlanQuestions.size(); ++q) {
        text(ui, kPlanQuestions[q].text, TextStyle::Bold);
        text(ui, given(ui, plan.answers[q]));
    }
    text(ui, ui.tr("worker.outcomes_title"), TextStyle::Bold);
    if (plan.outcomes.empty()) text(ui, ui.tr("worker.not_given"));
    for (const Outcome& o : plan.outcomes) text(ui, "\u2022 " + o.title);
    text(ui, ui.tr("worker.money_title"), TextStyle::Bold);
    const std::string held = plan.money.held_as ? words_of(kMoneyHeldAsNames[std::size_t(*plan.money.held_as)])
                                                : std::string(ui.tr("worker.not_given"));
    text(ui, ui.trf("worker.held_as", {{"held", held}}));
    text(ui, ui.trf("worker.managed_by", {{"who", std::string(given(ui, plan.money.managed_by))}}));
    text(ui, ui.tr("worker.decisions_title"), TextStyle::Bold);
    if (!plan.decisions.recorded) text(ui, ui.tr("worker.not_given"));
    if (plan.decisions.person_decides) text(ui, ui.tr("worker.person_decides"));
    if (is_given(plan.decisions.representative)) text(ui, ui.trf("worker.representative", {{"who", plan.decisions.representative}}));
    if (plan.decisions.lacks_capacity)
        text(ui, ui.trf("worker.lacks_capacity", {{"which", std::string(given(ui, plan.decisions.capacity_decisions))}}));
    text(ui, ui.tr("worker.risks_title"), TextStyle::Bold);
    if (plan.risks.empty()) text(ui, ui.tr("worker.not_given"));
    for (const Risk& r : plan.risks) text(ui, "\u2022 " + r.description + ": " + std::string(given(ui, r.mitigation)));
    text(ui, ui.tr("worker.contingency_title"), TextStyle::Bold);
    text(ui, given(ui, plan.contingency.arrangement));
    text(ui, ui.tr("worker.actions_title"), TextStyle::Bold);
    if (plan.actions.empty()) text(ui, ui.tr("worker.not_given"));
    for (const PlanAction& a : plan.actions)
        text(ui, "\u2022 " + ui.trf("worker.action_line", {{"what", a.what},
                                                            {"who", std::string(given(ui, a.who))},
                                                            {"by", a.by ? long_date(*a.by) : std::string(ui.tr("worker.not_given"))}}));
}

// Each support line with its cost, the totals, and the plan against the budget.
void costing(Ui& ui, const SupportPlan& plan, const PlanCheckResult& r) {
    section(ui, ui.tr("worker.costing_title"));
    const PlanCosting& c = r.costing;
    for (std::size_t i = 0; i < plan.lines.size() && i < c.lines.size(); ++i) {
        const LineCosting& cost = c.lines[i];
        worker_amount_row(ui, support_line_title(plan.lines[i], i),
                          cost.costed ? cost.cost.to_string() : std::string(ui.tr("worker.line_not_costed")));
        const std::string terms = support_line_terms(plan.lines[i]);
        if (!terms.empty()) text(ui, terms, TextStyle::Secondary);
    }
    if (c.rounding != Money{}) worker_amount_row(ui, ui.tr("worker.costing_rounding"), c.rounding.to_string());
    worker_amount_row(ui, ui.trf("worker.costing_total", {{"days", std::to_string(c.days)}}), c.total.to_string(), true);
    worker_amount_row(ui, ui.tr("worker.costing_week"), c.weekly.to_string(), true);
    worker_amount_row(ui, ui.tr("worker.costing_year"), c.annual.to_string());
    if (r.budget.known) {
        worker_amount_row(ui, ui.tr("worker.budget_for_period"), r.budget_for_period.to_string());
        worker_amount_row(ui, ui.tr("worker.difference"), r.difference.to_string(), true);
    }
}

void findings(Ui& ui, const PlanCheckResult& r) {
    section(ui, ui.tr("worker.findings_title"));
    if (r.findings.empty()) {
        text(ui, ui.tr("worker.findings_none"));
        return;
    }
    static constexpr const char* headings[] = {"worker.findings_blocker", "worker.findings_warning", "worker.findings_information"};
    for (int s = 0; s < 3; ++s) {
        bool first = true;
        for (const PlanFinding& f : r.findings) {
            if (int(f.severity) != s) continue;
            if (first) text(ui, ui.tr(headings[s]), TextStyle::Bold);
            first = false;
            // The rule set's message for staff, without the file format's `marks`, and the part of
            // the plan by its name on the kiosk, not a field path.
            std::string message = f.message;
            std::erase(message, '`');
            text(ui, "\u2022 " + message);
            text(ui, ui.trf("worker.finding_where", {{"part", std::string(task_title(ui, KioskFlow::task_for_field(f.field)))}}),
                 TextStyle::Secondary);
        }
    }
}

}  // namespace

// One case in full: the answers, the budget and its explanation, the plan, its costing and the
// check's findings, and the record so far; then Make a decision.
void draw_worker_case_page(KioskFlow& flow, Ui& ui) {
    WorkerDesk& desk = flow.worker();
    const WorkerCase& c = desk.current_case();
    begin_content(ui, "page.worker.case");
    text(ui, ui.tr("worker.caption"), TextStyle::Caption);
    heading(ui, ui.trf("worker.case_title", {{"person", c.entry.person}}));
    if (!c.problems.empty()) {
        std::string all;
        for (const std::string& p : c.problems) all += (all.empty() ? "" : "\n") + p;
        notice(ui, ui.tr("worker.case_problems_title"), all, NoticeKind::Important);
    }
    if (c.budget) answers(ui, *c.budget);
    budget(ui, c);
    if (c.plan) plan_words(ui, *c.plan);
    else text(ui, ui.tr("worker.plan_not_read"));
    if (c.plan && c.check) {
        costing(ui, *c.plan, *c.check);
        findings(ui, *c.check);
    }
    section(ui, ui.tr("worker.history_title"));
    for (const std::string& line : c.history) text(ui, line, TextStyle::Secondary);
    end_content(ui);

    begin_actions(ui);
    if (back_button(ui)) flow.back();
    if (primary_button(ui, "decide", ui.tr("worker.decide"))) desk.make_decision();
    end_actions(ui);
}

}  // namespace openras::kiosk
