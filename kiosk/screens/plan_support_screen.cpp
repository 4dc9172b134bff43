#include "kiosk/screens/plan_choices.hpp"
#include "kiosk/screens/plan_widgets.hpp"
#include "kiosk/screens/screens.hpp"

#include "kiosk/screens/rule_words.hpp"

#include "kiosk/ui/layout.hpp"
#include "kiosk/ui/widgets.hpp"

namespace openras::kiosk {
namespace {

// One kind of support from the council's list: what it is, its usual price, how much a week,
// and, once some is chosen, which of the person's outcomes it is for.
void support_option(KioskFlow& flow, Ui& ui, int o) {
    const SupportOption& option = flow.rules().support_options[std::size_t(o)];
    const int units = flow.plan().units[std::size_t(o)];
    text(ui, option_words(ui, flow.rules(), option), TextStyle::Heading);
    text(ui, ui.trf("plan.unit_cost", {{"cost", option.unit_cost.to_string()}}), TextStyle::Secondary);
    const std::string id = "support." + option.id;
    field_error_beside(flow, ui, id);
    const std::string amount = ui.trf(unit_key(ui, option.unit, units), {{"count", std::to_string(units)}});
    if (const int step = stepper(ui, id, amount)) flow.step_units(o, step);
    if (units > 0) {
        const Money weekly = Money::from_pence(option.unit_cost.pence() * units);
        text(ui, ui.trf("plan.line_weekly", {{"cost", weekly.to_string()}}), TextStyle::Bold);
        text(ui, ui.tr("plan.line_for"), TextStyle::Body);
        for (std::size_t c = 0; c < kOutcomeChoices.size(); ++c) {
            if (!flow.plan().outcomes[c]) continue;
            ButtonOptions options;
            options.chosen = flow.plan().serves[std::size_t(o)][c] != 0;
            options.width = full_width(ui);
            if (button(ui, id + ".for." + std::to_string(c), ui.tr("plan." + std::string(kOutcomeChoices[c])),
                       ButtonKind::Toggle, options))
                flow.toggle_serves(o, int(c));
        }
    }
    vertical_space(ui, ui.m.gap);
}

}  // namespace

// 6c. Support from the council's list of usual prices (the rule set's support options): how
// much of each a week, with the running total against the budget at the top.
void draw_plan_support_screen(KioskFlow& flow, Ui& ui) {
    begin_content(ui, "page.plan-support");
    draw_page_errors(flow, ui);
    text(ui, ui.tr("plan.caption"), TextStyle::Caption);
    pictured_text(ui, picture_for(ui, "plan.support_title"), ui.tr("plan.support_title"), TextStyle::Heading);
    text(ui, ui.tr("plan.support_intro"), TextStyle::Secondary);
    budget_bar(ui, flow.plan_weekly_cost(), flow.journey().budget->weekly);
    task_findings(flow, ui, PlanTask::Support);
    field_error_beside(flow, ui, "support");
    for (std::size_t o = 0; o < flow.rules().support_options.size(); ++o) support_option(flow, ui, int(o));
    if (flow.asks_difference_reason()) {
        text(ui, ui.tr("plan.difference_title"), TextStyle::Heading);
        text(ui, ui.tr("plan.difference_hint"), TextStyle::Secondary);
        const int chosen = radio_group(ui, "difference", kDifferenceChoices, flow.plan().difference);
        if (chosen >= 0) flow.choose_difference(chosen);
    }
    end_content(ui);

    begin_actions(ui);
    if (back_button(ui)) flow.back();
    if (primary_button(ui, "continue", ui.tr("common.continue"))) flow.continue_from_task();
    end_actions(ui);
}

}  // namespace openras::kiosk
