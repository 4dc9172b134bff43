// The support plan file: a whole plan loads with every field; each kind of bad input is
// refused with its code, file:line:col and field path, all in one pass; and what is merely
// missing is left for the plan checks to report.
#include "alloc/plan/plan_file.hpp"

#include "plan_test_support.hpp"

#include <gtest/gtest.h>

#include <string>

namespace openras {
namespace {

using test::day;

const std::string kMinimal = R"([plan]
person = "P-1"
start = 2026-06-01
end = 2027-05-31
)";

const std::string kLine = R"(
[[outcomes]]
id = "out"
title = "Get out more"

[[lines]]
kind = "personal_assistant"
description = "Trips out"
provider = "A PA"
unit_cost = "£15.50"
quantity = "2.5"
unit = "hours"
frequency = "weekly"
outcomes = ["out"]
)";

// Replaces the first `from` in `text` with `to`.
void swap_text(std::string& text, const std::string& from, const std::string& to) {
    const std::size_t at = text.find(from);
    ASSERT_NE(at, std::string::npos) << from;
    text.replace(at, from.size(), to);
}

PlanLoad load(const std::string& text) { return plan_from_toml_text(text, "plan.toml"); }

// The one problem of `text`, failing the test unless there is exactly one.
Error only_problem(const std::string& text) {
    const PlanLoad result = load(text);
    EXPECT_FALSE(result.plan.has_value());
    EXPECT_EQ(result.problems.size(), 1u);
    std::string all;
    for (const Error& e : result.problems.errors()) all += e.to_string() + "\n";
    EXPECT_EQ(result.problems.size(), 1u) << all;
    return result.problems.empty() ? Error{ErrorCode::Io, "<none>", {}} : result.problems.errors().front();
}

// 1-based line of the first occurrence of `needle` in `text`.
int line_of(const std::string& text, const std::string& needle) {
    const std::size_t at = text.find(needle);
    return at == std::string::npos ? -1 : int(std::count(text.begin(), text.begin() + long(at), '\n')) + 1;
}

TEST(PlanFile, ExampleGoodPlanLoadsEverySection) {
    const SupportPlan plan = test::good_plan();
    EXPECT_EQ(plan.person, "SAMPLE-0001");
    EXPECT_EQ(plan.start, day(2026, 6, 1));
    EXPECT_EQ(plan.end, day(2027, 5, 31));
    EXPECT_EQ(plan.rules_date(), day(2026, 5, 20));
    EXPECT_EQ(plan.budget.weekly, Money::from_pence(28590));
    EXPECT_EQ(plan.budget.kind, "indicative");
    for (const std::string& answer : plan.answers) EXPECT_TRUE(is_given(answer));
    ASSERT_EQ(plan.outcomes.size(), 4u);
    ASSERT_EQ(plan.lines.size(), 5u);
    EXPECT_EQ(plan.lines[1].frequency, Frequency::OnDays);
    EXPECT_EQ(plan.lines[1].weekdays, 0b0101010);  // Monday, Wednesday, Friday
    EXPECT_EQ(plan.lines[0].outcomes, (std::vector<int>{0, 3}));
    EXPECT_EQ(plan.lines[4].once_on, day(2026, 6, 10));
    EXPECT_EQ(plan.lines[2].held_as, MoneyHeldAs::CouncilManaged);
    EXPECT_EQ(plan.money.held_as, MoneyHeldAs::Mix);
    EXPECT_TRUE(plan.decisions.recorded);
    EXPECT_TRUE(plan.decisions.person_decides);
    EXPECT_EQ(plan.risks.size(), 2u);
    EXPECT_TRUE(is_given(plan.contingency.arrangement));
    EXPECT_EQ(plan.actions.size(), 3u);
    ASSERT_EQ(plan.reviews.size(), 2u);
    EXPECT_EQ(plan.reviews[0].date, day(2026, 7, 20));
}

