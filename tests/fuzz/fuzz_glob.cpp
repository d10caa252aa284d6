// libFuzzer target: policy patterns (src/engine/glob.hpp).
// Input: first byte = kind (even: scope, odd: path); the rest is split at the
// first '\n' into the pattern and the text to match (no '\n': empty text).
//
// Invariants (abort on violation; a hang is caught by libFuzzer's -timeout):
//  * compile never throws; an error's offset lies within the pattern;
//  * matching terminates without crashing;
//  * a pattern without metacharacters ("*?{},") compiles, matches itself, and
//    matches the text exactly when the text equals it (ASCII case-
//    insensitively for scope patterns, byte for byte for path patterns);
//  * text() gives back the pattern as written.
#include "engine/glob.hpp"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <variant>

namespace {

using scopelint::Glob;

[[noreturn]] void fail(const char* what) {
    std::fprintf(stderr, "fuzz_glob: invariant violated: %s\n", what);
    std::abort();
}

void check(bool ok, const char* what) {
    if (!ok) fail(what);
}

char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

bool same(std::string_view a, std::string_view b, Glob::Kind kind) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (kind == Glob::Kind::path ? a[i] != b[i] : lower(a[i]) != lower(b[i])) return false;
    }
    return true;
}

std::string swapped_case(std::string_view text) {
    std::string out(text);
    for (char& c : out) {
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
        else if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    return out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
    const Glob::Kind kind = (data[0] & 1U) == 0 ? Glob::Kind::scope : Glob::Kind::path;
    const std::string_view rest(reinterpret_cast<const char*>(data) + 1, size - 1);
    const auto newline = rest.find('\n');
    const std::string_view pattern = rest.substr(0, newline);
    const std::string_view text = newline == std::string_view::npos ? std::string_view() : rest.substr(newline + 1);
    const bool literal = pattern.find_first_of("*?{},") == std::string_view::npos;

    const auto compiled = Glob::compile(pattern, kind);
    if (const auto* error = std::get_if<scopelint::GlobError>(&compiled)) {
        check(!literal, "a pattern without metacharacters does not compile");
        check(error->offset <= pattern.size(), "error offset past the end of the pattern");
        check(!error->message.empty(), "error without a message");
        return 0;
    }
    const Glob& glob = std::get<Glob>(compiled);
    check(glob.text() == pattern, "text() is not the pattern as written");
    const bool matched = glob.matches(text);
    if (literal) {
        check(glob.matches(pattern), "a literal pattern does not match itself");
        check(matched == same(pattern, text, kind), "a literal pattern matches other text, or not its own");
        if (kind == Glob::Kind::scope) check(glob.matches(swapped_case(pattern)), "a scope pattern is case-sensitive");
    }
    return 0;
}
