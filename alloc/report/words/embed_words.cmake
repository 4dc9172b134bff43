# Writes each report words file (FILES: alloc/report/words/LANG.toml, en-GB first) into OUTPUT
# as a C++ array, so `openras` carries its reports' words in every language.
string(REPLACE "," ";" files "${FILES}")
set(arrays "")
set(entries "")
set(n 0)
foreach(file IN LISTS files)
  get_filename_component(language ${file} NAME_WE)
  file(READ ${file} hex HEX)
  string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," bytes "${hex}")
  string(APPEND arrays "static const unsigned char words_${n}[] = {${bytes} 0};\n")
  string(APPEND entries "    {\"${language}\", {reinterpret_cast<const char*>(words_${n}), sizeof(words_${n}) - 1}},\n")
  math(EXPR n "${n} + 1")
endforeach()
file(WRITE ${OUTPUT}
  "// Generated from alloc/report/words/*.toml at build time. Do not edit.\n"
  "#include \"alloc/report/report_words.hpp\"\n"
  "namespace openras {\n"
  "${arrays}"
  "const std::vector<EmbeddedReportWords>& embedded_report_words() {\n"
  "  static const std::vector<EmbeddedReportWords> words{\n"
  "${entries}"
  "  };\n"
  "  return words;\n"
  "}\n"
  "}  // namespace openras\n")
