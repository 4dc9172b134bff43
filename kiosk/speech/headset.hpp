#pragma once
// Whether headphones are plugged into the kiosk, from the sound card's jack controls
// ("Headphone Jack", "Headset Mic Jack"): figures and names are spoken only then (or in a
// private booth, as the settings say).
namespace openras::kiosk {

// True when any sound card reports a headphone or headset jack in use. False when there is
// no card, or no card that can tell: the kiosk then speaks nothing private.
bool headset_plugged_in();

}  // namespace openras::kiosk
