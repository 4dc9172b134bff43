#include "alloc/io/json_text.hpp"

#include "rules/error.hpp"

#include <charconv>
#include <cstring>

namespace openras {
namespace {

// Length of the UTF-8 sequence starting at text[at], or 0 when it is not a valid one (overlong
// forms, surrogates and code points above U+10FFFF are refused, as nlohmann's decoder does).
std::size_t utf8_length(std::string_view text, std::size_t at) {
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
    const unsigned char lead = byte(at);
    const auto continuation = [&](std::size_t i, unsigned char low = 0x80, unsigned char high = 0xBF) {
        return i < text.size() && byte(i) >= low && byte(i) <= high;
    };
    if (lead >= 0xC2 && lead <= 0xDF) return continuation(at + 1) ? 2 : 0;
    if (lead >= 0xE0 && lead <= 0xEF) {
        const unsigned char low = lead == 0xE0 ? 0xA0 : 0x80, high = lead == 0xED ? 0x9F : 0xBF;
        return continuation(at + 1, low, high) && continuation(at + 2) ? 3 : 0;
    }
    if (lead >= 0xF0 && lead <= 0xF4) {
        const unsigned char low = lead == 0xF0 ? 0x90 : 0x80, high = lead == 0xF4 ? 0x8F : 0xBF;
        return continuation(at + 1, low, high) && continuation(at + 2) && continuation(at + 3) ? 4 : 0;
    }
    return 0;
}

}  // namespace

void append_json_string(std::string_view text, std::string& out) {
    out += '"';
    std::size_t plain_from = 0;
    for (std::size_t i = 0; i < text.size();) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c >= 0x20 && c != '"' && c != '\\' && c < 0x80) {
            ++i;
            continue;
        }
        if (c >= 0x80) {
            const std::size_t length = utf8_length(text, i);
            if (length == 0)
                throw OpenRasError(Error{ErrorCode::InvalidValue, "text that is not valid UTF-8 cannot be written as JSON", {}});
            i += length;
            continue;
        }
        out.append(text.data() + plain_from, i - plain_from);
        switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\b': out += "\\b"; break;
            case '\t': out += "\\t"; break;
            case '\n': out += "\\n"; break;
            case '\f': out += "\\f"; break;
            case '\r': out += "\\r"; break;
            default: {
                static constexpr char hex[] = "0123456789abcdef";
                const char escaped[] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};
                out.append(escaped, sizeof escaped);
            }
        }
        plain_from = ++i;
    }
    out.append(text.data() + plain_from, text.size() - plain_from);
    out += '"';
}

void append_json_integer(std::int64_t number, std::string& out) {
    char digits[24];
    const auto written = std::to_chars(digits, digits + sizeof digits, number);
    out.append(digits, written.ptr);
}

std::string json_key(std::string_view key) {
    std::string out;
    append_json_string(key, out);
    out += ':';
    return out;
}

}  // namespace openras
