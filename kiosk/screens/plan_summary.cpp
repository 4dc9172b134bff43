#include "kiosk/screens/plan_widgets.hpp"
#include "kiosk/screens/rule_words.hpp"

#include "kiosk/ui/widgets.hpp"

#include <string>

namespace openras::kiosk {
namespace {

// Chosen items of a list of wording keys under `plan.`, one to a line; `none` when nothing is.
std::string chosen_lines(const Ui& ui, const std::vector<char>& chosen, const auto& keys, std::string_view none) {
    std::string out;
    for (std::size_t i = 0; i < keys.size() && i < chosen.size(); ++i)
        if (chosen[i]) out += (out.empty() ? "" : "\n") + std::string(ui.tr("plan." + std::string(keys[i])));
    return out.empty() ? std::string(none) : out;
}

std::string choice(const Ui& ui, int index, const auto& keys) {
    if (index < 0 || std::size_t(index) >= keys.size()) return std::string(ui.tr("check.not_answered"));
    return std::string(ui.tr("plan." + std::string(keys[std::size_t(index)])));
}

void section(Ui& ui, std::string_view title) { text(ui, title, TextStyle::Heading); }

}  // namespace

void plan_summary(KioskFlow& flow, Ui& ui) {
    const PlanDraft& d = flow.plan();
    const RuleSet& rules = flow.rules();
    const std::string_view not_answered = ui.tr("check.not_answered");

    section(ui, ui.tr("plan.task_questions"));
    for (int q = 0; q < kSevenQuestions; ++q) {
        const PersonalText& answer = d.answers[std::size_t(q)];
        // A view of the person's words, not a copy: the wipe zeroes them where they are.
        const std::string_view words = is_blank(answer) ? not_answered : std::string_view(answer.data(), answer.size());
        if (summary_row(ui, "summary.question." + std::to_string(q), ui.tr(kQuestionKeys[q]), words)) flow.open_plan_question(q);
    }

    section(ui, ui.tr("plan.task_outcomes"));
    if (summary_row(ui, "summary.outcomes", ui.tr("plan.outcomes_title"), chosen_lines(ui, d.outcomes, kOutcomeChoices, not_answered)))
        flow.open_task(PlanTask::Outcomes);

    section(ui, ui.tr("plan.task_support"));
    bool any_support = false;
    for (std::size_t o = 0; o < rules.support_options.size() && o < d.units.size(); ++o) {
        if (d.units[o] <= 0) continue;
        any_support = true;
        const SupportOption& option = rules.support_options[o];
        const Money weekly = Money::from_pence(option.unit_cost.pence() * d.units[o]);
        const std::string value = ui.trf(unit_key(ui, option.unit, d.units[o]), {{"count", std::to_string(d.units[o])}}) + "\n" +
                                  ui.trf("plan.line_weekly", {{"cost", weekly.to_string()}});
        if (summary_row(ui, "summary.support." + option.id, option_words(ui, flow.rules(), option), value)) flow.open_task(PlanTask::Support);
    }
    if (!any_support && summary_row(ui, "summary.support", ui.tr("plan.support_title"), not_answered))
        flow.open_task(PlanTask::Support);

    section(ui, ui.tr("plan.task_money"));
    const std::string held = d.held_as < 0 ? std::string(not_answered)
                             : std::string(ui.tr(d.held_as == 0 ? "plan.held.direct_payment" : "plan.held.council_managed"));
    if (summary_row(ui, "summary.held", ui.tr("plan.money_title"), held)) flow.open_task(PlanTask::Money);
    if (summary_row(ui, "summary.manager", ui.tr("plan.manager_title"), choice(ui, d.manager, kManagerChoices)))
        flow.open_task(PlanTask::Money);

    section(ui, ui.tr("plan.task_decisions"));
    if (summary_row(ui, "summary.decider", ui.tr("plan.decisions_title"), choice(ui, d.decider, kDeciderChoices)))
        flow.open_task(PlanTask::Decisions);

    section(ui, ui.tr("plan.task_safety"));
    const std::string risks = d.no_risks ? std::string(ui.tr("plan.risk_none")) : chosen_lines(ui, d.risks, kRiskChoices, not_answered);
    if (summary_row(ui, "summary.risks", ui.tr("plan.safety_title"), risks)) flow.open_task(PlanTask::Safety);
    if (summary_row(ui, "summary.contingency", ui.tr("plan.contingency_title"), choice(ui, d.contingency, kContingencyChoices)))
        flow.open_task(PlanTask::Safety);
}

}  // namespace openras::kiosk
