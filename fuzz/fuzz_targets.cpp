#include "fuzz/fuzz_targets.hpp"

#include "alloc/budget/assessment.hpp"
#include "alloc/caseload/caseload_csv.hpp"
#include "alloc/plan/plan_file.hpp"
#include "kiosk/app/kiosk_config.hpp"
#include "kiosk/text/wording.hpp"
#include "rules/error.hpp"
#include "rules/ruleset_loader.hpp"

#include <toml++/toml.h>

#include <cstdio>
#include <fstream>
#include <string>
#include <unistd.h>

namespace openras::fuzz {
namespace {

// Runs `read`; the errors OpenRAS reports to people are the expected outcome for bad input.
template <typename Read>
void expecting_refusal(Read read) {
    try {
        read();
    } catch (const OpenRasError&) {
    } catch (const toml::parse_error&) {
    }
}

}  // namespace

void rule_set(std::string_view bytes) {
    expecting_refusal([&] { (void)load_rule_set(bytes, "fuzz.toml"); });
}

void answers(std::string_view bytes) {
    expecting_refusal([&] { (void)assessment_from_toml_text(bytes, "fuzz.toml"); });
}

void batch_line(std::string_view bytes) {
    expecting_refusal([&] { (void)assessment_from_json_text(bytes, "fuzz.jsonl:1"); });
}

void plan(std::string_view bytes) {
    expecting_refusal([&] { (void)plan_from_toml_text(bytes, "fuzz.toml"); });
}

void test_group(std::string_view bytes) {
    static const std::shared_ptr<const RuleSet> model = embedded_default_rule_set();
    expecting_refusal([&] {
        Diagnostics problems;
        const Caseload caseload = parse_caseload(bytes, "fuzz.csv", {model.get()}, CaseloadNeeds{true, true}, problems);
        if (problems.empty()) (void)resolve_caseload(caseload, *model, problems);
    });
}

void kiosk_settings(std::string_view bytes) {
    // The settings are read from a file: written to a private one first.
    char path[] = "/tmp/openras-fuzz-settings-XXXXXX";
    const int fd = ::mkstemp(path);
    if (fd < 0) return;
    const bool written = ::write(fd, bytes.data(), bytes.size()) == ssize_t(bytes.size());
    ::close(fd);
    if (written) expecting_refusal([&] { (void)kiosk::flow_settings(kiosk::load_kiosk_config(path)); });
    std::remove(path);
}

void wording(std::string_view bytes) {
    expecting_refusal([&] { (void)kiosk::Wording::from_toml(bytes, bytes, "cy"); });
}

Target target_named(std::string_view name) {
    if (name == "rule_set") return rule_set;
    if (name == "answers") return answers;
    if (name == "batch_line") return batch_line;
    if (name == "plan") return plan;
    if (name == "test_group") return test_group;
    if (name == "kiosk_settings") return kiosk_settings;
    if (name == "wording") return wording;
    return nullptr;
}

}  // namespace openras::fuzz
