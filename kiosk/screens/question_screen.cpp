#include "kiosk/screens/screens.hpp"

#include "kiosk/screens/rule_words.hpp"

#include "kiosk/ui/layout.hpp"
#include "kiosk/ui/text_layout.hpp"
#include "kiosk/ui/widgets.hpp"

#include <imgui.h>

#include <algorithm>
#include <string>

namespace openras::kiosk {
namespace {

float answer_spacing(const Ui& ui) { return std::max(16.0f, ui.m.gap / 2); }

// The answers' buttons: a little less padded at large text (never under 64 px high), each with
// its picture in Easy Read.
ButtonOptions answer_options(const Ui& ui, const Question& q, std::size_t answer) {
    ButtonOptions o;
    o.picture = answer_picture(ui, q.id, q.answers[answer].id);
    o.pad = std::min(ui.m.pad, ui.m.scale >= 1.5f ? 16.0f : 20.0f);
    o.min_height = std::max(kMinTargetPixels, ui.fonts.bold->FontSize + 2 * o.pad);
    return o;
}

// Whether the question's help fits under its heading with the first two answers still on the
// screen as the page opens. When it does not (large text on a small screen) it goes after the
// answers, under a heading of its own, so a person sees there are answers to choose first.
bool help_fits_above(const Ui& ui, const RuleSet& rules, const Question& q) {
    const float spacing = ImGui::GetStyle().ItemSpacing.y;
    float needed = measure_wrapped(ui.fonts.body, question_help(ui, rules, q), ui.column_right - ImGui::GetCursorScreenPos().x).y + spacing;
    for (std::size_t a = 0; a < std::min<std::size_t>(2, q.answers.size()); ++a)
        needed += button_height(ui, answer_words(ui, rules, q, q.answers[a]), ButtonKind::Answer,
                                answer_options(ui, q, a)) +
                  answer_spacing(ui);
    // Content coordinates, the same however far the page is scrolled.
    return needed <= ImGui::GetWindowHeight() - ImGui::GetCursorPosY();
}

// Whether the question fits as a heading with its first two answers on the screen under it.
// When it does not (a long question in a language with longer words, at the largest text on a
// small screen), it is drawn in bold body text instead: the answers matter more than its size.
bool heading_fits(const Ui& ui, const RuleSet& rules, const Question& q) {
    const float spacing = ImGui::GetStyle().ItemSpacing.y;
    // In Easy Read the question's picture is beside it: the words wrap in what is left.
    const bool picture = !picture_for(ui, "question." + q.id).empty() && ui.pictures != nullptr;
    const float beside = picture ? picture_size(ui) + ui.m.gap : 0;
    const float column = ui.column_right - ImGui::GetCursorScreenPos().x - beside;
    const float words = measure_wrapped(ui.fonts.heading, question_words(ui, rules, q), column, kHeadingLineSpacing).y;
    float needed = std::max(words, picture ? picture_size(ui) : 0.0f) + spacing;
    for (std::size_t a = 0; a < std::min<std::size_t>(2, q.answers.size()); ++a)
        needed += button_height(ui, answer_words(ui, rules, q, q.answers[a]), ButtonKind::Answer, answer_options(ui, q, a)) +
                  answer_spacing(ui);
    return needed <= ImGui::GetWindowHeight() - ImGui::GetCursorPosY();
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
    // One caption line for where the person is and what the question is about; when the text
    // is too large for both on one line, where they are only: a line saved is room for an answer.
    const std::string number = std::to_string(j.question + 1), total = std::to_string(flow.question_count());
    const std::string caption = ui.trf("question.progress_about", {{"number", number}, {"total", total},
                                       {"about", std::string(domain_words(ui, flow.rules(), domain))}});
    const bool one_line = measure_wrapped(ui.fonts.body, caption, ui.column_right - ImGui::GetCursorScreenPos().x).y <
                          ui.fonts.body->FontSize * 1.5f;
    text(ui, one_line ? caption : ui.trf("question.progress", {{"number", number}, {"total", total}}), TextStyle::Caption);
    pictured_text(ui, picture_for(ui, "question." + q.id), question_words(ui, flow.rules(), q),
                  heading_fits(ui, flow.rules(), q) ? TextStyle::Heading : TextStyle::Bold);
    const bool help_above = !q.help.empty() && help_fits_above(ui, flow.rules(), q);
    if (help_above) text(ui, question_help(ui, flow.rules(), q), TextStyle::Secondary);
    field_error_beside(flow, ui, "answers");
    const int chosen = j.answers[std::size_t(j.question)];
    // The answers a little closer together and their words a little less padded at large
    // text (never under 16 px apart or 64 px high): the first two fit under a long question.
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(ImGui::GetStyle().ItemSpacing.x, answer_spacing(ui)));
    for (std::size_t a = 0; a < q.answers.size(); ++a) {
        ButtonOptions options = answer_options(ui, q, a);
        options.chosen = int(a) == chosen;
        const AnswerOption& answer = q.answers[a];
        if (button(ui, "answer." + std::to_string(a), answer_words(ui, flow.rules(), q, answer),
                   ButtonKind::Answer, options))
            flow.choose_answer(int(a));
    }
    ImGui::PopStyleVar();
    if (!q.help.empty() && !help_above) {
        text(ui, ui.tr("question.help_title"), TextStyle::Heading);
        text(ui, question_help(ui, flow.rules(), q), TextStyle::Secondary);
    }
    if (flow.can_save_draft()) {
        vertical_space(ui, ui.m.gap);
        if (button(ui, "save", ui.tr("draft.save_button"), ButtonKind::Secondary)) flow.ask_to_save();
    }
    end_content(ui);

    begin_actions(ui);
    if (back_button(ui)) flow.back();
    if (primary_button(ui, "continue", ui.tr("common.continue"))) flow.continue_from_question();
    end_actions(ui);
}

}  // namespace openras::kiosk
