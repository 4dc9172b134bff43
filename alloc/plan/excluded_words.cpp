#include "alloc/plan/excluded_words.hpp"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace openras {
namespace {

// ASCII only, so no locale is consulted; other bytes (UTF-8) are part of a word.
constexpr std::array<bool, 256> kWordBytes = [] {
    std::array<bool, 256> bytes{};
    for (int c = 0; c < 256; ++c)
        bytes[std::size_t(c)] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                                c == '\'' || c == '-' || c >= 0x80;
    return bytes;
}();
bool is_word_byte(char c) { return kWordBytes[static_cast<unsigned char>(c)]; }
char lower(char c) { return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c; }

// A bucket from the low five bits of each letter: an upper-case letter and its lower case
// differ only in bit 5, so they share a bucket without being lowered first. Letters map to
// distinct buckets; digits, ' and - share buckets with letters, which the full comparison
// afterwards sorts out.
constexpr std::size_t kPairBuckets = 1024;
std::size_t pair_bucket(char first, char second) {
    return (std::size_t(static_cast<unsigned char>(first) & 31) << 5) | (std::size_t(static_cast<unsigned char>(second) & 31));
}

// `word` (as written) against a lower-case excluded word, ignoring the case of `word`.
bool word_matches(std::string_view word, std::string_view excluded, bool prefix) {
    if (prefix ? word.size() < excluded.size() : word.size() != excluded.size()) return false;
    for (std::size_t k = 0; k < excluded.size(); ++k)
        if (lower(word[k]) != excluded[k]) return false;
    return true;
}

std::size_t word_end(std::string_view text, std::size_t from) {
    while (from < text.size() && is_word_byte(text[from])) ++from;
    return from;
}

}  // namespace

ExcludedWords::ExcludedWords(const std::vector<std::vector<std::string>>& words_by_use) {
    for (std::size_t u = 0; u < words_by_use.size(); ++u)
        for (const std::string& word : words_by_use[u]) {
            const bool prefix = !word.empty() && word.back() == '*';
            words_.push_back({prefix ? word.substr(0, word.size() - 1) : word, prefix, int(u)});
        }
    // A counting sort of the words into their buckets, keeping the rule set's order in each.
    pair_start_.assign(kPairBuckets + 1, 0);
    for (const Word& word : words_)
        if (word.text.size() >= 2) ++pair_start_[pair_bucket(word.text[0], word.text[1]) + 1];
    for (std::size_t b = 0; b < kPairBuckets; ++b) pair_start_[b + 1] = std::uint16_t(pair_start_[b + 1] + pair_start_[b]);
    by_pair_.resize(pair_start_[kPairBuckets]);
    std::vector<std::uint16_t> next(pair_start_.begin(), pair_start_.end() - 1);
    for (std::size_t w = 0; w < words_.size(); ++w) {
        const std::string& text = words_[w].text;
        if (text.size() < 2) {
            one_letter_.push_back(std::uint16_t(w));
            continue;
        }
        const std::size_t bucket = pair_bucket(text[0], text[1]);
        by_pair_[next[bucket]++] = std::uint16_t(w);
        pair_used_[bucket / 64] |= std::uint64_t(1) << (bucket % 64);
    }
}

bool ExcludedWords::could_start(char first, char second) const {
    const std::size_t bucket = pair_bucket(first, second);
    return !one_letter_.empty() || (pair_used_[bucket / 64] >> (bucket % 64) & 1) != 0;
}

void ExcludedWords::try_word(std::string_view word, std::vector<std::string_view>& matched) const {
    const auto attempt = [&](std::uint16_t index) {
        const Word& candidate = words_[index];
        std::string_view& slot = matched[std::size_t(candidate.use)];
        if (slot.empty() && word_matches(word, candidate.text, candidate.prefix)) slot = word;
    };
    for (std::uint16_t index : one_letter_) attempt(index);
    if (word.size() < 2) return;
    const std::size_t bucket = pair_bucket(word[0], word[1]);
    for (std::uint16_t k = pair_start_[bucket]; k < pair_start_[bucket + 1]; ++k) attempt(by_pair_[k]);
}

void ExcludedWords::match(std::string_view text, std::vector<std::string_view>& matched) const {
#if defined(__SSE2__)
    match_in_blocks(text, matched);
#else
    match_bytewise(text, matched);
#endif
}

void ExcludedWords::match_bytewise(std::string_view text, std::vector<std::string_view>& matched) const {
    std::size_t i = 0;
    while (i < text.size()) {
        while (i < text.size() && !is_word_byte(text[i])) ++i;
        if (i == text.size()) break;
        const std::size_t end = word_end(text, i);
        if (could_start(text[i], end > i + 1 ? text[i + 1] : ' ')) try_word(text.substr(i, end - i), matched);
        i = end;
    }
}

#if defined(__SSE2__)
namespace {

// One bit per byte of the block: is it part of a word. Unsigned ranges are tested as signed
// ones shifted by 128, since SSE2 compares bytes only as signed.
std::uint32_t word_byte_bits(__m128i block) {
    const auto in_range = [](__m128i bytes, char low, int count) {
        const __m128i shifted = _mm_add_epi8(bytes, _mm_set1_epi8(char(-128 - low)));
        return _mm_cmplt_epi8(shifted, _mm_set1_epi8(char(-128 + count)));
    };
    const __m128i letters = in_range(_mm_or_si128(block, _mm_set1_epi8(0x20)), 'a', 26);
    const __m128i digits = in_range(block, '0', 10);
    const __m128i marks = _mm_or_si128(_mm_cmpeq_epi8(block, _mm_set1_epi8('\'')), _mm_cmpeq_epi8(block, _mm_set1_epi8('-')));
    const __m128i high = _mm_cmplt_epi8(block, _mm_setzero_si128());
    return std::uint32_t(_mm_movemask_epi8(_mm_or_si128(_mm_or_si128(letters, digits), _mm_or_si128(marks, high))));
}

}  // namespace
#endif

void ExcludedWords::match_in_blocks(std::string_view text, std::vector<std::string_view>& matched) const {
#if defined(__SSE2__)
    std::uint32_t carry = 0;  // was the last byte of the previous block part of a word
    for (std::size_t at = 0; at < text.size(); at += 16) {
        std::uint32_t in_word = 0;
        if (text.size() - at >= 16) {
            in_word = word_byte_bits(_mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + at)));
        } else {
            // The last, short block goes byte by byte, so nothing past the text is read.
            for (std::size_t k = 0; at + k < text.size(); ++k) in_word |= std::uint32_t(is_word_byte(text[at + k])) << k;
        }
        std::uint32_t starts = in_word & ~((in_word << 1) | carry);
        carry = in_word >> 15 & 1;
        // Most words cannot match, and which ones can is unpredictable, so the starts that
        // could are gathered without a branch on each and tried afterwards.
        std::uint8_t candidates[16];
        std::size_t count = 0;
        while (starts != 0) {
            const std::size_t offset = std::size_t(__builtin_ctz(starts));
            starts &= starts - 1;
            const std::size_t start = at + offset;
            const char second = start + 1 < text.size() ? text[start + 1] : ' ';
            candidates[count] = std::uint8_t(offset);
            count += could_start(text[start], second) ? 1 : 0;
        }
        for (std::size_t k = 0; k < count; ++k) {
            const std::size_t start = at + candidates[k];
            try_word(text.substr(start, word_end(text, start + 1) - start), matched);
        }
    }
#else
    match_bytewise(text, matched);
#endif
}

}  // namespace openras
