#include "kiosk/ui/speech_log.hpp"

namespace openras::kiosk {

void SpeechLog::begin_frame() {
    for (SpokenItem& item : items_) wipe(item.words);
    items_.clear();
}

void SpeechLog::add(SpeechRole role, std::string_view words, std::string_view id, bool chosen) {
    // An empty box is still read ("Typed: nothing yet"); empty words are not.
    if (words.empty() && role != SpeechRole::Field && role != SpeechRole::Masked) return;
    SpokenItem item;
    item.role = role;
    item.place = place;
    item.words.assign(words.data(), words.size());
    item.id = std::string(id);
    item.chosen = chosen;
    item.personal = personal_depth > 0;
    items_.push_back(std::move(item));
}

}  // namespace openras::kiosk
