// Easy Read's pictures (kiosk/ui/pictures.hpp): every picture key in the Easy Read wording names
// a picture that exists, was drawn at every size and has words for speech; every picture is
// used; every question, answer and part of life of the model RAS has one, as do the sentences
// and choices the kiosk illustrates; and on the screens the pictures are drawn large (at least
// two lines of text high), beside their words, and said by speech.
#include "headless_kiosk.hpp"
#include "kiosk/app/tour.hpp"
#include "kiosk/speech/page_reading.hpp"
#include "kiosk/text/wording.hpp"
#include "kiosk/ui/pictures.hpp"
#include "kiosk/ui/widgets.hpp"

#include <gtest/gtest.h>
#include <imgui.h>

#include <filesystem>
#include <set>

namespace openras::kiosk {
namespace {

namespace fs = std::filesystem;

TEST(KioskPictures, EveryKeyNamesAPictureDrawnAtEverySizeWithWordsForSpeech) {
    const Wording& w = Wording::built_in();
    const PictureList& list = PictureList::built_in();
    std::set<std::string> used;
    int keys = 0;
    for (const std::string& key : w.keys(true)) {
        if (key.rfind("picture.", 0) != 0) continue;
        ++keys;
        const std::string picture(w.get(key, true));
        const PictureEntry* entry = list.find(picture);
        ASSERT_NE(entry, nullptr) << key << " names " << picture << ", which is not in kiosk/pictures/pictures.toml";
        used.insert(picture);
    }
    EXPECT_GT(keys, 80);
    for (const auto& [name, entry] : list.entries()) {
        EXPECT_TRUE(used.count(name)) << name << " is in pictures.toml but nothing shows it";
        EXPECT_FALSE(entry.words.empty()) << name;
        EXPECT_TRUE(fs::exists(fs::path(OPENRAS_SOURCE_DIR) / "kiosk/pictures/mulberry" / entry.svg)) << entry.svg;
        for (int size : kPictureSizes) {
            const fs::path png = fs::path(built_pictures_folder()) / picture_file_name(entry.svg, size);
            EXPECT_TRUE(fs::exists(png)) << png << " was not made by the build";
        }
    }
    EXPECT_TRUE(fs::exists(fs::path(OPENRAS_SOURCE_DIR) / "kiosk/pictures/mulberry/LICENSE.txt"));
}

TEST(KioskPictures, EveryQuestionAnswerAndPartOfLifeOfTheModelRasHasOne) {
    testing::HeadlessKiosk k;
    Ui& ui = k.ui();
    ui.easy_read = true;
    const RuleSet& rules = k.flow().rules();
    for (const Domain& d : rules.domains) EXPECT_FALSE(picture_for(ui, "domain." + d.id).empty()) << d.id;
    for (const Question& q : rules.questions) {
        EXPECT_FALSE(picture_for(ui, "question." + q.id).empty()) << q.id;
        for (const AnswerOption& a : q.answers) EXPECT_FALSE(answer_picture(ui, q.id, a.id).empty()) << q.id << " " << a.id;
    }
    for (const char* key : {"start.what", "start.how_long", "start.tapping", "start.help", "budget.title", "budget.a_year",
                            "budget.money_title", "budget.line_base", "budget.line_informal", "plan.title",
                            "plan.task_questions", "plan.task_outcomes", "plan.task_support", "plan.task_money",
                            "plan.task_decisions", "plan.task_safety", "plan.held.direct_payment", "plan.held.council_managed",
                            "plan.manager.me", "plan.manager.family", "plan.manager.council", "plan.risk.falls",
                            "plan.risk.medicines", "plan.risk.lonely", "plan.risk.money", "plan.risk_none",
                            "plan.contingency.family", "plan.contingency.provider", "plan.contingency.council"})
        EXPECT_FALSE(picture_for(ui, key).empty()) << key;
    // Plain English has none.
    ui.easy_read = false;
    EXPECT_TRUE(picture_for(ui, "start.what").empty());
}

// The textures a frame drew with, other than the fonts'.
std::set<void*> pictures_drawn() {
    std::set<void*> drawn;
    const ImDrawData* data = ImGui::GetDrawData();
    for (int l = 0; l < data->CmdListsCount; ++l)
        for (const ImDrawCmd& cmd : data->CmdLists[l]->CmdBuffer)
            if (cmd.TextureId != ImGui::GetIO().Fonts->TexID) drawn.insert(cmd.TextureId);
    return drawn;
}

TEST(KioskPictures, EasyReadQuestionsShowLargePicturesBesideTheirWordsAtEveryTextSize) {
    for (int step = 0; step <= kLargestTextStep; ++step) {
        SCOPED_TRACE("text size " + std::to_string(step + 1));
        testing::HeadlessKiosk k(1280, 1024);
        k.flow().preferences().easy_read = true;
        k.flow().preferences().text_step = step;
        k.flow().start();
        k.flow().reference() = "SAMPLE-0001";
        k.flow().continue_from_name();
        k.settle();
        const Question& q = k.flow().current_question();
        // The question's picture and one for each answer (answers may share one).
        EXPECT_GE(pictures_drawn().size(), 2u);
        int pictures_said = 0;
        for (const SpokenItem& item : k.ui().speech.items()) pictures_said += item.role == SpeechRole::Picture;
        EXPECT_GE(pictures_said, 1) << "speech says what the question's picture shows";
        const float size = picture_size(k.ui());
        EXPECT_GE(size, 2 * k.ui().fonts.body->FontSize * 1.3f) << "at least two lines of text high";
        for (std::size_t a = 0; a < q.answers.size(); ++a) {
            const Target* t = k.ui().registry.find("answer." + std::to_string(a));
            ASSERT_NE(t, nullptr);
            EXPECT_GE(t->rect.h, size) << "the answer is as tall as its picture: " << t->label;
        }
    }
}

TEST(KioskPictures, PlainEnglishShowsNoPictures) {
    testing::HeadlessKiosk k;
    k.flow().start();
    k.flow().reference() = "SAMPLE-0001";
    k.flow().continue_from_name();
    k.settle();
    EXPECT_TRUE(pictures_drawn().empty());
}

}  // namespace
}  // namespace openras::kiosk