TEST(PlanFile, QuantityInQuotesStaysExact) {
    const PlanLoad result = load(kMinimal + kLine);
    ASSERT_TRUE(result.plan) << result.problems.errors().front().to_string();
    EXPECT_EQ(result.plan->lines[0].quantity, Rational(5, 2));
    EXPECT_EQ(result.plan->lines[0].unit_cost, Money::from_pence(1550));
}

TEST(PlanFile, MissingPartsAreLeftForThePlanChecks) {
    // Only [plan] is required: an unfinished plan loads, and the checks say what is missing.
    const PlanLoad result = load(kMinimal + "\n[[lines]]\ndescription = \"Not finished\"\n");
    ASSERT_TRUE(result.plan);
    EXPECT_FALSE(result.plan->lines[0].unit_cost);
    EXPECT_FALSE(result.plan->decisions.recorded);
}

TEST(PlanFile, DateThatDoesNotExistIsNamedWithItsPlace) {
    std::string text = kMinimal;
    swap_text(text, "2026-06-01", "2026-02-30");
    const Error e = only_problem(text);
    EXPECT_EQ(e.code, ErrorCode::InvalidDate);
    EXPECT_EQ(e.where.line, 3);
    EXPECT_EQ(e.where.column, 9);  // where the date starts
    EXPECT_EQ(e.where.field, "plan.start");
    EXPECT_NE(e.message.find("2026-02-30 is not a real date"), std::string::npos) << e.message;
}

TEST(PlanFile, DateInALineNamesTheLineItIsIn) {
    const std::string text = kMinimal + kLine + "\n[[lines]]\ndescription = \"x\"\nstart = 2027-02-29\n";
    const Error e = only_problem(text);
    EXPECT_EQ(e.code, ErrorCode::InvalidDate);
    EXPECT_EQ(e.where.field, "lines[1].start");
    EXPECT_EQ(e.where.line, line_of(text, "2027-02-29"));
}

TEST(PlanFile, NegativeCostIsRefused) {
    std::string text = kMinimal + kLine;
    swap_text(text, "\"£15.50\"", "\"-£15.50\"");
    const Error e = only_problem(text);
    EXPECT_EQ(e.code, ErrorCode::InvalidValue);
    EXPECT_EQ(e.where.field, "lines[0].unit_cost");
    EXPECT_EQ(e.where.line, line_of(text, "-£15.50"));
    EXPECT_EQ(e.where.column, 13);
}

TEST(PlanFile, NegativeQuantityIsRefused) {
    std::string text = kMinimal + kLine;
    swap_text(text, "\"2.5\"", "-3");
    EXPECT_EQ(only_problem(text).where.field, "lines[0].quantity");
}

TEST(PlanFile, MoneyWithoutQuotesIsTheWrongType) {
    std::string text = kMinimal + kLine;
    swap_text(text, "\"£15.50\"", "15.50");
    const Error e = only_problem(text);
    EXPECT_EQ(e.code, ErrorCode::WrongType);
    EXPECT_NE(e.message.find("in quotes"), std::string::npos) << e.message;
}

TEST(PlanFile, QuantityWithThreeDecimalPlacesIsRefused) {
    std::string text = kMinimal + kLine;
    swap_text(text, "\"2.5\"", "\"2.125\"");
    EXPECT_EQ(only_problem(text).code, ErrorCode::InvalidValue);
}

TEST(PlanFile, UnknownFieldIsNamed) {
    const std::string text = kMinimal + kLine + "colour = \"blue\"\n";
    const Error e = only_problem(text);
    EXPECT_EQ(e.code, ErrorCode::UnknownName);
    EXPECT_EQ(e.where.field, "lines[0].colour");
    EXPECT_EQ(e.where.line, line_of(text, "colour"));
}

TEST(PlanFile, UnknownSectionIsNamed) {
    const Error e = only_problem(kMinimal + "\n[extras]\nx = 1\n");
    EXPECT_EQ(e.code, ErrorCode::UnknownName);
    EXPECT_EQ(e.where.field, "extras");
}

