// The kiosk's settings file: the decision record and the social workers who may sign in, each
// mistake named with its line; and `openras-kiosk --hash-pin`, which makes the PIN hashes.
#include "kiosk/app/hash_pin_command.hpp"
#include "kiosk/app/kiosk_config.hpp"
#include "rules/error.hpp"

#include <gtest/gtest.h>
#include <sodium.h>

#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <unistd.h>

namespace openras::kiosk {
namespace {

namespace fs = std::filesystem;

const std::string& sample_hash() {
    static const std::string hash = hash_pin("2468");
    return hash;
}

class KioskConfigFile : public ::testing::Test {
protected:
    fs::path path = fs::temp_directory_path() / ("openras-kiosk-config-" + std::to_string(::getpid()) + ".toml");
    void TearDown() override { fs::remove(path); }
    void write(const std::string& text) { std::ofstream(path) << text; }
    // The message load_kiosk_config gives, or "" when the file loads.
    std::string problem() {
        try {
            load_kiosk_config(path.string());
        } catch (const OpenRasError& e) {
            last_code = e.error().code;
            return e.error().to_string();
        }
        return {};
    }
    std::optional<ErrorCode> last_code;
};

TEST_F(KioskConfigFile, TheRecordAndTheWorkersReachTheFlow) {
    write("[kiosk]\nrecord = \"cases/record.db\"\n\n[[kiosk.worker]]\nname = \"Sam Okafor\"\npin_hash = \"" + sample_hash() +
          "\"\n\n[[kiosk.worker]]\nname = \"Ana Silva\"\npin_hash = \"" + hash_pin("1357") + "\"\n");
    const KioskConfig config = load_kiosk_config(path.string());
    EXPECT_EQ(config.record, "cases/record.db");
    ASSERT_EQ(config.workers.size(), 2u);
    const FlowSettings settings = flow_settings(config);
    EXPECT_EQ(settings.record_path, "cases/record.db");
    ASSERT_EQ(settings.workers.size(), 2u);
    EXPECT_EQ(settings.workers[0].name, "Sam Okafor");
    EXPECT_EQ(settings.workers[1].name, "Ana Silva");
    EXPECT_EQ(crypto_pwhash_str_verify(settings.workers[0].pin_hash.c_str(), "2468", 4), 0);
    EXPECT_NE(crypto_pwhash_str_verify(settings.workers[1].pin_hash.c_str(), "2468", 4), 0);
}

TEST_F(KioskConfigFile, TheCouncilsServerAndTheOutboxReachTheFlowAndAnOutboxNeedsItsKey) {
    write("[kiosk]\nrecord = \"postgresql://kiosk-central-library@db.council.example/openras\"\n"
          "outbox = \"/var/lib/openras/outbox.db\"\noutbox_key = \"/etc/openras/kiosk.key\"\n");
    const FlowSettings settings = flow_settings(load_kiosk_config(path.string()));
    EXPECT_EQ(settings.record_path, "postgresql://kiosk-central-library@db.council.example/openras");
    EXPECT_EQ(settings.outbox_path, "/var/lib/openras/outbox.db");
    EXPECT_EQ(settings.outbox_key_path, "/etc/openras/kiosk.key");
    write("[kiosk]\nrecord = \"postgresql://kiosk@db/openras\"\noutbox = \"/var/lib/openras/outbox.db\"\n");
    EXPECT_NE(problem().find("kiosk.outbox_key: an outbox needs both"), std::string::npos) << problem();
    EXPECT_EQ(last_code, ErrorCode::MissingField);
}

TEST_F(KioskConfigFile, NoRecordAndNoWorkersIsAllowed) {
    write("[kiosk]\nfullscreen = false\n");
    const FlowSettings settings = flow_settings(load_kiosk_config(path.string()));
    EXPECT_TRUE(settings.record_path.empty());
    EXPECT_TRUE(settings.workers.empty());
}

TEST_F(KioskConfigFile, StaffSetTheAssessmentDateAsADateOrItIsToday) {
    write("[kiosk]\nfullscreen = false\n");
    EXPECT_EQ(flow_settings(load_kiosk_config(path.string())).today, boost::gregorian::day_clock::local_day());
    write("[kiosk]\nassessment_date = 2026-12-07\n");
    EXPECT_EQ(flow_settings(load_kiosk_config(path.string())).today, boost::gregorian::date(2026, 12, 7));
    write("[kiosk]\nassessment_date = \"2026-12-07\"\n");
    std::string message = problem();
    EXPECT_NE(message.find(path.string() + ":2:19: "), std::string::npos) << message;
    EXPECT_NE(message.find("assessment_date must be a date written like 2026-12-07"), std::string::npos) << message;
    write("[kiosk]\nassessment_date = 2026-02-30\n");
    message = problem();
    EXPECT_EQ(message.rfind(path.string() + ":2:", 0), 0u) << message;
}

TEST_F(KioskConfigFile, APinWrittenInPlaceOfItsHashIsRefusedWithItsLine) {
    write("[kiosk]\n[[kiosk.worker]]\nname = \"Sam Okafor\"\npin_hash = \"2468\"\n");
    const std::string message = problem();
    EXPECT_NE(message.find(path.string() + ":4:12:"), std::string::npos) << message;
    EXPECT_EQ(last_code, ErrorCode::InvalidValue);
    EXPECT_NE(message.find("pin_hash is not a PIN hash"), std::string::npos) << message;
    EXPECT_NE(message.find("--hash-pin"), std::string::npos) << message;
}

TEST_F(KioskConfigFile, EachWorkerMistakeIsNamed) {
    const std::string hash = "pin_hash = \"" + sample_hash() + "\"\n";
    const std::vector<std::pair<std::string, std::string>> cases = {
        {"[[kiosk.worker]]\n" + hash, "this worker has no name"},
        {"[[kiosk.worker]]\nname = \"Sam\"\n", "the worker Sam has no pin_hash"},
        {"[[kiosk.worker]]\nname = \"  \"\n" + hash, "a worker's name must not be empty"},
        {"[[kiosk.worker]]\nname = \"Sam\"\n" + hash + "pin = \"2468\"\n", "unknown worker setting pin"},
        {"[[kiosk.worker]]\nname = \"Sam\"\n" + hash + "[[kiosk.worker]]\nname = \"Sam\"\n" + hash, "the worker Sam is listed twice"},
        {"worker = \"Sam\"\n", "workers are written as [[kiosk.worker]] tables"},
        {"record = 3\n", "record must be text in quotes"},
        {"record = \"\"\n", "record must name a file"},
        {"rules = true\n", "rules must be text in quotes"},
    };
    for (const auto& [body, expected] : cases) {
        write("[kiosk]\n" + body);
        const std::string message = problem();
        EXPECT_NE(message.find(expected), std::string::npos) << body << "\ngave: " << message;
        EXPECT_EQ(message.rfind(path.string() + ":", 0), 0u) << message;
    }
}

TEST(HashPinCommand, PrintsAHashTheDeskAccepts) {
    std::istringstream in("97531\n");
    std::ostringstream out, err;
    ASSERT_EQ(hash_pin_command(in, out, err, false), 0) << err.str();
    std::string hash = out.str();
    ASSERT_EQ(hash.back(), '\n');
    hash.pop_back();
    EXPECT_TRUE(is_pin_hash(hash));
    EXPECT_EQ(hash.find("97531"), std::string::npos) << "the PIN itself is never printed";
    EXPECT_EQ(crypto_pwhash_str_verify(hash.c_str(), "97531", 5), 0);
    EXPECT_TRUE(err.str().empty());
}

TEST(HashPinCommand, RefusesWhatTheNumberPadCannotType) {
    for (const char* input : {"", "123\n", "12a45\n", "1234567890123\n", " 1234\n"}) {
        std::istringstream in(input);
        std::ostringstream out, err;
        EXPECT_EQ(hash_pin_command(in, out, err, false), 1) << input;
        EXPECT_TRUE(out.str().empty()) << input;
        EXPECT_FALSE(err.str().empty()) << input;
    }
}

TEST(HashPinCommand, IsPinHashKnowsAHashFromAnythingElse) {
    EXPECT_TRUE(is_pin_hash(sample_hash()));
    EXPECT_FALSE(is_pin_hash("2468"));
    EXPECT_FALSE(is_pin_hash(""));
    EXPECT_FALSE(is_pin_hash("$argon2id$nonsense"));
}

}  // namespace
}  // namespace openras::kiosk
