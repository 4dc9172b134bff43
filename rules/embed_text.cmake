# Writes INPUT's bytes into OUTPUT as a C++ array, so the default rule set travels inside the
# binary byte for byte (its hash is the same as the file's), with its languages' texts
# (LANGUAGES, comma-separated codes: INPUT's stem.LANG.toml beside it).
file(READ ${INPUT} hex HEX)
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," bytes "${hex}")
get_filename_component(folder ${INPUT} DIRECTORY)
get_filename_component(stem ${INPUT} NAME_WE)
string(REPLACE "," ";" languages "${LANGUAGES}")
set(arrays "")
set(cases "")
set(n 0)
foreach(language IN LISTS languages)
  file(READ ${folder}/${stem}.${language}.toml lhex HEX)
  string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," lbytes "${lhex}")
  string(APPEND arrays "static const unsigned char language_bytes_${n}[] = {${lbytes} 0};\n")
  string(APPEND cases "  if (language == \"${language}\") return {reinterpret_cast<const char*>(language_bytes_${n}), sizeof(language_bytes_${n}) - 1};\n")
  math(EXPR n "${n} + 1")
endforeach()
file(WRITE ${OUTPUT}
  "// Generated from rules/sets/model-ras.toml and its languages' texts at build time. Do not edit.\n"
  "#include <string_view>\n"
  "namespace openras {\n"
  "static const unsigned char model_ras_bytes[] = {${bytes} 0};\n"
  "${arrays}"
  "std::string_view embedded_model_ras_text() {\n"
  "  return {reinterpret_cast<const char*>(model_ras_bytes), sizeof(model_ras_bytes) - 1};\n"
  "}\n"
  "std::string_view embedded_model_ras_texts(std::string_view language) {\n"
  "  (void)language;\n"
  "${cases}"
  "  return {};\n"
  "}\n"
  "}  // namespace openras\n")
