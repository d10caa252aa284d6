#include "parse/github_workflow_reader.hpp"

#include "ast/json.hpp"
#include "parse/scope_tokens.hpp"
#include "parse/yaml_reader.hpp"
#include "parse/yaml_strings.hpp"
#include "provider/provider.hpp"
#include "util/text.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <memory>
#include <optional>
#include <set>

namespace scopelint {
namespace {

constexpr std::string_view provider_id = "github-actions";

bool is_yaml_name(std::string_view name) { return name.ends_with(".yml") || name.ends_with(".yaml"); }

std::string_view kind_article(YamlKind kind) {
    switch (kind) {
        case YamlKind::scalar: return "a scalar";
        case YamlKind::sequence: return "a sequence";
        case YamlKind::mapping: return "a mapping";
    }
    return "a node";
}

// Where a node stands in the file: the alias that brought it in, or itself.
Span placed(const YamlNode& node) { return node.placed_span(); }

// A `key: value` pair as one place: key to value, or the alias it came through.
Span pair_span(const YamlPair& pair) {
    if (pair.value.alias) return *pair.value.alias;
    if (pair.key.alias) return *pair.key.alias;
    return {pair.key.span.begin, std::max(pair.key.span.end, pair.value.span.end)};
}

class WorkflowReader {
public:
    WorkflowReader(const SourceFile& source, const InputLimits& limits)
        : source_(source), limits_(limits), provider_(find_provider(provider_id)) {}

    ReadResult run() {
        result_.recognized = true;
        auto parsed = parse_yaml(source_.text, limits_);
        if (parsed.error) {
            const auto offset = std::min<std::uint32_t>(parsed.error->offset, static_cast<std::uint32_t>(source_.text.size()));
            syntax_error({offset, std::min<std::uint32_t>(offset + 1, static_cast<std::uint32_t>(source_.text.size()))}, "",
                         fmt::format("invalid YAML: {}", parsed.error->message));
            return std::move(result_);
        }
        if (parsed.documents.empty()) {
            syntax_error({}, "", "the workflow is empty");
            return std::move(result_);
        }
        // The manifests' string views point into this tree, so it is kept with them.
        const auto document = std::make_shared<const YamlNode>(std::move(parsed.documents.front()));
        const YamlNode& root = *document;
        if (!root.is(YamlKind::mapping)) {
            syntax_error(root.span, "", fmt::format("a workflow is a mapping, not {}", kind_article(root.kind)));
            return std::move(result_);
        }
        read_workflow(root);
        for (auto& manifest : result_.manifests) manifest.document = document;
        return std::move(result_);
    }

private:
    const SourceFile& source_;
    InputLimits limits_;
    const Provider* provider_;
    ReadResult result_;

    void add(std::string_view rule, Severity severity, Span span, std::string pointer, std::string message) {
        Finding finding = make_finding(rule, severity, source_.path, span, std::move(pointer), std::move(message));
        finding.provider = std::string(provider_id);
        result_.findings.push_back(std::move(finding));
    }

    void syntax_error(Span span, std::string pointer, std::string message) {
        add("manifest-syntax", Severity::error, span, std::move(pointer), std::move(message));
    }

    AppManifest new_manifest() const {
        AppManifest app;
        app.provider = std::string(provider_id);
        app.justification_form = "say why the job needs it in a comment after the permission, e.g. 'contents: write  # pushes release tags'";
        return app;
    }

    // `contents: write  # pushes release tags`: the comment after a
    // permission is its justification (YAML parsers drop comments, so the
    // source line is read; for a pair reached through an alias, the line of
    // the anchored original).
    std::optional<std::string_view> trailing_comment(const YamlPair& pair) const {
        const std::string_view text = source_.text;
        std::size_t at = pair.value.span.end;
        while (at < text.size() && (text[at] == ' ' || text[at] == '\t')) ++at;
        if (at >= text.size() || text[at] != '#') return std::nullopt;
        const auto end = text.find_first_of("\r\n", at);
        auto comment = util::trim(text.substr(at + 1, (end == std::string_view::npos ? text.size() : end) - at - 1));
        if (comment.empty()) return std::nullopt;
        return comment;
    }

    void read_workflow(const YamlNode& root) {
        AppManifest workflow = new_manifest();
        if (const YamlPair* name = root.find("name"); name != nullptr && name->value.is(YamlKind::scalar))
            workflow.name = Located{name->value.text, name->value.value_span, "/name"};
        collect_yaml_strings(root, "", PathTable::root, workflow);
        const YamlPair* permissions = root.find("permissions");
        if (permissions != nullptr) read_permissions(*permissions, "/permissions", workflow);
        const YamlPair* jobs = root.find("jobs");
        if (jobs != nullptr && jobs->value.is(YamlKind::mapping)) {
            const auto inheriting = read_jobs(jobs->value, permissions != nullptr);
            if (jobs->value.pairs.size() >= 2) report_workflow_wide_writes(workflow, inheriting);
        }
        result_.manifests.insert(result_.manifests.begin(), std::move(workflow));
    }

    static bool grants_write(const ScopeToken& scope) {
        return scope.text == "write-all" || scope.text.ends_with(":write");
    }

