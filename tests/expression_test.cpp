// The council expression language: literals, types, precedence, names, errors and evaluation.
#include "rules/expression/expression.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace openras::expr {
namespace {

Catalogue make_catalogue() {
    Catalogue c;
    c.questions = {
        {"eating", {"none", "regular", "significant"}, {Rational(0), Rational(8), Rational(21)}},
        {"mobility", {"none", "some", "lots"}, {Rational(0), Rational(5), Rational(10)}},
        {"family_help", {"none", "some", "most"}, {Rational(0), Rational(0), Rational(0)}},
    };
    c.domains = {"personal_care", "getting_about"};
    c.streams = {"personal_budget", "carer"};
    c.parameters = {
        {"night_uplift", Value::of_money_pence(Rational(7500))},
        {"share", Value::of_number(Rational(1, 2))},
        {"generous", Value::of_bool(true)},
    };
    c.tables = {
        {"equipment_allowance", Type::Text, Type::Money,
         {{Value::of_text("none"), Value::of_money_pence(Rational(0))},
          {Value::of_text("some"), Value::of_money_pence(Rational(500))},
          {Value::of_text("lots"), Value::of_money_pence(Rational(1250))}}},
        {"band_weight", Type::Number, Type::Number,
         {{Value::of_number(Rational(10)), Value::of_number(Rational(7))},
          {Value::of_number(Rational(1)), Value::of_number(Rational(2))},
          {Value::of_number(Rational(2)), Value::of_number(Rational(3, 2))}}},
    };
    return c;
}

// The person's figures, with storage that outlives the Inputs pointing into it.
struct Person {
    std::vector<int> answers{-1, -1, -1};
    std::vector<Rational> raw{Rational(0), Rational(0)};
    std::vector<Rational> reduced{Rational(0), Rational(0)};
    std::vector<Rational> streams{Rational(0), Rational(0)};
    Rational total;
    Rational weekly;

    Inputs inputs() const {
        Inputs in;
        in.answer_index = answers.data();
        in.raw_domain_points = raw.data();
        in.domain_points = reduced.data();
        in.total_points = total;
        in.stream_totals = streams.data();
        in.weekly_total = weekly;
        return in;
    }
};

const SourceLocation here{"rules.toml", 12, 10, {}};

class Expression : public ::testing::Test {
protected:
    std::shared_ptr<const expr::Expression> compile(std::string_view source, Phase phase = Phase::Threshold) {
        problems = Diagnostics();
        return expr::Expression::compile(source, here, catalogue, phase, problems);
    }

    // Compiles (expecting success) and evaluates for `person`.
    Value eval(std::string_view source, Phase phase = Phase::Threshold) {
        const auto e = compile(source, phase);
        if (!e) {
            ADD_FAILURE() << "did not compile: " << source << "\n" << all_problems();
            return Value::of_text("<did not compile>");
        }
        return e->evaluate(person.inputs());
    }

    // Compiles, expecting exactly one problem, and returns it.
    Error only_problem(std::string_view source, Phase phase = Phase::Threshold) {
        const auto e = compile(source, phase);
        EXPECT_EQ(e, nullptr) << source;
        EXPECT_EQ(problems.size(), 1u) << source << "\n" << all_problems();
        if (problems.empty()) return Error{ErrorCode::Io, "<no problem>", {}};
        return problems.errors().front();
    }

    std::string all_problems() const {
        std::string out;
        for (const Error& e : problems.errors()) out += e.to_string() + "\n";
        return out;
    }

