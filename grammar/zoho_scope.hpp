#pragma once
// One Zoho OAuth scope (Zoho Accounts "Scopes" page, CRM "OAuth Scopes"):
//
//   scope     = service "." scope-name *( "." sub-scope ) "." operation
//   service, scope-name, sub-scope, operation = 1*( ALPHA / DIGIT / "_" )
//
// plus the bare OpenID Connect names (`email`, `profile`, `openid`). Whether a
// part names something that exists is the catalog's business, not the
// grammar's: `ZohoCRM.modules.EDIT` is well-formed but unknown.
#include <tao/pegtl.hpp>

namespace scopelint::grammar::zoho {

namespace pegtl = tao::pegtl;

// clang-format off
struct name_char : pegtl::sor< pegtl::alnum, pegtl::one< '_' > > {};
struct part : pegtl::plus< name_char > {};
struct dot : pegtl::one< '.' > {};
struct next_part : pegtl::seq< dot, pegtl::must< part > > {};
struct scope : pegtl::seq< part, pegtl::star< next_part >, pegtl::must< pegtl::eof > > {};
// clang-format on

template< typename Rule > inline constexpr const char* error_message = nullptr;
template<> inline constexpr auto error_message< part > = "expected a name (letters, digits or '_') after '.'";
template<> inline constexpr auto error_message< pegtl::eof > = "unexpected character";

struct errors {
    template< typename Rule > static constexpr auto message = error_message< Rule >;
    // Only must<> raises; a plain failure (e.g. of the first part) is reported by the caller.
    template< typename Rule > static constexpr bool raise_on_failure = false;
};
template< typename Rule > using control = pegtl::must_if< errors >::control< Rule >;

}  // namespace scopelint::grammar::zoho
