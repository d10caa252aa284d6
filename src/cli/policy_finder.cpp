#include "cli/policy_finder.hpp"

#include "util/files.hpp"

#include <filesystem>
#include <vector>

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

// Walks up from `directory`; every directory passed on the way is remembered
// with the answer, so a tree of thousands of files costs one look per directory.
std::variant<const Policy*, PolicyError> PolicyFinder::search(const std::string& directory) {
    std::vector<std::string> passed;
    std::variant<const Policy*, PolicyError> found = &default_policy();
    for (fs::path dir(directory);; dir = dir.parent_path()) {
        const auto key = dir.generic_string();
        if (const auto it = by_directory_.find(key); it != by_directory_.end()) {
            found = it->second;
            break;
        }
        passed.push_back(key);
        const auto candidate = dir / policy_file_name;
        std::error_code error;
        if (fs::is_regular_file(candidate, error)) {
            found = load(candidate.lexically_normal().generic_string(), display_of(candidate));
            break;
        }
        if (dir == dir.parent_path()) break;
    }
    for (const auto& key : passed) by_directory_.emplace(key, found);
    return found;
}

std::variant<const Policy*, PolicyError> PolicyFinder::for_directory(const std::string& directory) {
    if (explicit_policy_) {
        std::error_code error;
        const auto absolute = fs::absolute(*explicit_policy_, error).lexically_normal();
        return load(absolute.generic_string(), *explicit_policy_);
    }
    return search(directory);
}

const SourceFile* PolicyFinder::source(std::string_view path) const {
    for (const auto& [absolute, policy] : loaded_)
        if (policy->source && policy->source->path == path) return policy->source.get();
    return nullptr;
}

}  // namespace scopelint::cli
