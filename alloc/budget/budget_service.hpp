#pragma once
// Assessment in, indicative budget out: picks the rule-set version in force on the assessment
// date, resolves the answers against it and evaluates. Engines are built once per rule set and
// reused, so a batch of a million assessments compiles each rule set only once.
#include "alloc/budget/assessment.hpp"
#include "alloc/budget/budget_json_writer.hpp"
#include "rules/budget_engine.hpp"
#include "rules/rule_library.hpp"

#include <functional>
#include <iosfwd>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace openras {

class BudgetService {
public:
    explicit BudgetService(RuleLibrary library);

    // Throws OpenRasError naming the field for a bad date, question or answer. The assessment's
    // own date is used unless `date_override` is given; with neither, the error names the date.
    IndicativeBudget compute(const Assessment& assessment, bool explain = true,
                             std::optional<boost::gregorian::date> date_override = std::nullopt);

    // A batch line read and worked out without an Assessment, into `out` (whose lists keep their
    // room from one line to the next): the answers resolved straight from the text read. False
    // when the line is anything but plain and right; compute() then reads it again and names the
    // mistake, so this never decides what a message says.
    bool compute_plain_line(std::string_view line, std::optional<boost::gregorian::date> date_override,
                            IndicativeBudget& out);

    const RuleLibrary& library() const { return library_; }
    // The budget's JSON document writer for a rule set of this service's library, made once.
    const BudgetJsonWriter& json_writer_for(const std::shared_ptr<const RuleSet>& rules);

private:
    struct Compiled {
        std::unique_ptr<BudgetEngine> engine;
        std::unique_ptr<AnswerLookup> answers;
    };
    const Compiled& compiled_for(const std::shared_ptr<const RuleSet>& rules);

    RuleLibrary library_;
    std::map<const RuleSet*, Compiled> compiled_;
    std::map<const RuleSet*, std::unique_ptr<BudgetJsonWriter>> json_writers_;
};

struct BatchSummary {
    std::size_t assessments = 0;
    std::vector<Error> problems;  // one per bad line, each naming "file:line"
};

// One line of a batch (line `number` of `source`) worked out and written as its JSON line, with
// its newline, onto `out`; or the problem, naming the line and field. What each worker of
// run_budget_batch does with a line; `scratch` is a budget it keeps from line to line.
std::optional<Error> write_batch_line(BudgetService& service, std::string_view text, const std::string& source, int number,
                                     std::optional<boost::gregorian::date> date_override, IndicativeBudget& scratch,
                                     std::string& out);

// Reads JSON Lines assessments from `in` and gives one JSON Lines budget per assessment to
// `write`, in the input's order, a few thousand lines at a time as they are worked out (so a
// batch of millions needs no more memory than a block). Every bad line is reported; after the
// first, nothing more is given to `write`, and the caller must throw away what it was given, so
// that no partial result can be mistaken for a whole one.
BatchSummary run_budget_batch(BudgetService& service, std::istream& in, const std::string& source,
                              std::optional<boost::gregorian::date> date_override,
                              const std::function<void(std::string_view)>& write);

}  // namespace openras
