#include "util/text.hpp"

#include <cstring>

#include <algorithm>
#include <array>
#include <numeric>

namespace scopelint::util {

std::string ascii_lower(std::string_view text) {
    std::string out(text);
    for (char& c : out) c = ascii_lower(c);
    return out;
}

bool iequals(std::string_view a, std::string_view b) {
    return a.size() == b.size() &&
           std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) { return ascii_lower(x) == ascii_lower(y); });
}

bool starts_with_icase(std::string_view text, std::string_view prefix) {
    return text.size() >= prefix.size() && iequals(text.substr(0, prefix.size()), prefix);
}

bool ends_with_icase(std::string_view text, std::string_view suffix) {
    return text.size() >= suffix.size() && iequals(text.substr(text.size() - suffix.size()), suffix);
}

bool contains_icase(std::string_view text, std::string_view part) {
    if (part.empty()) return true;
    if (part.size() > text.size()) return false;
    const char first = ascii_lower(part.front());
    for (std::size_t at = 0; at + part.size() <= text.size(); ++at)
        if (ascii_lower(text[at]) == first && iequals(text.substr(at, part.size()), part)) return true;
    return false;
}

std::string_view base_name(std::string_view path) {
    // Called for every format of every file walked: memrchr and memchr are
    // vectorised, where find_last_of tests its set once per character.
    const void* slash = ::memrchr(path.data(), '/', path.size());
    std::size_t begin = slash == nullptr ? 0 : static_cast<std::size_t>(static_cast<const char*>(slash) - path.data()) + 1;
    while (const void* backslash = std::memchr(path.data() + begin, '\\', path.size() - begin))
        begin = static_cast<std::size_t>(static_cast<const char*>(backslash) - path.data()) + 1;
    return path.substr(begin);
}

std::vector<std::string_view> split(std::string_view text, char separator) {
    std::vector<std::string_view> parts;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= text.size(); ++i) {
        if (i == text.size() || text[i] == separator) {
            parts.push_back(text.substr(start, i - start));
            start = i + 1;
        }
    }
    return parts;
}

namespace {

// Three rows of the dynamic programme, on the stack for the short strings
// scopes are (did-you-mean runs this against hundreds of candidates).
template <typename Row>
std::size_t edit_distance_rows(std::string_view a, std::string_view b, std::size_t limit, Row& before, Row& previous,
                               Row& current) {
    const std::size_t n = a.size(), m = b.size();
    // Cells more than `limit` off the diagonal cannot come back under the
    // limit, so only the band around it is computed (Ukkonen); every value
    // is capped at limit + 1, and the cells just outside the band hold the cap.
    const std::size_t cap = limit + 1;
    for (std::size_t j = 0; j <= m; ++j) previous[j] = std::min(j, cap);
    for (std::size_t i = 1; i <= n; ++i) {
        const std::size_t lo = i > limit ? i - limit : 1;
        const std::size_t hi = std::min(m, i + limit);
        current[lo - 1] = lo == 1 ? std::min(i, cap) : cap;
        std::size_t row_minimum = current[lo - 1];
        const char ai = ascii_lower(a[i - 1]);
        for (std::size_t j = lo; j <= hi; ++j) {
            const char bj = ascii_lower(b[j - 1]);
            std::size_t cell = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ai == bj ? 0 : 1)});
            const bool transposed = i > 1 && j > 1 && ai == ascii_lower(b[j - 2]) && ascii_lower(a[i - 2]) == bj;
            if (transposed) cell = std::min(cell, before[j - 2] + 1);
            current[j] = std::min(cell, cap);
            row_minimum = std::min(row_minimum, current[j]);
        }
        if (hi < m) current[hi + 1] = cap;
        if (row_minimum > limit) return cap;  // no later row can come back under the limit
        std::swap(before, previous);
        std::swap(previous, current);
    }
    return previous[m];
}

}  // namespace

std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t limit) {
    // No distance exceeds the longer length; capping the limit there keeps limit + 1 from overflowing.
    limit = std::min(limit, std::max(a.size(), b.size()));
    // The distance is at least the difference in length.
    if ((a.size() > b.size() ? a.size() - b.size() : b.size() - a.size()) > limit) return limit + 1;
    constexpr std::size_t stack_columns = 128;
    if (b.size() < stack_columns) {
        std::array<std::size_t, stack_columns> r0{}, r1{}, r2{};
        return edit_distance_rows(a, b, limit, r0, r1, r2);
    }
    std::vector<std::size_t> r0(b.size() + 1), r1(b.size() + 1), r2(b.size() + 1);
    return edit_distance_rows(a, b, limit, r0, r1, r2);
}

std::string join(const std::vector<std::string>& parts, std::string_view separator) {
    std::string out;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        if (i) out += separator;
        out += parts[i];
    }
    return out;
}

std::string join_words(const std::vector<std::string>& words, std::string_view last) {
    std::string out;
    for (std::size_t i = 0; i < words.size(); ++i) {
        if (i) out += (i + 1 == words.size()) ? last : std::string_view(", ");
        out += words[i];
    }
    return out;
}

std::string_view trim(std::string_view text) {
    const auto first = text.find_first_not_of(" \t");
    if (first == std::string_view::npos) return {};
    const auto last = text.find_last_not_of(" \t");
    return text.substr(first, last - first + 1);
}

}  // namespace scopelint::util
