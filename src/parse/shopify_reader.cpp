// toml++ is used header-only: the static program cannot link Debian's shared
// libtomlplusplus, and only this file parses TOML.
#define TOML_HEADER_ONLY 1
#define TOML_ENABLE_FORMATTERS 0
#include <toml++/toml.h>

#include "parse/shopify_reader.hpp"

#include "parse/manifest_settings.hpp"
#include "parse/scope_tokens.hpp"
#include "provider/provider.hpp"
#include "util/text.hpp"

#include <fmt/format.h>

#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace scopelint {
namespace {

constexpr std::string_view provider_id = "shopify";

// toml++ counts lines and columns (in code points) from 1; findings need bytes.
class TomlPositions {
public:
    explicit TomlPositions(std::string_view text) : text_(text) {
        line_starts_.push_back(text.starts_with("\xEF\xBB\xBF") ? 3U : 0U);
        for (std::size_t i = 0; i < text.size(); ++i)
            if (text[i] == '\n') line_starts_.push_back(static_cast<std::uint32_t>(i + 1));
    }

    [[nodiscard]] std::uint32_t offset(const toml::source_position& position) const {
        if (position.line == 0 || position.line > line_starts_.size()) return static_cast<std::uint32_t>(text_.size());
        std::size_t at = line_starts_[position.line - 1];
        for (toml::source_index column = 1; column < position.column && at < text_.size(); ++column) {
            ++at;  // past the lead byte, then its continuation bytes
            while (at < text_.size() && (static_cast<unsigned char>(text_[at]) & 0xC0U) == 0x80U) ++at;
        }
        return static_cast<std::uint32_t>(std::min(at, text_.size()));
    }

    [[nodiscard]] Span span(const toml::source_region& region) const {
        const auto begin = offset(region.begin);
        return {begin, std::max(begin, offset(region.end))};
    }

private:
    std::string_view text_;
    std::vector<std::uint32_t> line_starts_;
};

// Whether a quote at `at` starts a string as toml++ reads it: at the start of
// a line (a quoted key) or after '=', '[', ',', '{' or '.'. Anywhere else it is
// part of a bare value that toml++ keeps scanning character by character
// (`4"é…`), so what follows must be treated as code.
bool opens_string(std::string_view text, std::size_t at) {
    while (at > 0 && (text[at - 1] == ' ' || text[at - 1] == '\t')) --at;
    if (at == 0) return true;
    const char before = text[at - 1];
    return before == '\n' || before == '\r' || before == '=' || before == '[' || before == ',' || before == '{' ||
           before == '.';
}

bool starts_line_after_blanks(std::string_view text, std::size_t at) {
    while (at > 0 && (text[at - 1] == ' ' || text[at - 1] == '\t')) --at;
    return at == 0 || text[at - 1] == '\n' || text[at - 1] == '\r';
}

// The first character of a table header's key (`[x]`, `[[x]]`, after blanks):
// toml++ assumes it starts a key or is ']' and asserts so (undefined behaviour
// in optimised builds). Returns its offset and whether it may stand there.
std::pair<std::size_t, bool> table_header_key(std::string_view text, std::size_t at) {
    at += text.substr(at).starts_with("[[") ? 2U : 1U;
    while (at < text.size() && (text[at] == ' ' || text[at] == '\t')) ++at;
    if (at >= text.size()) return {at > 0 ? at - 1 : 0, false};
    const char c = text[at];
    const bool key_start = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' ||
                           c == '-' || c == '"' || c == '\'' || c == ']' || c == '[';
    return {at, key_start};
}

// toml++ 3.3 (Debian 12) reaches __builtin_unreachable() when it tests a
// non-ASCII character such as 'é' for whitespace, which it does wherever
// whitespace may stand: outside strings and comments (a quote inside a bare
// value starts no string), and after a line-ending backslash in a multi-line
// basic string. TOML allows no non-ASCII character there in the first place,
// so such a file is reported here and never given to toml++. Returns the
// offset and the message.
std::optional<std::pair<std::uint32_t, std::string>> unsafe_for_toml(std::string_view text) {
    enum class State { code, comment, basic, literal, multi_basic, multi_literal } state = State::code;
    std::size_t array_depth = 0;  // '[' of array values still open
    const auto non_ascii = [](char c) { return (static_cast<unsigned char>(c) & 0x80U) != 0; };
    std::size_t i = text.starts_with("\xEF\xBB\xBF") ? 3 : 0;
    while (i < text.size()) {
        const std::string_view rest = text.substr(i);
        const char c = text[i];
        switch (state) {
            case State::code:
                if (non_ascii(c))
                    return std::pair{static_cast<std::uint32_t>(i),
                                     std::string("invalid TOML: outside strings and comments, only ASCII characters may stand")};
                if (c == '[' && array_depth == 0 && starts_line_after_blanks(text, i)) {
                    if (const auto key = table_header_key(text, i); !key.second)
                        return std::pair{static_cast<std::uint32_t>(key.first),
                                         std::string("invalid TOML: a table header needs a key")};
                } else if (c == '[') {
                    ++array_depth;
                } else if (c == ']' && array_depth > 0) {
                    --array_depth;
                }
                if (c == '#') state = State::comment;
                else if ((c == '"' || c == '\'') && !opens_string(text, i)) break;  // in a bare value: toml++ scans on
                else if (rest.starts_with("\"\"\"")) state = State::multi_basic, i += 2;
                else if (rest.starts_with("'''")) state = State::multi_literal, i += 2;
                else if (c == '"') state = State::basic;
                else if (c == '\'') state = State::literal;
                break;
            case State::comment:
                if (c == '\n') state = State::code;
                break;
            case State::basic:
                if (c == '\\') ++i;
                else if (c == '"' || c == '\n') state = State::code;
                break;
            case State::literal:
                if (c == '\'' || c == '\n') state = State::code;
                break;
            case State::multi_basic:
                if (rest.starts_with("\"\"\"")) {
                    state = State::code, i += 2;
                } else if (c == '\\') {
                    std::size_t after = i + 1;
                    while (after < text.size() && (text[after] == ' ' || text[after] == '\t' || text[after] == '\r' ||
                                                   text[after] == '\n'))
                        ++after;
                    const bool line_ending = text.substr(i + 1, after - i - 1).find('\n') != std::string_view::npos;
                    if (line_ending && after < text.size() && non_ascii(text[after]))
                        return std::pair{static_cast<std::uint32_t>(after),
                                         std::string("scopelint cannot read a non-ASCII character right after a "
                                                     "line-ending backslash (a defect of its TOML library)")};
                    i = line_ending ? after - 1 : i + 1;
                }
                break;
            case State::multi_literal:
                if (rest.starts_with("'''")) state = State::code, i += 2;
                break;
        }
        ++i;
    }
    return std::nullopt;
}

struct Document {
    toml::table table;
};

class ShopifyReader {
public:
    ShopifyReader(const SourceFile& source, ReadResult& result, const InputLimits& limits)
        : source_(source), result_(result), positions_(source.text), budget_(limits),
          provider_(*find_provider(provider_id)) {}

