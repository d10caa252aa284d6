#pragma once
// Reporters turn findings into text, JSON or SARIF. They never look at scopes
// or policies: everything they print is in the Finding and the RunInfo.
// They are fed one source at a time, in path order, so a run never has to
// hold every document in memory.
#include "ast/source.hpp"
#include "engine/finding.hpp"
#include "engine/rule_meta.hpp"

#include <cstdint>
#include <functional>
#include <memory>
#include <ostream>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace scopelint {

struct CatalogInfo {
    std::string_view provider;  // "zoho"
    std::string_view title;     // "Zoho"
    std::string_view date;      // catalog date, YYYY-MM-DD
    std::size_t scopes = 0;     // number of known scopes
};

struct RunInfo {
    std::string_view tool_version;               // "0.1.0"
    std::string_view homepage;                   // base for rule help URLs
    std::span<const CatalogInfo> catalogs;
    std::span<const RuleMeta> rules;             // every rule, sorted by id
    std::string working_directory;               // absolute, for SARIF invocations
};

struct Summary {
    std::uint64_t files_scanned = 0;   // sources linted (manifests, arguments, stdin)
    std::uint64_t files_skipped = 0;   // files seen during discovery but not recognised
    std::uint64_t errors = 0;
    std::uint64_t warnings = 0;
    std::uint64_t notes = 0;
    bool failed = false;               // findings at or above --fail-on
};

// Finds a source other than the one being reported (a policy file named by a
// related location). Returns nullptr if unknown.
using SourceLookup = std::function<const SourceFile*(std::string_view path)>;

class Reporter {
public:
    virtual ~Reporter() = default;
    virtual void begin(const RunInfo& run) = 0;
    // One file's part of the report. `findings` all belong to `source` and are
    // sorted with finding_less. Const and free of shared state (after begin),
    // so worker threads render files while the consumer writes earlier ones.
    [[nodiscard]] virtual std::string render(const SourceFile& source, std::span<const Finding> findings,
                                             const SourceLookup& lookup) const = 0;
    // Writes rendered parts, in path order.
    virtual void write(std::string_view part) = 0;
    virtual void end(const Summary& summary) = 0;

    void file(const SourceFile& source, std::span<const Finding> findings, const SourceLookup& lookup) {
        write(render(source, findings, lookup));
    }
};

struct TextOptions {
    bool color = false;          // ANSI colours (only on a TTY, never with NO_COLOR)
    bool show_summary = true;
};

[[nodiscard]] std::unique_ptr<Reporter> make_text_reporter(std::ostream& out, TextOptions options);
[[nodiscard]] std::unique_ptr<Reporter> make_json_reporter(std::ostream& out);
[[nodiscard]] std::unique_ptr<Reporter> make_sarif_reporter(std::ostream& out);

}  // namespace scopelint
