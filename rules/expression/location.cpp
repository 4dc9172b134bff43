#include "rules/expression/location.hpp"

namespace openras::expr {
namespace {

bool starts_character(char byte) { return (static_cast<unsigned char>(byte) & 0xC0) != 0x80; }

}  // namespace

SourceLocation locate(std::string_view source, const SourceLocation& start, std::size_t offset) {
    SourceLocation where = start;
    const std::string_view before = source.substr(0, offset);
    const std::size_t newline = before.rfind('\n');
    std::string_view last_line = before;
    if (newline != std::string_view::npos) {
        for (char c : before) where.line += c == '\n' ? 1 : 0;
        where.column = 1;
        last_line = before.substr(newline + 1);
    } else if (where.column <= 0) {
        where.column = 1;  // unknown start: count from the expression's own first column
    }
    for (char c : last_line) where.column += starts_character(c) ? 1 : 0;
    return where;
}

}  // namespace openras::expr
