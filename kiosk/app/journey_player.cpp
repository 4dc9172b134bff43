#include "kiosk/app/journey_player.hpp"

#include "kiosk/ui/onscreen_keyboard.hpp"

#include "alloc/record/decision_store.hpp"
#include "rules/error.hpp"

#include <cctype>
#include <cmath>
#include <filesystem>

namespace openras::kiosk {
namespace {

constexpr double kFrame = 1.0 / 60;
constexpr double kTapHold = 0.06;          // a finger rests about this long on a tap
constexpr double kAfterStep = 0.6;         // a person reads a little before the next step
constexpr double kDoubleTapGap = 0.09;     // from the first press to the second
constexpr double kDoubleTapHold = 0.04;

struct Failed {
    std::string why;
};

class Player {
public:
    Player(const JourneyScript& script, KioskApp& app, ScriptedPlatform& platform, const JourneyPlaces& places)
        : script_(script), app_(app), platform_(platform), places_(places) {}

    JourneyResult play() {
        JourneyResult result;
        frames_for(kAfterStep);
        for (const JourneyStep& step : script_.steps) {
            try {
                play(step, result);
                ++result.steps_played;
            } catch (const Failed& failed) {
                result.passed = false;
                result.failure = script_.path + ":" + std::to_string(step.line) + ": " + failed.why;
                shoot("failed-at-line-" + std::to_string(step.line) + ".png", result);
                return result;
            }
        }
        return result;
    }

private:
    void frames_for(double seconds) {
        const int frames = std::max(1, int(std::lround(seconds / kFrame)));
        for (int i = 0; i < frames; ++i) {
            platform_.advance(kFrame);
            app_.frame();
        }
    }

    std::string where_am_i() { return " on the " + std::string(screen_name(app_.flow().screen())) + " screen"; }

    const Target* labelled(const std::string& label) {
        for (const Target& t : app_.ui().registry.targets())
            if (t.label.rfind(label, 0) == 0) return &t;
        return nullptr;
    }

    // The control a step names: by the words on it, or (keys) by its id.
    struct Wanted {
        std::string label, id, what;
    };
    const Target* lookup(const Wanted& wanted) {
        return wanted.id.empty() ? labelled(wanted.label) : app_.ui().registry.find(wanted.id);
    }

    const Target& find(const Wanted& wanted) {
        const Target* t = lookup(wanted);
        if (t == nullptr) throw Failed{"there is no " + wanted.what + where_am_i()};
        return *t;
    }

    static Wanted by_label(const std::string& label) { return {label, {}, "control labelled \"" + label + "\""}; }

    // A person scrolls a control into view by dragging the page's margin, where nothing is tapped.
    void drag(float dy) {
        const Metrics& m = app_.ui().m;
        const float x = m.column_x / 2, y = m.height / 2;
        platform_.pointer(x, y, false);
        platform_.pointer(x, y, true);
        for (int i = 1; i <= 6; ++i) platform_.pointer(x, y + dy * float(i) / 6, true);
        platform_.pointer(x, y + dy, false);
        frames_for(12 * kFrame);
    }

    Rect in_view(const Wanted& wanted) {
        for (int tries = 0; tries < 40; ++tries) {
            const Target& t = find(wanted);
            if (t.visible.w >= t.rect.w - 0.5f && t.visible.h >= t.rect.h - 0.5f) return t.visible;
            const float step = std::min(300.0f, app_.ui().m.height / 4);
            drag(t.rect.y > app_.ui().m.height / 2 ? -step : step);
        }
        throw Failed{"could not scroll the " + wanted.what + " into view" + where_am_i()};
    }

    void press_and_lift(float x, float y, double hold) {
        platform_.pointer(x, y, false);
        platform_.pointer(x, y, true);
        frames_for(kFrame + hold);
        platform_.pointer(x, y, false);
        frames_for(kFrame);
    }

    void two_taps(float x, float y, double gap) {
        press_and_lift(x, y, kDoubleTapHold);
        frames_for(std::max(kFrame, gap - kDoubleTapHold - 2 * kFrame));
        press_and_lift(x, y, kDoubleTapHold);
    }

    void tap_label(const std::string& label) {
        const Rect r = in_view(by_label(label));
        press_and_lift(r.centre_x(), r.centre_y(), kTapHold);
    }

    void type(const std::string& text) {
        for (std::string_view c : characters_of(text)) {
            const KeyPress key = key_for(c, app_.ui().keyboard_capitals);
            if (key.shift_first) tap_id("key.shift", "the capitals key");
            tap_id(key.id, "\"" + std::string(c) + "\"");
        }
    }

    void tap_id(const std::string& id, const std::string& what) {
        const Rect r = in_view(Wanted{{}, id, "key on the on-screen keyboard for " + what});
        press_and_lift(r.centre_x(), r.centre_y(), kTapHold);
        frames_for(4 * kFrame);
    }

    std::int64_t record_events() {
        if (places_.record_path.empty()) throw Failed{"the journey's settings name no decision record"};
        if (!std::filesystem::exists(places_.record_path)) return 0;
        try {
            return DecisionStore::open_to_read(places_.record_path).head().event;
        } catch (const OpenRasError& e) {
            throw Failed{"the decision record cannot be read: " + e.error().to_string()};
        }
    }

