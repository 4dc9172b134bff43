// Saved journeys: sealed with the person's code (kiosk/flow/draft_store.hpp), read back whole
// (saved_journey.hpp), deleted when used, after the last wrong code, and when their day passes.
#include "kiosk/flow/draft_store.hpp"
#include "kiosk/flow/saved_journey.hpp"
#include "rules/error.hpp"
#include "rules/ruleset_loader.hpp"

#include <boost/date_time/posix_time/posix_time.hpp>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <unistd.h>

namespace openras::kiosk {
namespace {

namespace fs = std::filesystem;
namespace pt = boost::posix_time;

struct TempFile {
    fs::path path = fs::temp_directory_path() / ("openras-drafts-" + std::to_string(::getpid()) + ".db");
    TempFile() { fs::remove(path); }
    ~TempFile() { fs::remove(path); }
};

Journey sample_journey(const RuleSet& rules) {
    Journey j;
    j.reference = "Rita O'Brien";
    j.answers.assign(rules.questions.size(), -1);
    j.answers[0] = 1;
    j.answers[1] = 3;
    j.question = 2;
    j.plan.reset(rules);
    j.plan.answers[0] = "My sister Rita and the allotment";
    j.plan.outcomes[1] = 1;
    j.plan.units[0] = 10;
    j.plan.serves[0][1] = 1;
    j.plan.held_as = 1;
    j.plan.contingency = 2;
    return j;
}

TEST(KioskDrafts, ASavedJourneyReadsBackWhole) {
    const RuleSet& rules = *embedded_default_rule_set();
    const Journey saved = sample_journey(rules);
    const PersonalText text = saved_journey_text(saved, SavedAt::Plan);
    Journey back;
    back.plan.reset(rules);
    SavedAt at = SavedAt::Question;
    ASSERT_TRUE(read_saved_journey(text, rules, back, at));
    EXPECT_EQ(at, SavedAt::Plan);
    EXPECT_EQ(back.reference, saved.reference);
    EXPECT_EQ(back.answers, saved.answers);
    EXPECT_EQ(back.question, 2);
    EXPECT_EQ(back.plan.answers[0], saved.plan.answers[0]);
    EXPECT_EQ(back.plan.outcomes, saved.plan.outcomes);
    EXPECT_EQ(back.plan.units, saved.plan.units);
    EXPECT_EQ(back.plan.serves, saved.plan.serves);
    EXPECT_EQ(back.plan.held_as, 1);
    EXPECT_EQ(back.plan.contingency, 2);
}

TEST(KioskDrafts, ADraftThatDoesNotFitTheRulesIsRefusedAndChangesNothing) {
    const RuleSet& rules = *embedded_default_rule_set();
    PersonalText text = saved_journey_text(sample_journey(rules), SavedAt::Question);
    Journey untouched;
    untouched.reference = "Someone";
    untouched.plan.reset(rules);
    SavedAt at = SavedAt::Question;
    for (const auto& [from, to] : std::vector<std::pair<std::string, std::string>>{
             {"\"answers\":[1,3,", "\"answers\":[1,99,"}, {"\"format\":1", "\"format\":2"}, {"\"held_as\":1", "\"held_as\":7"}}) {
        PersonalText bad = text;
        const auto at_from = bad.find(from.c_str());
        ASSERT_NE(at_from, PersonalText::npos) << from;
        bad.replace(at_from, from.size(), to.c_str());
        EXPECT_FALSE(read_saved_journey(bad, rules, untouched, at)) << to;
        EXPECT_EQ(untouched.reference, "Someone");
    }
    EXPECT_FALSE(read_saved_journey("not json", rules, untouched, at));
}

TEST(KioskDrafts, SealedWithTheCodeUsedOnceAndDeletedAfterTheLastWrongCode) {
    TempFile file;
    const PersonalText secret = "Rita O'Brien needs help with washing";
    std::string reference;
    {
        DraftStore drafts(file.path.string());
        EXPECT_THROW(drafts.save(secret, "abc", 14), OpenRasError);  // too short a code
        reference = drafts.save(secret, "rita123", 14).reference;
        EXPECT_EQ(drafts.count(), 1);
    }
    // Whoever reads the file sees no word of it.
    std::ifstream in(file.path, std::ios::binary);
    std::stringstream bytes;
    bytes << in.rdbuf();
    EXPECT_EQ(bytes.str().find("washing"), std::string::npos);
    EXPECT_EQ(bytes.str().find("Rita"), std::string::npos);

    DraftStore drafts(file.path.string());
    PersonalText text;
    int left = 0;
    EXPECT_EQ(drafts.open(reference, "rita124", text, left), DraftOpened::WrongCode);
    EXPECT_EQ(left, kDraftTries - 1);
    EXPECT_TRUE(text.empty());
    EXPECT_EQ(drafts.open(reference, "rita123", text, left), DraftOpened::Found);
    EXPECT_EQ(text, secret);
    EXPECT_EQ(drafts.open(reference, "rita123", text, left), DraftOpened::NotFound) << "a draft is used once";

    const std::string second = drafts.save(secret, "rita123", 14).reference;
    for (int i = 1; i < kDraftTries; ++i) EXPECT_EQ(drafts.open(second, "wrong99", text, left), DraftOpened::WrongCode) << i;
    EXPECT_EQ(drafts.open(second, "wrong99", text, left), DraftOpened::Deleted);
    EXPECT_EQ(drafts.open(second, "rita123", text, left), DraftOpened::NotFound);
    EXPECT_EQ(drafts.count(), 0);
}

TEST(KioskDrafts, DraftsAreDeletedWhenTheirDayPasses) {
    TempFile file;
    auto now = std::make_shared<pt::ptime>(pt::time_from_string("2026-12-07 10:30:00"));
    const UtcClock clock = [now] { return *now; };
    std::string reference;
    {
        DraftStore drafts(file.path.string(), clock);
        reference = drafts.save("answers", "rita123", 14).reference;
        *now += boost::gregorian::days(13);
        EXPECT_EQ(drafts.expire(), 0);
        EXPECT_EQ(drafts.count(), 1);
    }
    *now += boost::gregorian::days(1);
    DraftStore drafts(file.path.string(), clock);  // opening the file wipes what has expired
    EXPECT_EQ(drafts.count(), 0);
    PersonalText text;
    int left = 0;
    EXPECT_EQ(drafts.open(reference, "rita123", text, left), DraftOpened::NotFound);
}

TEST(KioskDrafts, AFileThatIsNotADraftsFileIsRefusedWithItsName) {
    TempFile file;
    { std::ofstream(file.path) << "not a database at all, just words"; }
    try {
        DraftStore drafts(file.path.string());
        ADD_FAILURE() << "opened a file that is not a drafts file";
    } catch (const OpenRasError& e) {
        EXPECT_EQ(e.error().where.file, file.path.string());
    }
}

}  // namespace
}  // namespace openras::kiosk
