#pragma once
// Every word the kiosk shows that does not come from the rule set lives in the wording files
// beside this one (as ImHex keeps its language files): for each language LANG, LANG.toml in
// plain words and LANG-easy-read.toml in Easy Read, with the same keys: en-GB (British English),
// cy (Welsh), pl (Polish), ur (Urdu). Draw code asks for a key, never writes a sentence itself;
// tests check that every key the screens use is in every file, and that each language has each
// count's plural forms as its CLDR rules need them (KEY_one, KEY_few, ... chosen by ICU).
// Easy Read's pictures ([picture] in en-GB-easy-read.toml) are the same in every language.
//
// Keys are the TOML tables and names joined with dots ("start.title"). A value may hold
// {name} placeholders, filled by format(). A key that is missing shows as "[[key]]", so a
// mistake is visible rather than silently blank.
#include "alloc/io/placeholders.hpp"

#include <initializer_list>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace openras::kiosk {

class Wording {
public:
    // Throws OpenRasError naming the file, line and column when either text is not valid TOML
    // or a value is not a string.
    static Wording from_toml(std::string_view plain, std::string_view easy_read, std::string language = "en-GB");
    // The wording files built into the program: British English, or another language by its
    // code ("cy"); English when there is no such language.
    static const Wording& built_in();
    static const Wording& built_in(std::string_view language);
    // The codes of the languages built in, English first.
    static std::vector<std::string> built_in_languages();

    const std::string& language() const { return language_; }
    // The key for a count in this language: KEY_one, KEY_two, KEY_few, KEY_many or KEY_other
    // (KEY_zero in Welsh), by the language's CLDR plural rules (ICU).
    std::string plural_key(std::string_view key, long long count) const;
    // Right to left (Urdu).
    bool right_to_left() const;

    std::string_view get(std::string_view key, bool easy_read) const;
    bool has(std::string_view key, bool easy_read) const;
    std::string format(std::string_view key, bool easy_read,
                       std::initializer_list<std::pair<std::string_view, std::string>> params) const;
    std::vector<std::string> keys(bool easy_read) const;  // sorted

private:
    using Table = std::unordered_map<std::string, std::string>;
    const Table& table(bool easy_read) const { return easy_read ? easy_ : plain_; }
    Table plain_, easy_;
    std::string language_ = "en-GB";
};

// The key for a count in English: "plan.blockers_one" for 1, "plan.blockers_other" otherwise
// (the CLDR plural names, so that languages with more forms can add keys of their own).
std::string plural_key(std::string_view key, long long count);


// The wording files' text, embedded at build time (see kiosk/CMakeLists.txt).
std::string_view embedded_plain_wording();
std::string_view embedded_easy_read_wording();
struct EmbeddedWording {
    std::string_view language, plain, easy_read;
};
const std::vector<EmbeddedWording>& embedded_wordings();  // every language, English first
std::string_view embedded_picture_list();  // kiosk/pictures/pictures.toml (kiosk/ui/pictures.hpp)

}  // namespace openras::kiosk
