#include "rules/text_limits.hpp"

namespace openras {
namespace {

void visit(const toml::node& node, const std::string& path, const std::string& file, Diagnostics& problems) {
    if (const auto* table = node.as_table()) {
        for (const auto& [key, child] : *table)
            visit(child, path.empty() ? std::string(key.str()) : path + "." + std::string(key.str()), file, problems);
    } else if (const auto* array = node.as_array()) {
        for (std::size_t i = 0; i < array->size(); ++i) visit(*array->get(i), path + "[" + std::to_string(i) + "]", file, problems);
    } else if (const auto* text = node.as_string()) {
        const std::size_t size = text->get().size();
        if (size > kMaxTextBytes)
            problems.add(ErrorCode::InvalidValue,
                         "`" + path + "` is " + std::to_string(size) + " bytes long; text in a rule set may be at most " +
                             std::to_string(kMaxTextBytes) + " bytes",
                         SourceLocation{file, int(node.source().begin.line), int(node.source().begin.column), path});
    }
}

}  // namespace

void refuse_long_texts(const toml::table& document, const std::string& file, Diagnostics& problems) {
    visit(document, "", file, problems);
}

}  // namespace openras
