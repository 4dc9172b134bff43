#include "alloc/record/events/assessment_recorded.hpp"

#include "alloc/io/dates.hpp"

namespace openras::events {

nlohmann::json AssessmentRecorded::payload() const {
    nlohmann::json answers = nlohmann::json::object();
    for (const GivenAnswer& given : assessment.answers) answers[given.question] = given.answer;
    return {{"person", assessment.person}, {"date", iso_date(assessment.date)}, {"answers", answers}};
}

AssessmentRecorded AssessmentRecorded::decode(const PayloadFields& fields) {
    fields.date("date");
    fields.object("answers");
    return {assessment_from_json(fields.json(), fields.where())};
}

}  // namespace openras::events
