#pragma once
// Writing JSON straight into a buffer, byte for byte as nlohmann::json::dump() writes it with its
// defaults: strings in double quotes with only `"`, `\` and control characters escaped (\b \t \n
// \f \r, and \u00XX in lower-case hex for the rest), other UTF-8 kept as it is; integers in
// decimal; no whitespace. For the documents written once per person (budgets, explanations),
// where building a tree and dumping it cost a hundred times the arithmetic.
#include <cstdint>
#include <string>
#include <string_view>

namespace openras {

// Appends `text` as a JSON string. Throws OpenRasError (InvalidValue) for text that is not valid
// UTF-8, where dump() would throw.
void append_json_string(std::string_view text, std::string& out);
void append_json_integer(std::int64_t number, std::string& out);

// `"key":` with the key escaped, for building fixed parts of a document once.
std::string json_key(std::string_view key);

}  // namespace openras
