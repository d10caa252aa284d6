#pragma once
// Patterns in policy files, for scopes ("ZohoCRM.modules.{leads,deals}.*")
// and for paths ("integrations/**/*.connected-app.json"):
//
//   pattern      = *( any-run / any-char / alternatives / literal )
//   any-run      = "**" / "*"
//   any-char     = "?"
//   alternatives = "{" alternative *( "," alternative ) "}"
//   alternative  = *literal
//   literal      = any character except "*", "?", "{", "}", ","
//
// Alternatives do not nest; that keeps patterns readable and matching linear.
#include <tao/pegtl.hpp>

namespace scopelint::grammar::glob {

namespace pegtl = tao::pegtl;

// clang-format off
struct double_star : pegtl::string< '*', '*' > {};
struct star : pegtl::one< '*' > {};
struct question : pegtl::one< '?' > {};
struct literal_char : pegtl::not_one< '*', '?', '{', '}', ',' > {};
struct literal : pegtl::plus< literal_char > {};
struct alternative : pegtl::star< literal_char > {};
struct open_brace : pegtl::one< '{' > {};
struct close_brace : pegtl::one< '}' > {};
struct alternatives : pegtl::if_must< open_brace, pegtl::list_must< alternative, pegtl::one< ',' > >, close_brace > {};
struct element : pegtl::sor< double_star, star, question, alternatives, literal > {};
struct pattern : pegtl::seq< pegtl::star< element >, pegtl::must< pegtl::eof > > {};
// clang-format on

template< typename Rule > inline constexpr const char* error_message = nullptr;
template<> inline constexpr auto error_message< alternative > = "expected an alternative after ','";
template<> inline constexpr auto error_message< close_brace > = "expected '}' to close '{' (alternatives cannot nest or contain '*')";
template<> inline constexpr auto error_message< pegtl::eof > = "unexpected '}' or ',' outside '{...}'";

struct errors {
    template< typename Rule > static constexpr auto message = error_message< Rule >;
    template< typename Rule > static constexpr bool raise_on_failure = false;
};
template< typename Rule > using control = pegtl::must_if< errors, pegtl::normal, false >::control< Rule >;

}  // namespace scopelint::grammar::glob
