#pragma once
// Runs a provider's PEGTL scope grammar (grammar/<provider>_scope.hpp) over
// one token and turns a failure into a ScopeSyntaxError with the offset of
// the offending byte, so every provider words its syntax errors alike.
#include "provider/provider.hpp"

#include <fmt/format.h>
#include <tao/pegtl.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace scopelint {

[[nodiscard]] inline std::string describe_byte(unsigned char c) {
    if (c >= 0x21 && c < 0x7F) return fmt::format("unexpected character '{}'", static_cast<char>(c));
    return fmt::format("unexpected byte 0x{:02X}", c);
}

// `Grammar` ends in must<eof> and raises through `Control` (a must_if control
// whose eof message is "unexpected character"); `separator` joins the words
// of a scope, or '\0' for one-word vocabularies.
template <typename Grammar, template <typename> class Control>
[[nodiscard]] std::optional<ScopeSyntaxError> check_token(std::string_view token, char separator) {
    namespace pegtl = tao::pegtl;
    pegtl::memory_input<pegtl::tracking_mode::lazy> in(token.data(), token.data() + token.size(), "");
    try {
        if (pegtl::parse<Grammar, pegtl::nothing, Control>(in)) return std::nullopt;
        const auto first = static_cast<unsigned char>(token.empty() ? ' ' : token.front());
        if (separator != '\0' && first == static_cast<unsigned char>(separator))
            return ScopeSyntaxError{0, 1, fmt::format("a scope cannot start with '{}'", separator)};
        return ScopeSyntaxError{0, 1, describe_byte(first)};
    } catch (const pegtl::parse_error& e) {
        const auto offset = static_cast<std::uint32_t>(e.positions().front().byte);
        if (offset >= token.size() && separator != '\0' && token.ends_with(separator))
            return ScopeSyntaxError{static_cast<std::uint32_t>(token.size() - 1), 1,
                                    fmt::format("a scope cannot end with '{}'", separator)};
        std::string message(e.message());
        if (offset < token.size() && message == "unexpected character")
            message = describe_byte(static_cast<unsigned char>(token[offset]));
        return ScopeSyntaxError{offset, 1, std::move(message)};
    }
}

}  // namespace scopelint
