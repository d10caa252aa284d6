#include "engine/policy.hpp"

#include <algorithm>

namespace scopelint {

std::string Policy::relative_to_policy(std::string_view absolute_path) const {
    if (directory.empty()) return std::string(absolute_path);
    std::string prefix = directory;
    if (!prefix.ends_with('/')) prefix += '/';
    if (absolute_path.starts_with(prefix)) return std::string(absolute_path.substr(prefix.size()));
    return std::string(absolute_path);
}

const AppSection* Policy::section_for(const AppManifest& app, std::string_view absolute_path) const {
    const auto relative = relative_to_policy(absolute_path);
    const auto it = std::find_if(apps.begin(), apps.end(), [&](const AppSection& section) {
        const bool by_name = section.match_name && app.name && section.match_name->glob.matches(app.name->value);
        const bool by_path = section.match_path && !absolute_path.empty() && section.match_path->glob.matches(relative);
        return by_name || by_path;
    });
    return it == apps.end() ? nullptr : &*it;
}

bool Policy::excludes(std::string_view absolute_path) const {
    const auto relative = relative_to_policy(absolute_path);
    return std::any_of(exclude.begin(), exclude.end(),
                       [&](const PolicyPattern& pattern) { return pattern.glob.matches(relative); });
}

}  // namespace scopelint
