#include "kiosk/screens/plan_widgets.hpp"
#include "kiosk/screens/screens.hpp"

#include "kiosk/screens/rule_words.hpp"

#include "kiosk/ui/colours.hpp"
#include "kiosk/ui/layout.hpp"
#include "kiosk/ui/widgets.hpp"

#include <imgui.h>

#include <algorithm>
#include <string>

namespace openras::kiosk {
namespace {

}  // namespace

// 4. Check your answers: every answer, grouped by domain, each with a Change button that goes
// to that question and comes back here.
void draw_check_answers_screen(KioskFlow& flow, Ui& ui) {
    const Journey& j = flow.journey();
    const RuleSet& rules = flow.rules();
    begin_content(ui, "page.check");
    heading(ui, ui.tr("check.title"));
    text(ui, ui.tr("check.intro"));
    text(ui, ui.tr("check.about_you"), TextStyle::Heading);
    // A view, not a copy: the person's words stay only in the PersonalText the wipe zeroes.
    const std::string_view reference(j.reference.data(), j.reference.size());
    if (summary_row(ui, "change.name", ui.tr("name.label"), reference)) flow.change_name();
    for (const Domain& domain : rules.domains) {
        text(ui, domain_words(ui, rules, domain), TextStyle::Heading);
        std::vector<int> questions = domain.questions;
        if (domain.informal_support >= 0) questions.push_back(domain.informal_support);
        for (int q : questions) {
            const Question& question = rules.questions[std::size_t(q)];
            const int a = j.answers[std::size_t(q)];
            const std::string_view answer =
                a < 0 ? ui.tr("check.not_answered")
                      : answer_words(ui, rules, question, question.answers[std::size_t(a)]);
            if (summary_row(ui, "change." + question.id, question_words(ui, rules, question), answer))
                flow.change_answer(q);
        }
    }
    end_content(ui);

    begin_actions(ui);
    if (back_button(ui)) flow.back();
    if (primary_button(ui, "confirm", ui.tr("check.confirm"))) flow.confirm_answers();
    end_actions(ui);
}

}  // namespace openras::kiosk
