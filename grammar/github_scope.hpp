#pragma once
// GitHub scopes, in the three vocabularies scopelint reads:
//  * OAuth app scopes (docs: "Scopes for OAuth apps"): `repo`, `admin:org`,
//    `read:packages`, `delete_repo`;
//  * GitHub App permissions and GITHUB_TOKEN permissions, which scopelint
//    spells `permission:level` (`contents:write`, `id-token:write`) and the
//    shorthands `read-all` / `write-all`.
//
//   scope = word *( ":" word ),  word = 1*( ALPHA / DIGIT / "_" / "-" )
#include "grammar/separated_words.hpp"

namespace scopelint::grammar::github {

// clang-format off
struct word_char : pegtl::sor< pegtl::alnum, pegtl::one< '_', '-' > > {};
// clang-format on
using words = separated_words< word_char, ':' >;
using scope = words::scope;

struct texts {
    static constexpr const char* missing_word = "expected a name (letters, digits, '_' or '-') after ':'";
};
using errors = word_errors< words::word, texts >;
template< typename Rule > using control = pegtl::must_if< errors >::control< Rule >;

}  // namespace scopelint::grammar::github
