#include "alloc/caseload/caseload_generator.hpp"

#include "alloc/io/csv_reader.hpp"
#include "rules/budget_engine.hpp"

#include <algorithm>
#include <array>
#include <numeric>

namespace openras {
namespace {

// Per client group, in kClientGroups order.
struct GroupProfile {
    int share_per_mille;     // of the caseload
    int need_mean;           // hidden need, 0 to 1000
    int family_mean;         // hidden help from family and friends, 0 to 1000
    int base_pence;          // today's cost: a weekly base ...
    int pence_per_point;     // ... plus a weekly price per point
    // Weights in percent for the In Control domains, by domain id; other domains get 100.
    std::array<std::pair<const char*, int>, 8> domain_weight;
};

constexpr std::array<GroupProfile, kClientGroupCount> kProfiles = {{
    {450, 540, 560, 2500, 290,
     {{{"personal_care", 125}, {"relationships", 70}, {"community", 95}, {"work_leisure_learning", 35},
       {"making_decisions", 60}, {"staying_safe", 105}, {"complex_needs", 55}, {"family_carer", 100}}}},
    {200, 560, 600, 6000, 390,
     {{{"personal_care", 80}, {"relationships", 115}, {"community", 115}, {"work_leisure_learning", 115},
       {"making_decisions", 135}, {"staying_safe", 110}, {"complex_needs", 95}, {"family_carer", 110}}}},
    {180, 500, 450, 4000, 340,
     {{{"personal_care", 135}, {"relationships", 60}, {"community", 105}, {"work_leisure_learning", 70},
       {"making_decisions", 30}, {"staying_safe", 70}, {"complex_needs", 65}, {"family_carer", 90}}}},
    {120, 420, 350, 3000, 310,
     {{{"personal_care", 50}, {"relationships", 105}, {"community", 90}, {"work_leisure_learning", 85},
       {"making_decisions", 95}, {"staying_safe", 120}, {"complex_needs", 85}, {"family_carer", 60}}}},
    {50, 430, 450, 3000, 320,
     {{{"personal_care", 85}, {"relationships", 85}, {"community", 85}, {"work_leisure_learning", 85},
       {"making_decisions", 85}, {"staying_safe", 85}, {"complex_needs", 85}, {"family_carer", 85}}}},
}};

int domain_weight(const GroupProfile& profile, const std::string& domain_id) {
    for (const auto& [id, weight] : profile.domain_weight)
        if (domain_id == id) return weight;
    return 100;
}

bool is_carer_domain(const std::string& domain_id) { return domain_id.find("carer") != std::string::npos; }

ClientGroup pick_group(SeededRandom& random) {
    std::int64_t roll = std::int64_t(random.below(1000));
    for (std::size_t g = 0; g < kClientGroupCount; ++g) {
        roll -= kProfiles[g].share_per_mille;
        if (roll < 0) return kClientGroups[g];
    }
    return ClientGroup::Other;
}

// Roughly bell-shaped noise: the sum of three uniform draws in [-spread, spread].
std::int64_t bell(SeededRandom& random, std::int64_t spread) {
    return random.between(-spread, spread) + random.between(-spread, spread) + random.between(-spread, spread);
}

std::int64_t clamp_level(std::int64_t value) { return std::clamp<std::int64_t>(value, 0, 999); }

// Answer indices in the order that asks for more help: more points, or fewer points kept.
std::vector<int> answers_by_need(const Question& question) {
    std::vector<int> order(question.answers.size());
    std::iota(order.begin(), order.end(), 0);
    const bool informal = question.kind == QuestionKind::InformalSupport;
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        const AnswerOption& x = question.answers[std::size_t(a)];
        const AnswerOption& y = question.answers[std::size_t(b)];
        return informal ? x.points_remaining > y.points_remaining : x.points < y.points;
    });
    return order;
}

class PersonMaker {
public:
    PersonMaker(std::shared_ptr<const RuleSet> rules, std::uint64_t seed)
        : rules_(*rules), engine_(rules), random_(seed) {
        for (const Question& q : rules_.questions) need_order_.push_back(answers_by_need(q));
    }

