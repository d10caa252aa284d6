#pragma once
// Scope lists as they appear in an OAuth `scope` parameter.
//
// RFC 6749 §3.3:  scope       = scope-token *( SP scope-token )
//                 scope-token = 1*( %x21 / %x23-5B / %x5D-7E )
// Zoho (Accounts "Scopes" page) separates scopes with commas instead. Real
// lists mix both and contain stray whitespace, so this grammar accepts any
// sequence of items and separators and never fails; the parser then judges
// the separators against the provider's canonical one. Characters that the
// RFC does not allow inside a scope-token are left inside the item for the
// scope grammar to report with an exact position.
#include <tao/pegtl.hpp>

namespace scopelint::grammar::scope_list {

namespace pegtl = tao::pegtl;

// clang-format off
struct whitespace : pegtl::one< ' ', '\t', '\r', '\n' > {};
struct comma : pegtl::one< ',' > {};
struct item : pegtl::plus< pegtl::not_one< ',', ' ', '\t', '\r', '\n' > > {};
struct element : pegtl::sor< comma, item, whitespace > {};
struct list : pegtl::seq< pegtl::star< element >, pegtl::eof > {};

// RFC 6749 scope-token characters (NQCHAR without the space).
struct nqchar : pegtl::sor< pegtl::one< 0x21 >, pegtl::range< 0x23, 0x5B >, pegtl::range< 0x5D, 0x7E > > {};
struct scope_token : pegtl::seq< pegtl::plus< nqchar >, pegtl::eof > {};
// clang-format on

}  // namespace scopelint::grammar::scope_list
