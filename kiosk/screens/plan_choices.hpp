#pragma once
// A GOV.UK radio group for the plan's choices: the words of each choice are wording keys under
// `plan.`; returns the choice tapped, or -1.
#include "kiosk/ui/ui.hpp"
#include "kiosk/ui/widgets.hpp"

#include <string>
#include <string_view>

namespace openras::kiosk {

template <class Keys>
int radio_group(Ui& ui, std::string_view id, const Keys& keys, int chosen) {
    int tapped = -1;
    for (std::size_t c = 0; c < keys.size(); ++c) {
        ButtonOptions options;
        options.chosen = int(c) == chosen;
        options.picture = picture_for(ui, "plan." + std::string(keys[c]));  // Easy Read: each choice has its picture
        if (button(ui, std::string(id) + "." + std::to_string(c), ui.tr("plan." + std::string(keys[c])), ButtonKind::Answer, options))
            tapped = int(c);
    }
    return tapped;
}

}  // namespace openras::kiosk
