// One person's answers: read from a TOML answers file or a JSON batch line, then resolved
// against a rule set. Every bad input is an OpenRasError naming the file, line and field.
#include "alloc/budget/assessment.hpp"

#include "rules/answer_sheet.hpp"
#include "test_rule_sets.hpp"

#include <gtest/gtest.h>

#include <boost/date_time/gregorian/gregorian.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <string>

#include <unistd.h>

namespace openras {
namespace {

using boost::gregorian::date;
using test::position_of;

// The error thrown by `action`, failing the test when it does not throw an OpenRasError.
template <typename Action>
Error error_from(Action action) {
    try {
        action();
        ADD_FAILURE() << "no error was thrown";
    } catch (const OpenRasError& e) {
        return e.error();
    } catch (const std::exception& e) {
        ADD_FAILURE() << "threw something other than an OpenRasError: " << e.what();
    }
    return Error{ErrorCode::Io, "<no error>", {}};
}

Error toml_error(const std::string& text) {
    return error_from([&] { (void)assessment_from_toml_text(text, "answers.toml"); });
}

Error json_error(const std::string& text) {
    return error_from([&] { (void)assessment_from_json(nlohmann::json::parse(text), "batch.jsonl:7"); });
}

bool mentions(const Error& e, const std::string& words) { return e.message.find(words) != std::string::npos; }

// ---------------------------------------------------------------------------------------------
// TOML answers files
// ---------------------------------------------------------------------------------------------

const std::string kAnswersFile = R"([assessment]
person = "P-0001"
date = 2026-05-01

[answers]
eating = "some"
family_help = "most"
)";

TEST(AssessmentToml, ReadsPersonDateAndAnswersInOrder) {
    const Assessment a = assessment_from_toml_text(kAnswersFile, "answers.toml");
    EXPECT_EQ(a.person, "P-0001");
    EXPECT_EQ(a.date, date(2026, 5, 1));
    EXPECT_EQ(a.source, "answers.toml");
    ASSERT_EQ(a.answers.size(), 2u);
    EXPECT_EQ(a.answers[0].question, "eating");
    EXPECT_EQ(a.answers[0].answer, "some");
    EXPECT_EQ(a.answers[1].question, "family_help");
    EXPECT_EQ(a.answers[1].answer, "most");
    // Each answer knows where it was written, for later messages.
    const auto at = position_of(kAnswersFile, "\"some\"");
    EXPECT_EQ(a.answers[0].where.file, "answers.toml");
    EXPECT_EQ(a.answers[0].where.line, at.line);
    EXPECT_EQ(a.answers[0].where.column, at.column);
    EXPECT_EQ(a.answers[0].where.field, "answers.eating");
}

TEST(AssessmentToml, DateMayBeQuotedText) {
    const std::string text = test::replaced(kAnswersFile, "date = 2026-05-01", "date = \"2026-05-01\"");
    EXPECT_EQ(assessment_from_toml_text(text, "answers.toml").date, date(2026, 5, 1));
}

TEST(AssessmentToml, HeaderIsOptional) {
    const Assessment a = assessment_from_toml_text("[answers]\neating = \"none\"\n", "answers.toml");
    EXPECT_TRUE(a.date.is_not_a_date());
    EXPECT_EQ(a.person, "");
    ASSERT_EQ(a.answers.size(), 1u);
}

TEST(AssessmentToml, LoadsFromAFile) {
    const auto path = std::filesystem::temp_directory_path() /
                      ("openras-assessment-" + std::to_string(::getpid()) + ".toml");
    {
        std::ofstream out(path, std::ios::binary);
        out << kAnswersFile;
    }
    const Assessment a = load_assessment_file(path.string());
    std::filesystem::remove(path);
    EXPECT_EQ(a.person, "P-0001");
    EXPECT_EQ(a.source, path.string());
    EXPECT_EQ(a.answers.size(), 2u);
}

TEST(AssessmentToml, MissingFileIsAnIoError) {
    const Error e = error_from([] { (void)load_assessment_file("/nonexistent/openras/answers.toml"); });
    EXPECT_EQ(e.code, ErrorCode::Io);
    EXPECT_EQ(e.where.file, "/nonexistent/openras/answers.toml");
}

TEST(AssessmentToml, UnknownSectionIsRefused) {
    const std::string text = kAnswersFile + "\n[extras]\nnote = \"x\"\n";
    const Error e = toml_error(text);
    EXPECT_EQ(e.code, ErrorCode::UnknownName);
    EXPECT_TRUE(mentions(e, "`extras`")) << e.message;
    EXPECT_EQ(e.where.line, position_of(text, "[extras]").line);
}

TEST(AssessmentToml, UnknownHeaderFieldIsRefused) {
    const std::string text = test::replaced(kAnswersFile, "person = \"P-0001\"", "persn = \"P-0001\"");
    const Error e = toml_error(text);
    EXPECT_EQ(e.code, ErrorCode::UnknownName);
    EXPECT_EQ(e.where.field, "assessment.persn");
    EXPECT_EQ(e.where.line, position_of(text, "persn").line);
}

TEST(AssessmentToml, AnswerThatIsNotTextIsWrongType) {
    const std::string text = test::replaced(kAnswersFile, "eating = \"some\"", "eating = 2");
    const Error e = toml_error(text);
    EXPECT_EQ(e.code, ErrorCode::WrongType);
    EXPECT_EQ(e.where.field, "answers.eating");
    const auto at = position_of(text, "eating = 2");
    EXPECT_EQ(e.where.line, at.line);
    EXPECT_EQ(e.where.column, at.column + int(std::string("eating = ").size()));
}

TEST(AssessmentToml, PersonThatIsNotTextIsWrongType) {
    const Error e = toml_error(test::replaced(kAnswersFile, "person = \"P-0001\"", "person = 1"));
    EXPECT_EQ(e.code, ErrorCode::WrongType);
    EXPECT_EQ(e.where.field, "assessment.person");
}

TEST(AssessmentToml, ImpossibleDateIsASyntaxErrorWithLineAndColumn) {
    // toml++ itself refuses 30 February while reading the file.
    const std::string text = test::replaced(kAnswersFile, "2026-05-01", "2026-02-30");
    const Error e = toml_error(text);
    EXPECT_EQ(e.code, ErrorCode::Syntax);
    EXPECT_EQ(e.where.file, "answers.toml");
    const auto at = position_of(text, "2026-02-30");
    EXPECT_EQ(e.where.line, at.line);
    // Somewhere within the date as written.
    EXPECT_GE(e.where.column, at.column);
    EXPECT_LE(e.where.column, at.column + 10);
}

TEST(AssessmentToml, ImpossibleQuotedDateIsAnInvalidDateNamingTheField) {
    const std::string text = test::replaced(kAnswersFile, "date = 2026-05-01", "date = \"2026-02-30\"");
    const Error e = toml_error(text);
    EXPECT_EQ(e.code, ErrorCode::InvalidDate);
    EXPECT_EQ(e.where.field, "assessment.date");
    const auto at = position_of(text, "\"2026-02-30\"");
    EXPECT_EQ(e.where.line, at.line);
    EXPECT_EQ(e.where.column, at.column);
}

TEST(AssessmentToml, DateTimeIsNotADate) {
    const Error e = toml_error(test::replaced(kAnswersFile, "date = 2026-05-01", "date = 2026-05-01T09:00:00"));
    EXPECT_EQ(e.code, ErrorCode::WrongType);
    EXPECT_EQ(e.where.field, "assessment.date");
}

TEST(AssessmentToml, MissingAnswersSectionIsRefused) {
    const Error e = toml_error("[assessment]\nperson = \"P-0001\"\n");
    EXPECT_EQ(e.code, ErrorCode::MissingField);
    EXPECT_TRUE(mentions(e, "[answers]")) << e.message;
}

TEST(AssessmentToml, TomlSyntaxErrorHasALine) {
    const std::string text = test::replaced(kAnswersFile, "eating = \"some\"", "eating = \"some");
    const Error e = toml_error(text);
    EXPECT_EQ(e.code, ErrorCode::Syntax);
    EXPECT_EQ(e.where.line, position_of(text, "eating").line);
}

// ---------------------------------------------------------------------------------------------
// JSON batch lines
// ---------------------------------------------------------------------------------------------

TEST(AssessmentJson, ReadsOneAssessment) {
    const Assessment a = assessment_from_json(
        nlohmann::json::parse(R"({"person": "P-0002", "date": "2026-05-01", "answers": {"eating": "lots"}})"),
        "batch.jsonl:7");
    EXPECT_EQ(a.person, "P-0002");
    EXPECT_EQ(a.date, date(2026, 5, 1));
    EXPECT_EQ(a.source, "batch.jsonl:7");
    ASSERT_EQ(a.answers.size(), 1u);
    EXPECT_EQ(a.answers[0].question, "eating");
    EXPECT_EQ(a.answers[0].answer, "lots");
    EXPECT_EQ(a.answers[0].where.field, "answers.eating");
    EXPECT_EQ(a.answers[0].where.file, "batch.jsonl:7");
}

// Batch lines are read without a tree (simdjson) when they are plain, and the slow way otherwise;
// both must give the same assessment, and every mistake the slow way's own message.
// An answer's place as an error about it names it: the plain reader leaves it to
// resolve_answers, which names the answer's field in the assessment's source.
std::string described(const Assessment& a) {
    std::string out = a.person + "|" + (a.date.is_not_a_date() ? "none" : boost::gregorian::to_iso_extended_string(a.date)) +
                      "|" + a.source;
    for (const GivenAnswer& g : a.answers)
        out += "|" + g.question + "=" + g.answer + "@" + (g.where.field.empty() ? "answers." + g.question : g.where.field) +
               "@" + (g.where.file.empty() ? a.source : g.where.file);
    return out;
}

std::string error_of(const std::string& line) {
    try {
        (void)assessment_from_json_text(line, "b.jsonl:3");
    } catch (const OpenRasError& e) {
        return e.what();
    }
    return "no error";
}

TEST(AssessmentJson, PlainLinesReadWithoutATreeGiveWhatTheTreeGives) {
    const std::vector<std::string> lines = {
        R"({"person":"P-1","date":"2026-05-01","answers":{"b":"x","a":"y","c":"z"}})",
        R"(  { "answers" : { "q\u00e9" : "\u0041nswer" , "q\"2" : "a\\b{" } , "person" : "Si\u00e2n \ud83d\ude00}" }  )",
        "{\"person\":\"P\\n2\",\"answers\":{}}\r",
        R"({"answers":{"z":"1","Z":"2","_":"3","\u00ff":"4"}})",
        R"({"person":"","date":"2024-02-29","answers":{"a":""}})",
    };
    for (const std::string& line : lines) {
        const Assessment fast = assessment_from_json_text(line, "b.jsonl:3");
        const Assessment tree = assessment_from_json(nlohmann::json::parse(line), "b.jsonl:3");
        EXPECT_EQ(described(fast), described(tree)) << line;
    }
}

