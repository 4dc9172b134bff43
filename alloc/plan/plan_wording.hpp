#pragma once
// Fills the blanks in a plan check's message and field (rules/plan_template.hpp) for one plan
// and one item, and shows values the way people read them.
#include "alloc/plan/plan_costing.hpp"
#include "alloc/plan/support_plan.hpp"
#include "rules/expression/plan_facts.hpp"
#include "rules/plan_template.hpp"

#include <string>

namespace openras {

struct WordingContext {
    const SupportPlan& plan;
    const expr::PlanFacts& facts;
    expr::PlanScope scope;
    int item;  // the item looked at; 0 for the plan as a whole
    std::string_view language = {};  // dates in this language ("cy"); empty: English
};

std::string render_template(const TextTemplate& text, const WordingContext& context);

// "£12.50", "7", "about 52.14", "yes", "direct_payment".
std::string display_value(const expr::Value& value);

// How a vocabulary word reads in a sentence: "personal_assistant" → "personal assistant".
std::string words_of(std::string_view name);

}  // namespace openras
