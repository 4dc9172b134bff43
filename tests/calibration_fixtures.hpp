#pragma once
// Small rule sets and test groups for the calibration and impact tests, with every figure easy
// to work out by hand: one main stream, two scored questions (so points 0 to 50 in steps of 10),
// one informal-support question, and a carer stream the calibration must leave alone.
#include "rules/ruleset_loader.hpp"

#include <gtest/gtest.h>

#include <string>

namespace openras::test {

// care: none 0, some 10, more 20, most 30; safety: none 0, some 10, more 20; family_help keeps
// 100%, 75% or 50% of the "daily_living" domain's points. Main stream £2.50 a point.
inline std::string calibration_rule_set(const std::string& weeks = "52", const std::string& rounding = "half-up") {
    return R"(# A small RAS for calibration tests. Officer's note: keep this comment.
[ruleset]
id = "calib"
version = "2026.1"
title = "Calibration test RAS"
authority = "Test Council"
effective_from = 2026-04-01
rounding = ")" + rounding + R"("
weeks_per_year = )" + weeks + R"(
citation = "Test policy 1"

[[parameter]]
id = "night_uplift"
value = "£60.00"
description = "Extra a week for waking nights"
citation = "Test policy 6.1"

[[stream]]
id = "main"
title = "Personal budget"
restrictions = "For the needs in your plan."
citation = "Care Act 2014, s.26"

  # The conversion below was agreed at cabinet (officer's note: keep me).
  [stream.conversion]
  method = "price-per-point"
  rate = "£2.50"   # synthetic
  citation = "Test policy 5.1"

[[stream]]
id = "carer"
title = "Carer element"
restrictions = "For the family carer."
citation = "Care Act 2014, s.20"

  [stream.conversion]
  method = "price-per-point"
  rate = "£1.00"
  citation = "Test policy 5.2"

[[domain]]
id = "daily_living"
title = "Daily living"
easy_read = "Every day"
citation = "Test questionnaire, domain 1"

  [[domain.question]]
  id = "care"
  text = "How much help with personal care?"
  easy_read = "Help with care?"
  citation = "Test questionnaire, 1.1"
  answers = [
    { id = "none", text = "None", easy_read = "No", points = 0 },
    { id = "some", text = "Some", easy_read = "Some", points = 10 },
    { id = "more", text = "More", easy_read = "More", points = 20 },
    { id = "most", text = "Most", easy_read = "Most", points = 30 },
  ]

  [[domain.question]]
  id = "safety"
  text = "How much help to stay safe?"
  easy_read = "Help to be safe?"
  citation = "Test questionnaire, 1.2"
  answers = [
    { id = "none", text = "None", easy_read = "No", points = 0 },
    { id = "some", text = "Some", easy_read = "Some", points = 10 },
    { id = "more", text = "More", easy_read = "More", points = 20 },
  ]

  [[domain.question]]
  id = "family_help"
  kind = "informal_support"
  text = "How much of this do family give?"
  easy_read = "Family help?"
  citation = "Test policy 4.1"
  answers = [
    { id = "none", text = "None of it", easy_read = "No", points_remaining = "100%" },
    { id = "some", text = "Some of it", easy_read = "A bit", points_remaining = "75%" },
    { id = "most", text = "Most of it", easy_read = "A lot", points_remaining = "50%" },
  ]

[[domain]]
id = "carer"
title = "Family carer"
easy_read = "Your carer"
stream = "carer"
citation = "Test questionnaire, domain 2"

  [[domain.question]]
  id = "carer_time"
  text = "How much does your carer do?"
  easy_read = "Carer time?"
  required = false
  citation = "Test questionnaire, 2.1"
  answers = [
    { id = "none", text = "None", easy_read = "No", points = 0 },
    { id = "lots", text = "Lots", easy_read = "Lots", points = 6 },
  ]

[[rule]]
id = "waking_nights"
title = "Extra for waking nights"
when = 'answer("safety") == "more"'
amount = 'night_uplift'
citation = "Test policy 6.1"

[[threshold]]
id = "ceiling"
weekly_above = "£100.00"
message = "Above £100 a week the panel agrees the budget."
citation = "Test policy 7.1"
)";
}

// Five people with 10, 20, 30, 40 and 50 points and costs of £520 a year for each point:
// sum of cost £78,000.00, sum of points 150.
inline const std::string kFivePeople = R"(# SYNTHETIC DATA: five made-up people for the calibration tests
person,client_group,current_annual_cost,care,safety,family_help,carer_time
A1,older-people,5200.00,some,none,none,
A2,older-people,10400.00,more,none,none,
A3,learning-disability,15600.00,most,none,none,
A4,physical-disability,20800.00,most,some,none,
A5,mental-health,26000.00,most,more,none,lots
)";

inline std::shared_ptr<const RuleSet> load_calibration_rules(const std::string& text = calibration_rule_set()) {
    RuleSetLoad load = load_rule_set(text, "calib.toml");
    EXPECT_TRUE(load.problems.empty()) << (load.problems.empty() ? "" : load.problems.errors().front().to_string());
    return load.rule_set;
}

}  // namespace openras::test
