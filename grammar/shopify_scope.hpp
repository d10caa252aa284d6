#pragma once
// Shopify access scopes (docs: "Access scopes"): one word of lower-case
// letters and underscores, `read_products`, `write_orders`,
// `unauthenticated_read_product_listings`, `customer_read_orders`.
//
//   scope = 1*( ALPHA / DIGIT / "_" )
#include "grammar/separated_words.hpp"

namespace scopelint::grammar::shopify {

// clang-format off
struct word_char : pegtl::sor< pegtl::alnum, pegtl::one< '_' > > {};
// clang-format on
using words = single_word< word_char >;
using scope = words::scope;

struct texts {
    static constexpr const char* missing_word = "expected a name";
};
using errors = word_errors< words::word, texts >;
template< typename Rule > using control = pegtl::must_if< errors >::control< Rule >;

}  // namespace scopelint::grammar::shopify
