// util::edit_distance against a plain full-table implementation, on random
// short strings and on the limits where the banded computation cuts off; the
// path and case helpers the format registry calls for every file.
#include "util/text.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

namespace {

// Optimal string alignment distance, ASCII case-insensitive, whole table.
std::size_t reference_distance(const std::string& a, const std::string& b) {
    const auto lower = [](char c) { return scopelint::util::ascii_lower(c); };
    std::vector<std::vector<std::size_t>> d(a.size() + 1, std::vector<std::size_t>(b.size() + 1));
    for (std::size_t i = 0; i <= a.size(); ++i) d[i][0] = i;
    for (std::size_t j = 0; j <= b.size(); ++j) d[0][j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const bool same = lower(a[i - 1]) == lower(b[j - 1]);
            d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (same ? 0 : 1)});
            if (i > 1 && j > 1 && lower(a[i - 1]) == lower(b[j - 2]) && lower(a[i - 2]) == lower(b[j - 1]))
                d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
        }
    }
    return d[a.size()][b.size()];
}

std::string random_text(std::mt19937& random, std::size_t max_length) {
    static constexpr std::string_view alphabet = "abcAB.";
    std::uniform_int_distribution<std::size_t> length(0, max_length), letter(0, alphabet.size() - 1);
    std::string text(length(random), ' ');
    for (char& c : text) c = alphabet[letter(random)];
    return text;
}

}  // namespace

TEST_CASE("edit distance equals the full-table distance, and limit + 1 beyond the limit", "[text]") {
    std::mt19937 random(20261204);
    for (int round = 0; round < 20000; ++round) {
        const auto a = random_text(random, 12);
        const auto b = random_text(random, 12);
        const auto exact = reference_distance(a, b);
        INFO("a='" << a << "' b='" << b << "'");
        CHECK(scopelint::util::edit_distance(a, b) == exact);
        for (std::size_t limit = 0; limit <= 6; ++limit)
            CHECK(scopelint::util::edit_distance(a, b, limit) == std::min(exact, limit + 1));
    }
}

TEST_CASE("edit distance counts a swap of neighbours as one edit and ignores ASCII case", "[text]") {
    using scopelint::util::edit_distance;
    CHECK(edit_distance("ZohoCRM.modules.ALL", "zohocrm.MODULES.all") == 0);
    CHECK(edit_distance("modules", "mdoules") == 1);
    CHECK(edit_distance("write_inventory", "write_inventor") == 1);
    CHECK(edit_distance("", "abc") == 3);
    CHECK(edit_distance(std::string(200, 'a'), std::string(200, 'b'), 5) == 6);
    CHECK(edit_distance(std::string(200, 'a'), std::string(199, 'a')) == 1);
}

TEST_CASE("base_name takes the last path component after either separator", "[text]") {
    CHECK(scopelint::util::base_name("a/b/app.yml") == "app.yml");
    CHECK(scopelint::util::base_name("app.yml") == "app.yml");
    CHECK(scopelint::util::base_name("dir\\sub/x\\y.json") == "y.json");
    CHECK(scopelint::util::base_name("dir/") == "");
    CHECK(scopelint::util::base_name("") == "");
    CHECK(scopelint::util::base_name("/") == "");
}

TEST_CASE("case-insensitive suffix and substring tests", "[text]") {
    CHECK(scopelint::util::ends_with_icase("Slack-Manifest.JSON", ".json"));
    CHECK_FALSE(scopelint::util::ends_with_icase("json", ".json"));
    CHECK(scopelint::util::contains_icase("My-SLACK-app.yml", "slack"));
    CHECK(scopelint::util::contains_icase("slack", "slack"));
    CHECK_FALSE(scopelint::util::contains_icase("sla", "slack"));
    CHECK(scopelint::util::contains_icase("anything", ""));
}
