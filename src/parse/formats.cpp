// The formats, most specific path first: a workflow is YAML under
// .github/workflows/; other JSON and YAML files are connected apps, GitHub App
// manifests or Slack app manifests, which their names or their content tell
// apart; Atlassian's descriptors are told by their names and content.
#include "parse/formats.hpp"

#include "parse/apps_script_reader.hpp"
#include "parse/atlassian_reader.hpp"
#include "parse/browser_extension_reader.hpp"
#include "parse/code_scanner.hpp"
#include "parse/env_file_reader.hpp"
#include "parse/github_app_reader.hpp"
#include "parse/github_workflow_reader.hpp"
#include "parse/shopify_reader.hpp"
#include "parse/slack_manifest_reader.hpp"
#include "util/text.hpp"

#include <algorithm>
#include <array>

namespace scopelint {
namespace {

bool is_json_name(std::string_view path) { return util::ends_with_icase(path, ".json"); }

ReadResult read_workflow(const SourceFile& source, bool, const InputLimits& limits) {
    return read_github_workflow(source, limits);
}

bool never(std::string_view) { return false; }

constexpr std::array<ManifestFormat, 12> formats{{
    {"github-workflow", &has_github_workflow_path, &has_github_workflow_path, &read_workflow},
    {"apps-script", &has_apps_script_manifest_name, &is_json_name, &read_apps_script_manifest},
    {"shopify-app-config", &has_shopify_app_config_name, &has_shopify_app_config_name, &read_shopify_app_config},
    {"atlassian-connect", &has_connect_descriptor_name, &is_json_name, &read_connect_descriptor},
    // manifest.json is also a web app's or a Teams app's: only the content decides.
    {"browser-extension", &never, &may_be_browser_extension_manifest, &read_browser_extension_manifest},
    // manifest.yml is mostly Cloud Foundry's: only the content makes it a Forge app.
    {"atlassian-forge", &never, &may_be_forge_manifest, &read_forge_manifest},
    {"connected-app", &has_connected_app_name, &is_json_name, &read_connected_app},
    // A .env file is a manifest only when it holds a scope list of a certain provider.
    {"env-file", &never, &has_env_file_name, &read_env_file},
    {"github-app", &has_github_app_manifest_name, &is_json_name, &read_github_app_manifest},
    // app.yml is anyone's name: only a GitHub App manifest's content makes it Probot's.
    {"github-app-yaml", &never, &may_be_probot_app_yml, &read_probot_app_yml},
    {"slack", &has_slack_manifest_name, &may_be_slack_manifest, &read_slack_manifest},
    // Last: a source file is only read for scopes when nothing else claims it.
    {"source-code", &never, &may_hold_code_scopes, &scan_code, true},
}};

}  // namespace

std::vector<const ManifestFormat*> formats_for(std::string_view path, bool scan_code) {
    std::vector<const ManifestFormat*> found;
    for (const auto& format : formats)
        if ((scan_code || !format.opt_in) && format.may_hold(path)) found.push_back(&format);
    std::stable_partition(found.begin(), found.end(), [&](const ManifestFormat* f) { return f->named_like(path); });
    return found;
}

bool named_like_a_manifest(std::string_view path) {
    return std::any_of(formats.begin(), formats.end(), [&](const ManifestFormat& f) { return f.named_like(path); });
}

ReadResult read_manifest(const SourceFile& source, std::string_view path, bool read_anyway, const InputLimits& limits,
                         bool scan_code) {
    const auto candidates = formats_for(path, scan_code);
    for (const ManifestFormat* format : candidates) {
        // Only the format the name points at reports what is wrong with a file it does not recognise.
        auto result = format->read(source, format->named_like(path), limits);
        if (result.recognized) return result;
    }
    if (!read_anyway) return {};
    return read_connected_app(source, true, limits);
}

}  // namespace scopelint
