#pragma once
// Who may record what in the decision record. The library enforces this, not the command line
// or the kiosk, so no front end can forget it:
//
//   service user   registering themselves, their assessment and indicative budget, their plan
//                  and its check, a dispute
//   social worker  all of those, and decisions: confirm, return or refer a plan, agree a final
//                  budget, schedule and complete reviews, record corrections
//   panel member   decisions on cases sent to the panel: confirm or return a plan, agree a final
//                  budget, record corrections of the panel's own decisions
//   auditor        nothing: an auditor's handle on the record is opened read-only
//
// Some rules depend on the case (alloc/record/event_rules.hpp): a final budget that crossed a panel
// threshold, or a plan referred to the panel, can only be decided by a panel member.
#include "alloc/record/event_types.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace openras {

enum class Role { ServiceUser, SocialWorker, PanelMember, Auditor };

std::string_view role_name(Role role);   // "social-worker", as stored and typed on the command line
std::string_view role_title(Role role);  // "social worker", for people
std::optional<Role> role_from_name(std::string_view name);

struct Actor {
    std::string name;  // as the person gave it, e.g. "Sam Patel"
    Role role = Role::ServiceUser;
};

bool may_append(Role role, EventType type);

// Throws OpenRasError(Permission) with a message that says who may record it instead.
void require_permission(const Actor& actor, EventType type);

}  // namespace openras
