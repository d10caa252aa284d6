// committed-secret: a client secret, refresh token or access token written
// into a manifest. Reported with the value redacted in every output.
#include "rules/rule_util.hpp"
#include "rules/rules.hpp"
#include "util/text.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cctype>

namespace scopelint::rules {
namespace {

// Member names (lower-case, without '_' and '-') whose values are secrets.
constexpr std::array<std::string_view, 9> secret_keys{"accesstoken", "apikey",       "authtoken",
                                                      "clientsecret", "password",     "refreshtoken",
                                                      "secret",       "secretkey",    "token"};

// Words that mark a value as a placeholder rather than a secret.
constexpr std::array<std::string_view, 10> placeholder_words{"change", "dummy", "example", "placeholder", "redacted",
                                                             "replace", "sample", "secret", "xxxx", "your"};

std::string normalized_key(std::string_view key) {
    std::string out;
    for (const char c : key)
        if (c != '_' && c != '-') out += util::ascii_lower(c);
    return out;
}

bool is_hex(std::string_view text) {
    return std::all_of(text.begin(), text.end(), [](unsigned char c) { return std::isxdigit(c) != 0; });
}

// Zoho refresh and access tokens: "1000." + 32 hex + "." + 32 hex.
bool looks_like_zoho_token(std::string_view value) {
    if (value.size() != 5 + 32 + 1 + 32 || !value.starts_with("1000.") || value[37] != '.') return false;
    return is_hex(value.substr(5, 32)) && is_hex(value.substr(38, 32));
}

bool is_identifier(std::string_view text) {
    return !text.empty() && std::all_of(text.begin(), text.end(), [](unsigned char c) { return std::isalnum(c) != 0 || c == '_'; });
}

// A reference to a secret kept elsewhere: ${NAME}, ${NAME:-x}, $NAME, %NAME%,
// <name>, {{ name }}. Only the whole value counts: "%8f3e…" is not one.
bool is_reference(std::string_view value) {
    if (value.starts_with("${") && value.ends_with('}')) return true;
    if (value.starts_with('$') && is_identifier(value.substr(1))) return true;
    if (value.size() > 2 && value.starts_with('%') && value.ends_with('%') && is_identifier(value.substr(1, value.size() - 2)))
        return true;
    if (value.starts_with('<') && value.ends_with('>')) return true;
    return value.starts_with("{{") && value.ends_with("}}");
}

bool is_placeholder(std::string_view value) {
    if (value.size() < 8 || is_reference(value)) return true;
    if (std::all_of(value.begin(), value.end(), [&](char c) { return c == value.front(); })) return true;
    const auto lower = util::ascii_lower(value);
    if (lower.starts_with("env:") || lower.starts_with("vault:") || lower.starts_with("op://")) return true;
    return std::any_of(placeholder_words.begin(), placeholder_words.end(),
                       [&](std::string_view word) { return lower.find(word) != std::string::npos; });
}

class CommittedSecret final : public Rule {
public:
    std::string_view id() const override { return "committed-secret"; }

    void check(const RuleContext& context, std::vector<Finding>& findings) const override {
        for (const auto& field : context.app().strings) {
            if (field.is_key) continue;
            const std::string_view value = field.value;
            const bool token = looks_like_zoho_token(value);
            const auto key = normalized_key(field.key);
            const bool secret_key = std::find(secret_keys.begin(), secret_keys.end(), key) != secret_keys.end();
            if (!token && !(secret_key && !is_placeholder(value))) continue;
            // The message names the field and the length, never any character of the value.
            const auto what = token ? std::string("a Zoho OAuth token") : std::string("what looks like a real secret");
            const std::string pointer = context.app().pointer_of(field);
            const std::string_view field_name = field.key.empty() ? std::string_view(pointer) : field.key;
            Finding f = context.finding(id(), Severity::error, field.span, pointer,
                                        fmt::format("'{}' holds {} ({} characters); secrets do not belong in a "
                                                    "manifest",
                                                    field_name, what, value.size()));
            f.redact = true;
            f.help = "remove it, revoke or rotate it in the provider's console, and load it from a secret store";
            findings.push_back(std::move(f));
        }
    }
};

}  // namespace

std::unique_ptr<Rule> make_committed_secret() { return std::make_unique<CommittedSecret>(); }

}  // namespace scopelint::rules
