#include "alloc/caseload/caseload_csv.hpp"

#include <cctype>
#include <unordered_map>

namespace openras {
namespace {

constexpr std::string_view kPersonColumn = "person";
constexpr std::string_view kGroupColumn = "client_group";
constexpr std::string_view kCostColumn = "current_annual_cost";
constexpr std::string_view kPointsColumn = "points";

struct ColumnPlan {
    std::optional<std::size_t> person, group, cost, points;
};

bool asked_by_any(const std::string& name, const std::vector<const RuleSet*>& rule_sets) {
    for (const RuleSet* rules : rule_sets)
        if (rules->question_index(name) >= 0) return true;
    return false;
}

bool mentions_synthetic(const std::vector<std::string>& notes) {
    for (const std::string& note : notes) {
        std::string lower;
        for (char c : note) lower += char(std::tolower(static_cast<unsigned char>(c)));
        if (lower.find("synthetic") != std::string::npos) return true;
    }
    return false;
}

void require_column(const Caseload& c, const std::optional<std::size_t>& column, std::string_view name,
                    const std::string& why, Diagnostics& problems) {
    if (column) return;
    problems.add(ErrorCode::MissingField, "the file has no `" + std::string(name) + "` column" + why,
                 SourceLocation{c.source, c.layout.header_line, 0, "column " + std::string(name)});
}

ColumnPlan plan_columns(Caseload& c, const std::vector<const RuleSet*>& rule_sets, const CaseloadNeeds& needs,
                        Diagnostics& problems) {
    ColumnPlan plan;
    const std::vector<std::string>& header = c.layout.header;
    for (std::size_t i = 0; i < header.size(); ++i) {
        const std::string& name = header[i];
        if (name == kPersonColumn) plan.person = i;
        else if (name == kGroupColumn) plan.group = i;
        else if (name == kCostColumn) plan.cost = i;
        else if (name == kPointsColumn && needs.points_allowed) plan.points = i;
        else if (asked_by_any(name, rule_sets)) {
            c.question_columns.push_back(name);
            c.question_column_index.push_back(i);
        } else if (!name.empty()) {
            const std::string allowed = needs.points_allowed ? "person, client_group, current_annual_cost, points"
                                                             : "person, client_group, current_annual_cost";
            problems.add(ErrorCode::UnknownName,
                         "unknown column: it is not " + allowed + ", nor a question id of the rule set" +
                             (name == kPointsColumn ? " (budgets are recomputed from answers, so points are not used here)"
                                                    : ""),
                         c.layout.at(c.layout.header_line, i));
        }
    }
    require_column(c, plan.person, kPersonColumn, " (each person's reference)", problems);
    require_column(c, plan.group, kGroupColumn, " (" + client_group_choices() + ")", problems);
    if (needs.cost_required)
        require_column(c, plan.cost, kCostColumn, " (the current cost of each person's support a year)", problems);
    if (needs.points_allowed && !plan.points && c.question_columns.empty())
        problems.add(ErrorCode::MissingField,
                     "the file needs answers (one column per question id) or a `points` column",
                     SourceLocation{c.source, c.layout.header_line, 0, {}});
    c.has_costs = plan.cost.has_value();
    c.has_points = plan.points.has_value();
    c.points_column = plan.points.value_or(0);
    return plan;
}

class RowReader {
public:
    RowReader(const Caseload& c, const ColumnPlan& plan, Diagnostics& problems, std::size_t rows)
        : c_(c), plan_(plan), problems_(problems) {
        first_line_.reserve(rows);
    }

    bool read(CsvRecord& record, CaseRecord& out) {
        ok_ = true;
        line_ = record.line;
        out.line = record.line;
        read_person(record, out);
        read_group(record, out);
        if (plan_.cost) out.annual_cost = read_cost(record.fields[*plan_.cost], *plan_.cost);
        if (plan_.points) out.points = read_points(record.fields[*plan_.points], *plan_.points);
        out.answers.clear();
        out.answers.reserve(c_.question_column_index.size());
        for (std::size_t i : c_.question_column_index) out.answers.push_back(std::move(record.fields[i]));
        return ok_;
    }

private:
    void problem(ErrorCode code, std::string message, std::size_t column) {
        problems_.add(code, std::move(message), c_.layout.at(line_, column));
        ok_ = false;
    }

    void read_person(const CsvRecord& record, CaseRecord& out) {
        if (!plan_.person) return;
        out.person = record.fields[*plan_.person];
        if (out.person.empty()) return problem(ErrorCode::MissingField, "the person's reference is empty", *plan_.person);
        auto [it, inserted] = first_line_.emplace(out.person, line_);
        if (!inserted)
            problem(ErrorCode::Duplicate,
                    "person \"" + out.person + "\" appears twice (first on line " + std::to_string(it->second) + ")",
                    *plan_.person);
    }

    void read_group(const CsvRecord& record, CaseRecord& out) {
        if (!plan_.group) return;
        const std::string& text = record.fields[*plan_.group];
        if (auto group = parse_client_group(text)) {
            out.group = *group;
            return;
        }
        problem(ErrorCode::InvalidValue,
                text.empty() ? "the client group is empty; use one of: " + client_group_choices()
                             : "\"" + text + "\" is not a client group; use one of: " + client_group_choices(),
                *plan_.group);
    }

