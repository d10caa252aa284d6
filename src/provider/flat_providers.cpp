// The scope grammars of grammar/{github,slack,shopify,atlassian}_scope.hpp,
// run through the shared token check.
#include "provider/flat_providers.hpp"

#include "grammar/atlassian_scope.hpp"
#include "grammar/github_scope.hpp"
#include "grammar/shopify_scope.hpp"
#include "grammar/slack_scope.hpp"
#include "provider/token_check.hpp"

namespace scopelint {

std::optional<ScopeSyntaxError> github::check_scope(std::string_view token) {
    return check_token<grammar::github::scope, grammar::github::control>(token, ':');
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
