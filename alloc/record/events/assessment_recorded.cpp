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

void AssessmentRecorded::append_canonical_payload(const Assessment& assessment, std::string& out) {
    // The members in their names' byte order; the answers in their questions' (one value for a
    // question given twice, the last, as the tree keeps it). A reader of canonical text gives
    // them in order already, so nothing is sorted then.
    thread_local std::vector<const GivenAnswer*> answers;
    answers.clear();
    for (const GivenAnswer& given : assessment.answers) answers.push_back(&given);
    const auto by_question = [](const GivenAnswer* a, const GivenAnswer* b) { return a->question < b->question; };
    if (!std::is_sorted(answers.begin(), answers.end(), by_question)) std::stable_sort(answers.begin(), answers.end(), by_question);
    out += "{\"answers\":{";
    for (std::size_t i = 0; i < answers.size(); ++i) {
        if (i + 1 < answers.size() && answers[i + 1]->question == answers[i]->question) continue;
        if (out.back() != '{') out += ',';
        append_json_string(answers[i]->question, out);
        out += ':';
        append_json_string(answers[i]->answer, out);
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