TEST(AssessmentJson, EveryMistakeInALineIsNamedAsTheTreeNamesIt) {
    const std::vector<std::pair<std::string, std::string>> mistakes = {
        {R"({"person":"P","answers":{"a":"x","a":"y"}})", "\"a\" is given twice"},
        {R"({"person":"P","person":"Q","answers":{}})", "\"person\" is given twice"},
        {R"({"person":"P","answers":{"a":1}})", "an answer must be the answer's id as text"},
        {R"({"person":7,"answers":{}})", "the person's reference must be text"},
        {R"({"person":"P","date":"2026-02-30","answers":{}})", "b.jsonl:3"},
        {R"({"person":"P","colour":"red","answers":{}})", "unknown field"},
        {R"({"person":"P"})", "there are no answers"},
        {R"({"person":"P","answers":{}} {})", "not valid JSON"},
        {R"({"person":"P","answers":{}} x)", "not valid JSON"},
        {R"(["person"])", "must be a JSON object"},
        {R"({"person":"P","answers":{"a":"x"})", "not valid JSON"},
        {"{\"person\":\"\xC3\",\"answers\":{}}", "not valid JSON"},
        {"", "not valid JSON"},
        {R"({"person":"P","answers":{},"n":1E400})", "a number in it is too large"},  // found by fuzzing
        {"44444444444.444444444E44444444", "a number in it is too large"},
    };
    for (const auto& [line, words] : mistakes) {
        const std::string error = error_of(line);
        EXPECT_NE(error.find(words), std::string::npos) << line << "\n  gave: " << error;
    }
}

