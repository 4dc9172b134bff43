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
file(WRITE ${OUTPUT}
  "// Generated from kiosk/text/*.toml at build time. Do not edit.\n"
  "#include <string_view>\n"
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
  "std::string_view embedded_picture_list() {\n"
  "  return {reinterpret_cast<const char*>(picture_bytes), sizeof(picture_bytes) - 1};\n"
  "}\n"
  "}  // namespace openras::kiosk\n")
