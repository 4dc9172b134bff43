// Reads a support plan file: the sections that appear once, and the file as a whole.
#include "alloc/plan/plan_file.hpp"
#include "rules/safe_toml.hpp"

#include "alloc/plan/plan_file_parts.hpp"
#include "rules/toml_reader.hpp"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <map>
#include <sstream>

namespace openras {
namespace plan_file {

void Reader::for_each(const toml::table& document, std::string_view key, const std::function<void(PlanFields&)>& each) {
    const toml::node* node = document.get(key);
    if (!node) return;
    const toml::array* items = node->as_array();
    if (!items || !items->is_array_of_tables()) {
        problems.add(ErrorCode::WrongType, "write each entry as its own [[" + std::string(key) + "]] table",
                     location_of(*node, file, std::string(key)));
        return;
    }
    for (std::size_t i = 0; i < items->size(); ++i) {
        PlanFields fields(*items->get(i)->as_table(), std::string(key) + "[" + std::to_string(i) + "]", file, problems);
        each(fields);
    }
}

const toml::table* Reader::section(const toml::table& document, std::string_view key) {
    const toml::node* node = document.get(key);
    if (!node) return nullptr;
    if (const auto* table = node->as_table()) return table;
    problems.add(ErrorCode::WrongType, "write this section as a [" + std::string(key) + "] table",
                 location_of(*node, file, std::string(key)));
    return nullptr;
}

namespace {

void read_header(Reader& r, const toml::table& document) {
    const toml::table* table = r.section(document, "plan");
    if (!table) {
        if (!document.contains("plan"))
            r.problems.add(ErrorCode::MissingField, "the plan needs a [plan] section with person, start and end",
                           SourceLocation{r.file, 1, 1, "plan"});
        return;
    }
    PlanFields f(*table, "plan", r.file, r.problems);
    f.reject_unknown_keys({"person", "start", "end", "date", "support_starts"});
    SupportPlan& p = r.out;
    p.person = f.text("person", true);
    if (f.has("person") && !is_given(p.person)) f.problem("person", ErrorCode::InvalidValue, "the person's reference is empty");
    const auto start = f.date("start", true);
    const auto end = f.date("end", true);
    if (start) p.start = *start;
    if (end) p.end = *end;
    if (start && end && *end < *start) f.problem("end", ErrorCode::InvalidValue, "the plan ends before it starts");
    p.written = f.date("date");
    p.support_starts = f.date("support_starts");
}

void read_budget(Reader& r, const toml::table& document) {
    const toml::table* table = r.section(document, "budget");
    if (!table) return;
    PlanFields f(*table, "budget", r.file, r.problems);
    f.reject_unknown_keys({"weekly", "kind", "difference_reason"});
    r.out.budget.weekly = f.money("weekly");
    static constexpr std::string_view kinds[] = {"indicative", "agreed"};
    if (auto kind = f.choice("kind", kinds)) r.out.budget.kind = std::string(kinds[*kind]);
    r.out.budget.difference_reason = f.text("difference_reason");
}

void read_questions(Reader& r, const toml::table& document) {
    const toml::table* table = r.section(document, "questions");
    if (!table) return;
    PlanFields f(*table, "questions", r.file, r.problems);
    f.reject_unknown_keys({kPlanQuestions[0].key, kPlanQuestions[1].key, kPlanQuestions[2].key, kPlanQuestions[3].key,
                           kPlanQuestions[4].key, kPlanQuestions[5].key, kPlanQuestions[6].key});
    for (int q = 0; q < kSevenQuestions; ++q) r.out.answers[std::size_t(q)] = f.text(kPlanQuestions[std::size_t(q)].key);
}

void read_money(Reader& r, const toml::table& document) {
    const toml::table* table = r.section(document, "money");
    if (!table) return;
    PlanFields f(*table, "money", r.file, r.problems);
    f.reject_unknown_keys({"held_as", "managed_by", "nominee", "fund_holder", "support_managed_by"});
    MoneyManagement& m = r.out.money;
    if (auto held = f.choice("held_as", kMoneyHeldAsNames)) m.held_as = MoneyHeldAs(*held);
    m.managed_by = f.text("managed_by");
    m.nominee = f.text("nominee");
    m.fund_holder = f.text("fund_holder");
    m.support_managed_by = f.text("support_managed_by");
}

void read_decisions(Reader& r, const toml::table& document) {
    const toml::table* table = r.section(document, "decisions");
    if (!table) return;
    PlanFields f(*table, "decisions", r.file, r.problems);
    f.reject_unknown_keys({"person_decides", "representative", "lacks_capacity", "capacity_decisions",
                           "best_interests_decider"});
    DecisionMaking& d = r.out.decisions;
    d.recorded = f.has("person_decides");
    d.person_decides = f.flag("person_decides");
    d.representative = f.text("representative");
    d.lacks_capacity = f.flag("lacks_capacity");
    d.capacity_decisions = f.text("capacity_decisions");
    d.best_interests_decider = f.text("best_interests_decider");
}

void read_contingency(Reader& r, const toml::table& document) {
    const toml::table* table = r.section(document, "contingency");
    if (!table) return;
    PlanFields f(*table, "contingency", r.file, r.problems);
    f.reject_unknown_keys({"arrangement", "contact"});
    r.out.contingency.arrangement = f.text("arrangement");
    r.out.contingency.contact = f.text("contact");
}

constexpr std::string_view kSections[] = {"plan", "budget", "questions", "outcomes", "lines", "money",
                                          "decisions", "risks", "contingency", "actions", "reviews"};

void reject_unknown_sections(Reader& r, const toml::table& document) {
    for (const auto& [key, value] : document) {
        if (std::find(std::begin(kSections), std::end(kSections), key.str()) != std::end(kSections)) continue;
        r.problems.add(ErrorCode::UnknownName,
                       "unknown section (expected plan, budget, questions, outcomes, lines, money, decisions, risks, "
                       "contingency, actions or reviews)",
                       location_of(value, r.file, std::string(key.str())));
    }
}

}  // namespace
}  // namespace plan_file

namespace {

// The path of the value on `line` of `text`: its table header ([[lines]] counted, so the
// third [[lines]] is lines[2]) and its key. Used only to name a field toml++ refused to read.
std::string field_on_line(std::string_view text, int line) {
    std::istringstream in{std::string(text)};
    std::string row, table, key;
    std::map<std::string, int> seen;
    for (int number = 1; std::getline(in, row) && number <= line; ++number) {
        const std::size_t first = row.find_first_not_of(" \t");
        if (first == std::string::npos || row[first] == '#') continue;
        if (row.compare(first, 2, "[[") == 0) {
            const std::string name = row.substr(first + 2, row.find("]]") - first - 2);
            table = name + "[" + std::to_string(seen[name]++) + "]";
        } else if (row[first] == '[') {
            table = row.substr(first + 1, row.find(']') - first - 1);
        } else if (number == line) {
            key = row.substr(first, row.find_first_of(" =", first) - first);
        }
    }
    return table.empty() ? key : key.empty() ? table : table + "." + key;
}

// toml++ refuses dates that do not exist, such as 2026-02-30, while parsing. Its message is
// about the parser; this one says which date, where, and that it does not exist.
Error read_error(const toml::parse_error& failure, std::string_view text, const std::string& source) {
    const auto& at = failure.source().begin;
    const std::string description(failure.description());
    SourceLocation where{source, int(at.line), int(at.column), field_on_line(text, int(at.line))};
    if (description.rfind("Error while parsing date", 0) != 0) return Error{ErrorCode::Syntax, description, where};
    std::istringstream in{std::string(text)};
    std::string row;
    for (int number = 1; number <= int(at.line) && std::getline(in, row); ++number) {}
    std::size_t end = std::min(row.size(), std::size_t(std::max(1, int(at.column))));
    std::size_t begin = end;
    while (begin > 0 && (std::isdigit(static_cast<unsigned char>(row[begin - 1])) || row[begin - 1] == '-')) --begin;
    while (end < row.size() && (std::isdigit(static_cast<unsigned char>(row[end])) || row[end] == '-')) ++end;
    where.column = int(begin) + 1;
    const std::string written = row.substr(begin, end - begin);
    const std::string detail = description.substr(std::min(description.size(), description.find(':') + 2));
    return Error{ErrorCode::InvalidDate, written + " is not a real date (" + detail + ")", where};
}

}  // namespace

PlanLoad plan_from_toml_text(std::string_view text, const std::string& source) {
    PlanLoad result;
    toml::table document;
    try {
        document = parse_toml(text, std::string_view(source));
    } catch (const toml::parse_error& failure) {
        const Error e = read_error(failure, text, source);
        result.problems.add(e.code, e.message, e.where);
        return result;
    }
    SupportPlan plan;
    plan.source = source;
    plan_file::Reader r{source, result.problems, plan};
    plan_file::reject_unknown_sections(r, document);
    plan_file::read_header(r, document);
    plan_file::read_budget(r, document);
    plan_file::read_questions(r, document);
    plan_file::read_outcomes(r, document);  // before lines, which refer to outcomes by id
    plan_file::read_lines(r, document);
    plan_file::read_money(r, document);
    plan_file::read_decisions(r, document);
    plan_file::read_risks(r, document);
    plan_file::read_contingency(r, document);
    plan_file::read_actions(r, document);
    plan_file::read_reviews(r, document);
    result.problems.sort_by_location();
    if (result.problems.empty()) result.plan = std::move(plan);
    return result;
}

PlanLoad load_plan_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        PlanLoad result;
        result.problems.add(ErrorCode::Io, "cannot open the plan file", SourceLocation{path, 0, 0, {}});
        return result;
    }
    std::ostringstream text;
    text << in.rdbuf();
    return plan_from_toml_text(text.str(), path);
}

}  // namespace openras
