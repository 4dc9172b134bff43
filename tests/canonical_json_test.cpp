// The canonical JSON writer must give exactly nlohmann's dump() bytes, because stored payloads
// were written by dump() and replay compares bytes. Chosen cases first, then many seeded random
// documents mixing every kind of value and every kind of text dump() treats differently.
#include "alloc/io/canonical_json.hpp"

#include <gtest/gtest.h>

#include <limits>
#include <random>
#include <string>
#include <vector>

namespace openras {
namespace {

using nlohmann::json;

TEST(CanonicalJson, MatchesDumpOnChosenValues) {
    const std::vector<json> values = {
        json::object(),
        json::array(),
        json{{"reason", std::string(7500, 'r')}},
        json{{"b", 1}, {"a", -2}, {"c", json::array({true, false, nullptr})}},
        json{{"quote", "say \"no\""}, {"slash", "a\\b"}, {"tab", "a\tb"}, {"nul", std::string("a\0b", 3)}},
        json{{"del", "\x7f"}, {"name", "Zoë Ó Briain"}, {"cjk", "中文"}, {"emoji", "\xF0\x9F\x98\x80"}},
        json{{"min", std::numeric_limits<std::int64_t>::min()}, {"max", std::numeric_limits<std::uint64_t>::max()}},
        json{{"zero", 0}, {"pence", 28590}, {"float", 1.5}},
        json{{"Z", 1}, {"a", 2}, {"\xC3\xA9", 3}, {"", 4}},  // keys in byte order, empty key first
        json::binary({1, 2, 3}),
        json("just text"),
        json(nullptr),
    };
    for (const json& value : values) EXPECT_EQ(canonical_json(value), value.dump()) << value.dump();
}

// Every byte value at every place in a text longer than two eight-byte words: the writer reads
// eight bytes at a time, so a special byte must be seen wherever it falls in a word or the tail.
TEST(CanonicalJson, SeesEverySpecialByteWhereverItFalls) {
    for (int byte = 0; byte < 256; ++byte) {
        for (std::size_t at = 0; at < 19; ++at) {
            std::string text(19, 'a');
            text[at] = char(byte);
            const json value{{"reason", text}};
            std::string dumped;
            try {
                dumped = value.dump();
            } catch (const json::type_error&) {  // a lone byte from 0x80 up is not UTF-8
                EXPECT_THROW((void)canonical_json(value), json::type_error) << "byte " << byte << " at " << at;
                continue;
            }
            EXPECT_EQ(canonical_json(value), dumped) << "byte " << byte << " at " << at;
        }
    }
}

TEST(CanonicalJson, RefusesTextThatIsNotUtf8AsDumpDoes) {
    const json value{{"reason", "caf\xE9"}};
    EXPECT_THROW((void)value.dump(), json::type_error);
    EXPECT_THROW((void)canonical_json(value), json::type_error);
}

TEST(CanonicalJson, AppendsToWhatIsAlreadyThere) {
    std::string out = "{\"assessment\":";
    append_canonical_json(json{{"person", "P-0001"}}, out);
    EXPECT_EQ(out, "{\"assessment\":{\"person\":\"P-0001\"}");
}

// Text drawn from printable ASCII, with now and then a byte or sequence dump() must treat
// specially: control characters, the two escaped characters, DEL, and two- to four-byte UTF-8.
std::string random_text(std::mt19937& random) {
    static const std::vector<std::string> special = {"\"", "\\", "\n", "\x01", "\x1f", "\x7f", "é", "€", "\xF0\x9F\x98\x80", "/"};
    std::string text;
    const int length = std::uniform_int_distribution<int>(0, 40)(random);
    const bool plain = random() % 2 == 0;  // half the strings take the copy-as-is path
    for (int i = 0; i < length; ++i) {
        if (!plain && random() % 8 == 0)
            text += special[random() % special.size()];
        else
            text += char(std::uniform_int_distribution<int>(0x20, 0x7e)(random));
    }
    return text;
}

json random_value(std::mt19937& random, int depth) {
    switch (std::uniform_int_distribution<int>(0, depth < 4 ? 8 : 6)(random)) {
    case 0: return nullptr;
    case 1: return random() % 2 == 0;
    case 2: return std::int64_t(random()) - std::int64_t(random()) * 4096;
    case 3: return std::uint64_t(random()) << 32 | random();
    case 4: return std::uniform_real_distribution<double>(-1e6, 1e6)(random);
    case 5:
    case 6: return random_text(random);
    case 7: {
        json array = json::array();
        for (int n = int(random() % 5); n > 0; --n) array.push_back(random_value(random, depth + 1));
        return array;
    }
    default: {
        json object = json::object();
        for (int n = int(random() % 6); n > 0; --n) object[random_text(random)] = random_value(random, depth + 1);
        return object;
    }
    }
}

TEST(CanonicalJson, MatchesDumpOnRandomDocuments) {
    std::mt19937 random(20261203);
    for (int i = 0; i < 5000; ++i) {
        const json value = random_value(random, 0);
        ASSERT_EQ(canonical_json(value), value.dump()) << "document " << i;
    }
}

// The same document as an ordered_json whose members were put in against their keys' order, as
// a payload built field by field may be: the writer must still sort them as nlohmann::json does.
nlohmann::ordered_json reversed_insertion(const json& value) {
    if (value.is_object()) {
        nlohmann::ordered_json object = nlohmann::ordered_json::object();
        std::vector<std::string> keys;
        for (const auto& [key, _] : value.items()) keys.push_back(key);
        for (auto key = keys.rbegin(); key != keys.rend(); ++key) object[*key] = reversed_insertion(value.at(*key));
        return object;
    }
    if (value.is_array()) {
        nlohmann::ordered_json array = nlohmann::ordered_json::array();
        for (const json& element : value) array.push_back(reversed_insertion(element));
        return array;
    }
    return nlohmann::ordered_json(value);
}

TEST(CanonicalJson, SortsTheMembersOfAnOrderedJsonAsDumpOfJsonDoes) {
    std::mt19937 random(20261204);
    int unsorted = 0;
    for (int i = 0; i < 2000; ++i) {
        const json value = random_value(random, 0);
        const nlohmann::ordered_json ordered = reversed_insertion(value);
        unsorted += ordered.dump() != value.dump();
        ASSERT_EQ(canonical_json(ordered), value.dump()) << "document " << i;
    }
    EXPECT_GT(unsorted, 100) << "too few documents whose insertion order differs from their keys' order";
}

}  // namespace
}  // namespace openras
