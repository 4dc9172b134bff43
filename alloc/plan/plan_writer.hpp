#pragma once
// Writes a support plan as a plan file (the format alloc/plan/plan_file.hpp describes), so that a
// plan made on the kiosk is recorded exactly as a person or broker would have written it by
// hand, and can be read back, checked and replayed like any other plan file.
//
// Sections come in the order the plan file documents them, fields in the order a person reads
// them; what the plan does not say is left out, as a person would leave it out. Reading the
// text back with plan_from_toml_text gives the same plan (tests/plan_writer_test.cpp).
#include "alloc/plan/support_plan.hpp"

#include <string>

namespace openras {

// Outcomes without an id are given "outcome-1", "outcome-2" ... so lines can refer to them.
std::string plan_to_toml_text(const SupportPlan& plan);

}  // namespace openras