    Catalogue catalogue = make_catalogue();
    Person person;
    Diagnostics problems;
};

Value number(std::int64_t n, std::int64_t d = 1) { return Value::of_number(Rational(n, d)); }
Value pence(std::int64_t p) { return Value::of_money_pence(Rational(p)); }
Value yes_no(bool b) { return Value::of_bool(b); }

// ---- literals ------------------------------------------------------------------------------

TEST_F(Expression, WholeNumberLiteralIsANumber) {
    EXPECT_EQ(eval("12"), number(12));
    EXPECT_EQ(compile("12")->type(), Type::Number);
}

TEST_F(Expression, DecimalLiteralIsExact) {
    EXPECT_EQ(eval("0.75"), number(3, 4));
    EXPECT_EQ(eval("0.1 + 0.2 == 0.3"), yes_no(true));
}

TEST_F(Expression, PercentLiteralIsAFraction) {
    EXPECT_EQ(eval("75%"), number(3, 4));
    EXPECT_EQ(eval("12.5%"), number(1, 8));
}

TEST_F(Expression, MoneyLiteralIsHeldInPence) {
    EXPECT_EQ(eval("\xC2\xA3" "12.50"), pence(1250));
    EXPECT_EQ(eval("\xC2\xA3" "7"), pence(700));
    EXPECT_EQ(eval("\xC2\xA3" "0.5"), pence(50));
    EXPECT_EQ(compile("\xC2\xA3" "1")->type(), Type::Money);
}

TEST_F(Expression, TextAndTrueFalseLiterals) {
    EXPECT_EQ(eval("\"regular\""), Value::of_text("regular"));
    EXPECT_EQ(eval("true"), yes_no(true));
    EXPECT_EQ(eval("false"), yes_no(false));
}

TEST_F(Expression, MoneyFinerThanAPennyIsExact) {
    EXPECT_EQ(eval("\xC2\xA3" "1.505"), Value::of_money_pence(Rational(301, 2)));   // 150.5p
    EXPECT_EQ(eval("\xC2\xA3" "4.8833 * 10"), Value::of_money_pence(Rational(48833, 10)));
    EXPECT_EQ(eval("\xC2\xA3" "0.000001"), Value::of_money_pence(Rational(1, 10000)));
}

TEST_F(Expression, MoneyWithSevenDecimalPlacesIsASyntaxError) {
    const Error e = only_problem("\xC2\xA3" "1.5000001");
    EXPECT_EQ(e.code, ErrorCode::Syntax);
    EXPECT_NE(e.message.find("six decimal places"), std::string::npos) << e.message;
}

TEST_F(Expression, NumberGluedToLettersIsASyntaxError) {
    EXPECT_EQ(only_problem("12abc").code, ErrorCode::Syntax);
    EXPECT_EQ(only_problem("12.").code, ErrorCode::Syntax);
}

TEST_F(Expression, TooLargeNumberIsASyntaxError) {
    EXPECT_EQ(only_problem("99999999999999999999").code, ErrorCode::Syntax);
}

// ---- arithmetic and types ------------------------------------------------------------------

TEST_F(Expression, MoneyTimesNumberIsMoney) {
    EXPECT_EQ(eval("\xC2\xA3" "12.50 * 2"), pence(2500));
    EXPECT_EQ(eval("3 * \xC2\xA3" "1.01"), pence(303));
    EXPECT_EQ(compile("2 * \xC2\xA3" "1")->type(), Type::Money);
}

TEST_F(Expression, MoneyDividedByNumberIsMoney) {
    EXPECT_EQ(eval("\xC2\xA3" "10 / 4"), pence(250));
}

TEST_F(Expression, MoneyDividedByMoneyIsANumber) {
    EXPECT_EQ(eval("\xC2\xA3" "30 / \xC2\xA3" "20"), number(3, 2));
    EXPECT_EQ(compile("\xC2\xA3" "30 / \xC2\xA3" "20")->type(), Type::Number);
}

TEST_F(Expression, MoneyPlusMoneyIsMoney) {
    EXPECT_EQ(eval("\xC2\xA3" "1.50 + \xC2\xA3" "2.25 - \xC2\xA3" "0.75"), pence(300));
}

TEST_F(Expression, DivisionIsExact) {
    EXPECT_EQ(eval("1 / 3"), number(1, 3));
    EXPECT_EQ(eval("1 / 3 * 3 == 1"), yes_no(true));
    EXPECT_EQ(eval("\xC2\xA3" "1 / 3"), Value::of_money_pence(Rational(100, 3)));
}

TEST_F(Expression, CannotAddMoneyToANumber) {
    const Error e = only_problem("points(\"eating\") + \xC2\xA3" "5");
    EXPECT_EQ(e.code, ErrorCode::WrongType);
    EXPECT_EQ(e.message, "cannot add money to a number");
    EXPECT_EQ(e.where.column, 10 + 17);  // at the "+"
}

TEST_F(Expression, CannotMultiplyMoneyByMoney) {
    const Error e = only_problem("\xC2\xA3" "2 * \xC2\xA3" "3");
    EXPECT_EQ(e.code, ErrorCode::WrongType);
    EXPECT_EQ(e.message, "cannot multiply money by money");
}

TEST_F(Expression, CannotDivideANumberByMoney) {
    EXPECT_EQ(only_problem("2 / \xC2\xA3" "3").message, "cannot divide a number by money");
}

TEST_F(Expression, CannotSubtractTextFromANumber) {
    EXPECT_EQ(only_problem("1 - \"x\"").message, "cannot subtract text from a number");
}

TEST_F(Expression, UnaryMinusNegatesNumbersAndMoney) {
    EXPECT_EQ(eval("-\xC2\xA3" "5 + \xC2\xA3" "12"), pence(700));
    EXPECT_EQ(eval("--3"), number(3));
    EXPECT_EQ(only_problem("-true").message, "cannot make a true/false value negative");
}

TEST_F(Expression, OverflowIsAnEvaluationError) {
    const auto e = compile("9223372036854775807 + 1");
    ASSERT_NE(e, nullptr);
    try {
        e->evaluate(person.inputs());
        FAIL() << "expected an overflow error";
    } catch (const OpenRasError& error) {
        EXPECT_EQ(error.error().code, ErrorCode::Evaluation);
    }
}

TEST_F(Expression, DivisionByZeroIsAnEvaluationError) {
    const auto e = compile("\xC2\xA3" "10 / (points(\"eating\") - 8)");
    ASSERT_NE(e, nullptr);
    person.answers[0] = 0;
    EXPECT_EQ(e->evaluate(person.inputs()), pence(-125));
    person.answers[0] = 1;
    try {
        e->evaluate(person.inputs());
        FAIL() << "expected division by zero";
    } catch (const OpenRasError& error) {
        EXPECT_EQ(error.error().code, ErrorCode::Evaluation);
        EXPECT_NE(error.error().message.find("division by zero"), std::string::npos);
        EXPECT_EQ(error.error().where.file, "rules.toml");
        EXPECT_EQ(error.error().where.line, 12);
    }
}

// ---- precedence ----------------------------------------------------------------------------

TEST_F(Expression, MultiplicationBindsTighterThanAddition) {
    EXPECT_EQ(eval("2 + 3 * 4"), number(14));
    EXPECT_EQ(eval("(2 + 3) * 4"), number(20));
    EXPECT_EQ(eval("2 * 3 + 4"), number(10));
}

TEST_F(Expression, SubtractionAndDivisionGroupFromTheLeft) {
    EXPECT_EQ(eval("10 - 4 - 3"), number(3));
    EXPECT_EQ(eval("12 / 3 / 2"), number(2));
}

TEST_F(Expression, UnaryMinusBindsTighterThanMultiplication) {
    EXPECT_EQ(eval("-2 * 3 + 10"), number(4));
    EXPECT_EQ(eval("10 - -2"), number(12));
}

TEST_F(Expression, ArithmeticBindsTighterThanComparison) {
    EXPECT_EQ(eval("1 + 2 == 3"), yes_no(true));
    EXPECT_EQ(eval("2 * 3 > 5"), yes_no(true));
}

TEST_F(Expression, NotBindsLooserThanComparison) {
    EXPECT_EQ(eval("not 1 == 2"), yes_no(true));
    EXPECT_EQ(eval("not not true"), yes_no(true));
}

TEST_F(Expression, AndBindsTighterThanOr) {
    EXPECT_EQ(eval("true or false and false"), yes_no(true));
    EXPECT_EQ(eval("(true or false) and false"), yes_no(false));
    EXPECT_EQ(eval("false and false or true"), yes_no(true));
}

TEST_F(Expression, ComparisonsCannotBeChained) {
    const Error e = only_problem("1 < 2 < 3");
    EXPECT_EQ(e.code, ErrorCode::Syntax);
    EXPECT_NE(e.message.find("chained"), std::string::npos);
}

// ---- comparisons and logic -----------------------------------------------------------------

TEST_F(Expression, EveryComparisonOperatorWorksOnNumbers) {
    EXPECT_EQ(eval("2 == 2"), yes_no(true));
    EXPECT_EQ(eval("2 != 2"), yes_no(false));
    EXPECT_EQ(eval("1 < 2"), yes_no(true));
    EXPECT_EQ(eval("2 < 2"), yes_no(false));
    EXPECT_EQ(eval("2 <= 2"), yes_no(true));
    EXPECT_EQ(eval("3 <= 2"), yes_no(false));
    EXPECT_EQ(eval("3 > 2"), yes_no(true));
    EXPECT_EQ(eval("2 > 2"), yes_no(false));
    EXPECT_EQ(eval("2 >= 2"), yes_no(true));
    EXPECT_EQ(eval("1 >= 2"), yes_no(false));
}

TEST_F(Expression, MoneyIsComparedWithMoney) {
    EXPECT_EQ(eval("\xC2\xA3" "650.01 > \xC2\xA3" "650"), yes_no(true));
    EXPECT_EQ(only_problem("\xC2\xA3" "650 > 650").message, "cannot compare money with a number");
}

TEST_F(Expression, TrueFalseAndTextCanBeEqualButNotOrdered) {
    EXPECT_EQ(eval("true == false"), yes_no(false));
    EXPECT_EQ(eval("\"a\" != \"b\""), yes_no(true));
    const Error e = only_problem("\"a\" < \"b\"");
    EXPECT_EQ(e.code, ErrorCode::WrongType);
    EXPECT_NE(e.message.find("only numbers and money can be ordered"), std::string::npos);
}

TEST_F(Expression, AndOrNotNeedTrueFalse) {
    EXPECT_EQ(only_problem("1 and true").message,
              "\"and\" needs true/false on both sides, but the left side is a number");
    EXPECT_EQ(only_problem("true or \xC2\xA3" "1").message,
              "\"or\" needs true/false on both sides, but the right side is money");
    EXPECT_EQ(only_problem("not 3").message, "\"not\" needs a true/false value, not a number");
}

TEST_F(Expression, AndStopsAtFalse) {
    EXPECT_EQ(eval("false and 1 / 0 == 1"), yes_no(false));
    EXPECT_THROW(eval("true and 1 / 0 == 1"), OpenRasError);
}

TEST_F(Expression, OrStopsAtTrue) {
    EXPECT_EQ(eval("true or 1 / 0 == 1"), yes_no(true));
    EXPECT_THROW(eval("false or 1 / 0 == 1"), OpenRasError);
}

// ---- if / then / else ----------------------------------------------------------------------

TEST_F(Expression, IfChoosesTheBranchByItsCondition) {
    EXPECT_EQ(eval("if 1 < 2 then \xC2\xA3" "5 else \xC2\xA3" "7"), pence(500));
    EXPECT_EQ(eval("if 1 > 2 then \xC2\xA3" "5 else \xC2\xA3" "7"), pence(700));
    EXPECT_EQ(eval("if false then 1 else if true then 2 else 3"), number(2));
}

TEST_F(Expression, IfWorksOutOnlyTheChosenBranch) {
    EXPECT_EQ(eval("if true then 1 else 1 / 0"), number(1));
    EXPECT_EQ(eval("if false then 1 / 0 else 2"), number(2));
}

TEST_F(Expression, IfInsideArithmeticNeedsBrackets) {
    EXPECT_EQ(eval("1 + (if true then 2 else 3)"), number(3));
    EXPECT_EQ(only_problem("1 + if true then 2 else 3").code, ErrorCode::Syntax);
}

TEST_F(Expression, IfNeedsThen) {
    const Error e = only_problem("if true 1 else 2");
    EXPECT_EQ(e.code, ErrorCode::Syntax);
    EXPECT_EQ(e.message, "\"if\" needs \"then\"");
    EXPECT_EQ(e.where.column, 10 + 8);  // where "then" should be
}

TEST_F(Expression, IfNeedsElse) {
    const Error e = only_problem("if true then 1");
    EXPECT_EQ(e.code, ErrorCode::Syntax);
    EXPECT_EQ(e.message, "\"if\" needs \"else\"");
}

TEST_F(Expression, IfConditionMustBeTrueOrFalse) {
    const Error e = only_problem("if 1 then 2 else 3");
    EXPECT_EQ(e.code, ErrorCode::WrongType);
    EXPECT_EQ(e.message, "the condition after \"if\" must be true or false, but it is a number");
}

TEST_F(Expression, IfBranchesMustHaveOneType) {
    const Error e = only_problem("if true then 2 else \xC2\xA3" "3");
    EXPECT_EQ(e.code, ErrorCode::WrongType);
    EXPECT_NE(e.message.find("same type"), std::string::npos);
    EXPECT_EQ(compile("if true then 2 else 3")->type(), Type::Number);
}

// ---- answers and points --------------------------------------------------------------------

TEST_F(Expression, AnswerGivesTheAnswerIdOrEmptyText) {
    EXPECT_EQ(eval("answer(\"eating\")"), Value::of_text(""));
    person.answers[0] = 2;
    EXPECT_EQ(eval("answer(\"eating\")"), Value::of_text("significant"));
    EXPECT_EQ(compile("answer(\"eating\")")->type(), Type::Text);
}

TEST_F(Expression, AnsweredSaysWhetherThereIsAnAnswer) {
    EXPECT_EQ(eval("answered(\"mobility\")"), yes_no(false));
    person.answers[1] = 0;
    EXPECT_EQ(eval("answered(\"mobility\")"), yes_no(true));
}

TEST_F(Expression, PointsAreThoseOfTheAnswerGiven) {
    EXPECT_EQ(eval("points(\"eating\")"), number(0));  // unanswered
    person.answers[0] = 1;
    EXPECT_EQ(eval("points(\"eating\")"), number(8));
    person.answers[0] = 2;
    EXPECT_EQ(eval("points(\"eating\") * 2"), number(42));
}

TEST_F(Expression, AnswerIsComparedWithItsAnswerIds) {
    const auto is = compile("answer(\"eating\") == \"regular\"");
    const auto is_not = compile("\"regular\" != answer(\"eating\")");
    ASSERT_TRUE(is && is_not);
    EXPECT_EQ(is->evaluate(person.inputs()), yes_no(false));
    EXPECT_EQ(is_not->evaluate(person.inputs()), yes_no(true));
    person.answers[0] = 1;
    EXPECT_EQ(is->evaluate(person.inputs()), yes_no(true));
    EXPECT_EQ(is_not->evaluate(person.inputs()), yes_no(false));
    person.answers[0] = 2;
    EXPECT_EQ(is->evaluate(person.inputs()), yes_no(false));
}

TEST_F(Expression, UnansweredEqualsEmptyText) {
    EXPECT_EQ(eval("answer(\"eating\") == \"\""), yes_no(true));
    person.answers[0] = 0;
    EXPECT_EQ(eval("answer(\"eating\") == \"\""), yes_no(false));
}

TEST_F(Expression, TwoAnswersCanBeCompared) {
    person.answers = {0, 0, 1};
    EXPECT_EQ(eval("answer(\"eating\") == answer(\"mobility\")"), yes_no(true));   // both "none"
    EXPECT_EQ(eval("answer(\"mobility\") == answer(\"family_help\")"), yes_no(false));
    person.answers = {-1, 1, 1};
    EXPECT_EQ(eval("answer(\"mobility\") == answer(\"family_help\")"), yes_no(true));  // both "some"
}

TEST_F(Expression, AnswerComparedWithSomethingThatIsNotOneOfItsAnswersIsReported) {
    const Error e = only_problem("answer(\"eating\") == \"regullar\"");
    EXPECT_EQ(e.code, ErrorCode::InvalidValue);
    const std::string expected =
        "answer(\"eating\") is compared with \"regullar\", which is not one of its answers "
        "(none, regular, significant)";
    EXPECT_EQ(e.message.substr(0, expected.size()), expected);
    EXPECT_NE(e.message.find("did you mean \"regular\""), std::string::npos) << e.message;
    EXPECT_EQ(e.where.column, 10 + 20);
}

TEST_F(Expression, UnknownQuestionIsReportedAtItsColumn) {
    const Error e = only_problem("1 + points(\"eatng\")");
    EXPECT_EQ(e.code, ErrorCode::UnknownName);
    EXPECT_EQ(e.message.rfind("unknown question \"eatng\" in points(...)", 0), 0u) << e.message;
    EXPECT_NE(e.message.find("did you mean \"eating\""), std::string::npos) << e.message;
    EXPECT_EQ(e.where.file, "rules.toml");
    EXPECT_EQ(e.where.line, 12);
    EXPECT_EQ(e.where.column, 10 + 11);
}

TEST_F(Expression, QuestionIdMustBeWrittenInQuotes) {
    const Error e = only_problem("answer(eating)");
    EXPECT_EQ(e.code, ErrorCode::WrongType);
    EXPECT_NE(e.message.find("in quotes"), std::string::npos);
    EXPECT_EQ(only_problem("points(\"eating\", \"mobility\")").code, ErrorCode::WrongType);
}

TEST_F(Expression, DomainPointsBeforeAndAfterReduction) {
    person.raw = {Rational(20), Rational(6)};
    person.reduced = {Rational(15), Rational(6)};
    EXPECT_EQ(eval("raw_points(\"personal_care\") - domain_points(\"personal_care\")"), number(5));
    EXPECT_EQ(eval("domain_points(\"getting_about\")"), number(6));
    EXPECT_EQ(only_problem("raw_points(\"personal\")").code, ErrorCode::UnknownName);
}

TEST_F(Expression, TotalPointsIsReadable) {
    person.total = Rational(63, 2);
    EXPECT_EQ(eval("total_points", Phase::Adjustment), number(63, 2));
}

// ---- phases --------------------------------------------------------------------------------

TEST_F(Expression, TotalsAreRefusedInAdjustmentRules) {
    const Error weekly = only_problem("weekly_total > \xC2\xA3" "100", Phase::Adjustment);
    EXPECT_EQ(weekly.code, ErrorCode::InvalidValue);
    EXPECT_NE(weekly.message.find("cannot cap a budget"), std::string::npos) << weekly.message;
    const Error stream = only_problem("stream_total(\"carer\")", Phase::Adjustment);
    EXPECT_EQ(stream.code, ErrorCode::InvalidValue);
    EXPECT_NE(stream.message.find("cannot read totals"), std::string::npos) << stream.message;
}

TEST_F(Expression, TotalsAreReadableInThresholds) {
    person.weekly = Rational(65001);
    person.streams = {Rational(50000), Rational(15001)};
    EXPECT_EQ(eval("weekly_total > \xC2\xA3" "650"), yes_no(true));
    EXPECT_EQ(eval("stream_total(\"carer\")"), pence(15001));
    EXPECT_EQ(only_problem("stream_total(\"carers\")").code, ErrorCode::UnknownName);
}

// ---- names ---------------------------------------------------------------------------------

TEST_F(Expression, ParametersAreReadByName) {
    EXPECT_EQ(eval("night_uplift * 2"), pence(15000));
    EXPECT_EQ(eval("share"), number(1, 2));
    EXPECT_EQ(eval("generous and true"), yes_no(true));
    EXPECT_EQ(compile("night_uplift")->type(), Type::Money);
}

TEST_F(Expression, UnknownNameIsReportedWithASuggestion) {
    const Error e = only_problem("night_uplft");
    EXPECT_EQ(e.code, ErrorCode::UnknownName);
    EXPECT_EQ(e.message, "unknown name \"night_uplft\": it is not a parameter of this rule set; "
                         "did you mean \"night_uplift\"?");
}

TEST_F(Expression, UnknownFunctionIsReported) {
    const Error e = only_problem("maxx(1, 2)");
    EXPECT_EQ(e.code, ErrorCode::UnknownName);
    EXPECT_NE(e.message.find("unknown function \"maxx\""), std::string::npos);
}

TEST_F(Expression, FunctionNameWithoutBracketsIsReported) {
    EXPECT_EQ(only_problem("answer").code, ErrorCode::Syntax);
    EXPECT_EQ(only_problem("total_points()").code, ErrorCode::Syntax);
}

TEST_F(Expression, EveryProblemIsReportedAtOnce) {
    const auto e = compile("points(\"eatng\") + nope + (\xC2\xA3" "1 * \xC2\xA3" "2) + lookup(\"missing\", 1)");
    EXPECT_EQ(e, nullptr);
    ASSERT_EQ(problems.size(), 4u) << all_problems();
    EXPECT_EQ(problems.errors()[0].code, ErrorCode::UnknownName);
    EXPECT_EQ(problems.errors()[1].code, ErrorCode::UnknownName);
    EXPECT_EQ(problems.errors()[2].code, ErrorCode::WrongType);
    EXPECT_EQ(problems.errors()[3].code, ErrorCode::UnknownName);
}

TEST_F(Expression, ProblemsInsideAFailedPartAreNotRepeated) {
    // The unknown name is reported; the "+" over it does not add a second, confusing message.
    const Error e = only_problem("nope + \xC2\xA3" "1");
    EXPECT_EQ(e.code, ErrorCode::UnknownName);
}

// ---- lookup --------------------------------------------------------------------------------

TEST_F(Expression, LookupByAnswer) {
    const auto e = compile("lookup(\"equipment_allowance\", answer(\"mobility\"))");
    ASSERT_NE(e, nullptr);
    EXPECT_EQ(e->type(), Type::Money);
    person.answers[1] = 1;
    EXPECT_EQ(e->evaluate(person.inputs()), pence(500));
    person.answers[1] = 2;
    EXPECT_EQ(e->evaluate(person.inputs()), pence(1250));
}

TEST_F(Expression, LookupByNumber) {
    EXPECT_EQ(eval("lookup(\"band_weight\", 2)"), number(3, 2));
    EXPECT_EQ(eval("lookup(\"band_weight\", 5 * 2)"), number(7));
    EXPECT_EQ(eval("lookup(\"band_weight\", 1)"), number(2));
}

TEST_F(Expression, LookupWithNoRowIsAnEvaluationError) {
    const auto e = compile("lookup(\"equipment_allowance\", answer(\"eating\"))");
    ASSERT_NE(e, nullptr);
    person.answers[0] = 1;  // "regular" is not a key of the table
    try {
        e->evaluate(person.inputs());
        FAIL() << "expected a missing-row error";
    } catch (const OpenRasError& error) {
        EXPECT_EQ(error.error().code, ErrorCode::Evaluation);
        EXPECT_EQ(error.error().message, "table \"equipment_allowance\" has no row for \"regular\"");
    }
    person.answers[0] = 0;
    EXPECT_EQ(e->evaluate(person.inputs()), pence(0));
}

TEST_F(Expression, LookupWithNoNumberRowNamesTheKey) {
    try {
        eval("lookup(\"band_weight\", 1 + 2)");
        FAIL() << "expected a missing-row error";
    } catch (const OpenRasError& error) {
        EXPECT_EQ(error.error().message, "table \"band_weight\" has no row for 3");
    }
}

TEST_F(Expression, LookupKeyMustBeOfTheTablesKeyType) {
    const Error e = only_problem("lookup(\"band_weight\", answer(\"eating\"))");
    EXPECT_EQ(e.code, ErrorCode::WrongType);
    EXPECT_EQ(e.message, "table \"band_weight\" is looked up by a number, but this key is text");
}

TEST_F(Expression, LookupOfAKeyWrittenOutIsCheckedWhenCompiled) {
    const Error e = only_problem("lookup(\"equipment_allowance\", \"loads\")");
    EXPECT_EQ(e.code, ErrorCode::InvalidValue);
    EXPECT_EQ(e.message, "table \"equipment_allowance\" has no row for \"loads\" (its keys are none, some, lots)");
}

TEST_F(Expression, UnknownTableIsReported) {
    const Error e = only_problem("lookup(\"equipment\", 1)");
    EXPECT_EQ(e.code, ErrorCode::UnknownName);
    EXPECT_EQ(e.message.rfind("unknown table \"equipment\" in lookup(...)", 0), 0u) << e.message;
}

// ---- min / max / rounding ------------------------------------------------------------------

TEST_F(Expression, MinAndMaxOfNumbersAndMoney) {
    EXPECT_EQ(eval("min(3, 1, 2)"), number(1));
    EXPECT_EQ(eval("max(3, 1, 2)"), number(3));
    EXPECT_EQ(eval("max(1 / 3, 0.3)"), number(1, 3));
    EXPECT_EQ(eval("min(\xC2\xA3" "5)"), pence(500));
    EXPECT_EQ(eval("max(\xC2\xA3" "5, night_uplift, \xC2\xA3" "1)"), pence(7500));
}

TEST_F(Expression, MinAndMaxRefuseMixedTypes) {
    const Error e = only_problem("min(1, \xC2\xA3" "2)");
    EXPECT_EQ(e.code, ErrorCode::WrongType);
    EXPECT_EQ(e.where.column, 10 + 7);  // at the offending value
    EXPECT_EQ(only_problem("max(true, false)").code, ErrorCode::WrongType);
    EXPECT_EQ(only_problem("min()").message, "min(...) needs at least one value");
}

TEST_F(Expression, FloorAndCeilRoundNumbersToWholeNumbers) {
    EXPECT_EQ(eval("floor(7 / 2)"), number(3));
    EXPECT_EQ(eval("ceil(7 / 2)"), number(4));
    EXPECT_EQ(eval("floor(-7 / 2)"), number(-4));
    EXPECT_EQ(eval("ceil(-7 / 2)"), number(-3));
    EXPECT_EQ(eval("floor(5)"), number(5));
}

TEST_F(Expression, RoundingMoneyGivesWholePence) {
    EXPECT_EQ(eval("floor(\xC2\xA3" "10 / 3)"), pence(333));
    EXPECT_EQ(eval("ceil(\xC2\xA3" "10 / 3)"), pence(334));
    EXPECT_EQ(eval("round(\xC2\xA3" "0.05 / 2)"), pence(3));  // 2.5p, half up
    EXPECT_EQ(compile("round(\xC2\xA3" "1 / 3)")->type(), Type::Money);
}

TEST_F(Expression, RoundFollowsTheRuleSetsRoundingRule) {
    EXPECT_EQ(eval("round(5 / 2)"), number(3));
    EXPECT_EQ(eval("round(-5 / 2)"), number(-3));
    catalogue.rounding = RoundingRule::HalfEven;
    EXPECT_EQ(eval("round(5 / 2)"), number(2));
    EXPECT_EQ(eval("round(7 / 2)"), number(4));
}

TEST_F(Expression, RoundingNeedsOneNumberOrMoney) {
    EXPECT_EQ(only_problem("round(true)").code, ErrorCode::WrongType);
    EXPECT_EQ(only_problem("floor(1, 2)").code, ErrorCode::WrongType);
}

// ---- syntax and locations ------------------------------------------------------------------

TEST_F(Expression, SyntaxProblemsAreExplained) {
    EXPECT_EQ(only_problem("").message, "the expression is empty");
    EXPECT_EQ(only_problem("(1 + 2").message, "a \"(\" is not closed: expected \")\"");
    EXPECT_EQ(only_problem("1 + 2)").message, "this \")\" has no matching \"(\"");
    EXPECT_EQ(only_problem("1 = 1").message, "use \"==\" to compare two values");
    EXPECT_EQ(only_problem("1 +").message, "the expression ends too early: a value is missing");
    EXPECT_EQ(only_problem("\"open").message, "this text has no closing \"");
    EXPECT_EQ(only_problem("1 $ 2").message, "unexpected character \"$\"");
    EXPECT_EQ(only_problem("1 2").message, "unexpected \"2\" after a complete expression");
    EXPECT_EQ(only_problem("min(1 2)").message, "expected \",\" or \")\" in the list of values");
}

TEST_F(Expression, SyntaxErrorIsReportedAtItsColumn) {
    const Error e = only_problem("1 + * 2");
    EXPECT_EQ(e.code, ErrorCode::Syntax);
    EXPECT_EQ(e.where.line, 12);
    EXPECT_EQ(e.where.column, 10 + 4);
}

TEST_F(Expression, NewlineMovesTheLocationToTheNextLine) {
    const Error e = only_problem("1 +\n  nope");
    EXPECT_EQ(e.where.line, 13);
    EXPECT_EQ(e.where.column, 3);
    const Error two = only_problem("1 +\n\n    2 +");
    EXPECT_EQ(two.where.line, 14);
    EXPECT_EQ(two.where.column, 8);
}

TEST_F(Expression, ThePoundSignCountsAsOneColumn) {
    const Error e = only_problem("\xC2\xA3" "1 + nope");
    EXPECT_EQ(e.where.column, 10 + 5);
}

TEST_F(Expression, DeepNestingIsRefusedNotACrash) {
    const std::string deep = std::string(5000, '(') + "1" + std::string(5000, ')');
    EXPECT_EQ(only_problem(deep).code, ErrorCode::Syntax);
    std::string nots;
    for (int i = 0; i < 5000; ++i) nots += "not ";
    EXPECT_EQ(only_problem(nots + "true").code, ErrorCode::Syntax);
}

TEST_F(Expression, ModestNestingIsFine) {
    EXPECT_EQ(eval(std::string(30, '(') + "1" + std::string(30, ')')), number(1));
}

// ---- references, source, display -----------------------------------------------------------

TEST_F(Expression, ReferencesAreDistinctAndInOrderOfFirstAppearance) {
    const auto e = compile(
        "if answer(\"eating\") == \"regular\" and points(\"eating\") > share "
        "then lookup(\"equipment_allowance\", answer(\"mobility\")) + night_uplift "
        "else stream_total(\"carer\") + weekly_total * total_points / raw_points(\"personal_care\")");
    ASSERT_NE(e, nullptr) << all_problems();
    using K = Reference::Kind;
    const std::vector<std::pair<K, std::string>> expected{
        {K::Question, "eating"}, {K::Parameter, "share"}, {K::Table, "equipment_allowance"},
        {K::Question, "mobility"}, {K::Parameter, "night_uplift"}, {K::Stream, "carer"},
        {K::WeeklyTotal, ""}, {K::TotalPoints, ""}, {K::Domain, "personal_care"},
    };
    ASSERT_EQ(e->references().size(), expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        EXPECT_EQ(e->references()[i].kind, expected[i].first) << i;
        EXPECT_EQ(e->references()[i].id, expected[i].second) << i;
    }
}

TEST_F(Expression, KeepsItsSource) {
    EXPECT_EQ(compile("1 +  2")->source(), "1 +  2");
}

TEST_F(Expression, TypeNamesAreForPeople) {
    EXPECT_STREQ(type_name(Type::Number), "number");
    EXPECT_STREQ(type_name(Type::Money), "money");
    EXPECT_STREQ(type_name(Type::Bool), "true/false");
    EXPECT_STREQ(type_name(Type::Text), "text");
}

TEST_F(Expression, ValuesAreDisplayedForExplanations) {
    EXPECT_EQ(pence(123456).to_display_string(), "\xC2\xA3" "1,234.56");
    EXPECT_EQ(pence(-500).to_display_string(), "-\xC2\xA3" "5.00");
    EXPECT_EQ(Value::of_money_pence(Rational(1, 2)).to_display_string(), "\xC2\xA3" "0.005");
    EXPECT_EQ(Value::of_money_pence(Rational(100, 3)).to_display_string(), "about \xC2\xA3" "0.3333");
    EXPECT_EQ(number(3, 4).to_display_string(), "0.75");
    EXPECT_EQ(yes_no(true).to_display_string(), "yes");
    EXPECT_EQ(yes_no(false).to_display_string(), "no");
    EXPECT_EQ(Value::of_text("regular").to_display_string(), "regular");
}

TEST_F(Expression, CatalogueFindsIdsByName) {
    EXPECT_EQ(catalogue.question_index("mobility"), 1);
    EXPECT_EQ(catalogue.question_index("nope"), -1);
    EXPECT_EQ(catalogue.domain_index("getting_about"), 1);
    EXPECT_EQ(catalogue.stream_index("personal_budget"), 0);
    EXPECT_EQ(catalogue.table_index("band_weight"), 1);
    EXPECT_EQ(catalogue.table_index("nope"), -1);
}

TEST_F(Expression, CompiledExpressionDoesNotDependOnTheCatalogueAfterwards) {
    auto e = compile("lookup(\"equipment_allowance\", answer(\"mobility\")) + night_uplift");
    ASSERT_NE(e, nullptr);
    catalogue = Catalogue();  // the rule set's catalogue may go away once everything is compiled
    person.answers[1] = 2;
    EXPECT_EQ(e->evaluate(person.inputs()), pence(8750));
}

}  // namespace
}  // namespace openras::expr
