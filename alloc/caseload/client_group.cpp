#include "alloc/caseload/client_group.hpp"

#include <cctype>

namespace openras {

const char* client_group_id(ClientGroup group) {
    switch (group) {
        case ClientGroup::OlderPeople: return "older-people";
        case ClientGroup::LearningDisability: return "learning-disability";
        case ClientGroup::PhysicalDisability: return "physical-disability";
        case ClientGroup::MentalHealth: return "mental-health";
        case ClientGroup::Other: return "other";
    }
    return "other";
}

const char* client_group_title(ClientGroup group) {
    switch (group) {
        case ClientGroup::OlderPeople: return "Older people";
        case ClientGroup::LearningDisability: return "Learning disability";
        case ClientGroup::PhysicalDisability: return "Physical disability";
        case ClientGroup::MentalHealth: return "Mental health";
        case ClientGroup::Other: return "Other";
    }
    return "Other";
}

std::optional<ClientGroup> parse_client_group(std::string_view text) {
    std::string normal;
    for (char c : text) {
        if (c == ' ' || c == '_' || c == '-') {
            if (!normal.empty() && normal.back() != '-') normal += '-';
        } else {
            normal += char(std::tolower(static_cast<unsigned char>(c)));
        }
    }
    while (!normal.empty() && normal.back() == '-') normal.pop_back();
    for (ClientGroup group : kClientGroups)
        if (normal == client_group_id(group)) return group;
    return std::nullopt;
}

std::string client_group_choices() {
    std::string out;
    for (ClientGroup group : kClientGroups) out += (out.empty() ? "" : ", ") + std::string(client_group_id(group));
    return out;
}

}  // namespace openras
