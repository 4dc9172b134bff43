#pragma once
// Text in scripts whose letters join and change form, written right to left (Urdu; Arabic and
// Punjabi's Shahmukhi the same way). Dear ImGui 1.86 draws one glyph after another from its
// atlas and cannot do this, so such text is laid out by Pango (HarfBuzz shapes it, FriBidi puts
// runs of numbers and Latin words in their own order inside it) and drawn by Cairo into a
// picture of the words' coverage, made once into a texture that the screens place like any
// other text. Each piece of text is shaped on the first frame it shows and kept, so a page costs
// no shaping on the frames after its first; what has not been shown for a while is let go.
//
// Fonts come from fontconfig: Noto Naskh Arabic (fonts-noto-core; why not Nastaliq: see
// shaped_text.cpp), with DejaVu Sans after it for digits, "£" and Latin names.
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

struct ImFont;

namespace openras::kiosk {

// Whether `words` hold a letter of a script that needs shaping (Arabic, Hebrew for direction,
// and the Indic scripts such as Bengali and Gurmukhi), so that ImGui's atlas must not draw them.
bool needs_shaping(std::string_view words);

// Words laid out and drawn: `width` and `height` are the room they take in the page's flow
// (measured as ImGui's own text is); the picture covers everything inked, which may reach a
// little beyond, and starts `ink_x`, `ink_y` from the room's top left.
struct ShapedPicture {
    float width = 0, height = 0;
    int ink_x = 0, ink_y = 0, ink_width = 0, ink_height = 0;
    std::vector<unsigned char> coverage;  // ink_width × ink_height, 0 (none) to 255 (full)
    int lines = 0;
    int unknown_glyphs = 0;  // characters no font had: shown as boxes; the tests look for none
};

// `words` with each amount of money ("£17,937.14", "−£25.60") held left to right (between
// U+2066 and U+2069, Unicode's left-to-right isolate). Without it, digits after Urdu letters are
// "Arabic numbers" to the bidirectional algorithm and the pound sign beside them is left to go
// with the sentence: "£17,937.14" would show as "17,937.14£".
std::string money_kept_in_order(std::string_view words);

struct ShapeRequest {
    std::string_view words;
    float pixels = 16;       // the ImGui font's size; Naskh is drawn a little larger to read the same
    bool bold = false;
    float wrap_width = 0;    // 0: one line per paragraph
    // Lines this many times `pixels` apart, as ImGui's text is (text_layout.hpp), not the font's
    // own line height (1.8 times), so a line of Urdu fits where a line of English does. Letters
    // that reach past the line's room are in the picture all the same.
    float line_spacing = 1.4f;
    // Each paragraph read right to left, even one that starts with a Latin word or a number
    // ("SAMPLE-0001 کا کیس"): on a right-to-left page. Otherwise each paragraph goes the way
    // its first letter does.
    bool right_to_left = false;
};

class TextShaper {
public:
    // `make_texture(rgba, w, h)` uploads a picture and returns ImGui's texture id;
    // `free_texture(id)` lets one go (both from the Platform).
    TextShaper(std::function<void*(const unsigned char*, int, int)> make_texture, std::function<void(void*)> free_texture);
    TextShaper();  // measures and draws pictures, makes no textures (tests, benchmarks)
    ~TextShaper();
    TextShaper(const TextShaper&) = delete;
    TextShaper& operator=(const TextShaper&) = delete;

    // Lays out and draws `request` now, uncached.
    ShapedPicture shape(const ShapeRequest& request) const;

    struct Placed {
        float width = 0, height = 0;
        float ink_x = 0, ink_y = 0, ink_width = 0, ink_height = 0;
        void* texture = nullptr;
    };
    // The same, kept: the first call shapes and makes the texture; later calls look it up.
    const Placed& placed(ImFont* font, std::string_view words, float wrap_width, float line_spacing, bool right_to_left);

    // The regular (not bold) font of the current atlas; every other kiosk font is bold.
    void set_regular_font(const ImFont* regular) { regular_ = regular; }
    // Once a frame: what has not been shown for a few seconds' worth of frames is let go.
    void end_frame();
    // Lets everything go (the session's wipe: shaped words may hold a person's figures).
    void forget_all();
    std::size_t kept() const { return cache_.size(); }
    long shaped_count() const { return shaped_; }  // how many times text was shaped, for the tests

private:
    struct Entry {
        Placed placed;
        long last_frame = 0;
    };
    struct Pango;
    std::unique_ptr<Pango> pango_;
    std::function<void*(const unsigned char*, int, int)> make_texture_;
    std::function<void(void*)> free_texture_;
    const ImFont* regular_ = nullptr;
    std::unordered_map<std::string, Entry> cache_;
    long frame_ = 0;
    long shaped_ = 0;
};

// The shaper the kiosk's text drawing uses (text_layout.hpp); none: ImGui draws everything.
TextShaper* text_shaper();
// Makes `shaper` the one in use while it lives (the app holds one).
class TextShaperInUse {
public:
    explicit TextShaperInUse(TextShaper& shaper);
    ~TextShaperInUse();
    TextShaperInUse(const TextShaperInUse&) = delete;
    TextShaperInUse& operator=(const TextShaperInUse&) = delete;

private:
    TextShaper* previous_;
};

}  // namespace openras::kiosk
