// What a Program carries besides its nodes: text, per-question and per-table data, and the
// list of references. Everything here runs once, when the expression compiles.
#include "rules/expression/compiler.hpp"

#include "rules/expression/location.hpp"

#include <algorithm>
#include <numeric>

namespace openras::expr {

std::int32_t Compiler::emit(Op op, std::int32_t a, std::int32_t b, std::int32_t c, Rational constant) {
    program_.nodes.push_back(Node{op, a, b, c, constant});
    return static_cast<std::int32_t>(program_.nodes.size()) - 1;
}

std::int32_t Compiler::intern(std::string_view text) {
    if (const auto found = text_index_.find(text); found != text_index_.end()) return found->second;
    const auto index = static_cast<std::int32_t>(program_.texts.size());
    program_.texts.emplace_back(text);
    text_index_.emplace(std::string(text), index);
    return index;
}

Rational Compiler::slot_of(const Value& value) {
    switch (value.type) {
        case Type::Number:
        case Type::Money: return value.number;
        case Type::Bool: return Rational(value.boolean ? 1 : 0);
        case Type::Text: return Rational(intern(value.text));
    }
    return {};
}

std::int32_t Compiler::question_entry(int question) {
    if (const auto found = question_entries_.find(question); found != question_entries_.end())
        return found->second;
    const Catalogue::Question& q = catalogue_.questions[static_cast<std::size_t>(question)];
    QuestionData data{{Rational(0)}, {intern("")}};
    for (std::size_t i = 0; i < q.answer_ids.size(); ++i) {
        data.points.push_back(i < q.answer_points.size() ? q.answer_points[i] : Rational(0));
        data.text_ids.push_back(intern(q.answer_ids[i]));
    }
    const auto entry = static_cast<std::int32_t>(program_.questions.size());
    program_.questions.push_back(std::move(data));
    question_entries_.emplace(question, entry);
    return entry;
}

std::int32_t Compiler::table_entry(int table) {
    if (const auto found = table_entries_.find(table); found != table_entries_.end()) return found->second;
    const Catalogue::Table& t = catalogue_.tables[static_cast<std::size_t>(table)];
    TableData data{t.id, t.key_type, {}, {}, {}, {}};
    // Number keys are searched by halving, so the rows are sorted; the first of equal keys wins.
    std::vector<std::size_t> order(t.rows.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    if (t.key_type == Type::Number)
        std::stable_sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) {
            return t.rows[x].first.number < t.rows[y].first.number;
        });
    for (std::size_t row : order) {
        data.values.push_back(slot_of(t.rows[row].second));
        if (t.key_type == Type::Number) data.number_keys.push_back(t.rows[row].first.number);
        else data.key_texts.push_back(intern(t.rows[row].first.text));
    }
    const auto entry = static_cast<std::int32_t>(program_.tables.size());
    program_.tables.push_back(std::move(data));
    table_entries_.emplace(table, entry);
    return entry;
}

// Text keys become a direct map from every text the program can produce to a row; it can
// only be built once all the program's text is known.
void Compiler::finish_tables() {
    for (TableData& table : program_.tables) {
        if (table.key_type != Type::Text) continue;
        table.row_by_text.assign(program_.texts.size(), -1);
        for (std::size_t row = table.key_texts.size(); row-- > 0;)
            table.row_by_text[static_cast<std::size_t>(table.key_texts[row])] = static_cast<std::int32_t>(row);
    }
}

void Compiler::refer(Reference::Kind kind, std::string_view id) {
    const auto same = [&](const Reference& r) { return r.kind == kind && r.id == id; };
    if (std::none_of(references_.begin(), references_.end(), same))
        references_.push_back(Reference{kind, std::string(id)});
}

void Compiler::problem(ErrorCode code, std::size_t offset, std::string message) {
    failed_ = true;
    problems_.add(code, std::move(message), locate(source_, start_, offset));
}

}  // namespace openras::expr
