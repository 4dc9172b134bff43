#include "kiosk/screens/screens.hpp"

#include "kiosk/ui/colours.hpp"
#include "kiosk/ui/layout.hpp"
#include "kiosk/ui/text_layout.hpp"
#include "kiosk/ui/widgets.hpp"

#include <imgui.h>

#include <algorithm>

namespace openras::kiosk {

namespace {

// The second row while speech is on: what the person can do with it (speech_controller.hpp).
void draw_speech_row(Ui& ui) {
    ButtonOptions small;
    small.font = ui.fonts.bar;
    ButtonOptions slower = small;
    ImGui::SetCursorPos(ImVec2(ui.m.margin, top_bar_row_height(ui) + kMinTargetGapPixels * 1.5f));
    using Ask = Ui::SpeechAsk;
    if (ui.speech_paused) {
        if (button(ui, "speech.carry-on", ui.tr("speech.carry_on"), ButtonKind::Secondary, small)) ui.speech_ask = Ask::CarryOn;
    } else if (button(ui, "speech.pause", ui.tr("speech.pause"), ButtonKind::Secondary, small)) {
        ui.speech_ask = Ask::Pause;
    }
    ImGui::SameLine();
    if (button(ui, "speech.repeat", ui.tr("speech.repeat"), ButtonKind::Secondary, small)) ui.speech_ask = Ask::Repeat;
    ImGui::SameLine();
    if (button(ui, "speech.quieter", ui.tr("speech.quieter"), ButtonKind::Secondary, small)) ui.speech_ask = Ask::Quieter;
    ImGui::SameLine();
    if (button(ui, "speech.louder", ui.tr("speech.louder"), ButtonKind::Secondary, small)) ui.speech_ask = Ask::Louder;
    ImGui::SameLine();
    slower.chosen = ui.speech_slow;
    if (button(ui, "speech.slower", ui.tr("speech.slower"), ButtonKind::Toggle, slower)) ui.speech_ask = Ask::Slower;
}

}  // namespace

// The service's name on the left; on the right, on every screen, the person's display
// choices: smaller and bigger text, high contrast, Easy Read, and Listen.
void draw_top_bar(KioskFlow& flow, Ui& ui) {
    begin_top_bar(ui);
    DisplayPreferences& prefs = flow.preferences();
    ButtonOptions small;
    small.font = ui.fonts.bar;
    ButtonOptions contrast = small, easy = small;
    contrast.chosen = prefs.high_contrast;
    easy.chosen = prefs.easy_read;
    const std::string_view smaller = ui.tr("header.text_smaller"), bigger = ui.tr("header.text_bigger");
    const std::string_view contrast_label = ui.tr("header.high_contrast"), easy_label = ui.tr("header.easy_read");
    const std::string_view listen_label = ui.tr("header.listen");
    const bool offers_speech = flow.settings().speech.offered;
    const bool offers_languages = flow.offered_languages().size() > 1 && flow.screen() != Screen::Worker;
    const std::string_view language_label = ui.tr("language.button");
    ButtonOptions listen = small;
    listen.chosen = prefs.speech_on;
    const auto measure = [&] {
        return button_width(ui, smaller, ButtonKind::Secondary, small) + button_width(ui, bigger, ButtonKind::Secondary, small) +
               button_width(ui, contrast_label, ButtonKind::Toggle, contrast) +
               button_width(ui, easy_label, ButtonKind::Toggle, easy) + 3 * ui.m.gap +
               (offers_speech ? button_width(ui, listen_label, ButtonKind::Toggle, listen) + ui.m.gap : 0) +
               (offers_languages ? button_width(ui, language_label, ButtonKind::Secondary, small) + ui.m.gap : 0);
    };
    const float left = ui.m.margin, right = ui.m.width - ui.m.margin;
    float controls = measure();
    // Longer words (Welsh's "Cyferbyniad uchel") on a narrower screen: the controls keep their
    // height and words, with less room around the words and between them (never under 8 px).
    const bool compact = controls > right - left;
    if (compact) {
        for (ButtonOptions* o : {&small, &contrast, &easy, &listen}) o->pad = ui.m.bar_pad / 2;
        ui.m.gap = kMinTargetGapPixels;
        controls = measure();
    }
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(ui.m.gap, ui.m.gap));
    const std::string_view service = ui.tr("header.service");
    const float service_width = text_width(ui.fonts.bar, service);
    if (left + service_width + ui.m.gap < right - controls) {
        const float y = (top_bar_row_height(ui) - ui.fonts.bar->FontSize) / 2;
        draw_line(ImGui::GetWindowDrawList(), ui.fonts.bar, ImVec2(ImGui::GetWindowPos().x + left, ImGui::GetWindowPos().y + y),
                  packed(ui.palette.header_text), service);
        ui.text_log.add(service);
    }
    ImGui::SetCursorPos(ImVec2(std::max(left, right - controls), kMinTargetGapPixels * 1.5f));
    if (offers_languages) {
        if (button(ui, "language", language_label, ButtonKind::Secondary, small)) flow.open_languages();
        ImGui::SameLine();
    }
    if (button(ui, "text-smaller", smaller, ButtonKind::Secondary, small) && prefs.text_step > 0) --prefs.text_step;
    ImGui::SameLine();
    if (button(ui, "text-bigger", bigger, ButtonKind::Secondary, small) && prefs.text_step < kLargestTextStep)
        ++prefs.text_step;
    ImGui::SameLine();
    if (button(ui, "high-contrast", contrast_label, ButtonKind::Toggle, contrast)) prefs.high_contrast = !prefs.high_contrast;
    ImGui::SameLine();
    if (button(ui, "easy-read", easy_label, ButtonKind::Toggle, easy)) prefs.easy_read = !prefs.easy_read;
    if (offers_speech) {
        ImGui::SameLine();
        if (button(ui, "listen", listen_label, ButtonKind::Toggle, listen))
            ui.speech_ask = prefs.speech_on ? Ui::SpeechAsk::StopListening : Ui::SpeechAsk::Listen;
    }
    ImGui::PopStyleVar();
    if (offers_speech && prefs.speech_on) draw_speech_row(ui);
    end_top_bar(ui);
}

}  // namespace openras::kiosk
