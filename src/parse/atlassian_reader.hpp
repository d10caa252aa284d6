#pragma once
// Reads Atlassian app descriptors into AppManifests:
//  * Forge `manifest.yml` (`app.id: ari:cloud:ecosystem::app/…`): the scopes
//    of `permissions.scopes`, a list or a map of scope to options, as scopes
//    of the `atlassian` catalog;
//  * Connect `atlassian-connect.json` (`key`, `baseUrl`, `scopes`): the
//    `scopes` list as scopes of the `atlassian-connect` catalog.
// A `manifest.yml` of anything else (Cloud Foundry, say) is skipped quietly.
#include "ast/source.hpp"
#include "parse/connected_app_reader.hpp"
#include "parse/limits.hpp"

#include <string_view>

namespace scopelint {

[[nodiscard]] bool may_be_forge_manifest(std::string_view path);      // manifest.yml / manifest.yaml
[[nodiscard]] bool has_connect_descriptor_name(std::string_view path);  // atlassian-connect*.json

[[nodiscard]] ReadResult read_forge_manifest(const SourceFile& source, bool by_name, const InputLimits& limits = {});
[[nodiscard]] ReadResult read_connect_descriptor(const SourceFile& source, bool by_name, const InputLimits& limits = {});

}  // namespace scopelint
