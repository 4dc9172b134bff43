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

# Debian's toml++ imports as an UNKNOWN library with a compile flag to use the shared build.
add_library(openras_toml INTERFACE)
target_link_libraries(openras_toml INTERFACE tomlplusplus::tomlplusplus)

add_library(openras_sodium INTERFACE)
target_link_libraries(openras_sodium INTERFACE PkgConfig::SODIUM)
