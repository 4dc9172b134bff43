#pragma once
// Finding the rule set's excluded-use words ("casino", "gambl*") in the free text of a support
// line. A word of the text is a run of ASCII letters, digits, ' and -, or of bytes of UTF-8;
// it matches an excluded word whole and ignoring case, or by its start when the excluded word
// ends in '*'.
//
// The plan checker asks this of every line's description and provider on every check, so the
// search is built for speed: words are grouped by their first two letters, and the text is
// classified sixteen bytes at a time where the processor allows.

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace openras {

class ExcludedWords {
public:
    // `words_by_use[u]` are use u's words, lower case, as the rule set loader leaves them.
    explicit ExcludedWords(const std::vector<std::vector<std::string>>& words_by_use);

    bool empty() const { return words_.empty(); }

    // For each use, the first word of `text` that one of its words matches, as written in
    // `text`; uses already matched (a non-empty entry) keep their word. `matched` has one
    // entry per use.
    void match(std::string_view text, std::vector<std::string_view>& matched) const;

    // The same search one byte at a time, and sixteen at a time; `match` uses the second
    // where the processor has it. Both are here so that tests can hold them to each other.
    void match_bytewise(std::string_view text, std::vector<std::string_view>& matched) const;
    void match_in_blocks(std::string_view text, std::vector<std::string_view>& matched) const;

private:
    struct Word {
        std::string text;  // lower case, without the '*'
        bool prefix = false;
        int use = 0;
    };

    // Tries every excluded word that could match `word`, which starts a word of the text.
    void try_word(std::string_view word, std::vector<std::string_view>& matched) const;
    bool could_start(char first, char second) const;

    std::vector<Word> words_;
    // Words of two letters or more, grouped by a bucket of their first two letters: bucket b
    // holds by_pair_[pair_start_[b] .. pair_start_[b + 1]). One-letter words (rare) are tried
    // against every word of the text.
    std::vector<std::uint16_t> pair_start_;
    std::vector<std::uint16_t> by_pair_;
    std::array<std::uint64_t, 16> pair_used_{};  // one bit per bucket
    std::vector<std::uint16_t> one_letter_;
};

}  // namespace openras
