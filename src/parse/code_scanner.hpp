#pragma once
// Scopes hiding in source code and configuration (`scopelint --scan-code`):
// most Zoho integrations keep their scope list in a constant, not in a
// manifest. Two kinds of string literal are read, each only where the
// provider is certain, so a false positive needs a deliberate look-alike:
//
//  * an OAuth authorize URL of a known endpoint (accounts.zoho.*/oauth/v2/auth,
//    accounts.google.com/o/oauth2/…, github.com/login/oauth/authorize,
//    slack.com/oauth/v2/authorize, auth.atlassian.com/authorize): its `scope`
//    parameter, percent-decoded, each scope mapped back to its bytes;
//  * a literal whose every comma- or space-separated part is a well-formed
//    Zoho scope of a known service with a known operation, or a Google scope
//    URL (OpenID names may stand beside them).
//
// Each such literal is one AppManifest named after its line. Opt-in, because
// it reads every source file of a repository where a CI gate otherwise reads
// a handful of manifests.
#include "ast/source.hpp"
#include "parse/connected_app_reader.hpp"
#include "parse/limits.hpp"

#include <string_view>

namespace scopelint {

// Source and configuration files the scan reads (by extension).
[[nodiscard]] bool may_hold_code_scopes(std::string_view path);

[[nodiscard]] ReadResult scan_code(const SourceFile& source, bool by_name, const InputLimits& limits = {});

}  // namespace scopelint
