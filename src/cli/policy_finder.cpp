#include "cli/policy_finder.hpp"

#include "util/files.hpp"

#include <filesystem>

namespace scopelint::cli {
namespace fs = std::filesystem;
namespace {

constexpr std::uint64_t max_policy_bytes = 4U << 20U;

// Policies are shown relative to the working directory when they are below it.
std::string display_of(const fs::path& absolute) {
    std::error_code error;
    const auto relative = fs::relative(absolute, fs::current_path(error), error);
    if (error || relative.empty() || relative.native().starts_with("..")) return absolute.generic_string();
    return relative.generic_string();
}

}  // namespace

PolicyFinder::PolicyFinder(std::optional<std::string> explicit_policy) : explicit_policy_(std::move(explicit_policy)) {}

std::variant<const Policy*, PolicyError> PolicyFinder::load(const std::string& absolute, const std::string& display) {
    if (const auto it = loaded_.find(absolute); it != loaded_.end()) return it->second.get();
    auto read = util::read_file(absolute, max_policy_bytes);
    if (!read.text) return PolicyError{display, std::nullopt, "cannot read it: " + read.error};
    auto source = std::make_shared<const SourceFile>(display, std::move(*read.text));
    auto result = read_policy(source, fs::path(absolute).parent_path().generic_string());
    if (auto* error = std::get_if<PolicyError>(&result)) return *error;
    auto& slot = loaded_[absolute];
    slot = std::make_unique<Policy>(std::get<Policy>(std::move(result)));
    return slot.get();
}

std::variant<const Policy*, PolicyError> PolicyFinder::search(const std::string& directory) {
    for (fs::path dir(directory);; dir = dir.parent_path()) {
        const auto candidate = dir / policy_file_name;
        std::error_code error;
        if (fs::is_regular_file(candidate, error)) {
            const auto absolute = candidate.lexically_normal().generic_string();
            return load(absolute, display_of(candidate));
        }
        if (dir == dir.parent_path()) break;
    }
    return &default_policy();
}

std::variant<const Policy*, PolicyError> PolicyFinder::for_directory(const std::string& directory) {
    if (explicit_policy_) {
        std::error_code error;
        const auto absolute = fs::absolute(*explicit_policy_, error).lexically_normal();
        return load(absolute.generic_string(), *explicit_policy_);
    }
    if (const auto it = by_directory_.find(directory); it != by_directory_.end()) return it->second;
    auto found = search(directory);
    by_directory_.emplace(directory, found);
    return found;
}

const SourceFile* PolicyFinder::source(std::string_view path) const {
    for (const auto& [absolute, policy] : loaded_)
        if (policy->source && policy->source->path == path) return policy->source.get();
    return nullptr;
}

}  // namespace scopelint::cli
