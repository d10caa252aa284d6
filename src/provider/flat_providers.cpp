// The scope grammars of grammar/{github,slack,shopify,atlassian}_scope.hpp,
// run through the shared token check.
#include "provider/flat_providers.hpp"

#include "grammar/atlassian_scope.hpp"
#include "grammar/chrome_permission.hpp"
#include "grammar/github_scope.hpp"
#include "grammar/google_scope.hpp"
#include "grammar/shopify_scope.hpp"
#include "grammar/slack_scope.hpp"
#include "provider/token_check.hpp"

namespace scopelint {

std::optional<ScopeSyntaxError> github::check_scope(std::string_view token) {
    return check_token<grammar::github::scope, grammar::github::control>(token, ':');
}

std::optional<ScopeSyntaxError> chrome::check_scope(std::string_view token) {
    return check_token<grammar::chrome::scope, grammar::chrome::control>(token, '.');
}

bool chrome::is_match_pattern(std::string_view token) {
    return token == "<all_urls>" || token.find("://") != std::string_view::npos;
}

// The two wrong URLs seen most, named before the grammar runs: Google compares
// scope strings exactly, so either one is silently a different, unknown scope.
std::optional<ScopeSyntaxError> google::check_scope(std::string_view token) {
    if (token.starts_with("http://"))
        return ScopeSyntaxError{0, 7, "Google scope URLs start with 'https://', not 'http://'"};
    constexpr std::string_view bare_host = "https://googleapis.com/";
    if (token.starts_with(bare_host))
        return ScopeSyntaxError{8, static_cast<std::uint32_t>(bare_host.size() - 9),
                                "the host of Google API scopes is 'www.googleapis.com'"};
    return check_token<grammar::google::scope, grammar::google::control>(token, '\0');
}

std::optional<ScopeSyntaxError> slack::check_scope(std::string_view token) {
    return check_token<grammar::slack::scope, grammar::slack::control>(token, ':');
}

std::optional<ScopeSyntaxError> shopify::check_scope(std::string_view token) {
    return check_token<grammar::shopify::scope, grammar::shopify::control>(token, '\0');
}

std::optional<ScopeSyntaxError> atlassian::check_scope(std::string_view token) {
    return check_token<grammar::atlassian::scope, grammar::atlassian::control>(token, ':');
}

std::optional<ScopeSyntaxError> atlassian::check_connect_scope(std::string_view token) {
    return check_token<grammar::atlassian::connect_scope, grammar::atlassian::control>(token, '\0');
}

}  // namespace scopelint