    std::optional<Money> read_cost(const std::string& text, std::size_t column) {
        const std::optional<Money> amount = Money::parse(text);
        if (!amount) {
            problem(ErrorCode::InvalidValue,
                    text.empty() ? "the current annual cost is empty"
                                 : "\"" + text + "\" is not an amount of money in pounds and pence "
                                                 "(write it like 14250.00 or £14,250.00)",
                    column);
            return std::nullopt;
        }
        if (*amount < Money{}) problem(ErrorCode::InvalidValue, "a current annual cost cannot be negative", column);
        return amount;
    }

    std::optional<Rational> read_points(const std::string& text, std::size_t column) {
        if (text.empty() && !c_.question_columns.empty()) return std::nullopt;  // the answers give them
        const std::optional<Rational> points = Rational::parse_decimal(text);
        if (!points || text.back() == '%') {
            problem(ErrorCode::InvalidValue, "\"" + text + "\" is not a number of points (write it like 42 or 37.5)",
                    column);
            return std::nullopt;
        }
        if (points->is_negative()) problem(ErrorCode::InvalidValue, "points cannot be negative", column);
        return points;
    }

    const Caseload& c_;
    const ColumnPlan& plan_;
    Diagnostics& problems_;
    std::unordered_map<std::string, int> first_line_;
    int line_ = 0;
    bool ok_ = true;
};

std::string answer_choices(const Question& question) {
    std::string out;
    for (const AnswerOption& a : question.answers) out += (out.empty() ? "" : ", ") + a.id;
    return out;
}

int answer_index(const Question& question, const std::string& id) {
    for (std::size_t a = 0; a < question.answers.size(); ++a)
        if (question.answers[a].id == id) return int(a);
    return -1;
}

// Required questions the rule set asks that have no column at all: one problem each.
void report_missing_question_columns(const Caseload& c, const RuleSet& rules, Diagnostics& problems) {
    if (c.has_points && c.question_columns.empty()) return;  // points stand in for answers
    for (const Question& question : rules.questions) {
        if (!question.required) continue;
        bool present = false;
        for (const std::string& name : c.question_columns) present = present || name == question.id;
        if (!present)
            problems.add(ErrorCode::MissingField,
                         "the file has no `" + question.id + "` column, but " + rules.source_name +
                             " asks that question and it must be answered",
                         SourceLocation{c.source, c.layout.header_line, 0, "column " + question.id});
    }
}

}  // namespace

Caseload parse_caseload(std::string_view text, const std::string& source,
                        const std::vector<const RuleSet*>& rule_sets, const CaseloadNeeds& needs,
                        Diagnostics& problems) {
    Caseload c;
    c.source = source;
    CsvTable table = read_csv(text, source, problems);
    c.notes = table.preamble;
    c.synthetic = mentions_synthetic(c.notes);
    std::vector<CsvRecord> records = std::move(table.records);
    c.layout = std::move(table);
    if (c.layout.header.empty()) return c;
    const ColumnPlan plan = plan_columns(c, rule_sets, needs, problems);
    RowReader reader(c, plan, problems, records.size());
    c.people.reserve(records.size());
    // Rows with a problem are kept too, so that their answers are checked as well and every
    // problem is reported in one run; a caseload with any problem is never used.
    for (CsvRecord& record : records) {
        CaseRecord person;
        reader.read(record, person);
        c.people.push_back(std::move(person));
    }
    if (records.empty())
        problems.add(ErrorCode::MissingField, "the file has a header but nobody in it",
                     SourceLocation{source, c.layout.header_line, 0, {}});
    return c;
}

std::vector<AnswerSheet> resolve_caseload(const Caseload& c, const RuleSet& rules, Diagnostics& problems) {
    report_missing_question_columns(c, rules, problems);
    std::vector<int> question_of_column;
    for (const std::string& name : c.question_columns) question_of_column.push_back(rules.question_index(name));
    std::vector<AnswerSheet> sheets(c.people.size());
    for (std::size_t p = 0; p < c.people.size(); ++p) {
        const CaseRecord& person = c.people[p];
        AnswerSheet& sheet = sheets[p];
        sheet.answer_index.assign(rules.questions.size(), -1);
        for (std::size_t k = 0; k < question_of_column.size(); ++k) {
            const int q = question_of_column[k];
            if (q < 0) continue;
            const Question& question = rules.questions[std::size_t(q)];
            const std::string& given = person.answers[k];
            // The location is only built for a problem: this loop runs for every cell of the file.
            auto where = [&] { return c.layout.at(person.line, c.question_column_index[k]); };
            if (given.empty()) {
                if (question.required)
                    problems.add(ErrorCode::MissingAnswer, "question `" + question.id + "` must be answered", where());
                continue;
            }
            const int chosen = answer_index(question, given);
            if (chosen < 0)
                problems.add(ErrorCode::UnknownAnswer,
                             "\"" + given + "\" is not an answer to `" + question.id + "` in " + rules.source_name +
                                 "; the answers are " + answer_choices(question),
                             where());
            sheet.answer_index[std::size_t(q)] = chosen;
        }
    }
    return sheets;
}

}  // namespace openras
