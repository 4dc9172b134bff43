#include "alloc/io/placeholders.hpp"

#include <algorithm>

namespace openras {

std::string fill_placeholders(std::string_view text, const std::vector<std::pair<std::string, std::string>>& params) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '{') {
            const std::size_t close = text.find('}', i);
            if (close != std::string_view::npos) {
                const std::string_view name = text.substr(i + 1, close - i - 1);
                const auto it = std::find_if(params.begin(), params.end(), [&](const auto& p) { return p.first == name; });
                if (it != params.end()) {
                    out += it->second;
                    i = close;
                    continue;
                }
            }
        }
        out += text[i];
    }
    return out;
}

}  // namespace openras
