#include "kiosk/app/kiosk_app.hpp"

#include "kiosk/screens/screens.hpp"
#include "kiosk/speech/headset.hpp"
#include "kiosk/ui/imgui_wipe.hpp"
#include "kiosk/ui/mirror.hpp"
#include "kiosk/ui/style.hpp"

#include <algorithm>
#include <ctime>

namespace openras::kiosk {

double thread_cpu_seconds() {
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) + double(t.tv_nsec) * 1e-9;
}

KioskApp::KioskApp(Platform& platform, std::shared_ptr<const RuleSet> rules, FlowSettings settings,
                   const Wording& words, FontFiles fonts, SpeechOutput* speech)
    : platform_(platform),
      flow_(std::move(rules), settings),
      font_files_(std::move(fonts)),
      speech_(speech, speech != nullptr ? std::function<bool()>(headset_plugged_in) : std::function<bool()>()),
      pictures_(flow_.settings().pictures_folder.empty() ? built_pictures_folder() : flow_.settings().pictures_folder,
                [this](const unsigned char* rgba, int w, int h) { return platform_.picture_texture(rgba, w, h); }),
      shaper_([this](const unsigned char* rgba, int w, int h) { return platform_.picture_texture(rgba, w, h); },
              [this](void* texture) { platform_.release_texture(texture); }) {
    ui_.words = base_words_ = &words;
    ui_.pictures = &pictures_;
    create_context();
    flow_.idle().reset(platform_.now());
    if (!flow_.settings().outbox_path.empty())
        outbox_sender_ = std::make_unique<OutboxSender>([this] { flow_.send_waiting(); });
}

KioskApp::~KioskApp() { destroy_context(); }

void KioskApp::create_context() {
    context_ = ImGui::CreateContext(&atlas_);
    ImGui::SetCurrentContext(context_);
    ++contexts_created_;
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;  // nothing about a session is written to disk
    io.LogFilename = nullptr;
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    io.ConfigInputTextCursorBlink = false;  // nothing on screen moves by itself
    built_scale_ = 0;                        // style and fonts are set again on the next frame
    platform_.init_backends();
    // Tab is the kiosk's, not ImGui's: see Ui::tab_key.
    ui_.tab_key = io.KeyMap[ImGuiKey_Tab];
    io.KeyMap[ImGuiKey_Tab] = -1;
}

void KioskApp::destroy_context() {
    if (context_ == nullptr) return;
    ImGui::SetCurrentContext(context_);
    zero_imgui_text_buffers();
    platform_.shutdown_backends();
    ImGui::DestroyContext(context_);
    context_ = nullptr;
}

// Fonts, sizes and colours follow the person's choices and the screen's size.
void KioskApp::sync_ui() {
    const DisplayPreferences& p = flow_.preferences();
    const ImVec2 size = ImGui::GetIO().DisplaySize;
    ui_.easy_read = p.easy_read;
    // The language shown: the person's choice for this session, else the kiosk's own.
    ui_.words = p.language.empty() ? base_words_ : &Wording::built_in(p.language);
    if (p.text_scale() == built_scale_ && size.x == built_width_ && size.y == built_height_ &&
        p.high_contrast == built_contrast_)
        return;
    ui_.m = metrics_for(p.text_scale(), size.x, size.y);
    ui_.palette = p.high_contrast ? high_contrast_palette() : normal_palette();
    if (p.text_scale() != ui_.fonts.scale || atlas_.Fonts.empty()) {
        ui_.fonts = build_fonts(atlas_, font_files_, ui_.m);
        shaper_.set_regular_font(ui_.fonts.body);
        platform_.fonts_rebuilt();
    }
    apply_style(ui_);
    built_scale_ = p.text_scale(), built_width_ = size.x, built_height_ = size.y, built_contrast_ = p.high_contrast;
}

// Switch interfaces and keyboards send Enter as often as Space; in ImGui 1.86 only Space
// activates a button, so Enter is made to do the same.
void KioskApp::enter_activates() {
    ImGuiIO& io = ImGui::GetIO();
    const int enter = io.KeyMap[ImGuiKey_Enter];
    if (enter >= 0 && enter < int(IM_ARRAYSIZE(io.KeysDown)) && io.KeysDown[enter])
        io.NavInputs[ImGuiNavInput_Activate] = 1.0f;
}

