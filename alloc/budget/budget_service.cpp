#include "alloc/budget/budget_service.hpp"

#include "alloc/io/cores.hpp"

#include <algorithm>
#include <istream>
#include <thread>

namespace openras {

BudgetService::BudgetService(RuleLibrary library) : library_(std::move(library)) {}

const BudgetService::Compiled& BudgetService::compiled_for(const std::shared_ptr<const RuleSet>& rules) {
    Compiled& compiled = compiled_[rules.get()];
    if (!compiled.engine) {
        compiled.engine = std::make_unique<BudgetEngine>(rules);
        compiled.answers = std::make_unique<AnswerLookup>(*rules);
    }
    return compiled;
}

const BudgetJsonWriter& BudgetService::json_writer_for(const std::shared_ptr<const RuleSet>& rules) {
    auto& writer = json_writers_[rules.get()];
    if (!writer) writer = std::make_unique<BudgetJsonWriter>(rules);
    return *writer;
}

IndicativeBudget BudgetService::compute(const Assessment& assessment, bool explain,
                                        std::optional<boost::gregorian::date> date_override) {
    const boost::gregorian::date day = date_override.value_or(assessment.date);
    if (day.is_not_a_date())
        throw OpenRasError(Error{ErrorCode::MissingField, "the assessment has no date; give one in the file or with --date",
                                 SourceLocation{assessment.source, 0, 0, "assessment.date"}});
    std::shared_ptr<const RuleSet> rules;
    try {
        rules = library_.in_force_on(day);
    } catch (const OpenRasError& e) {
        Error error = e.error();
        error.where = date_override ? SourceLocation{{}, 0, 0, "--date"}
                                    : SourceLocation{assessment.source, 0, 0, "assessment.date"};
        throw OpenRasError(std::move(error));
    }
    const AnswerSheet sheet = resolve_answers(*rules, assessment.answers, assessment.source);
    IndicativeBudget budget;
    compiled_for(rules).engine->evaluate(sheet, budget, explain);
    budget.person = assessment.person;
    budget.assessment_date = day;
    return budget;
}

bool BudgetService::compute_plain_line(std::string_view line, std::optional<boost::gregorian::date> date_override,
                                       IndicativeBudget& out) {
    PlainLine plain;
    if (!read_plain_line(line, plain)) return false;
    const boost::gregorian::date day = date_override.value_or(plain.date);
    if (day.is_not_a_date()) return false;
    std::shared_ptr<const RuleSet> rules;
    try {
        rules = library_.in_force_on(day);
    } catch (const OpenRasError&) {
        return false;
    }
    const Compiled& compiled = compiled_for(rules);
    thread_local AnswerSheet sheet;
    if (!compiled.answers->resolve(plain.answers, sheet)) return false;
    try {
        compiled.engine->evaluate(sheet, out, true);
    } catch (const OpenRasError&) {
        return false;  // a council rule that fails: worked out again the full way, which names it
    }
    out.person = plain.person;
    out.assessment_date = day;
    return true;
}

std::optional<Error> write_batch_line(BudgetService& service, std::string_view text, const std::string& source, int number,
                                     std::optional<boost::gregorian::date> date_override, IndicativeBudget& scratch,
                                     std::string& out) {
    if (service.compute_plain_line(text, date_override, scratch)) {
        service.json_writer_for(scratch.rules).write(scratch, out);
        out += '\n';
        return std::nullopt;
    }
    // Anything else, read the full way, whose messages name the line and field.
    const std::string where = source + ":" + std::to_string(number);
    std::optional<Assessment> assessment;
    try {
        assessment = assessment_from_json_text(text, where);
    } catch (const OpenRasError& e) {
        Error error = e.error();
        error.where.file = source;
        error.where.line = number;
        return error;
    }
    try {
        const IndicativeBudget budget = service.compute(*assessment, true, date_override);
        service.json_writer_for(budget.rules).write(budget, out);
        out += '\n';
    } catch (const OpenRasError& e) {
        // A rule that fails is named where it is written; the person's line, separately.
        Error error = e.error();
        if (error.where.file.empty() && error.where.line == 0) {
            error.where.file = source;
            error.where.line = number;
        } else if (error.where.file != source && error.where.file != where) {
            error.message += " (working out the assessment on " + where + ")";
        }
        return error;
    }
    return std::nullopt;
}

namespace {

struct BatchLine {
    int number = 0;
    std::string text;
    std::string result;          // the JSON line, when it worked
    std::optional<Error> problem;  // why it did not
};

void compute_lines(BudgetService& service, std::vector<BatchLine>& lines, std::size_t first, std::size_t last,
                   const std::string& source, std::optional<boost::gregorian::date> date_override) {
    IndicativeBudget budget;  // reused: its lists keep their room from line to line
    for (std::size_t i = first; i < last; ++i) {
        BatchLine& line = lines[i];
        line.problem = write_batch_line(service, line.text, source, line.number, date_override, budget, line.result);
    }
}

}  // namespace

BatchSummary run_budget_batch(BudgetService& service, std::istream& in, const std::string& source,
                              std::optional<boost::gregorian::date> date_override,
                              const std::function<void(std::string_view)>& write) {
    // Each worker has its own service (engines and writers are made per service) and its own
    // share of each block; results are given in input order, so the output is the same on any
    // machine and with any number of workers.
    constexpr std::size_t kBlock = 8192;
    const std::size_t workers = std::size_t(usable_cores());
    std::vector<BudgetService> services;
    services.reserve(workers - 1);
    for (std::size_t w = 1; w < workers; ++w) services.emplace_back(service.library());
    BatchSummary summary;
    std::vector<BatchLine> lines;
    std::string text, block_out;
    int number = 0;
    for (bool more = true; more;) {
        lines.clear();
        while (lines.size() < kBlock && (more = bool(std::getline(in, text)))) {
            ++number;
            if (text.find_first_not_of(" \t\r") != std::string::npos) lines.push_back({number, std::move(text), {}, {}});
        }
        // Small blocks are worked out on this thread alone: starting threads would cost more.
        const std::size_t used = std::min(workers, lines.size() / 256 + 1);
        const std::size_t share = (lines.size() + used - 1) / std::max<std::size_t>(used, 1);
        std::vector<std::thread> threads;
        for (std::size_t w = 1; w < used; ++w)
            threads.emplace_back(compute_lines, std::ref(services[w - 1]), std::ref(lines),
                                 std::min(lines.size(), w * share), std::min(lines.size(), (w + 1) * share),
                                 std::cref(source), date_override);
        compute_lines(service, lines, 0, std::min(lines.size(), share), source, date_override);
        for (auto& thread : threads) thread.join();
        block_out.clear();
        for (BatchLine& line : lines) {
            if (line.problem) {
                summary.problems.push_back(std::move(*line.problem));
                continue;
            }
            ++summary.assessments;
            if (summary.problems.empty()) block_out += line.result;
        }
        if (summary.problems.empty() && !block_out.empty()) write(block_out);
    }
    return summary;
}

}  // namespace openras
