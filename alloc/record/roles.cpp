#include "alloc/record/roles.hpp"

#include "rules/error.hpp"

namespace openras {

std::string_view role_name(Role role) {
    switch (role) {
        case Role::ServiceUser: return "service-user";
        case Role::SocialWorker: return "social-worker";
        case Role::PanelMember: return "panel-member";
        case Role::Auditor: return "auditor";
    }
    return "unknown";
}

std::string_view role_title(Role role) {
    switch (role) {
        case Role::ServiceUser: return "service user";
        case Role::SocialWorker: return "social worker";
        case Role::PanelMember: return "panel member";
        case Role::Auditor: return "auditor";
    }
    return "unknown";
}

std::optional<Role> role_from_name(std::string_view name) {
    for (Role role : {Role::ServiceUser, Role::SocialWorker, Role::PanelMember, Role::Auditor})
        if (role_name(role) == name) return role;
    return std::nullopt;
}

bool may_append(Role role, EventType type) {
    using E = EventType;
    switch (role) {
        case Role::ServiceUser:
            return type == E::PersonRegistered || type == E::AssessmentRecorded ||
                   type == E::IndicativeBudgetComputed || type == E::PlanSubmitted || type == E::PlanChecked ||
                   type == E::DisputeRecorded;
        case Role::SocialWorker: return true;
        // A panel member who agrees a final budget also records the person's plan checked again
        // against it, as whoever agrees a budget does (alloc/case/plan_recording.hpp).
        case Role::PanelMember:
            return type == E::PlanConfirmed || type == E::PlanReturned || type == E::FinalBudgetAgreed ||
                   type == E::PlanChecked || type == E::Correction;
        case Role::Auditor: return false;
    }
    return false;
}

namespace {

std::string who_may(EventType type) {
    std::string out;
    for (Role role : {Role::ServiceUser, Role::SocialWorker, Role::PanelMember}) {
        if (!may_append(role, type)) continue;
        if (!out.empty()) out += " or ";
        out += "a " + std::string(role_title(role));
    }
    return out;
}

}  // namespace

void require_permission(const Actor& actor, EventType type) {
    if (actor.name.empty())
        throw OpenRasError(Error{ErrorCode::MissingField, "every event records who made it; give the actor's name",
                                 SourceLocation{{}, 0, 0, "actor"}});
    if (actor.role == Role::Auditor)
        throw OpenRasError(Error{ErrorCode::Permission,
                                 "an auditor can read the decision record but can add nothing to it",
                                 SourceLocation{{}, 0, 0, "role"}});
    if (!may_append(actor.role, type))
        throw OpenRasError(Error{ErrorCode::Permission,
                                 "a " + std::string(role_title(actor.role)) + " may not record \"" +
                                     std::string(event_type_title(type)) + "\"; only " + who_may(type) + " may",
                                 SourceLocation{{}, 0, 0, "role"}});
}

}  // namespace openras
