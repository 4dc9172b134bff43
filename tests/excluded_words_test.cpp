// Finding excluded-use words in a support line's text: chosen examples, then many seeded
// random texts on which the byte-at-a-time search, the sixteen-at-a-time search and a plain
// reference written here (split into words, lower-case them, compare) must all agree.
#include "alloc/plan/excluded_words.hpp"

#include <gtest/gtest.h>

#include <random>

namespace openras {
namespace {

const std::vector<std::vector<std::string>> kUses = {
    {"gambl*", "bet", "bets", "casino*"},
    {"beer*", "wine*", "vodka"},
    {"x"},        // one letter, whole word
    {"don't", "e-cig*", "2for1"},
};

using Matches = std::vector<std::string_view>;

Matches bytewise(const ExcludedWords& words, std::string_view text) {
    Matches matched(kUses.size());
    words.match_bytewise(text, matched);
    return matched;
}
Matches in_blocks(const ExcludedWords& words, std::string_view text) {
    Matches matched(kUses.size());
    words.match_in_blocks(text, matched);
    return matched;
}

bool word_byte(char c) {
    const auto u = static_cast<unsigned char>(c);
    return std::isalnum(u) || c == '\'' || c == '-' || u >= 0x80;
}
std::string lowered(std::string_view text) {
    std::string out(text);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = char(c - 'A' + 'a');
    return out;
}

// The plain way: every word of the text, in order, against every excluded word.
Matches reference(std::string_view text) {
    std::vector<std::string_view> text_words;
    for (std::size_t i = 0; i < text.size();) {
        if (!word_byte(text[i])) { ++i; continue; }
        std::size_t end = i;
        while (end < text.size() && word_byte(text[end])) ++end;
        text_words.push_back(text.substr(i, end - i));
        i = end;
    }
    Matches matched(kUses.size());
    for (std::size_t u = 0; u < kUses.size(); ++u)
        for (std::string_view word : text_words) {
            const std::string low = lowered(word);
            bool hit = false;
            for (const std::string& excluded : kUses[u]) {
                if (excluded.back() == '*') hit = hit || low.rfind(excluded.substr(0, excluded.size() - 1), 0) == 0;
                else hit = hit || low == excluded;
            }
            if (hit) {
                matched[u] = word;
                break;
            }
        }
    return matched;
}

void expect_all_agree(const ExcludedWords& words, std::string_view text) {
    const Matches expected = reference(text);
    EXPECT_EQ(bytewise(words, text), expected) << '"' << text << '"';
    EXPECT_EQ(in_blocks(words, text), expected) << '"' << text << '"';
}

TEST(ExcludedWords, MatchWholeWordsAndStartsIgnoringCase) {
    const ExcludedWords words(kUses);
    const Matches m = in_blocks(words, "Trip to the CASINOS, then Beer and a bet");
    EXPECT_EQ(m[0], "CASINOS");  // the first word of the text that matches, as written
    EXPECT_EQ(m[1], "Beer");
    EXPECT_EQ(m[2], "");
    EXPECT_EQ(m[3], "");
    EXPECT_EQ(in_blocks(words, "Alphabet, better, abet")[0], "");  // "bet" inside words only
    EXPECT_EQ(in_blocks(words, "vodkas")[1], "");                   // whole word, not a start
    EXPECT_EQ(in_blocks(words, "x-ray and x")[2], "x");             // x-ray is one word
    EXPECT_EQ(in_blocks(words, "DON'T e-cigarettes")[3], "DON'T");
    EXPECT_EQ(in_blocks(words, "café wine")[1], "wine");
    EXPECT_EQ(in_blocks(words, "cafébet")[0], "");  // bytes of UTF-8 are part of the word
}

TEST(ExcludedWords, WordsAcrossAndAtTheEdgesOfBlocks) {
    const ExcludedWords words(kUses);
    for (std::size_t before = 0; before < 40; ++before)
        for (const std::string word : {"bet", "gambling", "x", "beer"}) {
            const std::string padded = std::string(before, ' ') + word;
            expect_all_agree(words, padded);
            expect_all_agree(words, padded + ".");
            expect_all_agree(words, std::string(before, 'a') + " " + word + " tail");
            EXPECT_EQ(in_blocks(words, padded).at(word == "beer" ? 1 : word == "x" ? 2 : 0), word) << before;
            // Glued to a word that runs across a block edge, it is no longer a word of its own.
            EXPECT_EQ(in_blocks(words, std::string(before + 1, 'a') + word).at(word == "beer" ? 1 : word == "x" ? 2 : 0),
                      "")
                << before;
        }
}

TEST(ExcludedWords, NoWordsMatchNothing) {
    const ExcludedWords words({{}, {}});
    EXPECT_TRUE(words.empty());
    Matches matched(2);
    words.match("casino beer", matched);
    EXPECT_EQ(matched, Matches(2));
}

TEST(ExcludedWords, UsesAlreadyMatchedKeepTheirWord) {
    const ExcludedWords words(kUses);
    Matches matched(kUses.size());
    words.match("bet", matched);
    words.match("casino", matched);
    EXPECT_EQ(matched[0], "bet");
}

// Many random texts made of pieces near the excluded words, in mixed case, with punctuation,
// digits, UTF-8 and runs long enough to cross several blocks.
TEST(ExcludedWords, BothSearchesAgreeWithThePlainWayOnRandomTexts) {
    const ExcludedWords words(kUses);
    const std::vector<std::string> pieces = {
        "bet",   "Bets", "BETTING", "abet",  "gambl", "Gambler", "casino", "cas",  "beer", "BEERS", "wine",
        "wines", "vod",  "vodka",   "vodkas", "x",    "X",       "xx",     "don't", "dont", "e-cig", "e-cigs",
        "2for1", "2for", " ",       "  ",    ",",     ".",       "-",      "'",     "é",    "\xff", "\t",
        "art",   "the",  "support", "a",     "b",     "to",      "Riverside",        "0",    "9",    "(",
    };
    std::mt19937 random(20261202);
    for (int run = 0; run < 20000; ++run) {
        std::string text;
        const int count = std::uniform_int_distribution<int>(0, 24)(random);
        for (int p = 0; p < count; ++p)
            text += pieces[std::uniform_int_distribution<std::size_t>(0, pieces.size() - 1)(random)];
        expect_all_agree(words, text);
        if (HasFailure()) break;
    }
}

}  // namespace
}  // namespace openras
