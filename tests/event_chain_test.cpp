// The hash chain's format (canonical bytes, SHA-256, genesis) and the walk that says where and
// how a chain breaks. Format details are in alloc/record/store_schema.cpp ("The hash chain").
#include "alloc/record/event_chain.hpp"
#include "alloc/record/sha256.hpp"

#include <gtest/gtest.h>
#include <sodium.h>

#include <random>

namespace openras {
namespace {

Sha256Digest sodium_sha256(std::string_view bytes) {
    Sha256Digest out{};
    crypto_hash_sha256(out.data(), reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
    return out;
}

TEST(Sha256, MatchesLibsodiumForEveryLengthUpToSeveralBlocks) {
    std::mt19937 random(2026);
    std::string data(700, '\0');
    for (char& c : data) c = char(random());
    for (std::size_t length = 0; length <= data.size(); ++length)
        ASSERT_EQ(Sha256::of(std::string_view(data).substr(0, length)), sodium_sha256(std::string_view(data).substr(0, length)))
            << "length " << length;
}

TEST(Sha256, GivesTheSameDigestWhateverTheUpdateSizes) {
    std::mt19937 random(7);
    std::string data(5000, '\0');
    for (char& c : data) c = char(random());
    for (int round = 0; round < 200; ++round) {
        Sha256 hash;
        for (std::size_t at = 0; at < data.size();) {
            const std::size_t piece = std::min<std::size_t>(data.size() - at, random() % 150);
            hash.update(data.data() + at, piece);
            at += piece;
        }
        ASSERT_EQ(hash.finish(), sodium_sha256(data)) << "round " << round;
    }
}

TEST(Sha256, KnownAnswerForAbc) {
    EXPECT_EQ(to_hex(Sha256::of("abc")), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

EventColumns sample_event() {
    EventColumns e;
    e.id = 12;
    e.type = "plan-confirmed";
    e.person = "P-0001";
    e.actor = "Sam";
    e.role = "social-worker";
    e.recorded_at = "2026-05-01T09:00:00Z";
    e.payload = R"({"reason":"ok"})";
    return e;
}

// A reader hashes the payload where SQLite holds it: the head and the payload are the canonical
// bytes, and hashed in two parts they give the same link.
TEST(EventChain, TheHeadFollowedByThePayloadAreTheCanonicalBytes) {
    EventColumns e = sample_event();
    const ChainHash previous = genesis_hash("0123456789abcdef0123456789abcdef");
    for (const std::string_view payload : {std::string_view(), std::string_view(R"({"reason":"£3.20 × 4"})")}) {
        e.payload = payload;
        std::string whole, head;
        append_canonical_bytes(e, whole);
        append_canonical_head(e, head);
        EXPECT_EQ(head + std::string(payload), whole);
        EXPECT_EQ(next_chain_hash(previous, head, payload), next_chain_hash(previous, whole));
    }
}

TEST(EventChain, CanonicalBytesAreLengthPrefixedFieldsWithANullMarker) {
    std::string bytes;
    append_canonical_bytes(sample_event(), bytes);
    const std::string null_field("\xff\xff\xff\xff", 4);
    auto field = [](std::string_view text) {
        const std::uint32_t n = std::uint32_t(text.size());
        return std::string{char(n >> 24), char(n >> 16), char(n >> 8), char(n)} + std::string(text);
    };
    const std::string expected = field("openras-event-v1") + field("12") + field("plan-confirmed") + field("P-0001") +
                                 field("Sam") + field("social-worker") + field("2026-05-01T09:00:00Z") + null_field +
                                 null_field + null_field + field(R"({"reason":"ok"})");
    EXPECT_EQ(bytes, expected);
}

TEST(EventChain, NullAndEmptyFieldsGiveDifferentBytes) {
    EventColumns with_null = sample_event(), with_empty = sample_event();
    with_empty.rule_set = std::string_view("");
    std::string a, b;
    append_canonical_bytes(with_null, a);
    append_canonical_bytes(with_empty, b);
    EXPECT_NE(a, b);
}

TEST(EventChain, ExactRuleSetTextDigestIsPartOfTheBytes) {
    EventColumns e = sample_event();
    e.rule_set = std::string_view("sha256:00");
    const ChainHash first = Sha256::of("text one"), second = Sha256::of("text one # a comment");
    std::string a, b;
    e.rule_set_text_digest = &first;
    append_canonical_bytes(e, a);
    e.rule_set_text_digest = &second;
    append_canonical_bytes(e, b);
    EXPECT_NE(a, b);
}

TEST(EventChain, ChainHashIsSha256OfPreviousHashThenBytes) {
    const ChainHash previous = genesis_hash("0123456789abcdef0123456789abcdef");
    EXPECT_EQ(previous, sodium_sha256(std::string(kGenesisTag) + "0123456789abcdef0123456789abcdef"));
    const std::string bytes = "canonical";
    EXPECT_EQ(next_chain_hash(previous, bytes),
              sodium_sha256(std::string(reinterpret_cast<const char*>(previous.data()), 32) + bytes));
    EXPECT_EQ(chain_hash_from_hex(chain_hash_hex(previous)), previous);
    EXPECT_FALSE(chain_hash_from_hex("zz").has_value());
}

// A chain of `count` events whose canonical bytes are "event N".
struct Chain {
    std::vector<std::string> bytes;
    std::vector<ChainHash> hashes;
    ChainHash genesis = genesis_hash("store");
    explicit Chain(int count) {
        ChainHash previous = genesis;
        for (int i = 1; i <= count; ++i) {
            bytes.push_back("event " + std::to_string(i));
            previous = next_chain_hash(previous, bytes.back());
            hashes.push_back(previous);
        }
    }
};

std::vector<ChainProblem> walk(const Chain& c, const std::vector<EventId>& ids, EventId head) {
    ChainWalker walker(c.genesis);
    std::vector<ChainProblem> problems;
    for (EventId id : ids) walker.feed(id, c.bytes[std::size_t(id - 1)], c.hashes[std::size_t(id - 1)], problems);
    walker.finish(head, c.hashes[std::size_t(head - 1)], problems);
    return problems;
}

TEST(ChainWalker, AnIntactChainHasNoProblems) {
    const Chain c(5);
    EXPECT_TRUE(walk(c, {1, 2, 3, 4, 5}, 5).empty());
}

TEST(ChainWalker, ChangedContentsAreNamedAtTheirEvent) {
    Chain c(5);
    c.bytes[2] = "event 3, changed";
    const auto problems = walk(c, {1, 2, 3, 4, 5}, 5);
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems[0].event, 3);
    EXPECT_NE(problems[0].what.find("changed after it was recorded"), std::string::npos) << problems[0].what;
}

TEST(ChainWalker, AChangedStoredHashIsToldApartFromChangedContents) {
    Chain c(5);
    c.hashes[1][0] ^= 1;
    const auto problems = walk(c, {1, 2, 3, 4, 5}, 5);
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems[0].event, 2);
    EXPECT_NE(problems[0].what.find("stored chain hash was changed"), std::string::npos) << problems[0].what;
}

TEST(ChainWalker, SwappedEventsAreBothReportedAndNothingElse) {
    Chain c(6);
    std::swap(c.bytes[1], c.bytes[4]);
    std::swap(c.hashes[1], c.hashes[4]);
    const auto problems = walk(c, {1, 2, 3, 4, 5, 6}, 6);
    ASSERT_EQ(problems.size(), 2u);
    EXPECT_EQ(problems[0].event, 2);
    EXPECT_EQ(problems[1].event, 5);
    EXPECT_NE(problems[0].what.find("does not fit"), std::string::npos);
}

TEST(ChainWalker, NeighboursSwappedAreBothReported) {
    Chain c(6);
    std::swap(c.bytes[2], c.bytes[3]);
    std::swap(c.hashes[2], c.hashes[3]);
    const auto problems = walk(c, {1, 2, 3, 4, 5, 6}, 6);
    ASSERT_EQ(problems.size(), 2u);
    EXPECT_EQ(problems[0].event, 3);
    EXPECT_EQ(problems[1].event, 4);
}

TEST(ChainWalker, AMissingEventIsNamed) {
    const Chain c(5);
    const auto problems = walk(c, {1, 2, 4, 5}, 5);
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems[0].event, 3);
    EXPECT_NE(problems[0].what.find("missing"), std::string::npos);
}

TEST(ChainWalker, AMissingLastEventIsCaughtByTheHead) {
    const Chain c(5);
    ChainWalker walker(c.genesis);
    std::vector<ChainProblem> problems;
    for (int i = 0; i < 4; ++i) walker.feed(i + 1, c.bytes[std::size_t(i)], c.hashes[std::size_t(i)], problems);
    walker.finish(5, c.hashes[4], problems);
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems[0].event, 5);
    EXPECT_NE(problems[0].what.find("last event is missing"), std::string::npos);
}

TEST(ChainWalker, AnEventAddedAfterTheHeadIsReported) {
    const Chain c(5);
    ChainWalker walker(c.genesis);
    std::vector<ChainProblem> problems;
    for (int i = 0; i < 5; ++i) walker.feed(i + 1, c.bytes[std::size_t(i)], c.hashes[std::size_t(i)], problems);
    walker.feed(6, "forged", c.hashes[4], problems);
    walker.finish(5, c.hashes[4], problems);
    ASSERT_FALSE(problems.empty());
    EXPECT_EQ(problems.front().event, 6);
}

}  // namespace
}  // namespace openras
