#include "kiosk/speech/speech_controller.hpp"

#include "kiosk/speech/speech_engine.hpp"

#include <algorithm>

namespace openras::kiosk {
namespace {

constexpr std::size_t kKeptUtterances = 8;
constexpr double kHeadsetAskSeconds = 1.0;

}  // namespace

SpeechController::SpeechController(SpeechOutput* output, std::function<bool()> headset)
    : output_(output), headset_(std::move(headset)) {}

bool SpeechController::private_ok(const KioskFlow& flow) const {
    if (flow.settings().speech.private_booth) return true;
    if (headset_override_) return *headset_override_;
    if (!headset_) return false;
    if (flow.now() - headset_asked_at_ >= kHeadsetAskSeconds) {
        headset_seen_ = headset_();
        headset_asked_at_ = flow.now();
    }
    return headset_seen_;
}

std::string SpeechController::page_reading_now(const Ui& ui, const KioskFlow& flow) const {
    const PersonalText& name = flow.journey().reference;
    return page_reading(ui, ReadingContext{private_ok(flow), std::string_view(name.data(), name.size())});
}

std::string SpeechController::last_said() const {
    return said_.empty() ? std::string() : std::string(said_.back().data(), said_.back().size());
}

void SpeechController::say(const Ui& ui, const KioskFlow& flow, std::string words, bool chime_first) {
    const DisplayPreferences& p = flow.preferences();
    paused_ = false;
    if (output_ != nullptr)
        output_->say(words, std::string(ui.tr("speech.voice")), p.speech_slow ? kSlowWordsAMinute : kNormalWordsAMinute,
                     float(p.volume) / 100.0f, chime_first);  // in the voice of the language shown
    said_.emplace_back(words.data(), words.size());
    std::fill(words.begin(), words.end(), '\0');
    while (said_.size() > kKeptUtterances) {
        wipe(said_.front());
        said_.pop_front();
    }
}

void SpeechController::say_page(const Ui& ui, const KioskFlow& flow, bool chime_first) {
    say(ui, flow, page_reading_now(ui, flow), chime_first);
    last_kind_ = Said::Page;
}

void SpeechController::say_control(const Ui& ui, const KioskFlow& flow, const std::string& id) {
    const PersonalText& name = flow.journey().reference;
    std::string words = control_reading(ui, id, ReadingContext{private_ok(flow), std::string_view(name.data(), name.size())});
    if (words.empty()) return;
    say(ui, flow, std::move(words));
    last_kind_ = Said::Control;
    last_control_ = id;
}

void SpeechController::say_again(const Ui& ui, const KioskFlow& flow) {
    if (said_.empty() || last_kind_ == Said::Page) return say_page(ui, flow);
    if (last_kind_ == Said::Control && ui.speech.items().end() != std::find_if(ui.speech.items().begin(), ui.speech.items().end(),
                                                                               [&](const SpokenItem& i) { return i.id == last_control_; }))
        return say_control(ui, flow, last_control_);
    say(ui, flow, last_said());
}

void SpeechController::stop() {
    if (output_ != nullptr) output_->stop();
    paused_ = false;
}

void SpeechController::forget() {
    stop();
    for (PersonalText& words : said_) wipe(words);
    said_.clear();
    wipe(last_errors_);
    pending_control_.clear();
    last_focused_.clear();
}

// The top bar's speech controls.
void SpeechController::follow_ask(Ui& ui, KioskFlow& flow) {
    DisplayPreferences& p = flow.preferences();
    switch (ui.speech_ask) {
        case Ui::SpeechAsk::None: return;
        case Ui::SpeechAsk::Listen:
            p.speech_on = true;
            say_page(ui, flow);
            break;
        case Ui::SpeechAsk::StopListening:
            p.speech_on = false;
            stop();
            break;
        case Ui::SpeechAsk::Pause:
        case Ui::SpeechAsk::CarryOn:
            paused_ = ui.speech_ask == Ui::SpeechAsk::Pause;
            if (output_ != nullptr) output_->set_paused(paused_);
            break;
        case Ui::SpeechAsk::Repeat: say_again(ui, flow); break;
        case Ui::SpeechAsk::Slower:
            p.speech_slow = !p.speech_slow;
            say_again(ui, flow);
            break;
        case Ui::SpeechAsk::Quieter:
        case Ui::SpeechAsk::Louder:
            p.volume = std::clamp(p.volume + (ui.speech_ask == Ui::SpeechAsk::Louder ? kVolumeStep : -kVolumeStep),
                                  kQuietestVolume, kLoudestVolume);
            say(ui, flow, ui.trf("speech.volume", {{"percent", std::to_string(p.volume)}}));
            last_kind_ = Said::Words;
            break;
    }
    pending_control_.clear();
}

void SpeechController::after_frame(Ui& ui, KioskFlow& flow, const Frame& frame) {
    if (flow.wipe_count() != wipes_seen_) {
        wipes_seen_ = flow.wipe_count();
        forget();
        return;
    }
    ui.speech_paused = paused_;
    if (ui.speech_ask != Ui::SpeechAsk::None) {
        follow_ask(ui, flow);
        ui.speech_paused = paused_;
        return;
    }
    const bool on = flow.preferences().speech_on;
    if (frame.warning_started) {
        // Heard by anyone near, whether or not speech is on: the person may have stepped away.
        if (on) say_page(ui, flow, true);
        else if (output_ != nullptr) output_->chime(float(flow.preferences().volume) / 100.0f);
        return;
    }
    if (!on) return;
    // A page that shows new errors (a tap on Continue with something missing) is read again,
    // errors first, as GOV.UK moves focus to its error summary.
    PersonalText errors;
    for (const SpokenItem& item : ui.speech.items())
        if (item.role == SpeechRole::Error) errors += item.words;
    const bool new_errors = !errors.empty() && errors != last_errors_;
    wipe(last_errors_);
    last_errors_ = std::move(errors);
    if (ui.page_opened || new_errors) {
        pending_control_.clear();
        last_focused_ = ui.focus_shown;
        say_page(ui, flow);
        return;
    }
    if (!ui.tapped.empty()) {
        stop();  // the person acted: what was being said stops; the next frame says what changed
        pending_control_ = ui.tapped;
        return;
    }
    if (!pending_control_.empty()) {
        const std::string id = std::move(pending_control_);
        pending_control_.clear();
        say_control(ui, flow, id);
        return;
    }
    if (ui.focus_shown != last_focused_) {
        last_focused_ = ui.focus_shown;
        if (!ui.focus_shown.empty()) {
            stop();
            say_control(ui, flow, ui.focus_shown);
        }
        return;
    }
    if (frame.acted) stop();
}

}  // namespace openras::kiosk