TEST(AssessmentJson, BadDateStringIsInvalidDate) {
    for (const char* written : {"2026-02-30", "01/05/2026", "2026-5-1"}) {
        SCOPED_TRACE(written);
        const Error e = json_error(std::string(R"({"person": "P", "date": ")") + written + R"(", "answers": {}})");
        EXPECT_EQ(e.code, ErrorCode::InvalidDate);
        EXPECT_EQ(e.where.field, "date");
        EXPECT_EQ(e.where.file, "batch.jsonl:7");
        EXPECT_TRUE(mentions(e, written)) << e.message;
    }
}

TEST(AssessmentJson, DateThatIsNotTextIsWrongType) {
    const Error e = json_error(R"({"date": 20260501, "answers": {}})");
    EXPECT_EQ(e.code, ErrorCode::WrongType);
    EXPECT_EQ(e.where.field, "date");
}

TEST(AssessmentJson, UnknownFieldIsRefused) {
    const Error e = json_error(R"({"person": "P", "answer": {"eating": "lots"}})");
    EXPECT_EQ(e.code, ErrorCode::UnknownName);
    EXPECT_EQ(e.where.field, "answer");
}

TEST(AssessmentJson, AnswersMustBeAnObject) {
    const Error e = json_error(R"({"person": "P", "answers": ["eating", "lots"]})");
    EXPECT_EQ(e.code, ErrorCode::WrongType);
    EXPECT_EQ(e.where.field, "answers");
}

TEST(AssessmentJson, EachAnswerMustBeText) {
    const Error e = json_error(R"({"answers": {"eating": 3}})");
    EXPECT_EQ(e.code, ErrorCode::WrongType);
    EXPECT_EQ(e.where.field, "answers.eating");
}

TEST(AssessmentJson, LineMustBeAnObjectWithAnswers) {
    EXPECT_EQ(json_error("[1, 2]").code, ErrorCode::WrongType);
    const Error missing = json_error(R"({"person": "P"})");
    EXPECT_EQ(missing.code, ErrorCode::MissingField);
    EXPECT_EQ(missing.where.field, "answers");
}

// ---------------------------------------------------------------------------------------------
// Resolving answers against a rule set
// ---------------------------------------------------------------------------------------------

class ResolveAnswers : public ::testing::Test {
protected:
    void SetUp() override {
        // eating (0/8/20), an optional question, and an informal-support question.
        const std::string optional_question = R"(
  [[domain.question]]
  id = "bathing"
  required = false
  text = "How much help do you need to bathe?"
  easy_read = "Help to bathe?"
  citation = "Test questionnaire, 1.2"
  answers = [
    { id = "none", text = "No help", easy_read = "No", points = 0 },
    { id = "some", text = "Some help", easy_read = "Some", points = 4 },
  ]

  [[domain.question]]
  id = "family_help"
  kind = "informal_support"
  text = "How much of this help do family give?"
  easy_read = "Does family help?"
  citation = "Test policy 4.1"
  answers = [
    { id = "none", text = "None of it", easy_read = "No", points_remaining = "100%" },
    { id = "most", text = "Most of it", easy_read = "A lot", points_remaining = "50%" },
  ]
)";
        rules = test::load_ok(test::minimal_rule_set() + optional_question);
        ASSERT_NE(rules, nullptr);
    }
    Error resolve_error(const std::vector<GivenAnswer>& given) {
        return error_from([&] { (void)resolve_answers(*rules, given, "answers.toml"); });
    }
    std::shared_ptr<const RuleSet> rules;
};

