#pragma once
// Atlassian scopes:
//  * OAuth 2.0 (3LO) and Forge scopes (docs: "Scopes for OAuth 2.0 (3LO) and
//    Forge apps"): classic `read:jira-work`, granular `read:issue-type:jira`,
//    `read:confluence-content.all`, and `offline_access`;
//  * Atlassian Connect scopes (docs: "Scopes" of Connect): one upper-case
//    word, `READ`, `PROJECT_ADMIN`, `ACT_AS_USER`.
//
//   scope         = word *( ":" word ),  word = 1*( ALPHA / DIGIT / "_" / "-" / "." )
//   connect-scope = 1*( ALPHA / "_" )
#include "grammar/separated_words.hpp"

namespace scopelint::grammar::atlassian {

// clang-format off
struct word_char : pegtl::sor< pegtl::alnum, pegtl::one< '_', '-', '.' > > {};
struct connect_char : pegtl::sor< pegtl::alpha, pegtl::one< '_' > > {};
// clang-format on
using words = separated_words< word_char, ':' >;
using scope = words::scope;
using connect_words = single_word< connect_char >;
using connect_scope = connect_words::scope;

struct texts {
    static constexpr const char* missing_word = "expected a name (letters, digits, '_', '-' or '.') after ':'";
};
using errors = word_errors< words::word, texts >;
template< typename Rule > using control = pegtl::must_if< errors >::control< Rule >;

}  // namespace scopelint::grammar::atlassian
