#pragma once
// Small string helpers that know nothing about scopelint.
#include <cstddef>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

namespace scopelint::util {

[[nodiscard]] constexpr char ascii_lower(char c) {
    return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}
[[nodiscard]] std::string ascii_lower(std::string_view text);
[[nodiscard]] bool iequals(std::string_view a, std::string_view b);
[[nodiscard]] bool starts_with_icase(std::string_view text, std::string_view prefix);
[[nodiscard]] bool ends_with_icase(std::string_view text, std::string_view suffix);
[[nodiscard]] bool contains_icase(std::string_view text, std::string_view part);
// The last component of a path, after the last '/' or '\\' ("a/b/app.yml" -> "app.yml").
[[nodiscard]] std::string_view base_name(std::string_view path);

// Parts of `text` between separators; empty parts are kept.
[[nodiscard]] std::vector<std::string_view> split(std::string_view text, char separator);
// Without leading and trailing spaces and tabs.
[[nodiscard]] std::string_view trim(std::string_view text);

// Optimal string alignment distance (Levenshtein plus adjacent transpositions),
// ASCII case-insensitive. Past `limit` the exact value does not matter and
// limit + 1 comes back early.
[[nodiscard]] std::size_t edit_distance(std::string_view a, std::string_view b,
                                        std::size_t limit = std::numeric_limits<std::size_t>::max() - 1);

// "a, b and c"
[[nodiscard]] std::string join_words(const std::vector<std::string>& words, std::string_view last = " and ");
[[nodiscard]] std::string join(const std::vector<std::string>& parts, std::string_view separator);

}  // namespace scopelint::util