    void read(const toml::table& root) {
        AppManifest app;
        app.provider = std::string(provider_id);
        app.justification_form = no_reason_field_form;
        if (const auto* name = root.get_as<std::string>("name"))
            app.name = Located{name->get(), inner(*name), "/name"};
        if (const auto* access = root.get_as<toml::table>("access_scopes")) read_access_scopes(*access, app);
        if (const auto* auth = root.get_as<toml::table>("auth")) read_redirect_urls(*auth, app);
        read_settings(root, app);
        collect_strings(root, "", PathTable::root, app);
        budget_.report(provider_, source_.path, result_.findings);
        result_.manifests.push_back(std::move(app));
    }

private:
    const SourceFile& source_;
    ReadResult& result_;
    TomlPositions positions_;
    ScopeBudget budget_;
    const Provider& provider_;

    // A one-line string's text between its quotes; the whole literal otherwise.
    Span inner(const toml::node& node) const {
        const Span whole = positions_.span(node.source());
        const auto* value = node.as_string();
        if (value == nullptr || whole.size() != value->get().size() + 2) return whole;
        return {whole.begin + 1, whole.end - 1};
    }

    bool spelled_as_is(const toml::value<std::string>& value) const {
        const Span span = inner(value);
        return std::string_view(source_.text).substr(span.begin, span.size()) == value.get();
    }

    void syntax_error(Span span, std::string pointer, std::string message) {
        Finding finding = make_finding("manifest-syntax", Severity::error, source_.path, span, std::move(pointer),
                                       std::move(message));
        finding.provider = std::string(provider_id);
        result_.findings.push_back(std::move(finding));
    }

    void read_scope_string(const toml::value<std::string>& value, const std::string& pointer, AppManifest& app,
                           bool one_expected) {
        const Span span = inner(value);
        const bool as_is = spelled_as_is(value);
        const ScopeCarrier carrier{value.get(),
                                   [span, as_is](std::uint32_t offset) { return as_is ? span.begin + offset : span.begin; },
                                   pointer, one_expected};
        read_scope_carrier(carrier, provider_, source_.path, budget_, app.scopes, result_.findings);
    }

    void read_access_scopes(const toml::table& access, AppManifest& app) {
        if (const auto* node = access.get("scopes")) {
            if (const auto* scopes = node->as_string()) read_scope_string(*scopes, "/access_scopes/scopes", app, false);
            else syntax_error(positions_.span(node->source()), "/access_scopes/scopes",
                              "'scopes' must be one string of comma-separated scopes");
        }
        if (const auto* node = access.get("optional_scopes")) {
            const auto* list = node->as_array();
            if (list == nullptr) {
                syntax_error(positions_.span(node->source()), "/access_scopes/optional_scopes",
                             "'optional_scopes' must be an array of scopes");
                return;
            }
            for (std::size_t i = 0; i < list->size(); ++i) {
                const std::string pointer = fmt::format("/access_scopes/optional_scopes/{}", i);
                if (const auto* scope = list->get(i)->as_string()) read_scope_string(*scope, pointer, app, true);
                else syntax_error(positions_.span(list->get(i)->source()), pointer, "a scope must be a string");
            }
        }
    }

