#include "rules/canonical_hash.hpp"

#include <nlohmann/json.hpp>
#include <sodium.h>

#include <charconv>
#include <cstdio>
#include <sstream>

namespace openras {
namespace {

nlohmann::json to_json(const toml::node& node);

nlohmann::json table_to_json(const toml::table& table) {
    nlohmann::json object = nlohmann::json::object();  // std::map underneath: keys sorted
    for (const auto& [key, value] : table) object[std::string(key.str())] = to_json(value);
    return object;
}

std::string two_digits(int value) {
    char text[8];
    std::snprintf(text, sizeof text, "%02d", value);
    return text;
}

nlohmann::json to_json(const toml::node& node) {
    if (const auto* table = node.as_table()) return table_to_json(*table);
    if (const auto* array = node.as_array()) {
        nlohmann::json list = nlohmann::json::array();
        for (const auto& item : *array) list.push_back(to_json(item));
        return list;
    }
    if (const auto* text = node.as_string()) return text->get();
    if (const auto* whole = node.as_integer()) return whole->get();
    if (const auto* flag = node.as_boolean()) return flag->get();
    if (const auto* real = node.as_floating_point()) {
        char text[64];
        const auto end = std::to_chars(text, text + sizeof text, real->get()).ptr;
        return "float:" + std::string(text, end);
    }
    if (const auto* day = node.as_date()) {
        const toml::date d = day->get();
        return std::to_string(d.year) + "-" + two_digits(d.month) + "-" + two_digits(d.day);
    }
    // Times and date-times: TOML's own printed form is stable.
    std::string printed;
    node.visit([&](const auto& value) {
        std::ostringstream out;
        out << value;
        printed = out.str();
    });
    return printed;
}

}  // namespace

std::string canonical_form(const toml::table& document) {
    return "openras-ruleset-canonical-v1\n" + table_to_json(document).dump();
}

std::string sha256_hex(std::string_view bytes) {
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
    static constexpr char hex[] = "0123456789abcdef";
    std::string out = "sha256:";
    for (unsigned char byte : digest) {
        out += hex[byte >> 4];
        out += hex[byte & 15];
    }
    return out;
}

std::string canonical_hash(const toml::table& document) { return sha256_hex(canonical_form(document)); }

}  // namespace openras
