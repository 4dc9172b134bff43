#include "kiosk/screens/screens.hpp"

#include "kiosk/ui/layout.hpp"
#include "kiosk/ui/widgets.hpp"

#include <imgui.h>

#include <string>

namespace openras::kiosk {
namespace {

std::string_view wording(std::string_view plain, std::string_view easy, bool easy_read) {
    return easy_read && !easy.empty() ? easy : plain;
}

}  // namespace

// 3. One question per screen, from the rule set: its plain or Easy Read wording, its help,
// large radio-like answers, and "Question 3 of 27".
void draw_question_screen(KioskFlow& flow, Ui& ui) {
    const Journey& j = flow.journey();
    const Question& q = flow.current_question();
    const Domain& domain = flow.rules().domains[std::size_t(q.domain)];
    // Each question keeps its own scroll position, so a new question starts at the top.
    const std::string page = "page.question." + q.id;
    begin_content(ui, page.c_str());
    draw_page_errors(flow, ui);
    text(ui, ui.trf("question.progress", {{"number", std::to_string(j.question + 1)},
                                          {"total", std::to_string(flow.question_count())}}),
         TextStyle::Caption);
    text(ui, wording(domain.title, domain.easy_read, ui.easy_read), TextStyle::Bold);
    heading(ui, wording(q.text, q.easy_read, ui.easy_read));
    if (!q.help.empty()) text(ui, q.help, TextStyle::Secondary);
    field_error_beside(flow, ui, "answers");
    const int chosen = j.answers[std::size_t(j.question)];
    for (std::size_t a = 0; a < q.answers.size(); ++a) {
        ButtonOptions options;
        options.chosen = int(a) == chosen;
        const AnswerOption& answer = q.answers[a];
        if (button(ui, "answer." + std::to_string(a), wording(answer.text, answer.easy_read, ui.easy_read),
                   ButtonKind::Answer, options))
            flow.choose_answer(int(a));
    }
    end_content(ui);

    begin_actions(ui);
    if (back_button(ui)) flow.back();
    if (primary_button(ui, "continue", ui.tr("common.continue"))) flow.continue_from_question();
    end_actions(ui);
}

}  // namespace openras::kiosk
