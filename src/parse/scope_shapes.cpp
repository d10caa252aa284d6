#include "parse/scope_shapes.hpp"

#include "util/text.hpp"

#include <algorithm>
#include <vector>

namespace scopelint {
namespace {

std::vector<std::string_view> parts_of(std::string_view value) {
    std::vector<std::string_view> parts;
    std::size_t at = 0;
    while (at < value.size()) {
        while (at < value.size() && (value[at] == ' ' || value[at] == ',' || value[at] == '\t')) ++at;
        const std::size_t begin = at;
        while (at < value.size() && value[at] != ' ' && value[at] != ',' && value[at] != '\t') ++at;
        if (at > begin) parts.push_back(value.substr(begin, at - begin));
    }
    return parts;
}

bool is_known_service(std::string_view service, const catalog::Catalog& zoho) {
    return std::any_of(zoho.families.begin(), zoho.families.end(),
                       [&](const catalog::Family& family) { return util::iequals(family.service, service); });
}

bool is_known_operation(std::string_view operation, const catalog::Catalog& zoho) {
    return std::any_of(zoho.operations.begin(), zoho.operations.end(),
                       [&](const catalog::Operation& known) { return util::iequals(known.name, operation); });
}

// `ZohoCRM.modules.ALL`: well-formed, a known service first, a known operation last.
bool is_zoho_scope(std::string_view part, const Provider& zoho) {
    const auto first_dot = part.find('.');
    const auto last_dot = part.rfind('.');
    if (first_dot == std::string_view::npos || first_dot == last_dot) return false;
    return is_known_service(part.substr(0, first_dot), *zoho.catalog) &&
           is_known_operation(part.substr(last_dot + 1), *zoho.catalog) && !zoho.check_scope(part);
}

// The prefix alone is a common constant in code (scopes are appended to it), not a scope.
bool is_google_url(std::string_view part) {
    constexpr std::string_view prefix = "https://www.googleapis.com/auth/";
    return (part.starts_with(prefix) && part.size() > prefix.size()) || part == "https://mail.google.com/";
}

bool is_openid_name(std::string_view part) { return part == "openid" || part == "email" || part == "profile"; }

}  // namespace

const Provider* provider_by_shape(std::string_view value) {
    const auto parts = parts_of(value);
    if (parts.empty()) return nullptr;
    const Provider* zoho = find_provider("zoho");
    if (std::all_of(parts.begin(), parts.end(), [&](std::string_view part) { return is_zoho_scope(part, *zoho); }))
        return zoho;
    const bool google = std::all_of(parts.begin(), parts.end(),
                                    [](std::string_view part) { return is_google_url(part) || is_openid_name(part); }) &&
                        std::any_of(parts.begin(), parts.end(), is_google_url);
    return google ? find_provider("google") : nullptr;
}

}  // namespace scopelint