TEST_F(ResolveAnswers, GivesTheIndexOfEachAnswerAndMinusOneWhenUnanswered) {
    const AnswerSheet sheet = resolve_answers(*rules, {{"family_help", "most", {}}, {"eating", "lots", {}}});
    // Questions in rule-set order: eating, bathing, family_help.
    EXPECT_EQ(sheet.answer_index, (std::vector<int>{2, -1, 1}));
}

TEST_F(ResolveAnswers, UnknownQuestionIsNamedByItsField) {
    const Error e = resolve_error({{"eating", "lots", {}}, {"family_help", "none", {}}, {"eatting", "lots", {}}});
    EXPECT_EQ(e.code, ErrorCode::UnknownQuestion);
    EXPECT_EQ(e.where.field, "answers.eatting");
    EXPECT_TRUE(mentions(e, "\"eatting\"")) << e.message;
    EXPECT_TRUE(mentions(e, "\"mini\" version 1")) << "should name the rule set: " << e.message;
}

TEST_F(ResolveAnswers, UnknownQuestionKeepsWhereItWasWritten) {
    const SourceLocation written{"answers.toml", 9, 12, "answers.eatting"};
    const Error e = resolve_error({{"eatting", "lots", written}});
    EXPECT_EQ(e.where.line, 9);
    EXPECT_EQ(e.where.column, 12);
    EXPECT_EQ(e.to_string().rfind("answers.toml:9:12: answers.eatting: ", 0), 0u) << e.to_string();
}

