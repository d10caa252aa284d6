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

template< typename Rule > inline constexpr const char* error_message = nullptr;
template<> inline constexpr auto error_message< words::word > = "expected a name (letters, digits, '_', '-' or '.') after ':'";
template<> inline constexpr auto error_message< pegtl::eof > = "unexpected character";

struct errors {
    template< typename Rule > static constexpr auto message = error_message< Rule >;
    template< typename Rule > static constexpr bool raise_on_failure = false;
};
template< typename Rule > using control = pegtl::must_if< errors >::control< Rule >;

}  // namespace scopelint::grammar::slack
