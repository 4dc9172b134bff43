#include "alloc/io/canonical_json.hpp"

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <cstring>
#include <type_traits>
#include <vector>

namespace openras {
namespace {

// Eight bytes at a time, each test giving a word with the top bit of every byte that passes it.
// Exact for the question asked (is any byte special?), though not for which byte it is.
constexpr std::uint64_t kOnes = 0x0101010101010101u, kTops = 0x8080808080808080u;
constexpr std::uint64_t has_zero_byte(std::uint64_t w) { return (w - kOnes) & ~w & kTops; }
constexpr std::uint64_t has_byte_below(std::uint64_t w, std::uint8_t n) { return (w - kOnes * n) & ~w & kTops; }

// True when every byte is printable ASCII other than `"` and `\`: dump() copies such text
// unchanged between its quotes.
bool copies_unchanged(const std::string& text) {
    const char* at = text.data();
    const char* const end = at + text.size();
    std::uint64_t special = 0;
    for (; end - at >= 8; at += 8) {
        std::uint64_t w;
        std::memcpy(&w, at, 8);
        special |= (w & kTops) | has_byte_below(w, 0x20) | has_zero_byte(w ^ (kOnes * '"')) | has_zero_byte(w ^ (kOnes * '\\'));
    }
    for (; at != end; ++at) {
        const auto byte = static_cast<unsigned char>(*at);
        special |= (byte < 0x20) | (byte >= 0x80) | (byte == '"') | (byte == '\\');
    }
    return special == 0;
}

void append_string(const std::string& text, std::string& out) {
    if (copies_unchanged(text)) {
        out += '"';
        out += text;
        out += '"';
    } else {
        out += nlohmann::json(text).dump();
    }
}

template <typename Integer>
void append_integer(Integer number, std::string& out) {
    char digits[24];
    const auto written = std::to_chars(digits, digits + sizeof digits, number);
    out.append(digits, written.ptr);
}

template <typename Json>
void write(const Json& value, std::string& out);

// An object's members in the order dump() of nlohmann::json writes them: its keys' byte order.
// nlohmann::json keeps them so; an ordered_json keeps them as inserted, so they are sorted here
// rather than copying the whole tree into a nlohmann::json first.
template <typename Json>
void write_object(const Json& value, std::string& out) {
    const auto& members = value.template get_ref<const typename Json::object_t&>();
    std::vector<const typename Json::object_t::value_type*> in_order;
    in_order.reserve(members.size());
    for (const auto& member : members) in_order.push_back(&member);
    if constexpr (!std::is_same_v<Json, nlohmann::json>)
        std::sort(in_order.begin(), in_order.end(), [](const auto* a, const auto* b) { return a->first < b->first; });
    out += '{';
    for (std::size_t i = 0; i < in_order.size(); ++i) {
        if (i) out += ',';
        append_string(in_order[i]->first, out);
        out += ':';
        write(in_order[i]->second, out);
    }
    out += '}';
}

template <typename Json>
void write(const Json& value, std::string& out) {
    using Type = nlohmann::json::value_t;
    switch (value.type()) {
    case Type::object:
        write_object(value, out);
        return;
    case Type::array: {
        out += '[';
        for (std::size_t i = 0; i < value.size(); ++i) {
            if (i) out += ',';
            write(value[i], out);
        }
        out += ']';
        return;
    }
    case Type::string:
        append_string(value.template get_ref<const std::string&>(), out);
        return;
    case Type::number_integer:
        append_integer(value.template get<std::int64_t>(), out);
        return;
    case Type::number_unsigned:
        append_integer(value.template get<std::uint64_t>(), out);
        return;
    case Type::boolean:
        out += value.template get<bool>() ? "true" : "false";
        return;
    case Type::null:
        out += "null";
        return;
    default:  // floating point, binary, discarded: rare, and nlohmann's own rules apply
        out += value.dump();
        return;
    }
}

}  // namespace

void append_canonical_json(const nlohmann::json& value, std::string& out) { write(value, out); }
void append_canonical_json(const nlohmann::ordered_json& value, std::string& out) { write(value, out); }

std::string canonical_json(const nlohmann::json& value) {
    std::string out;
    append_canonical_json(value, out);
    return out;
}

std::string canonical_json(const nlohmann::ordered_json& value) {
    std::string out;
    append_canonical_json(value, out);
    return out;
}

}  // namespace openras
