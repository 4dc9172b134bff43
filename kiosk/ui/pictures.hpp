#pragma once
// Easy Read's pictures: Mulberry Symbols (kiosk/pictures/, CC BY-SA 4.0), drawn from SVG to PNG
// at build time at the four text sizes' picture sizes (kiosk/CMakeLists.txt), and loaded here
// with stb_image the first time each is shown.
//
// Which picture goes with what is in the Easy Read wording file's [picture] table, by the
// wording key it stands beside ("start.what") or by the rule set's ids ("question.learning",
// "domain.relationships", "answer.none", or "answer.QUESTION.ANSWER" where one question's
// answer needs its own). kiosk/pictures/pictures.toml names each picture's SVG and the words
// speech says for it. A picture is never the only way to understand anything: the words are
// always beside it.
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <utility>

namespace openras::kiosk {

// The sizes the pictures are made at, one for each text size (kTextScales): three lines of
// body text high at that size.
inline constexpr int kPictureSizes[] = {96, 120, 144, 192};

struct PictureEntry {
    std::string svg;    // the file in kiosk/pictures/mulberry/
    std::string words;  // what it shows, as speech says it
};

// kiosk/pictures/pictures.toml: every picture the kiosk may show.
class PictureList {
public:
    // Throws OpenRasError naming `name`, the line and the field when the TOML is wrong.
    static PictureList from_toml(std::string_view text, const std::string& name);
    static const PictureList& built_in();  // embedded at build time
    const PictureEntry* find(std::string_view picture) const;
    const std::map<std::string, PictureEntry, std::less<>>& entries() const { return entries_; }

private:
    std::map<std::string, PictureEntry, std::less<>> entries_;
};

// The PNG of `svg` made for `pixels` (one of kPictureSizes): "<stem>-<pixels>.png".
std::string picture_file_name(std::string_view svg, int pixels);
// The folder the build makes them in; the kiosk's `pictures` setting may name another.
std::string built_pictures_folder();

struct LoadedPicture {
    void* texture = nullptr;  // ImGui's texture id; null when the picture could not be loaded
    int width = 0, height = 0;
};

// Loads each picture once, at each size asked for, and keeps it for the life of the kiosk.
class PictureShelf {
public:
    using TextureMaker = std::function<void*(const unsigned char* rgba, int width, int height)>;
    PictureShelf(std::string folder, TextureMaker make_texture, const PictureList& list = PictureList::built_in());

    // The picture called `picture` at `pixels`; empty (null texture) when there is no such
    // picture or its file is missing, and then the page shows its words alone.
    const LoadedPicture& get(std::string_view picture, int pixels);
    const PictureList& list() const { return list_; }

private:
    std::string folder_;
    TextureMaker make_texture_;
    const PictureList& list_;
    std::map<std::pair<std::string, int>, LoadedPicture> loaded_;
};

}  // namespace openras::kiosk
