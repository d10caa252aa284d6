#pragma once
// Splits one scope string ("A,B", "A B") into scope tokens and judges its
// separators against the provider's canonical one. Offsets are into the
// string as given (decoded), the caller maps them into the file.
#include "ast/span.hpp"
#include "engine/finding.hpp"
#include "provider/provider.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace scopelint {

struct ListItem {
    Span span;  // within the list text
    std::optional<ScopeSyntaxError> syntax;  // offset relative to the item
    bool too_long = false;  // longer than the limit: not checked further
};

struct ListIssue {
    Span span;  // within the list text
    Severity severity = Severity::error;
    std::string message;
};

struct ParsedScopeList {
    std::vector<ListItem> items;
    std::vector<ListIssue> issues;  // empty items and separator problems (rule scope-syntax)
};

// Items longer than `max_item_bytes` are marked too_long and not checked against
// the grammar (which keeps the work per item bounded).
[[nodiscard]] ParsedScopeList parse_scope_list(std::string_view text, const Provider& provider,
                                               std::size_t max_item_bytes = 512);

}  // namespace scopelint
