#include "kiosk/ui/pictures.hpp"
#include "rules/safe_toml.hpp"

#include "kiosk/text/wording.hpp"
#include "rules/error.hpp"

#include <stb/stb_image.h>
#include <toml++/toml.h>

#include <filesystem>

namespace openras::kiosk {
namespace {

[[noreturn]] void bad(const std::string& name, const toml::source_region& where, const std::string& field, const std::string& why) {
    throw OpenRasError(Error{ErrorCode::InvalidValue, why, SourceLocation{name, int(where.begin.line), int(where.begin.column), field}});
}

}  // namespace

PictureList PictureList::from_toml(std::string_view text, const std::string& name) {
    toml::table table;
    try {
        table = parse_toml(text, name);
    } catch (const toml::parse_error& e) {
        throw OpenRasError(Error{ErrorCode::Syntax, std::string(e.description()),
                                 SourceLocation{name, int(e.source().begin.line), int(e.source().begin.column), {}}});
    }
    PictureList list;
    for (const auto& [key, node] : table) {
        const std::string picture(key.str());
        const toml::table* entry = node.as_table();
        if (entry == nullptr) bad(name, node.source(), picture, "each picture is a table with svg and words");
        PictureEntry e;
        for (const char* field : {"svg", "words"}) {
            const auto value = (*entry)[field].value<std::string>();
            if (!value || value->empty()) bad(name, node.source(), picture + "." + field, std::string("the picture has no ") + field);
            (std::string_view(field) == "svg" ? e.svg : e.words) = *value;
        }
        list.entries_.emplace(picture, std::move(e));
    }
    return list;
}

const PictureList& PictureList::built_in() {
    static const PictureList list = from_toml(embedded_picture_list(), "kiosk/pictures/pictures.toml");
    return list;
}

const PictureEntry* PictureList::find(std::string_view picture) const {
    const auto found = entries_.find(picture);
    return found == entries_.end() ? nullptr : &found->second;
}

std::string picture_file_name(std::string_view svg, int pixels) {
    std::string stem(svg);
    if (stem.size() > 4 && stem.compare(stem.size() - 4, 4, ".svg") == 0) stem.resize(stem.size() - 4);
    return stem + "-" + std::to_string(pixels) + ".png";
}

std::string built_pictures_folder() { return OPENRAS_PICTURES_DIR; }

PictureShelf::PictureShelf(std::string folder, TextureMaker make_texture, const PictureList& list)
    : folder_(std::move(folder)), make_texture_(std::move(make_texture)), list_(list) {}

const LoadedPicture& PictureShelf::get(std::string_view picture, int pixels) {
    const auto key = std::make_pair(std::string(picture), pixels);
    const auto found = loaded_.find(key);
    if (found != loaded_.end()) return found->second;
    LoadedPicture& loaded = loaded_[key];
    const PictureEntry* entry = list_.find(picture);
    if (entry == nullptr || !make_texture_) return loaded;
    const std::string path = (std::filesystem::path(folder_) / picture_file_name(entry->svg, pixels)).string();
    int channels = 0;
    unsigned char* rgba = stbi_load(path.c_str(), &loaded.width, &loaded.height, &channels, 4);
    if (rgba == nullptr) return loaded;
    loaded.texture = make_texture_(rgba, loaded.width, loaded.height);
    stbi_image_free(rgba);
    return loaded;
}

}  // namespace openras::kiosk
