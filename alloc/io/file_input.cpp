#include "alloc/io/file_input.hpp"

#include "rules/error.hpp"

#include <fstream>
#include <sstream>

namespace openras {

std::string read_whole_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw OpenRasError(Error{ErrorCode::Io, "cannot open the file", SourceLocation{path, 0, 0, {}}});
    std::ostringstream text;
    text << in.rdbuf();
    if (in.bad()) throw OpenRasError(Error{ErrorCode::Io, "cannot read the file", SourceLocation{path, 0, 0, {}}});
    return text.str();
}

}  // namespace openras
