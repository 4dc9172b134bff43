#include "kiosk/speech/headset.hpp"

#include <alsa/asoundlib.h>

#include <string>
#include <string_view>

namespace openras::kiosk {
namespace {

bool is_headphone_jack(std::string_view name) {
    const bool jack = name.find("Jack") != std::string_view::npos;
    return jack && (name.find("Headphone") != std::string_view::npos || name.find("Headset") != std::string_view::npos);
}

// Looks through one card's controls for a headphone jack that is switched on.
bool card_has_headset(int card) {
    snd_ctl_t* ctl = nullptr;
    const std::string name = "hw:" + std::to_string(card);
    if (snd_ctl_open(&ctl, name.c_str(), SND_CTL_NONBLOCK) < 0) return false;
    snd_ctl_elem_list_t* list = nullptr;
    snd_ctl_elem_list_alloca(&list);
    bool plugged = false;
    if (snd_ctl_elem_list(ctl, list) == 0) {
        const unsigned count = snd_ctl_elem_list_get_count(list);
        if (snd_ctl_elem_list_alloc_space(list, count) == 0 && snd_ctl_elem_list(ctl, list) == 0) {
            for (unsigned i = 0; i < count && !plugged; ++i) {
                if (!is_headphone_jack(snd_ctl_elem_list_get_name(list, i))) continue;
                snd_ctl_elem_id_t* id = nullptr;
                snd_ctl_elem_id_alloca(&id);
                snd_ctl_elem_list_get_id(list, i, id);
                snd_ctl_elem_value_t* value = nullptr;
                snd_ctl_elem_value_alloca(&value);
                snd_ctl_elem_value_set_id(value, id);
                if (snd_ctl_elem_read(ctl, value) == 0 && snd_ctl_elem_value_get_boolean(value, 0)) plugged = true;
            }
            snd_ctl_elem_list_free_space(list);
        }
    }
    snd_ctl_close(ctl);
    return plugged;
}

}  // namespace

bool headset_plugged_in() {
    int card = -1;
    while (snd_card_next(&card) == 0 && card >= 0)
        if (card_has_headset(card)) return true;
    return false;
}

}  // namespace openras::kiosk
