#include "parse/scope_list_reader.hpp"

#include "parse/scope_tokens.hpp"

namespace scopelint {

ReadResult read_scope_list_source(const SourceFile& source, const ScopeListOptions& options) {
    ReadResult result;
    result.recognized = true;
    AppManifest app;
    app.provider = std::string(options.provider->id);
    app.access = options.access;
    if (options.name) app.name = Located{*options.name, {}, {}};
    // A trailing newline from `echo ... |` is not part of the list.
    std::string_view text = source.text;
    while (!text.empty() && (text.back() == '\n' || text.back() == '\r')) text.remove_suffix(1);
    const ScopeCarrier carrier{text, [](std::uint32_t offset) { return offset; }, "", false};
    ScopeBudget budget(options.limits);
    read_scope_carrier(carrier, *options.provider, source.path, budget, app.scopes, result.findings);
    budget.report(*options.provider, source.path, result.findings);
    result.manifests.push_back(std::move(app));
    return result;
}

}  // namespace scopelint
