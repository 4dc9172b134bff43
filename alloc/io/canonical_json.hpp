#pragma once
// The canonical JSON text of a payload: exactly the bytes nlohmann::json::dump() writes with its
// defaults (keys in byte order, no whitespace, UTF-8 kept, only `"`, `\` and control characters
// escaped), which is the form the decision record stores and hashes (alloc/record/store_schema.cpp).
//
// dump() checks every byte of every string against a UTF-8 decoder, which made it a tenth of a
// durable append with a long reason. Here a string of printable ASCII, which needs no escaping
// and cannot be invalid UTF-8, is copied as it is; any other string, and every floating-point or
// binary value, is written by nlohmann's own serializer. So the bytes, and the exception for text
// that is not UTF-8, are always dump()'s; tests/canonical_json_test.cpp compares the two.
#include <nlohmann/json.hpp>

#include <string>

namespace openras {

// Appends the canonical text of `value` to `out`. Throws nlohmann::json::type_error where dump()
// would (a string that is not valid UTF-8).
void append_canonical_json(const nlohmann::json& value, std::string& out);
std::string canonical_json(const nlohmann::json& value);

// The same bytes as for nlohmann::json(value): the members of each object in their keys' byte
// order, whatever order they were put in. Saves copying a built payload into a sorted tree.
void append_canonical_json(const nlohmann::ordered_json& value, std::string& out);
std::string canonical_json(const nlohmann::ordered_json& value);

}  // namespace openras
