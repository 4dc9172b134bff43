#include "kiosk/flow/saved_journey.hpp"

#include "kiosk/flow/plan_draft.hpp"

namespace openras::kiosk {
namespace {

template <class T>
PersonalJson list(const std::vector<T>& values) {
    PersonalJson out = PersonalJson::array();
    for (const T& v : values) out.push_back(int(v));
    return out;
}

// A list of whole numbers of exactly `size`, each from `low` to `high`; false otherwise.
template <class T>
bool read_list(const PersonalJson& j, std::size_t size, int low, int high, std::vector<T>& out) {
    if (!j.is_array() || j.size() != size) return false;
    std::vector<T> values;
    for (const PersonalJson& v : j) {
        if (!v.is_number_integer()) return false;
        const std::int64_t n = v.get<std::int64_t>();
        if (n < low || n > high) return false;
        values.push_back(T(n));
    }
    out = std::move(values);
    return true;
}

bool read_choice(const PersonalJson& j, const char* key, int count, int& out) {
    const auto it = j.find(key);
    if (it == j.end() || !it->is_number_integer()) return false;
    const std::int64_t n = it->template get<std::int64_t>();
    if (n < -1 || n >= count) return false;
    out = int(n);
    return true;
}

}  // namespace

PersonalText saved_journey_text(const Journey& j, SavedAt at) {
    PersonalJson doc = PersonalJson::object();
    doc["format"] = 1;
    doc["name"] = j.reference;
    doc["answers"] = list(j.answers);
    doc["question"] = j.question;
    doc["at"] = at == SavedAt::Plan ? "plan" : "question";
    const PlanDraft& d = j.plan;
    PersonalJson plan = PersonalJson::object();
    PersonalJson answers = PersonalJson::array();
    for (const PersonalText& a : d.answers) answers.push_back(a);
    plan["answers"] = std::move(answers);
    plan["outcomes"] = list(d.outcomes);
    plan["units"] = list(d.units);
    PersonalJson serves = PersonalJson::array();
    for (const std::vector<char>& s : d.serves) serves.push_back(list(s));
    plan["serves"] = std::move(serves);
    plan["held_as"] = d.held_as;
    plan["manager"] = d.manager;
    plan["decider"] = d.decider;
    plan["risks"] = list(d.risks);
    plan["no_risks"] = d.no_risks;
    plan["contingency"] = d.contingency;
    plan["difference"] = d.difference;
    doc["plan"] = std::move(plan);
    return doc.dump();
}

bool read_saved_journey(const PersonalText& text, const RuleSet& rules, Journey& journey, SavedAt& at) {
    const PersonalJson doc = PersonalJson::parse(text.begin(), text.end(), nullptr, false);
    if (!doc.is_object() || doc.value("format", 0) != 1) return false;
    Journey j;
    j.plan.reset(rules);
    const auto name = doc.find("name");
    if (name == doc.end() || !name->is_string()) return false;
    j.reference = name->get<PersonalText>();
    const int questions = int(rules.questions.size());
    int most_answers = 0;
    for (const Question& q : rules.questions) most_answers = std::max(most_answers, int(q.answers.size()));
    if (!read_list(doc.value("answers", PersonalJson()), std::size_t(questions), -1, most_answers - 1, j.answers)) return false;
    for (int q = 0; q < questions; ++q)
        if (j.answers[std::size_t(q)] >= int(rules.questions[std::size_t(q)].answers.size())) return false;
    const auto question = doc.find("question");
    if (question == doc.end() || !question->is_number_integer()) return false;
    j.question = int(question->get<std::int64_t>());
    if (j.question < 0 || j.question >= questions) return false;
    const PersonalText where = doc.value("at", PersonalText());
    if (where != "question" && where != "plan") return false;

    const auto plan = doc.find("plan");
    if (plan == doc.end() || !plan->is_object()) return false;
    PlanDraft& d = j.plan;
    const auto answers = plan->find("answers");
    if (answers == plan->end() || !answers->is_array() || answers->size() != d.answers.size()) return false;
    for (std::size_t a = 0; a < d.answers.size(); ++a) {
        if (!(*answers)[a].is_string()) return false;
        d.answers[a] = (*answers)[a].get<PersonalText>();
        if (d.answers[a].size() > kMaxPlanAnswerLength) return false;
    }
    const std::size_t options = rules.support_options.size();
    if (!read_list(plan->value("outcomes", PersonalJson()), kOutcomeChoices.size(), 0, 1, d.outcomes)) return false;
    if (!read_list(plan->value("units", PersonalJson()), options, 0, kMaxUnitsAWeek, d.units)) return false;
    const auto serves = plan->find("serves");
    if (serves == plan->end() || !serves->is_array() || serves->size() != options) return false;
    for (std::size_t o = 0; o < options; ++o)
        if (!read_list((*serves)[o], kOutcomeChoices.size(), 0, 1, d.serves[o])) return false;
    if (!read_list(plan->value("risks", PersonalJson()), kRiskChoices.size(), 0, 1, d.risks)) return false;
    const auto no_risks = plan->find("no_risks");
    if (no_risks == plan->end() || !no_risks->is_boolean()) return false;
    d.no_risks = no_risks->get<bool>();
    if (!read_choice(*plan, "held_as", int(kHeldAsChoices.size()), d.held_as) ||
        !read_choice(*plan, "manager", int(kManagerChoices.size()), d.manager) ||
        !read_choice(*plan, "decider", int(kDeciderChoices.size()), d.decider) ||
        !read_choice(*plan, "contingency", int(kContingencyChoices.size()), d.contingency) ||
        !read_choice(*plan, "difference", int(kDifferenceChoices.size()), d.difference))
        return false;

    // Only now, all of it read: the journey takes it, and the date stays today's.
    kiosk::wipe(journey.reference);
    journey.reference = std::move(j.reference);
    journey.answers = std::move(j.answers);
    journey.question = j.question;
    journey.plan.wipe(rules);
    journey.plan = std::move(j.plan);
    at = where == "plan" ? SavedAt::Plan : SavedAt::Question;
    return true;
}

}  // namespace openras::kiosk
