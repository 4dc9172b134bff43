#pragma once
// `audit show`: a person's record in plain English, oldest first. Each event says what happened,
// when, who did it in what role, why (the reasons given), and for a budget the explanation lines
// as they were recorded. What was later corrected or disputed says so beside the original, which
// is shown exactly as it was recorded.
#include "alloc/record/decision_store.hpp"

#include <string>
#include <vector>

namespace openras {

// "Final budget agreed: £300.00 a week, £14.10 more than the indicative £285.90": one line.
std::string event_summary(const StoredEvent& event);
// A line under the summary: who, why, the rule set, a finding; or a row of a budget's
// explanation, already laid out (`preformatted`, not to be wrapped again).
struct DetailLine {
    std::string text;
    bool preformatted = false;
};
std::vector<DetailLine> event_details(const StoredEvent& event);
// "1 May 2026, 09:05 UTC" from "2026-05-01T09:05:00Z"; the text as stored if it is not that.
std::string readable_time(const std::string& recorded_at);

// Throws OpenRasError(UnknownName) when the record holds nothing about `person`.
std::string person_timeline(const DecisionStore& store, const std::string& person);

}  // namespace openras
