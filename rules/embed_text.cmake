# Writes INPUT's bytes into OUTPUT as a C++ array, so the default rule set travels inside the
# binary byte for byte (its hash is the same as the file's).
file(READ ${INPUT} hex HEX)
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," bytes "${hex}")
file(WRITE ${OUTPUT}
  "// Generated from rules/sets/model-ras.toml at build time. Do not edit.\n"
  "#include <string_view>\n"
  "namespace openras {\n"
  "static const unsigned char model_ras_bytes[] = {${bytes} 0};\n"
  "std::string_view embedded_model_ras_text() {\n"
  "  return {reinterpret_cast<const char*>(model_ras_bytes), sizeof(model_ras_bytes) - 1};\n"
  "}\n"
  "}  // namespace openras\n")
