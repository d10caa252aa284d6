#pragma once
// Browser extension permissions (Chrome's permissions list and match-pattern
// pages): an API permission, dotted for sub-permissions (`tabs`,
// `downloads.open`, `system.storage`), or a host match pattern.
//
//   permission    = name *( "." name )            name = ALPHA *( ALPHA / DIGIT / "_" )
//   match-pattern = "<all_urls>" / scheme "://" host path
//   scheme        = "*" / 1*( ALPHA / DIGIT / "-" / "+" )
//   host          = [ "*" / [ "*." ] label *( "." label ) ] [ ":" ( 1*DIGIT / "*" ) ]
//   path          = "/" *VCHAR
//
// Which permissions exist, and which patterns reach every site, is the
// catalog's business.
#include <tao/pegtl.hpp>

#include <type_traits>

namespace scopelint::grammar::chrome {

namespace pegtl = tao::pegtl;

// clang-format off
struct name : pegtl::seq< pegtl::alpha, pegtl::star< pegtl::sor< pegtl::alnum, pegtl::one< '_' > > > > {};
struct next_name : pegtl::seq< pegtl::one< '.' >, pegtl::must< name > > {};
struct permission : pegtl::seq< name, pegtl::star< next_name > > {};

struct all_urls : TAO_PEGTL_STRING( "<all_urls>" ) {};
struct scheme : pegtl::sor< pegtl::one< '*' >, pegtl::plus< pegtl::sor< pegtl::alnum, pegtl::one< '-', '+' > > > > {};
struct label : pegtl::plus< pegtl::sor< pegtl::alnum, pegtl::one< '-', '_' > > > {};
struct hostname : pegtl::seq< pegtl::opt< TAO_PEGTL_STRING( "*." ) >, pegtl::list< label, pegtl::one< '.' > > > {};
struct port : pegtl::seq< pegtl::one< ':' >, pegtl::sor< pegtl::plus< pegtl::digit >, pegtl::one< '*' > > > {};
struct host : pegtl::seq< pegtl::opt< pegtl::sor< hostname, pegtl::one< '*' > > >, pegtl::opt< port > > {};
struct path : pegtl::seq< pegtl::one< '/' >, pegtl::star< pegtl::range< '!', '~' > > > {};
struct separator : TAO_PEGTL_STRING( "://" ) {};
struct url_pattern : pegtl::seq< scheme, separator, host, pegtl::must< path > > {};
struct match_pattern : pegtl::sor< all_urls, url_pattern > {};

struct scope : pegtl::seq< pegtl::sor< match_pattern, permission >, pegtl::must< pegtl::eof > > {};
// clang-format on

struct errors {
    template< typename Rule >
    static constexpr const char* message = std::is_same_v< Rule, name >        ? "expected a permission name after '.'"
                                           : std::is_same_v< Rule, path >      ? "a match pattern needs a path after the host, at least '/'"
                                           : std::is_same_v< Rule, pegtl::eof > ? "unexpected character"
                                                                                : nullptr;
    template< typename Rule > static constexpr bool raise_on_failure = false;
};
template< typename Rule > using control = pegtl::must_if< errors >::control< Rule >;

}  // namespace scopelint::grammar::chrome
