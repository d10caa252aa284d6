#pragma once
// Turns one scope string, wherever it was found (a JSON string, a command-line
// argument, stdin), into ScopeTokens with file positions and the scope-syntax
// findings of its list. Readers share this so every carrier is judged alike.
#include "ast/manifest.hpp"
#include "engine/finding.hpp"
#include "parse/limits.hpp"
#include "provider/provider.hpp"

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace scopelint {

// AppManifest::justification_form for formats with no place for reasons.
inline constexpr std::string_view no_reason_field_form =
    "this manifest format has no field for reasons: if the app needs '{}', say so in review and set write-scope "
    "to \"off\" for this file in an app section of .scopelint.json";

struct ScopeCarrier {
    std::string_view text;  // the scope string as decoded
    // Maps an offset into `text` to a byte offset in the source file.
    std::function<std::uint32_t(std::uint32_t)> to_file;
    std::string pointer;        // JSON Pointer of the carrier
    bool one_scope_expected = false;  // an array element: one scope, not a list
};

// How many more scopes a manifest may bring, and what was left out.
class ScopeBudget {
public:
    explicit ScopeBudget(const InputLimits& limits) : limits_(limits) {}

    [[nodiscard]] const InputLimits& limits() const { return limits_; }
    [[nodiscard]] bool admits(std::size_t scopes_so_far) const { return scopes_so_far < limits_.max_scopes; }
    void drop(Span span, const std::string& pointer);
    // One input-limit finding for everything dropped, if anything was.
    void report(const Provider& provider, std::string_view path, std::vector<Finding>& findings) const;

private:
    InputLimits limits_;
    std::size_t dropped_ = 0;
    Span first_dropped_;
    std::string pointer_;
};

// One scope that the format stores as a value of its own (a list item, a map
// key, `name: level`), not inside a list string: counted against the budget
// and checked against the provider's grammar (scope-syntax, "<noun> 'text': …"); an empty
// value is a scope-syntax error ("empty <noun>") and never becomes a token.
void read_scope_value(std::string text, Span span, const std::string& pointer, std::string_view noun,
                      const Provider& provider, std::string_view path, ScopeBudget& budget, AppManifest& app,
                      std::vector<Finding>& findings);

void read_scope_carrier(const ScopeCarrier& carrier, const Provider& provider, std::string_view path,
                        ScopeBudget& budget, std::vector<ScopeToken>& tokens, std::vector<Finding>& findings);

}  // namespace scopelint