    // False when there is somewhere to write it and it could not be written.
    bool shoot(const std::string& name, JourneyResult& result) {
        if (places_.out_dir.empty()) return true;
        const std::string path = (std::filesystem::path(places_.out_dir) / name).string();
        platform_.request_capture(path);
        app_.frame();
        if (!platform_.last_capture_ok()) return false;
        result.shots.push_back(path);
        return true;
    }

    void expect(const JourneyStep& step) {
        using K = JourneyStepKind;
        const Ui& ui = app_.ui();
        switch (step.kind) {
            case K::ExpectScreen:
                if (screen_name(app_.flow().screen()) != step.text)
                    throw Failed{"expected the " + step.text + " screen, but the kiosk shows the " +
                                 std::string(screen_name(app_.flow().screen())) + " screen"};
                return;
            case K::ExpectText:
                if (!ui.text_log.contains(step.text)) throw Failed{"expected \"" + step.text + "\" on screen" + where_am_i()};
                return;
            case K::ExpectNoText:
                if (ui.text_log.contains(step.text)) throw Failed{"\"" + step.text + "\" is on screen" + where_am_i()};
                return;
            case K::ExpectChosen: {
                std::string chosen;
                for (const Target& t : ui.registry.targets()) {
                    if (!t.chosen) continue;
                    if (t.label.rfind(step.text, 0) == 0) return;
                    chosen += (chosen.empty() ? "\"" : ", \"") + t.label + "\"";
                }
                if (chosen.empty()) throw Failed{"nothing is chosen" + where_am_i()};
                throw Failed{"expected \"" + step.text + "\" chosen, but " + chosen + (chosen.find(',') == std::string::npos ? " is" : " are")};
            }
            case K::ExpectNotChosen: {
                const Target& t = find(by_label(step.text));
                if (t.chosen) throw Failed{"\"" + t.label + "\" is chosen" + where_am_i()};
                return;
            }
            case K::ExpectTextSize: {
                const int size = app_.flow().preferences().text_step + 1;
                if (size != step.number)
                    throw Failed{"expected text size " + std::to_string(step.number) + ", but it is " + std::to_string(size)};
                return;
            }
            case K::ExpectSaid:
            case K::ExpectNotSaid: {
                const std::string said = app_.speech().last_said();
                const bool holds = said.find(step.text) != std::string::npos;
                if (step.kind == K::ExpectSaid && !holds)
                    throw Failed{"expected \"" + step.text + "\" said, but the kiosk last said \"" + said + "\""};
                if (step.kind == K::ExpectNotSaid && holds)
                    throw Failed{"\"" + step.text + "\" was said: \"" + said + "\""};
                return;
            }
            case K::ExpectSpeech: {
                const bool on = app_.flow().preferences().speech_on, paused = app_.speech().paused();
                const std::string now = !on ? "off" : paused ? "paused" : "playing";
                if (step.text != now && !(step.text == "on" && on))
                    throw Failed{"expected speech " + step.text + ", but it is " + now};
                return;
            }
            case K::ExpectRecordEvents: {
                const std::int64_t events = record_events();
                if (events != step.number)
                    throw Failed{"expected " + std::to_string(step.number) + " events in the decision record, but it holds " +
                                 std::to_string(events)};
                return;
            }
            default: return;
        }
    }

    void play(const JourneyStep& step, JourneyResult& result) {
        using K = JourneyStepKind;
        switch (step.kind) {
            case K::Tap: tap_label(step.text); break;
            case K::TapAt: press_and_lift(step.x, step.y, kTapHold); break;
            case K::DoubleTap: {
                const Rect r = in_view(by_label(step.text));
                two_taps(r.centre_x(), r.centre_y(), kDoubleTapGap);
                break;
            }
            case K::TapTwice: {
                const Rect r = in_view(by_label(step.text));
                two_taps(r.centre_x(), r.centre_y(), step.number / 1000.0);
                break;
            }
            case K::Wait: frames_for(step.number / 1000.0); return;
            case K::Type: type(step.text); break;
            case K::NoteReference:
                if (app_.flow().screen() == Screen::DraftSaved) noted_ = app_.flow().journey().saved_reference;
                else if (app_.flow().receipt()) noted_ = app_.flow().receipt()->reference;
                else throw Failed{"there is no receipt or saved draft to note the reference of" + where_am_i()};
                return;
            case K::TypeNoted:
                if (noted_.empty()) throw Failed{"no reference has been noted (note-reference, on a receipt)"};
                type(noted_);
                break;
            case K::Headset: app_.speech().set_headset(step.text == "plugged"); return;
            case K::Shot:
                if (!shoot(step.text, result)) throw Failed{"the picture " + step.text + " could not be written"};
                return;
            default: expect(step); return;
        }
        frames_for(kAfterStep);
    }

    std::string noted_;  // note-reference
    const JourneyScript& script_;
    KioskApp& app_;
    ScriptedPlatform& platform_;
    const JourneyPlaces& places_;
};

}  // namespace

JourneyResult play_journey(const JourneyScript& script, KioskApp& app, ScriptedPlatform& platform,
                           const JourneyPlaces& places) {
    return Player(script, app, platform, places).play();
}

}  // namespace openras::kiosk
