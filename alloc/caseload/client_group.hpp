#pragma once
// The client groups a council reports by when it calibrates a RAS and publishes the impact of a
// change (the groups named in DOMAIN.md's "Calibration"): older people, learning disability,
// physical disability, mental health, and everyone else.
#include <array>
#include <optional>
#include <string>
#include <string_view>

namespace openras {

enum class ClientGroup { OlderPeople, LearningDisability, PhysicalDisability, MentalHealth, Other };

inline constexpr std::array<ClientGroup, 5> kClientGroups = {
    ClientGroup::OlderPeople, ClientGroup::LearningDisability, ClientGroup::PhysicalDisability,
    ClientGroup::MentalHealth, ClientGroup::Other};
inline constexpr std::size_t kClientGroupCount = kClientGroups.size();

// "older-people", "learning-disability", ...: the form files are written in.
const char* client_group_id(ClientGroup group);
// "Older people", "Learning disability", ...: the form people read.
const char* client_group_title(ClientGroup group);
// Accepts the id or the title in any case, with spaces, hyphens or underscores between words
// ("Older people", "older_people", "OLDER-PEOPLE").
std::optional<ClientGroup> parse_client_group(std::string_view text);
// "older-people, learning-disability, ..." for messages.
std::string client_group_choices();

}  // namespace openras
