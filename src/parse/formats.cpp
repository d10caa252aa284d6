// The formats, most specific path first: a workflow is YAML under
// .github/workflows/; everything else that may be a manifest is JSON whose
// content decides.
#include "parse/formats.hpp"

#include "parse/github_workflow_reader.hpp"
#include "util/text.hpp"

#include <array>

namespace scopelint {
namespace {

bool is_json_name(std::string_view path) {
    return path.size() > 5 && util::iequals(path.substr(path.size() - 5), ".json");
}

ReadResult read_workflow(const SourceFile& source, bool, const InputLimits& limits) {
    return read_github_workflow(source, limits);
}

constexpr std::array<ManifestFormat, 2> formats{{
    {"github-workflow", &has_github_workflow_path, &has_github_workflow_path, &read_workflow},
    {"connected-app", &has_connected_app_name, &is_json_name, &read_connected_app},
}};

}  // namespace

const ManifestFormat* format_for(std::string_view path) {
    for (const auto& format : formats)
        if (format.may_hold(path)) return &format;
    return nullptr;
}

}  // namespace scopelint
