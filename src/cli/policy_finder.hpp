#pragma once
// Finds the policy for each linted path: --policy if given, else the nearest
// .scopelint.json in the file's directory or above, else the built-in one.
// Each policy file is read once.
#include "parse/policy_reader.hpp"

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <variant>

namespace scopelint::cli {

inline constexpr const char* policy_file_name = ".scopelint.json";

class PolicyFinder {
public:
    explicit PolicyFinder(std::optional<std::string> explicit_policy);

    // `directory`: absolute directory of the linted file (or the working directory).
    [[nodiscard]] std::variant<const Policy*, PolicyError> for_directory(const std::string& directory);

    // The source of a policy file by its display path (for related locations).
    [[nodiscard]] const SourceFile* source(std::string_view path) const;

private:
    std::optional<std::string> explicit_policy_;
    std::map<std::string, std::variant<const Policy*, PolicyError>> by_directory_;
    std::map<std::string, std::unique_ptr<Policy>> loaded_;  // by absolute path

    std::variant<const Policy*, PolicyError> load(const std::string& absolute, const std::string& display);
    std::variant<const Policy*, PolicyError> search(const std::string& directory);
};

}  // namespace scopelint::cli
