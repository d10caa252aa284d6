#pragma once
// JSON according to RFC 8259 (The JavaScript Object Notation Data Interchange
// Format), section by section, as PEGTL rules. Rules only: the tree builder
// lives in src/parse/json_reader.cpp, the error messages in json_errors.hpp.
//
// Differences from the bare ABNF, all of them about *where* a bad document is
// reported, none about which documents are accepted:
//  * ws is consumed after each token (PEGTL's padr habit) rather than on both
//    sides of the structural characters, so every rule starts at its token;
//  * once a token has committed (a '[', a ',', a '-', a '\'), what has to
//    follow is wrapped in must<>, so the error names the byte that breaks it;
//  * a string's end names why it is missing (line break, control character,
//    end of text) instead of a generic failure;
//  * bytes that are not well-formed UTF-8 are accepted inside strings and
//    reported by the reader (RFC 8259 §8.1 requires UTF-8; saying where it is
//    broken is more useful than rejecting the whole document);
//  * "01" is reported as a leading zero instead of as trailing data.
// Unpaired UTF-16 surrogates in \u escapes are allowed by the ABNF (section
// 8.2 leaves their meaning open); the reader rejects them when it decodes.
#include <tao/pegtl.hpp>

namespace scopelint::grammar::json {

namespace pegtl = tao::pegtl;

// clang-format off

// Section 2: insignificant whitespace around structural characters.
struct ws : pegtl::star< pegtl::one< ' ', '\t', '\n', '\r' > > {};

struct begin_array     : pegtl::one< '[' > {};
struct begin_object    : pegtl::one< '{' > {};
struct end_array       : pegtl::one< ']' > {};
struct end_object      : pegtl::one< '}' > {};
struct name_separator  : pegtl::one< ':' > {};
struct value_separator : pegtl::one< ',' > {};

// Section 3: values. Declared ahead because arrays and objects contain values.
struct value;

struct false_ : pegtl::string< 'f', 'a', 'l', 's', 'e' > {};  // trailing _: C++ keyword
struct null   : pegtl::string< 'n', 'u', 'l', 'l' > {};
struct true_  : pegtl::string< 't', 'r', 'u', 'e' > {};       // trailing _: C++ keyword

// Section 7: strings.
struct quotation_mark : pegtl::one< '"' > {};
struct escape         : pegtl::one< '\\' > {};
// unescaped = %x20-21 / %x23-5B / %x5D-10FFFF. The ASCII part is tested most
// frequent range first (letters live in %x5D-7F); the rest is UTF-8. A byte
// that is not part of well-formed UTF-8 is accepted here one at a time, so the
// reader can report each one and still read the rest of the document.
struct invalid_utf8_byte : pegtl::ascii::range< '\x80', '\xFF' > {};
struct unescaped      : pegtl::sor< pegtl::ascii::ranges< 0x5D, 0x7F, 0x23, 0x5B, 0x20, 0x21 >,
                                    pegtl::utf8::range< 0x80, 0x10FFFF >, invalid_utf8_byte > {};

struct hex_quad           : pegtl::rep< 4, pegtl::xdigit > {};  // 4HEXDIG
struct unicode_escape     : pegtl::seq< pegtl::one< 'u' >, pegtl::must< hex_quad > > {};
struct single_char_escape : pegtl::one< '"', '\\', '/', 'b', 'f', 'n', 'r', 't' > {};
struct escaped            : pegtl::sor< single_char_escape, unicode_escape > {};
struct char_              : pegtl::sor< unescaped, pegtl::seq< escape, pegtl::must< escaped > > > {};  // trailing _: C++ keyword

// After the characters only a quotation mark may follow; the two checks in
// front of it turn "no closing quote here" into the actual reason.
struct no_line_break          : pegtl::not_at< pegtl::one< '\r', '\n' > > {};
struct no_control_character   : pegtl::not_at< pegtl::ascii::range< '\x00', '\x1F' > > {};
struct closing_quotation_mark : quotation_mark {};
struct string_end : pegtl::must< no_line_break, no_control_character, closing_quotation_mark > {};

struct string : pegtl::seq< quotation_mark, pegtl::star< char_ >, string_end > {};

// Section 6: numbers.
struct minus           : pegtl::one< '-' > {};
struct plus            : pegtl::one< '+' > {};
struct zero            : pegtl::one< '0' > {};
struct digit1_9        : pegtl::range< '1', '9' > {};
struct decimal_point   : pegtl::one< '.' > {};
struct e               : pegtl::one< 'e', 'E' > {};
struct no_leading_zero : pegtl::not_at< pegtl::digit > {};
struct fraction_digits : pegtl::plus< pegtl::digit > {};  // 1*DIGIT after '.'
struct exponent_digits : pegtl::plus< pegtl::digit > {};  // 1*DIGIT after 'e'

struct int_   : pegtl::sor< pegtl::seq< zero, pegtl::must< no_leading_zero > >,
                            pegtl::seq< digit1_9, pegtl::star< pegtl::digit > > > {};  // trailing _: C++ keyword
struct frac   : pegtl::seq< decimal_point, pegtl::must< fraction_digits > > {};
struct exp    : pegtl::seq< e, pegtl::opt< pegtl::sor< minus, plus > >, pegtl::must< exponent_digits > > {};
struct number : pegtl::seq< pegtl::if_then_else< minus, pegtl::must< int_ >, int_ >,
                            pegtl::opt< frac >, pegtl::opt< exp > > {};

// Section 4: objects. A member name is a string; `key` tells it apart from a
// string value so the two can have their own actions.
struct key     : string {};
struct member  : pegtl::seq< pegtl::must< key >, ws, pegtl::must< name_separator >, ws,
                             pegtl::must< value >, ws > {};
struct members : pegtl::seq< member, pegtl::star< value_separator, ws, member >, pegtl::must< end_object > > {};
struct object  : pegtl::seq< begin_object, ws, pegtl::sor< end_object, members > > {};

// Section 5: arrays.
struct element  : pegtl::seq< pegtl::must< value >, ws > {};
struct elements : pegtl::seq< element, pegtl::star< value_separator, ws, element >, pegtl::must< end_array > > {};
struct array    : pegtl::seq< begin_array, ws, pegtl::sor< end_array, elements > > {};

// Section 3. `null` is last on purpose: under must<> the last alternative
// runs without rewinding, and a literal never consumes part of itself, so a
// bad value is reported where it starts.
struct value : pegtl::sor< string, number, object, array, false_, true_, null > {};

// Section 2: JSON-text = ws value ws, and nothing after it.
struct end_of_text : pegtl::eof {};
struct document    : pegtl::seq< ws, pegtl::must< value >, ws, pegtl::must< end_of_text > > {};

// clang-format on

}  // namespace scopelint::grammar::json
