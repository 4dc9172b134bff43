#pragma once
// The kiosk application: owns the ImGui context, the flow model and the Ui, and runs one frame
// at a time on any Platform. It keeps the three in step: the idle timer, the person's display
// choices (rebuilding fonts and colours when they change), and the idle wipe, which also
// destroys and recreates the ImGui context so that nothing personal survives in it.
#include "kiosk/app/outbox_sender.hpp"
#include "kiosk/flow/kiosk_flow.hpp"
#include "kiosk/platform/platform.hpp"
#include "kiosk/speech/speech_controller.hpp"
#include "kiosk/ui/pictures.hpp"
#include "kiosk/ui/pointer.hpp"
#include "kiosk/ui/shaped_text.hpp"
#include "kiosk/ui/tap_guard.hpp"
#include "kiosk/ui/ui.hpp"

#include <imgui.h>

#include <memory>

struct ImGuiContext;

namespace openras::kiosk {

class KioskApp {
public:
    // `speech` plays what the kiosk says; null: the words are worked out and kept, not heard.
    KioskApp(Platform& platform, std::shared_ptr<const RuleSet> rules, FlowSettings settings, const Wording& words,
             FontFiles fonts, SpeechOutput* speech = nullptr);
    ~KioskApp();
    KioskApp(const KioskApp&) = delete;
    KioskApp& operator=(const KioskApp&) = delete;

    // One whole frame: input, idle timer, display choices, draw, render, and a wipe if due.
    void frame();
    // Frames until the platform closes, sleeping while nothing happens.
    void run();
    // How long the app may sleep before the screen must change by itself.
    double seconds_until_wake() const;

    KioskFlow& flow() { return flow_; }
    Ui& ui() { return ui_; }
    SpeechController& speech() { return speech_; }
    ImGuiContext* context() const { return context_; }
    int contexts_created() const { return contexts_created_; }
    // The time spent building the last frame's UI (NewFrame to Render), in seconds of CPU.
    double last_build_cpu_seconds() const { return last_build_cpu_; }

private:
    void create_context();
    void destroy_context();
    void sync_ui();
    void enter_activates();
    void update_idle(double now, bool input);
    void recreate_context_after_wipe();

    Platform& platform_;
    KioskFlow flow_;
    Ui ui_;
    FontFiles font_files_;
    ImFontAtlas atlas_;  // shared by every context: it holds glyphs, never anyone's words
    ImGuiContext* context_ = nullptr;
    int contexts_created_ = 0;
    PointerFix pointer_fix_;
    TapGuard tap_guard_;
    SpeechController speech_;
    const Wording* base_words_ = nullptr;  // the kiosk's own language
    PictureShelf pictures_;
    TextShaper shaper_;  // Urdu's words, shaped by Pango (shaped_text.hpp)
    TextShaperInUse shaper_in_use_{shaper_};
    bool warning_shown_ = false;  // the idle warning covered the screen last frame
    int shown_page_ = -1;  // the page drawn last frame (KioskFlow::page_number)
    float built_scale_ = 0, built_width_ = 0, built_height_ = 0;
    bool built_contrast_ = false;
    int wipes_seen_ = 0;
    double last_build_cpu_ = 0;
    std::unique_ptr<OutboxSender> outbox_sender_;  // last: stopped first, before the flow it sends from
};

double thread_cpu_seconds();

}  // namespace openras::kiosk