TEST_F(ResolveAnswers, UnknownAnswerListsTheOptions) {
    const Error e = resolve_error({{"eating", "loads", {}}, {"family_help", "none", {}}});
    EXPECT_EQ(e.code, ErrorCode::UnknownAnswer);
    EXPECT_EQ(e.where.field, "answers.eating");
    EXPECT_TRUE(mentions(e, "\"loads\"")) << e.message;
    EXPECT_TRUE(mentions(e, "(none, some, lots)")) << e.message;
}

TEST_F(ResolveAnswers, MissingRequiredAnswerIsNamed) {
    const Error e = resolve_error({{"family_help", "none", {}}});
    EXPECT_EQ(e.code, ErrorCode::MissingAnswer);
    EXPECT_EQ(e.where.field, "answers.eating");
    EXPECT_EQ(e.where.file, "answers.toml");
    EXPECT_TRUE(mentions(e, "How much help do you need to eat?")) << "should quote the question: " << e.message;
}

TEST_F(ResolveAnswers, InformalSupportQuestionIsRequiredByDefault) {
    const Error e = resolve_error({{"eating", "none", {}}});
    EXPECT_EQ(e.code, ErrorCode::MissingAnswer);
    EXPECT_EQ(e.where.field, "answers.family_help");
}

TEST_F(ResolveAnswers, OptionalQuestionMayBeLeftOut) {
    EXPECT_NO_THROW((void)resolve_answers(*rules, {{"eating", "none", {}}, {"family_help", "none", {}}}));
}

TEST_F(ResolveAnswers, QuestionAnsweredTwiceIsADuplicate) {
    const Error e = resolve_error({{"eating", "none", {}}, {"family_help", "none", {}}, {"eating", "lots", {}}});
    EXPECT_EQ(e.code, ErrorCode::Duplicate);
    EXPECT_EQ(e.where.field, "answers.eating");
    EXPECT_TRUE(mentions(e, "twice")) << e.message;
}

TEST_F(ResolveAnswers, AnswersFromAJsonLineResolve) {
    const Assessment a = assessment_from_json(
        nlohmann::json::parse(R"({"answers": {"eating": "some", "bathing": "some", "family_help": "most"}})"), "b:1");
    EXPECT_EQ(resolve_answers(*rules, a.answers).answer_index, (std::vector<int>{1, 1, 1}));
}

}  // namespace
}  // namespace openras
