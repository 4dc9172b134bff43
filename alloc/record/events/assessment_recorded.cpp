#include "alloc/record/events/assessment_recorded.hpp"

#include "alloc/io/dates.hpp"
#include "alloc/io/json_text.hpp"

#include <algorithm>

namespace openras::events {

nlohmann::json AssessmentRecorded::payload() const {
    nlohmann::json answers = nlohmann::json::object();
    for (const GivenAnswer& given : assessment.answers) answers[given.question] = given.answer;
    return {{"person", assessment.person}, {"date", iso_date(assessment.date)}, {"answers", answers}};
}

void AssessmentRecorded::append_canonical_payload(std::string& out) const {
    // The members in their names' byte order; the answers in their questions' (one value for a
    // question given twice, the last, as the tree keeps it).
    const auto append_answers = [&out](const auto& answers, const auto& given) {
        for (std::size_t i = 0; i < answers.size(); ++i) {
            if (i + 1 < answers.size() && given(answers[i + 1]).question == given(answers[i]).question) continue;
            if (out.back() != '{') out += ',';
            append_json_string(given(answers[i]).question, out);
            out += ':';
            append_json_string(given(answers[i]).answer, out);
        }
    };
    out += "{\"answers\":{";
    const std::vector<GivenAnswer>& answers = assessment.answers;
    const bool in_order = std::adjacent_find(answers.begin(), answers.end(), [](const GivenAnswer& a, const GivenAnswer& b) {
                              return !(a.question < b.question);
                          }) == answers.end();
    if (in_order) {  // as a reader of canonical text gives them: nothing to sort
        append_answers(answers, [](const GivenAnswer& a) -> const GivenAnswer& { return a; });
    } else {
        std::vector<const GivenAnswer*> sorted;
        for (const GivenAnswer& given : answers) sorted.push_back(&given);
        std::stable_sort(sorted.begin(), sorted.end(), [](const GivenAnswer* a, const GivenAnswer* b) { return a->question < b->question; });
        append_answers(sorted, [](const GivenAnswer* a) -> const GivenAnswer& { return *a; });
    }
    out += "},\"date\":";
    append_json_string(iso_date(assessment.date), out);
    out += ",\"person\":";
    append_json_string(assessment.person, out);
    out += '}';
}

AssessmentRecorded AssessmentRecorded::decode(const PayloadFields& fields) {
    fields.date("date");
    fields.object("answers");
    return {assessment_from_json(fields.json(), fields.where())};
}

}  // namespace openras::events
