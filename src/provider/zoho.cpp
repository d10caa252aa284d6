// Zoho: the catalog generated from rules/catalog/zoho.json and the scope
// grammar of grammar/zoho_scope.hpp.
#include "provider/zoho.hpp"

#include "grammar/zoho_scope.hpp"
#include "provider/token_check.hpp"
#include "util/text.hpp"

#include <fmt/format.h>

namespace scopelint::zoho {
namespace {

namespace pegtl = tao::pegtl;

// A copied documentation pattern such as `ZohoCRM.modules.{module}.READ`.
std::optional<ScopeSyntaxError> placeholder_error(std::string_view token) {
    const auto open = token.find('{');
    if (open == std::string_view::npos) return std::nullopt;
    const auto close = token.find('}', open);
    const auto length = close == std::string_view::npos ? token.size() - open : close - open + 1;
    return ScopeSyntaxError{static_cast<std::uint32_t>(open), static_cast<std::uint32_t>(length),
                            fmt::format("placeholder '{}' was not replaced by a name", token.substr(open, length))};
}

// Zoho scopes have one part (OIDC names) or at least three.
std::optional<ScopeSyntaxError> part_count_error(std::string_view token) {
    const auto parts = util::split(token, '.');
    if (parts.size() != 2) return std::nullopt;
    return ScopeSyntaxError{0, static_cast<std::uint32_t>(token.size()),
                            "it has two parts; a Zoho scope is Service.scope.OPERATION"};
}

}  // namespace

std::optional<ScopeSyntaxError> check_scope(std::string_view token) {
    if (auto error = placeholder_error(token)) return error;
    pegtl::memory_input<pegtl::tracking_mode::lazy> in(token.data(), token.data() + token.size(), "");
    try {
        if (!pegtl::parse<grammar::zoho::scope, pegtl::nothing, grammar::zoho::control>(in)) {
            const auto first = static_cast<unsigned char>(token.empty() ? ' ' : token.front());
            return ScopeSyntaxError{0, 1, first == '.' ? "a scope cannot start with '.'" : describe_byte(first)};
        }
    } catch (const pegtl::parse_error& e) {
        const auto offset = static_cast<std::uint32_t>(e.positions().front().byte);
        std::string message(e.message());
        if (offset < token.size() && message == grammar::zoho::error_message<pegtl::eof>)
            message = describe_byte(static_cast<unsigned char>(token[offset]));
        if (offset >= token.size() && token.ends_with('.'))
            return ScopeSyntaxError{static_cast<std::uint32_t>(token.size() - 1), 1, "a scope cannot end with '.'"};
        return ScopeSyntaxError{offset, 1, message};
    }
    return part_count_error(token);
}

}  // namespace scopelint::zoho