    void read_redirect_urls(const toml::table& auth, AppManifest& app) {
        const auto* urls = auth.get_as<toml::array>("redirect_urls");
        if (urls == nullptr) return;
        for (std::size_t i = 0; i < urls->size(); ++i)
            if (const auto* url = urls->get(i)->as_string())
                app.redirect_uris.push_back({url->get(), inner(*url), fmt::format("/auth/redirect_urls/{}", i)});
    }

    // The values of the settings the catalog describes for this format (risky-setting).
    void read_settings(const toml::table& root, AppManifest& app) const {
        const auto& settings = provider_.catalog->settings;
        for (std::size_t i = 0; i < settings.size(); ++i) {
            if (settings[i].format != "shopify-app-toml") continue;
            const auto tokens = pointer_tokens(settings[i].pointer);
            walk_setting(root, tokens, 0, "", static_cast<std::uint16_t>(i), app);
        }
    }

    void walk_setting(const toml::node& node, const std::vector<std::string>& tokens, std::size_t depth,
                      const std::string& pointer, std::uint16_t setting, AppManifest& app) const {
        if (depth == tokens.size()) {
            app.settings.push_back({setting, pointer, scalar_text(node), inner(node)});
            return;
        }
        const std::string& token = tokens[depth];
        if (const auto* table = node.as_table()) {
            for (const auto& [key, child] : *table)
                if (token == "*" || key.str() == token)
                    walk_setting(child, tokens, depth + 1, fmt::format("{}/{}", pointer, json_pointer_token(key.str())),
                                 setting, app);
        } else if (const auto* array = node.as_array()) {
            for (std::size_t i = 0; i < array->size(); ++i)
                if (token == "*" || token == std::to_string(i))
                    walk_setting(*array->get(i), tokens, depth + 1, fmt::format("{}/{}", pointer, i), setting, app);
        }
    }

    // A scalar as TOML writes it ("true", "offline", "3"); empty for a table or an array.
    static std::string scalar_text(const toml::node& node) {
        if (const auto* text = node.as_string()) return text->get();
        if (const auto* flag = node.as_boolean()) return flag->get() ? "true" : "false";
        if (const auto* number = node.as_integer()) return std::to_string(number->get());
        return {};
    }

    // Every string value and key, for committed-secret and bidi-control. The
    // views point into the table, which the manifest keeps alive.
    void collect_strings(const toml::node& node, std::string_view key, std::uint32_t path, AppManifest& app) {
        if (const auto* value = node.as_string()) {
            app.strings.push_back({key, value->get(), inner(*value), path, false, !spelled_as_is(*value)});
        } else if (const auto* array = node.as_array()) {
            for (std::size_t i = 0; i < array->size(); ++i)
                collect_strings(*array->get(i), key, app.paths.add_index(path, static_cast<std::uint32_t>(i)), app);
        } else if (const auto* table = node.as_table()) {
            for (const auto& [member, child] : *table) {
                const auto member_path = app.paths.add_key(path, member.str());
                const Span key_span = positions_.span(member.source());
                app.strings.push_back({key, member.str(), key_span, member_path, true, key_span.size() != member.str().size()});
                collect_strings(child, member.str(), member_path, app);
            }
        }
    }
};

}  // namespace

bool has_shopify_app_config_name(std::string_view path) {
    const auto name = util::base_name(path);
    return util::starts_with_icase(name, "shopify.app.") && util::ends_with_icase(name, ".toml");
}

ReadResult read_shopify_app_config(const SourceFile& source, bool, const InputLimits& limits) {
    ReadResult result;
    result.recognized = true;
    if (const auto unsafe = unsafe_for_toml(source.text)) {
        const auto at = unsafe->first;
        result.findings.push_back(make_finding("manifest-syntax", Severity::error, source.path,
                                               {at, std::min<std::uint32_t>(at + 1, static_cast<std::uint32_t>(source.text.size()))},
                                               {}, unsafe->second));
        return result;
    }
    auto document = std::make_shared<Document>();
    try {
        document->table = toml::parse(source.text, source.path);
    } catch (const toml::parse_error& error) {
        const TomlPositions positions(source.text);
        const auto at = positions.offset(error.source().begin);
        result.findings.push_back(make_finding(
            "manifest-syntax", Severity::error, source.path,
            {at, std::min<std::uint32_t>(at + 1, static_cast<std::uint32_t>(source.text.size()))}, {},
            fmt::format("invalid TOML: {}", error.description())));
        return result;
    }
    ShopifyReader(source, result, limits).read(document->table);
    for (auto& manifest : result.manifests) manifest.document = document;
    return result;
}

}  // namespace scopelint