    GeneratedPerson make(std::size_t number, int digits) {
        GeneratedPerson person;
        std::string id = std::to_string(number);
        person.person = "SYN-" + std::string(std::size_t(std::max(0, digits - int(id.size()))), '0') + id;
        person.group = pick_group(random_);
        const GroupProfile& profile = kProfiles[std::size_t(person.group)];
        const std::int64_t need = clamp_level(profile.need_mean + bell(random_, 110));
        const std::int64_t family = clamp_level(profile.family_mean + bell(random_, 150));
        answer_questions(person, profile, need, family);
        person.annual_cost = current_cost(person, profile);
        return person;
    }

private:
    void answer_questions(GeneratedPerson& person, const GroupProfile& profile, std::int64_t need,
                          std::int64_t family) {
        person.answers.answer_index.assign(rules_.questions.size(), -1);
        for (std::size_t q = 0; q < rules_.questions.size(); ++q) {
            const Question& question = rules_.questions[q];
            if (!question.required && random_.chance_per_mille(50)) continue;
            const std::string& domain = rules_.domains[std::size_t(question.domain)].id;
            std::int64_t lean;
            if (question.kind == QuestionKind::InformalSupport) lean = family;
            else if (is_carer_domain(domain)) lean = (family + need) / 2;
            else lean = need * domain_weight(profile, domain) / 100;
            // Squaring skews answers toward the lower levels: the top level is rare, as it is in life.
            const std::int64_t level = clamp_level(lean + random_.between(-260, 260));
            const std::int64_t skewed = level * level / 1000;
            const std::vector<int>& order = need_order_[q];
            person.answers.answer_index[q] = order[std::size_t(skewed) * order.size() / 1000];
        }
    }

    Money current_cost(const GeneratedPerson& person, const GroupProfile& profile) {
        engine_.evaluate(person.answers, budget_, false);
        std::int64_t factor = 1000 + bell(random_, 75);          // per mille, about ±13%
        if (random_.chance_per_mille(30)) factor = factor * 17 / 10;  // a package far above the line
        else if (random_.chance_per_mille(20)) factor = factor * 6 / 10;  // or far below it
        const Rational weekly_pence =
            (Rational(profile.base_pence) + budget_.streams.front().points * Rational(profile.pence_per_point)) *
            Rational(factor, 1000);
        return Money::round(weekly_pence * rules_.header.weeks_per_year, RoundingRule::HalfUp);
    }

    const RuleSet& rules_;
    BudgetEngine engine_;
    SeededRandom random_;
    IndicativeBudget budget_;
    std::vector<std::vector<int>> need_order_;
};

}  // namespace

std::vector<GeneratedPerson> generate_caseload(std::shared_ptr<const RuleSet> rules, std::size_t count,
                                               std::uint64_t seed) {
    PersonMaker maker(std::move(rules), seed);
    const int digits = std::max(6, int(std::to_string(count).size()));
    std::vector<GeneratedPerson> people;
    people.reserve(count);
    for (std::size_t i = 1; i <= count; ++i) people.push_back(maker.make(i, digits));
    return people;
}

std::string generated_caseload_csv(const RuleSet& rules, const std::vector<GeneratedPerson>& people,
                                   const std::vector<std::string>& notes) {
    std::string out;
    for (const std::string& note : notes) out += "# " + note + "\n";
    out += "person,client_group,current_annual_cost";
    for (const Question& q : rules.questions) out += "," + csv_field(q.id);
    out += "\n";
    for (const GeneratedPerson& p : people) {
        out += csv_field(p.person) + "," + client_group_id(p.group) + "," + p.annual_cost.to_plain_string();
        for (std::size_t q = 0; q < rules.questions.size(); ++q) {
            const int chosen = p.answers.answer_index[q];
            out += ",";
            if (chosen >= 0) out += csv_field(rules.questions[q].answers[std::size_t(chosen)].id);
        }
        out += "\n";
    }
    return out;
}

}  // namespace openras
