#pragma once
// Compiled policy patterns (grammar/glob.hpp). Scope patterns compare
// case-insensitively and '*' spans dots; path patterns are case-sensitive,
// '*' and '?' stay within one path segment and '**' crosses them.
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace scopelint {

struct GlobError {
    std::uint32_t offset = 0;  // into the pattern
    std::string message;
};

class Glob {
public:
    enum class Kind { scope, path };

    [[nodiscard]] static std::variant<Glob, GlobError> compile(std::string_view pattern, Kind kind);
    [[nodiscard]] bool matches(std::string_view text) const;
    [[nodiscard]] const std::string& text() const { return text_; }

    struct Element {
        enum class Type { literal, star, double_star, question, alternatives } type = Type::literal;
        std::vector<std::string> options;  // one for a literal
    };

private:
    std::string text_;
    Kind kind_ = Kind::scope;
    std::vector<Element> elements_;
    // The literal the pattern starts with: a text that does not start with it
    // is rejected before any matching work (deny lists meet hundreds of implied scopes).
    std::string literal_prefix_;

    // Memo layout: (elements + 1) × (text + 1) cells for match_from, then as
    // many for star_from.
    [[nodiscard]] bool match_from(std::size_t element, std::size_t position, std::string_view text,
                                  std::span<std::int8_t> memo) const;
    // A star at `element` that may still consume text[position...]: one step
    // per character, so matching is O(elements × text), never quadratic in the text.
    [[nodiscard]] bool star_from(std::size_t element, std::size_t position, std::string_view text,
                                 std::span<std::int8_t> memo) const;
    // "**/" also matches no directory at all: the literal after it, without its '/'.
    [[nodiscard]] bool no_directory(std::size_t element, std::size_t position, std::string_view text,
                                    std::span<std::int8_t> memo) const;
    [[nodiscard]] bool same_text(std::string_view pattern, std::string_view text) const;
};

}  // namespace scopelint
