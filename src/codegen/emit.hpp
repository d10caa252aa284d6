#pragma once
// Writes the generated C++ sources: constant tables that the library's
// catalog/, engine/ and cli/ code read through the headers they declare.
#include "codegen/expand_catalog.hpp"

#include <map>
#include <string>
#include <vector>

namespace scopelint::codegen {

struct RuleDoc {
    std::string id, summary, severity, security_severity, precision, help, since, description, docs;
    std::vector<std::string> tags;
};

// A C++ string literal (possibly several adjacent ones) for any bytes.
[[nodiscard]] std::string cpp_literal(const std::string& text);

[[nodiscard]] std::string emit_catalogs(const std::vector<ExpandedCatalog>& catalogs);
[[nodiscard]] std::string emit_rules(const std::vector<RuleDoc>& rules);
[[nodiscard]] std::string emit_texts(const std::map<std::string, std::string>& texts);

}  // namespace scopelint::codegen
