#pragma once
// Google OAuth scopes (docs: "OAuth 2.0 Scopes for Google APIs"): a URL, most
// of them `https://www.googleapis.com/auth/<name>` with dotted qualifiers
// (`drive.readonly`, `admin.directory.user.readonly`), a few legacy ones on
// other hosts (`https://mail.google.com/`), and the OpenID Connect short
// names (`openid`, `email`, `profile`).
//
//   scope      = url / short-name
//   url        = "https://" host path
//   host       = label *( "." label )          label = 1*( ALPHA / DIGIT / "-" )
//   path       = "/" *( ALPHA / DIGIT / "." / "_" / "-" / "/" )
//   short-name = 1*( ALPHA / DIGIT / "." / "_" / "-" )
//
// Whether the URL names a scope Google has is the catalog's business; the
// usual wrong URLs (http://, no www.) are told apart in src/provider.
#include <tao/pegtl.hpp>

#include <type_traits>

namespace scopelint::grammar::google {

namespace pegtl = tao::pegtl;

// clang-format off
struct name_char : pegtl::sor< pegtl::alnum, pegtl::one< '.', '_', '-' > > {};
struct short_name : pegtl::plus< name_char > {};
struct label : pegtl::plus< pegtl::sor< pegtl::alnum, pegtl::one< '-' > > > {};
struct host : pegtl::list< label, pegtl::one< '.' > > {};
struct path : pegtl::seq< pegtl::one< '/' >, pegtl::star< pegtl::sor< name_char, pegtl::one< '/' > > > > {};
struct https : TAO_PEGTL_STRING( "https://" ) {};
struct url : pegtl::seq< https, pegtl::must< host >, pegtl::must< path > > {};
struct scope : pegtl::seq< pegtl::sor< url, short_name >, pegtl::must< pegtl::eof > > {};
// clang-format on

struct errors {
    template< typename Rule >
    static constexpr const char* message = std::is_same_v< Rule, host >         ? "expected a host name after 'https://'"
                                           : std::is_same_v< Rule, path >       ? "expected '/' and a path after the host"
                                           : std::is_same_v< Rule, pegtl::eof > ? "unexpected character"
                                                                                : nullptr;
    template< typename Rule > static constexpr bool raise_on_failure = false;
};
template< typename Rule > using control = pegtl::must_if< errors >::control< Rule >;

}  // namespace scopelint::grammar::google
