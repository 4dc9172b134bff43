# Writes the two wording files and the list of Easy Read pictures into OUTPUT as C++ byte
# arrays, so the kiosk carries its words with it and runs from any folder.
function(openras_bytes path var)
  file(READ ${path} hex HEX)
  string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," bytes "${hex}")
  set(${var} "${bytes}" PARENT_SCOPE)
endfunction()
openras_bytes(${PLAIN} plain)
openras_bytes(${EASY} easy)
openras_bytes(${PICTURES} pictures)
# Every language: TEXT_DIR/LANG.toml and TEXT_DIR/LANG-easy-read.toml, English first.
string(REPLACE "," ";" languages "${LANGUAGES}")
set(language_arrays "")
set(language_entries "")
set(n 0)
foreach(language IN LISTS languages)
  openras_bytes(${TEXT_DIR}/${language}.toml lp)
  openras_bytes(${TEXT_DIR}/${language}-easy-read.toml le)
  string(APPEND language_arrays "static const unsigned char language_plain_${n}[] = {${lp} 0};\n"
                                "static const unsigned char language_easy_${n}[] = {${le} 0};\n")
  string(APPEND language_entries "    {\"${language}\", {reinterpret_cast<const char*>(language_plain_${n}), sizeof(language_plain_${n}) - 1}, "
                                 "{reinterpret_cast<const char*>(language_easy_${n}), sizeof(language_easy_${n}) - 1}},\n")
  math(EXPR n "${n} + 1")
endforeach()
file(WRITE ${OUTPUT}
  "// Generated from kiosk/text/*.toml at build time. Do not edit.\n"
  "#include \"kiosk/text/wording.hpp\"\n"
  "#include <string_view>\n"
  "#include <vector>\n"
  "namespace openras::kiosk {\n"
  "static const unsigned char plain_bytes[] = {${plain} 0};\n"
  "static const unsigned char easy_bytes[] = {${easy} 0};\n"
  "static const unsigned char picture_bytes[] = {${pictures} 0};\n"
  "std::string_view embedded_plain_wording() {\n"
  "  return {reinterpret_cast<const char*>(plain_bytes), sizeof(plain_bytes) - 1};\n"
  "}\n"
  "std::string_view embedded_easy_read_wording() {\n"
  "  return {reinterpret_cast<const char*>(easy_bytes), sizeof(easy_bytes) - 1};\n"
  "}\n"
  "${language_arrays}"
  "const std::vector<EmbeddedWording>& embedded_wordings() {\n"
  "  static const std::vector<EmbeddedWording> all = {\n${language_entries}  };\n"
  "  return all;\n"
  "}\n"
  "std::string_view embedded_picture_list() {\n"
  "  return {reinterpret_cast<const char*>(picture_bytes), sizeof(picture_bytes) - 1};\n"
  "}\n"
  "}  // namespace openras::kiosk\n")
