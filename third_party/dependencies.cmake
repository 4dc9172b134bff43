# CMake glue only: every library comes from Debian's packages (scripts/install-deps.sh).
# Nothing here is downloaded or copied; each block turns an installed package into a target.
# Included from the top-level CMakeLists.txt so that the imported targets are visible everywhere.

find_package(GTest REQUIRED)
find_package(benchmark REQUIRED)
find_package(Boost 1.74 REQUIRED COMPONENTS date_time)
find_package(tomlplusplus REQUIRED)
find_package(nlohmann_json 3.11 REQUIRED)
find_package(CLI11 REQUIRED)
find_package(SQLiteCpp REQUIRED)
find_package(PkgConfig REQUIRED)
pkg_check_modules(SODIUM REQUIRED IMPORTED_TARGET libsodium)
pkg_check_modules(QRENCODE REQUIRED IMPORTED_TARGET libqrencode)  # the receipt's QR code
pkg_check_modules(ESPEAK REQUIRED IMPORTED_TARGET espeak-ng)  # the kiosk's speech (GPL-3.0-or-later)
pkg_check_modules(ALSA REQUIRED IMPORTED_TARGET alsa)  # playing speech, headset detection
pkg_check_modules(PANGOCAIRO REQUIRED IMPORTED_TARGET pangocairo>=1.50)  # shaped right-to-left text (Urdu)
find_package(ICU REQUIRED COMPONENTS uc i18n)  # plural rules for each language (CLDR)
find_program(RSVG_CONVERT rsvg-convert REQUIRED)  # Easy Read pictures, SVG to PNG at build time
find_package(Cups REQUIRED)  # printing the receipt (libcups2-dev has no pkg-config file)
find_package(OpenSSL 3 REQUIRED)  # libcrypto's SHA-256 for the decision record's hash chain
find_package(simdjson REQUIRED)  # reading batch lines without building a tree
pkg_check_modules(PQXX REQUIRED IMPORTED_TARGET libpqxx>=6.4)  # the council's record on PostgreSQL
# The PostgreSQL server's programs (initdb, pg_ctl), for the tests' throwaway servers.
find_program(OPENRAS_PG_CTL pg_ctl PATHS /usr/lib/postgresql/15/bin /usr/lib/postgresql/16/bin /usr/lib/postgresql/17/bin
             NO_DEFAULT_PATH REQUIRED)
get_filename_component(OPENRAS_PG_BINDIR ${OPENRAS_PG_CTL} DIRECTORY)

# Debian's toml++ imports as an UNKNOWN library with a compile flag to use the shared build.
add_library(openras_toml INTERFACE)
target_link_libraries(openras_toml INTERFACE tomlplusplus::tomlplusplus)

add_library(openras_sodium INTERFACE)
target_link_libraries(openras_sodium INTERFACE PkgConfig::SODIUM)

# --- The kiosk (kiosk/): Dear ImGui 1.86, GLFW 3.3, OpenGL, stb and the DejaVu fonts ----------
# Debian's libimgui-dev ships one static library, libimgui.a, that already holds the ImGui core
# and its backends (GLFW and OpenGL3 among them; `ar t` lists them). A static library only
# lends the objects that are used, so a target that never calls a backend needs no GL at all:
#   openras_imgui           the core only (the kiosk's screens and the headless tests)
#   openras_imgui_glfw_gl   the core plus what the GLFW and OpenGL3 backends call
# The headers are SYSTEM includes so that ImGui's own code does not trip our warnings.
find_path(OPENRAS_IMGUI_INCLUDE_DIR imgui.h PATHS /usr/include/imgui NO_DEFAULT_PATH REQUIRED)
find_library(OPENRAS_IMGUI_LIBRARY NAMES libimgui.a imgui REQUIRED)
add_library(openras_imgui INTERFACE)
target_include_directories(openras_imgui SYSTEM INTERFACE
  ${OPENRAS_IMGUI_INCLUDE_DIR} ${OPENRAS_IMGUI_INCLUDE_DIR}/backends)
target_link_libraries(openras_imgui INTERFACE ${OPENRAS_IMGUI_LIBRARY})

find_package(glfw3 3.3 REQUIRED)
set(OpenGL_GL_PREFERENCE GLVND)
find_package(OpenGL REQUIRED)
add_library(openras_imgui_glfw_gl INTERFACE)
# The OpenGL3 backend loads GL entry points itself with dlopen.
target_link_libraries(openras_imgui_glfw_gl INTERFACE openras_imgui glfw OpenGL::GL ${CMAKE_DL_LIBS})

# stb (libstb-dev): stb_image_write for the kiosk's screenshots, stb_image to compare them.
pkg_check_modules(STB REQUIRED IMPORTED_TARGET stb)
add_library(openras_stb INTERFACE)
target_link_libraries(openras_stb INTERFACE PkgConfig::STB)
# Debian builds ImGui's font rasteriser against the system stb_truetype (imgui.pc: Requires stb).
target_link_libraries(openras_imgui INTERFACE openras_stb)

# xvfb-run runs the screenshot tests and the tour on machines with no display.
find_program(OPENRAS_XVFB_RUN xvfb-run)