    void add_permission(std::string text, Span span, const std::string& pointer, AppManifest& app, ScopeBudget& budget) {
        read_scope_value(std::move(text), span, pointer, "permission", *provider_, source_.path, budget, app,
                         result_.findings);
    }

    // A write permission at the top reaches every job without a block of its
    // own, though usually one job needs it.
    void report_workflow_wide_writes(const AppManifest& workflow, const std::vector<std::string_view>& inheriting) {
        if (inheriting.empty()) return;
        constexpr std::size_t names_shown = 4;
        std::vector<std::string> names;
        for (std::size_t i = 0; i < inheriting.size() && i < names_shown; ++i) names.push_back(fmt::format("'{}'", inheriting[i]));
        if (inheriting.size() > names_shown + 1) names.push_back(fmt::format("{} more", inheriting.size() - names_shown));
        else if (inheriting.size() == names_shown + 1) names.push_back(fmt::format("'{}'", inheriting.back()));
        const auto jobs = util::join_words(names);
        for (const auto& scope : workflow.scopes) {
            if (!grants_write(scope)) continue;
            add("workflow-wide-permission", Severity::warning, scope.span, scope.pointer,
                fmt::format("'{}' is granted at the workflow level, so {} {} {} it whether {} it or not",
                            scope.text, inheriting.size() == 1 ? "job" : "jobs", jobs,
                            inheriting.size() == 1 ? "gets" : "get", inheriting.size() == 1 ? "it needs" : "they need"));
        }
    }

    // The jobs without a permissions block of their own, in file order.
    std::vector<std::string_view> read_jobs(const YamlNode& jobs, bool workflow_has_permissions) {
        std::vector<std::string_view> inheriting;
        for (const auto& job : jobs.pairs) {
            if (!job.key.is(YamlKind::scalar) || !job.value.is(YamlKind::mapping)) continue;
            const std::string pointer = "/jobs/" + json_pointer_token(job.key.text);
            if (const YamlPair* permissions = job.value.find("permissions")) {
                AppManifest app = new_manifest();
                app.name = Located{job.key.text, placed(job.key), pointer};
                read_permissions(*permissions, pointer + "/permissions", app);
                result_.manifests.push_back(std::move(app));
            } else if (workflow_has_permissions) {
                inheriting.push_back(job.key.text);
            } else {
                add("missing-permissions", Severity::warning, placed(job.key), pointer,
                    fmt::format("job '{}' sets no permissions and neither does the workflow, so its GITHUB_TOKEN "
                                "gets the repository's default permissions",
                                job.key.text));
            }
        }
        return inheriting;
    }

    void read_permissions(const YamlPair& permissions, const std::string& pointer, AppManifest& app) {
        const YamlNode& value = permissions.value;
        ScopeBudget budget(limits_);
        if (value.is(YamlKind::scalar)) {
            if (value.text.empty() && !value.is_quoted()) {
                syntax_error(pair_span(permissions), pointer,
                             "'permissions' is empty; write '{}' for no permissions, or list them");
                return;
            }
            add_permission(value.text, placed(value), pointer, app, budget);
        } else if (value.is(YamlKind::mapping)) {
            read_permission_map(value, pointer, app, budget);
        } else {
            syntax_error(placed(value), pointer,
                         "'permissions' must be read-all, write-all or a mapping of permission to level");
        }
        budget.report(*provider_, source_.path, result_.findings);
    }

    void read_permission_map(const YamlNode& map, const std::string& pointer, AppManifest& app, ScopeBudget& budget) {
        std::set<std::string_view> seen;
        for (const auto& pair : map.pairs) {
            const std::string member = pointer + "/" + json_pointer_token(pair.key.text);
            if (!pair.key.is(YamlKind::scalar) || !pair.value.is(YamlKind::scalar)) {
                syntax_error(pair_span(pair), member, "a permission is 'name: read', 'name: write' or 'name: none'");
                continue;
            }
            if (!seen.insert(pair.key.text).second) {
                syntax_error(placed(pair.key), member,
                             fmt::format("duplicate key '{}': YAML loaders keep only one of the values", pair.key.text));
                continue;
            }
            const std::string_view level = pair.value.text;
            if (level == "none") continue;  // grants nothing
            if (level != "read" && level != "write") {
                syntax_error(placed(pair.value), member,
                             fmt::format("'{}' is not a permission level (read, write or none)", pair.value.text));
                continue;
            }
            const auto scope = fmt::format("{}:{}", pair.key.text, level);
            if (const auto reason = trailing_comment(pair)) {
                const auto begin = static_cast<std::uint32_t>(reason->data() - source_.text.data());
                app.justifications.push_back({Located{scope, pair_span(pair), member},
                                              Located{std::string(*reason), {begin, begin + static_cast<std::uint32_t>(reason->size())}, member}});
            }
            add_permission(scope, pair_span(pair), member, app, budget);
        }
    }
};

}  // namespace

bool has_github_workflow_path(std::string_view path) {
    const auto name = util::base_name(path);
    if (name.size() == path.size() || !is_yaml_name(name)) return false;
    const auto folder = path.substr(0, path.size() - name.size() - 1);
    return folder.ends_with(".github/workflows") || folder.ends_with(".github\\workflows");
}

ReadResult read_github_workflow(const SourceFile& source, const InputLimits& limits) {
    return WorkflowReader(source, limits).run();
}

}  // namespace scopelint