TEST(PlanFile, ChoiceNotOnItsListIsRefusedWithTheList) {
    std::string text = kMinimal + kLine;
    swap_text(text, "\"weekly\"", "\"fortnightly\"");
    const Error e = only_problem(text);
    EXPECT_EQ(e.code, ErrorCode::InvalidValue);
    EXPECT_EQ(e.where.field, "lines[0].frequency");
    EXPECT_NE(e.message.find("\"on_days\""), std::string::npos) << e.message;
}

TEST(PlanFile, PlanEndingBeforeItStartsIsRefused) {
    std::string text = kMinimal;
    swap_text(text, "2027-05-31", "2026-05-31");
    const Error e = only_problem(text);
    EXPECT_EQ(e.code, ErrorCode::InvalidValue);
    EXPECT_EQ(e.where.field, "plan.end");
}

TEST(PlanFile, LineNamingAnOutcomeThatDoesNotExistIsRefused) {
    std::string text = kMinimal + kLine;
    swap_text(text, "[\"out\"]", "[\"outt\"]");
    const Error e = only_problem(text);
    EXPECT_EQ(e.code, ErrorCode::UnknownName);
    EXPECT_EQ(e.where.field, "lines[0].outcomes");
}

TEST(PlanFile, DaysAndDatesMustGoWithTheirFrequency) {
    EXPECT_EQ(only_problem(kMinimal + kLine + "days = [\"Monday\"]\n").where.field, "lines[0].days");
    std::string once = kMinimal + kLine + "date = 2026-07-01\nstart = 2026-06-01\n";
    swap_text(once, "\"weekly\"", "\"once\"");
    EXPECT_EQ(only_problem(once).where.field, "lines[0].start");
}

TEST(PlanFile, WeekdaysAreReadInFullOrShortAndMisspellingsNamed) {
    std::string text = kMinimal + kLine + "days = [\"mon\", \"THURSDAY\"]\n";
    swap_text(text, "\"weekly\"", "\"on_days\"");
    const PlanLoad good = load(text);
    ASSERT_TRUE(good.plan);
    EXPECT_EQ(good.plan->lines[0].weekdays, 0b0010010);
    swap_text(text, "\"mon\"", "\"Moonday\"");
    EXPECT_EQ(only_problem(text).where.field, "lines[0].days");
}

TEST(PlanFile, PlanSectionIsRequired) {
    const Error e = only_problem("[budget]\nweekly = \"£10.00\"\n");
    EXPECT_EQ(e.code, ErrorCode::MissingField);
    EXPECT_EQ(e.where.field, "plan");
}

TEST(PlanFile, TextThatIsNotTomlIsASyntaxProblem) {
    const Error e = only_problem(kMinimal + "person = \n");
    EXPECT_EQ(e.code, ErrorCode::Syntax);
    EXPECT_EQ(e.where.line, 5);
}

TEST(PlanFile, EveryProblemIsReportedInOnePass) {
    std::string text = kMinimal + kLine + "colour = 1\n";
    swap_text(text, "\"£15.50\"", "\"-£1.00\"");
    swap_text(text, "\"hours\"", "\"minutes\"");
    const PlanLoad result = load(text);
    EXPECT_FALSE(result.plan);
    EXPECT_EQ(result.problems.size(), 3u);
    // Sorted top to bottom.
    EXPECT_LT(result.problems.errors()[0].where.line, result.problems.errors()[2].where.line);
}

TEST(PlanFile, MissingFileIsAnInputOutputProblem) {
    const PlanLoad result = load_plan_file("/no/such/plan.toml");
    ASSERT_EQ(result.problems.size(), 1u);
    EXPECT_EQ(result.problems.errors()[0].code, ErrorCode::Io);
}

}  // namespace
}  // namespace openras
