#pragma once
// A bare scope list (a command-line argument or stdin) read as a manifest of
// its own, so the same rules apply: `scopelint check 'A,B'`.
#include "ast/source.hpp"
#include "parse/connected_app_reader.hpp"
#include "provider/provider.hpp"

#include <optional>
#include <string>

namespace scopelint {

struct ScopeListOptions {
    const Provider* provider = nullptr;
    DeclaredAccess access = DeclaredAccess::unspecified;
    std::optional<std::string> name;  // lets policy app sections match by name
    InputLimits limits;
};

[[nodiscard]] ReadResult read_scope_list_source(const SourceFile& source, const ScopeListOptions& options);

}  // namespace scopelint
