#pragma once
// Slack scopes (docs: "Scopes"): a resource, optionally dotted, then `:` and an
// action that may itself be dotted: `chat:write`, `chat:write.public`,
// `admin.conversations:write`, plus the legacy one-word scopes (`bot`,
// `incoming-webhook`, `identity.basic`) and the legacy `chat:write:bot`.
//
//   scope = word *( ":" word ),  word = 1*( ALPHA / DIGIT / "_" / "-" / "." )
#include "grammar/separated_words.hpp"

namespace scopelint::grammar::slack {

// clang-format off
struct word_char : pegtl::sor< pegtl::alnum, pegtl::one< '_', '-', '.' > > {};
// clang-format on
using words = separated_words< word_char, ':' >;
using scope = words::scope;

struct texts {
    static constexpr const char* missing_word = "expected a name (letters, digits, '_', '-' or '.') after ':'";
};
using errors = word_errors< words::word, texts >;
template< typename Rule > using control = pegtl::must_if< errors >::control< Rule >;

}  // namespace scopelint::grammar::slack
