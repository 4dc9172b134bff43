#pragma once
// The tour: every screen of the kiosk, set up with a made-up person (SAMPLE-0001) and drawn
// once each. `openras-kiosk --tour DIR` writes each as DIR/NN-name.png; the headless tests walk
// the same stops to check every screen's touch targets, and the screenshot tests compare the
// pictures with the references kept in tests/kiosk/screenshots/.
#include "kiosk/app/kiosk_app.hpp"

#include <functional>
#include <string>
#include <vector>

namespace openras::kiosk {

struct TourStop {
    std::string name;  // "budget", used in the file name
    std::function<void(KioskApp&)> set_up;
};

std::vector<TourStop> tour_stops();

// The social worker the tour signs in as, and their PIN.
inline constexpr const char* kTourWorkerName = "Sample Worker";
inline constexpr std::string_view kTourWorkerPin = "1234";
// What the tour needs besides the display: the made-up plans go to `record`, a record of the
// tour's own (never a real one); kTourWorkerName may sign in; and every event is stamped at
// 10:30 on the kiosk's date, so the pictures show the same times on every run.
void use_tour_record(FlowSettings& settings, const std::string& record);

// The made-up person's answers: a moderate mix (index 1 of each question, or 0 where there
// is only one), or every question at its highest level, which sends the case to the panel.
void answer_sample_questions(KioskFlow& flow, bool highest);
// Makes a whole plan that passes the model RAS's checks, as a person would on the screens.
void fill_plan(KioskFlow& flow);

// Shows one stop: wipes, sets it up, and draws frames until the layout has settled.
void show_tour_stop(KioskApp& app, const TourStop& stop);

// Writes every stop to `directory` as PNGs; returns the paths written. With `speech`, also
// what Listen would say on each (NN-name.txt, with nothing private: no headset on the tour)
// and the same spoken by espeak-ng (NN-name.wav). Throws OpenRasError (Io) naming the file
// when a picture or a sound cannot be written.
std::vector<std::string> write_tour(KioskApp& app, Platform& platform, const std::string& directory, bool speech = false);

}  // namespace openras::kiosk
