#pragma once
// Error messages for grammar/json.hpp, kept apart from the rules (PEGTL's
// json_errors habit). Only rules that appear under must<> have a message, and
// only must<> raises: see `errors::raise_on_failure` below.
#include "grammar/json.hpp"

#include <tao/pegtl.hpp>

namespace scopelint::grammar::json {

template <typename Rule>
inline constexpr const char* error_message = nullptr;

// clang-format off
template <> inline constexpr auto error_message<value>                  = "expected a JSON value";
template <> inline constexpr auto error_message<end_of_text>            = "trailing data after the JSON value";
template <> inline constexpr auto error_message<end_array>              = "expected ',' or ']' after array element";
template <> inline constexpr auto error_message<end_object>             = "expected ',' or '}' after object member";
template <> inline constexpr auto error_message<key>                    = "expected a string key";
template <> inline constexpr auto error_message<name_separator>         = "expected ':' after object key";
template <> inline constexpr auto error_message<escaped>                = "invalid escape sequence";
template <> inline constexpr auto error_message<hex_quad>               = "invalid \\u escape: expected four hex digits";
template <> inline constexpr auto error_message<no_line_break>          = "unterminated string (a line break cannot be part of a JSON string)";
template <> inline constexpr auto error_message<no_control_character>   = "control character in string (escape it as \\u00XX)";
template <> inline constexpr auto error_message<closing_quotation_mark> = "unterminated string";
template <> inline constexpr auto error_message<int_>                   = "expected a digit after '-'";
template <> inline constexpr auto error_message<no_leading_zero>        = "leading zeros are not allowed";
template <> inline constexpr auto error_message<fraction_digits>        = "expected a digit after '.'";
template <> inline constexpr auto error_message<exponent_digits>        = "expected a digit in the exponent";
// clang-format on

// Found while decoding or building the tree rather than by a rule: the
// grammar accepts these, RFC 8259 leaves them to the implementation.
inline constexpr const char* unpaired_surrogate_message = "invalid \\u escape: unpaired surrogate";
inline constexpr const char* nesting_depth_message_prefix = "nesting depth exceeds ";

struct errors {
    template <typename Rule>
    static constexpr const char* message = error_message<Rule>;

    // must_if would otherwise raise whenever a rule with a message fails, even
    // as a harmless alternative (end_array is tried first in "[1]" and fails
    // there legitimately). Only an explicit must<> in the grammar raises.
    template <typename Rule>
    static constexpr bool raise_on_failure = false;
};

// RequireMessage: a must<> on a rule without a message fails to compile, so
// every error a user can see has been worded here.
template <typename Rule>
using control = tao::pegtl::must_if<errors, tao::pegtl::normal, true>::control<Rule>;

}  // namespace scopelint::grammar::json