void KioskApp::update_idle(double now, bool input) {
    IdleTimer& idle = flow_.idle();
    if (input) idle.note_input(now);
    if (!flow_.in_session()) {
        // Nothing personal is showing; a display choice left behind still goes back to normal.
        if (idle.phase(now) != IdlePhase::Active) {
            flow_.preferences() = flow_.settings().preferences;
            idle.reset(now);
        }
        return;
    }
    if (idle.phase(now) == IdlePhase::Expired) flow_.wipe(now);
}

void KioskApp::frame() {
    ImGui::SetCurrentContext(context_);
    platform_.new_frame();
    enter_activates();
    const double now = platform_.now();
    flow_.set_now(now);
    update_idle(now, platform_.take_input());
    sync_ui();
    // A touch lands where it was drawn: on last frame's page, mirrored or not (mirror.hpp).
    ImGuiIO& io = ImGui::GetIO();
    if (io.MousePos.x > -FLT_MAX / 2) io.MousePos.x = page_mirror().mirrored_pointer_x(io.MousePos.x, io.MousePos.y);
    apply_pointer_fix(pointer_fix_, ImGui::GetIO(), platform_.take_pointer_moved());
    apply_tap_guard(tap_guard_, ImGui::GetIO(), flow_.page_number(), now, flow_.settings().tap_quiet_seconds);
    ui_.now = now;
    // A new page shows its typed box, if it has one, on its first frame.
    ui_.page_opened = flow_.page_number() != shown_page_;
    shown_page_ = flow_.page_number();
    ui_.repeat_quiet_seconds = flow_.settings().tap_quiet_seconds;
    ui_.speech_bar = flow_.settings().speech.offered && flow_.preferences().speech_on;
    ui_.speech_slow = flow_.preferences().speech_slow;

    const double cpu_start = thread_cpu_seconds();
    ImGui::NewFrame();
    page_mirror().begin_frame(ui_.words->right_to_left(), io.DisplaySize.x);
    // A touch beginning, or a key typed, stops what is being said (speech_controller.hpp).
    const bool acted = ImGui::GetIO().MouseClicked[0] || ImGui::GetIO().InputQueueCharacters.Size > 0;
    begin_ui_frame(ui_);
    draw_kiosk(flow_, ui_);
    ImGui::Render();
    page_mirror().mirror_frame(ImGui::GetDrawData());
    shaper_.end_frame();
    last_build_cpu_ = thread_cpu_seconds() - cpu_start;
    const bool warning = flow_.in_session() && flow_.idle().phase(now) == IdlePhase::Warning;
    speech_.after_frame(ui_, flow_, SpeechController::Frame{acted, warning && !warning_shown_});
    warning_shown_ = warning;
    platform_.render();
    recreate_context_after_wipe();
}

// A wipe (idle, or "Finish") clears the flow at once; the ImGui context is replaced between
// frames, never in the middle of one.
void KioskApp::recreate_context_after_wipe() {
    if (flow_.wipe_count() == wipes_seen_) return;
    wipes_seen_ = flow_.wipe_count();
    ui_.text_log.begin_frame();
    ui_.speech.begin_frame();
    ui_.registry.begin_frame();
    ui_.gesture = Gesture{};
    pointer_fix_ = PointerFix{};
    shown_page_ = -1;  // the new context's first frame opens whatever page is showing
    shaper_.forget_all();  // shaped words may hold a person's figures
    destroy_context();
    create_context();
}

double KioskApp::seconds_until_wake() const {
    const double now = platform_.now();
    return std::clamp(flow_.idle().seconds_until_next_change(now), 0.0, 3600.0);
}

void KioskApp::run() {
    int settle = 3;  // ImGui needs a frame or two after input to finish what it started
    while (!platform_.should_close()) {
        frame();
        if (settle > 0) --settle;
        const bool busy = platform_.wait(settle > 0 ? 0.0 : seconds_until_wake());
        if (busy) settle = 3;
    }
}

}  // namespace openras::kiosk
