#pragma once
// The parts of an absolute URI (RFC 3986 §3) that a redirect URI check needs:
//
//   URI       = scheme ":" [ "//" authority ] path [ "?" query ] [ "#" fragment ]
//   scheme    = ALPHA *( ALPHA / DIGIT / "+" / "-" / "." )
//
// Deliberately permissive inside each part: the checks that matter for
// OAuth (plain http, wildcards, fragments, spaces) are made on the parts,
// with messages that say which one is wrong.
#include <tao/pegtl.hpp>

namespace scopelint::grammar::redirect_uri {

namespace pegtl = tao::pegtl;

// clang-format off
struct scheme : pegtl::seq< pegtl::alpha, pegtl::star< pegtl::sor< pegtl::alnum, pegtl::one< '+', '-', '.' > > > > {};
struct authority : pegtl::star< pegtl::not_one< '/', '?', '#' > > {};
struct path : pegtl::star< pegtl::not_one< '?', '#' > > {};
struct query : pegtl::star< pegtl::not_one< '#' > > {};
struct fragment : pegtl::star< pegtl::any > {};
struct hierarchy : pegtl::seq< pegtl::two< '/' >, authority > {};
struct uri : pegtl::seq< scheme, pegtl::one< ':' >, pegtl::opt< hierarchy >, path,
                         pegtl::opt< pegtl::one< '?' >, query >,
                         pegtl::opt< pegtl::one< '#' >, fragment >, pegtl::eof > {};
// clang-format on

}  // namespace scopelint::grammar::redirect_uri
