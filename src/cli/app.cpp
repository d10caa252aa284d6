#include "cli/app.hpp"

#include "catalog/catalog.hpp"
#include "cli/exit_codes.hpp"
#include "cli/lint_run.hpp"
#include "cli/options.hpp"
#include "engine/rule_meta.hpp"
#include "util/text.hpp"

#include <fmt/format.h>

#include <limits>
#include <ostream>

namespace scopelint::cli {
namespace {

int print_version(std::ostream& out) {
    out << fmt::format("scopelint {}\n", SCOPELINT_VERSION);
    for (const auto* catalog : catalog::all_catalogs())
        out << fmt::format("catalog {} {} ({} scopes)\n", catalog->provider, catalog->date, catalog->scopes.size());
    return exit_clean;
}

int print_rules(std::ostream& out) {
    for (const auto& rule : all_rule_metas())
        out << fmt::format("{:<24} {:<8} {}\n", rule.id, to_string(rule.default_severity), rule.summary);
    return exit_clean;
}

int print_rule(const std::string& id, std::ostream& out, std::ostream& err) {
    if (const RuleMeta* rule = find_rule_meta(id)) {
        out << rule->docs;
        if (!rule->docs.ends_with('\n')) out << '\n';
        return exit_clean;
    }
    std::string nearest;
    std::size_t best = std::numeric_limits<std::size_t>::max();
    for (const auto& rule : all_rule_metas()) {
        const auto distance = util::edit_distance(rule.id, id);
        if (distance < best) best = distance, nearest = rule.id;
    }
    err << fmt::format("scopelint: error: unknown rule '{}'{}\nRun 'scopelint rules' for the list.\n", id,
                       best <= 3 ? fmt::format("; did you mean '{}'?", nearest) : std::string());
    return exit_usage;
}

}  // namespace

int run(int argc, const char* const* argv, std::ostream& out, std::ostream& err) {
    const auto parsed = parse_options(argc, argv);
    if (!parsed.options) {
        (parsed.message_is_error ? err : out) << parsed.message;
        return parsed.exit_code;
    }
    const Options& options = *parsed.options;
    switch (options.command) {
        case Command::version: return print_version(out);
        case Command::rules: return print_rules(out);
        case Command::rule: return print_rule(options.rule_id, out, err);
        case Command::check: return LintRun(options, out, err).check_scope_list();
        case Command::lint: return LintRun(options, out, err).lint_paths();
    }
    return exit_usage;
}

}  // namespace scopelint::cli
