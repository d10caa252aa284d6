# Everything comes from Debian 12 packages (see README): config-mode packages only.
find_package(pegtl 3.2 REQUIRED)           # taocpp::pegtl (header-only)
find_package(fmt 9 REQUIRED)               # fmt::fmt
find_package(nlohmann_json 3.11 REQUIRED)  # nlohmann_json::nlohmann_json
find_package(CLI11 2.1 REQUIRED)           # CLI11::CLI11 (header-only)
if(SCOPELINT_BUILD_TESTS)
  find_package(Catch2 2.13 REQUIRED)       # Catch2::Catch2WithMain
endif()
