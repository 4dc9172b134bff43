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

// The made-up person's answers: a moderate mix (index 1 of each question, or 0 where there
// is only one), or every question at its highest level, which sends the case to the panel.
void answer_sample_questions(KioskFlow& flow, bool highest);
// Makes a whole plan that passes the model RAS's checks, as a person would on the screens.
void fill_plan(KioskFlow& flow);

// Shows one stop: wipes, sets it up, and draws frames until the layout has settled.
void show_tour_stop(KioskApp& app, const TourStop& stop);

// Writes every stop to `directory` as PNGs; returns the paths written. Throws
// std::runtime_error when a picture cannot be written.
std::vector<std::string> write_tour(KioskApp& app, Platform& platform, const std::string& directory);

}  // namespace openras::kiosk
