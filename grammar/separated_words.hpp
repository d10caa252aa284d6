#pragma once
// The shape most providers give a scope: words joined by one separator
// (`admin:org`, `chat:write.public`, `read:jira-work`, `write_products`).
//
//   scope = word *( separator word )
//   word  = 1*word-char
//
// Each provider names its word characters and separator in its own header;
// whether a word names something that exists is the catalog's business.
#include <tao/pegtl.hpp>

#include <type_traits>

namespace scopelint::grammar {

namespace pegtl = tao::pegtl;

template< typename WordChar, char Separator >
struct separated_words {
    // clang-format off
    struct word : pegtl::plus< WordChar > {};
    struct next_word : pegtl::seq< pegtl::one< Separator >, pegtl::must< word > > {};
    struct scope : pegtl::seq< word, pegtl::star< next_word >, pegtl::must< pegtl::eof > > {};
    // clang-format on
};

// One word and nothing else (Shopify, Atlassian Connect).
template< typename WordChar >
struct single_word {
    // clang-format off
    struct word : pegtl::plus< WordChar > {};
    struct scope : pegtl::seq< word, pegtl::must< pegtl::eof > > {};
    // clang-format on
};

// The messages of a words grammar's must<> failures: a missing word after a
// separator (`Texts::missing_word`, a string literal), and a character no
// word may hold. A plain failure (of the first word) is reported by the
// caller (src/provider/token_check.hpp).
template< typename Word, typename Texts >
struct word_errors {
    template< typename Rule >
    static constexpr const char* message = std::is_same_v< Rule, Word >             ? Texts::missing_word
                                           : std::is_same_v< Rule, pegtl::eof > ? "unexpected character"
                                                                                 : nullptr;
    template< typename Rule > static constexpr bool raise_on_failure = false;
};

}  // namespace scopelint::grammar
