#pragma once
// Every word the kiosk shows that does not come from the rule set lives in the wording files
// beside this one (as ImHex keeps its language files): en-GB.toml in plain English and
// en-GB-easy-read.toml in Easy Read, both with the same keys. Draw code asks for a key, never
// writes a sentence itself; a test checks that every key the screens use is in both files.
//
// Keys are the TOML tables and names joined with dots ("start.title"). A value may hold
// {name} placeholders, filled by format(). A key that is missing shows as "[[key]]", so a
// mistake is visible rather than silently blank.
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
    static Wording from_toml(std::string_view plain, std::string_view easy_read);
    // The wording files built into the program.
    static const Wording& built_in();

    std::string_view get(std::string_view key, bool easy_read) const;
    bool has(std::string_view key, bool easy_read) const;
    std::string format(std::string_view key, bool easy_read,
                       std::initializer_list<std::pair<std::string_view, std::string>> params) const;
    std::vector<std::string> keys(bool easy_read) const;  // sorted

private:
    using Table = std::unordered_map<std::string, std::string>;
    const Table& table(bool easy_read) const { return easy_read ? easy_ : plain_; }
    Table plain_, easy_;
};

// The key for a count in English: "plan.blockers_one" for 1, "plan.blockers_other" otherwise
// (the CLDR plural names, so that languages with more forms can add keys of their own).
std::string plural_key(std::string_view key, long long count);

// Replaces each {name} in `text` with its value; unknown names are left as written.
std::string fill_placeholders(std::string_view text,
                              const std::vector<std::pair<std::string, std::string>>& params);

// The wording files' text, embedded at build time (see kiosk/CMakeLists.txt).
std::string_view embedded_plain_wording();
std::string_view embedded_easy_read_wording();
std::string_view embedded_picture_list();  // kiosk/pictures/pictures.toml (kiosk/ui/pictures.hpp)

}  // namespace openras::kiosk
