#pragma once
// The law forbids rationing by availability: a personal budget must be sufficient for the
// person's needs (Care Act 2014, s.26 and the statutory guidance, ch. 11), and the Local
// Government and Social Care Ombudsman (2018) found a tool that scaled need by the places
// available incompatible with the Act. The expression language can read nothing but the person
// and the published rules, so supply or capacity can only enter as a constant that someone
// keeps updating, and such a constant has to be named. This check reads those names: the ids
// and descriptions of parameters and tables, and the ids of rules and thresholds, split into
// words however they are written (snake_case, camelCase, SHOUTING, digits between). It refuses
// supply words alone (beds, vacant and vacancies, occupancy, availability, waiting lists,
// quotas, rationing, headroom, underspend, service capacity), and a resource (places, spaces,
// rooms, staff, budget, funds, money ...) next to, or one word from, a word saying how much of
// it is free (available, spare, free, remaining, left, unused ...). It cannot catch a bare
// number: `amount = '£5.00 * 3 / 7'` where 3 is today's free places reads like any other
// figure, so a council's own review of its rules still matters.
#include <optional>
#include <string>
#include <string_view>

namespace openras {

// The words in `text` (an id, title or description) that speak of supply or capacity, such as
// "beds" or "budget remaining", or nullopt when there are none. "mental capacity" and
// "lacks capacity" are about the person and pass.
std::optional<std::string> supply_or_capacity_wording(std::string_view text);

}  // namespace openras
