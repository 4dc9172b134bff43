#pragma once
// "assessment-recorded": a person's answers. Payload {person, date, answers: {question: answer}},
// the assessment as a batch line writes it (alloc/budget/assessment.hpp).
#include "alloc/budget/assessment.hpp"
#include "alloc/record/events/payload_fields.hpp"

namespace openras::events {

struct AssessmentRecorded {
    Assessment assessment;

    static bool is_kind(EventType type) { return type == EventType::AssessmentRecorded; }
    nlohmann::json payload() const;
    // canonical_json(payload()), written straight into `out` (for replay, which checks stored
    // assessments by the hundred thousand).
    void append_canonical_payload(std::string& out) const { append_canonical_payload(assessment, out); }
    static void append_canonical_payload(const Assessment& assessment, std::string& out);
    // Throws OpenRasError naming the field (the assessment's own rules: a date, text answers,
    // nothing unknown).
    static AssessmentRecorded decode(const PayloadFields& fields);
};

}  // namespace openras::events
