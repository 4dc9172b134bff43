// Finding things in the catalogue by id. Used only while compiling, so a plain search will do.
#include "rules/expression/expression.hpp"

#include <algorithm>

namespace openras::expr {
namespace {

template <typename Range, typename Id>
int position(const Range& items, std::string_view id, Id id_of) {
    const auto found = std::find_if(items.begin(), items.end(), [&](const auto& item) { return id_of(item) == id; });
    return found == items.end() ? -1 : static_cast<int>(found - items.begin());
}

const std::string& itself(const std::string& id) { return id; }

}  // namespace

int Catalogue::question_index(std::string_view id) const {
    return position(questions, id, [](const Question& q) -> const std::string& { return q.id; });
}

int Catalogue::domain_index(std::string_view id) const { return position(domains, id, itself); }

int Catalogue::stream_index(std::string_view id) const { return position(streams, id, itself); }

int Catalogue::table_index(std::string_view id) const {
    return position(tables, id, [](const Table& t) -> const std::string& { return t.id; });
}

}  // namespace openras::expr
