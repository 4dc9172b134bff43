#pragma once
// A journey saved part-way ("Save and come back later") as JSON text, and read back. The text
// is as personal as the journey: it is built and read in memory that is zeroed when freed
// (PersonalJson: nlohmann's JSON with PersonalText strings and the zeroing allocator), and only
// ever stored sealed with the person's code (draft_store.hpp).
//
//   {"format": 1, "name": "Mary O'Brien", "answers": [1, 0, -1, ...], "question": 3,
//    "at": "question" | "plan",
//    "plan": {"answers": ["...", ... 7], "outcomes": [0, 1, ...], "units": [10, 0, ...],
//             "serves": [[1, 0, ...], ...], "held_as": 0, "manager": 1, "decider": -1,
//             "risks": [...], "no_risks": false, "contingency": -1, "difference": -1}}
//
// "answers" are answer indices in the rule set's question order (-1: not answered); the plan's
// lists are indices into the kiosk's choices (plan_draft.hpp) and the rule set's support
// options. Reading checks every size and index against the rule set, so a draft saved under
// other rules is refused rather than misread.
#include "kiosk/flow/journey.hpp"
#include "kiosk/flow/personal_text.hpp"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <map>
#include <optional>
#include <vector>

namespace openras::kiosk {

using PersonalJson = nlohmann::basic_json<std::map, std::vector, PersonalText, bool, std::int64_t, std::uint64_t, double,
                                          ZeroingAllocator>;

// Where the person was: a question of the assessment, or the plan's task list.
enum class SavedAt { Question, Plan };

PersonalText saved_journey_text(const Journey& journey, SavedAt at);
// Fills `journey` (answers, name, question, plan) from the text; false, with `journey`
// untouched, when the text is not a draft for this rule set.
bool read_saved_journey(const PersonalText& text, const RuleSet& rules, Journey& journey, SavedAt& at);

}  // namespace openras::kiosk
