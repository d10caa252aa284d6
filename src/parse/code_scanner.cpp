#include "parse/code_scanner.hpp"

#include "parse/scope_shapes.hpp"
#include "parse/scope_tokens.hpp"
#include "provider/provider.hpp"
#include "util/text.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <memory>
#include <optional>

namespace scopelint {
namespace {

constexpr std::array<std::string_view, 30> code_extensions{
    ".js",  ".jsx", ".mjs", ".cjs", ".ts",    ".tsx",  ".py",         ".rb",  ".php",  ".java",
    ".kt",  ".kts", ".go",  ".cs",  ".swift", ".rs",   ".scala",      ".dart", ".sh",  ".bash",
    ".ps1", ".c",   ".cc",  ".cpp", ".h",     ".hpp",  ".properties", ".ini", ".cfg",  ".tf"};

// An authorize endpoint whose `scope` parameter names one provider's scopes.
struct Endpoint {
    std::string_view marker;    // text the URL holds
    std::string_view provider;
};
constexpr std::array<Endpoint, 6> endpoints{{
    {"/oauth/v2/auth", "zoho"},  // accounts.zoho.com, .eu, .in, .com.au, .jp, .com.cn, .sa, .ca
    {"accounts.google.com/o/oauth2/", "google"},
    {"github.com/login/oauth/authorize", "github"},
    {"slack.com/oauth/v2/authorize", "slack"},
    {"slack.com/oauth/authorize", "slack"},
    {"auth.atlassian.com/authorize", "atlassian"},
}};

const Provider* endpoint_provider(std::string_view url) {
    if (url.find("/oauth/v2/auth") != std::string_view::npos && url.find("accounts.zoho.") == std::string_view::npos)
        return nullptr;  // Zoho's path alone is too common a shape
    for (const auto& endpoint : endpoints)
        if (url.find(endpoint.marker) != std::string_view::npos) return find_provider(endpoint.provider);
    return nullptr;
}

// A string literal on one line: the text between its quotes.
struct Literal {
    std::string_view text;
    std::uint32_t begin = 0;  // offset of the text in the file
};

std::vector<Literal> literals_in_line(std::string_view text, std::uint32_t begin, std::uint32_t end) {
    std::vector<Literal> found;
    for (std::uint32_t at = begin; at < end; ++at) {
        const char quote = text[at];
        if (quote != '"' && quote != '\'' && quote != '`') continue;
        std::uint32_t close = at + 1;
        while (close < end && text[close] != quote) close += text[close] == '\\' ? 2U : 1U;
        if (close >= end) break;  // unterminated on this line: nothing more to read here
        found.push_back({text.substr(at + 1, close - at - 1), at + 1});
        at = close;
    }
    return found;
}

int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

// A query parameter's value decoded ('+' and %XX), with each decoded byte's
// offset in the literal.
struct Decoded {
    std::string text;
    std::vector<std::uint32_t> offsets;
};

Decoded percent_decode(std::string_view value, std::uint32_t first) {
    Decoded out;
    for (std::uint32_t i = 0; i < value.size();) {
        if (value[i] == '%' && i + 2 < value.size() && hex_value(value[i + 1]) >= 0 && hex_value(value[i + 2]) >= 0) {
            out.text += static_cast<char>(hex_value(value[i + 1]) * 16 + hex_value(value[i + 2]));
            out.offsets.push_back(first + i);
            i += 3;
        } else {
            out.text += value[i] == '+' ? ' ' : value[i];
            out.offsets.push_back(first + i);
            ++i;
        }
    }
    out.offsets.push_back(first + static_cast<std::uint32_t>(value.size()));
    return out;
}

// The `scope` parameter of an authorize URL: where its value starts and ends.
std::optional<std::pair<std::uint32_t, std::uint32_t>> scope_parameter(std::string_view url) {
    for (std::size_t at = url.find("scope="); at != std::string_view::npos; at = url.find("scope=", at + 1)) {
        if (at == 0 || (url[at - 1] != '?' && url[at - 1] != '&')) continue;
        const auto begin = static_cast<std::uint32_t>(at + 6);
        const auto end = url.find('&', begin);
        return std::pair{begin, static_cast<std::uint32_t>(end == std::string_view::npos ? url.size() : end)};
    }
    return std::nullopt;
}

// A line that is all comment (`//`, `#`, `*`, `--`, `/*`): commented-out
// scopes are not requested. `#define` and `#include` are code.
bool is_comment_line(std::string_view line) {
    const auto first = line.find_first_not_of(" \t");
    if (first == std::string_view::npos) return false;
    const std::string_view rest = line.substr(first);
    if (rest.starts_with("#")) return !rest.starts_with("#define") && !rest.starts_with("#include");
    return rest.starts_with("//") || rest.starts_with("/*") || rest.starts_with("*") || rest.starts_with("--") ||
           rest.starts_with("<!--");
}

// Inside a /* … */ block after this line: it opens one that it does not close.
bool opens_block_comment(std::string_view line) {
    const auto open = line.rfind("/*");
    return open != std::string_view::npos && line.find("*/", open + 2) == std::string_view::npos;
}

class CodeScanner {
public:
    CodeScanner(const SourceFile& source, ReadResult& result, const InputLimits& limits)
        : source_(source), result_(result), limits_(limits) {}

    void scan() {
        const std::string_view text = source_.text;
        const auto size = static_cast<std::uint32_t>(text.size());
        bool in_block_comment = false;
        for (std::uint32_t line = 0, begin = 0; begin < size; ++line) {
            const auto newline = text.find('\n', begin);
            const auto end = newline == std::string_view::npos ? size : static_cast<std::uint32_t>(newline);
            const std::string_view line_text = text.substr(begin, end - begin);
            const bool skip = in_block_comment || is_comment_line(line_text);
            if (in_block_comment) in_block_comment = line_text.find("*/") == std::string_view::npos;
            else in_block_comment = opens_block_comment(line_text);
            if (!skip)
                for (const auto& literal : literals_in_line(text, begin, end)) read_literal(literal, line + 1);
            begin = end + 1;
        }
    }

private:
    const SourceFile& source_;
    ReadResult& result_;
    InputLimits limits_;

    void read_literal(const Literal& literal, std::uint32_t line) {
        if (const Provider* provider = endpoint_provider(literal.text)) {
            if (const auto parameter = scope_parameter(literal.text)) read_url_scopes(literal, *parameter, *provider, line);
            return;
        }
        // A piece of a list built by concatenation ("Desk.tickets.ALL," + …) keeps
        // its joining separator, which is no fault of this piece.
        const auto first = literal.text.find_first_not_of(", ");
        if (first == std::string_view::npos) return;
        const std::string_view list = literal.text.substr(first, literal.text.find_last_not_of(", ") + 1 - first);
        if (const Provider* provider = provider_by_shape(list)) {
            const std::uint32_t begin = literal.begin + static_cast<std::uint32_t>(first);
            add(*provider, line, ScopeCarrier{list, [begin](std::uint32_t offset) { return begin + offset; }, "", false});
        }
    }

    void read_url_scopes(const Literal& literal, std::pair<std::uint32_t, std::uint32_t> parameter,
                         const Provider& provider, std::uint32_t line) {
        const auto decoded = std::make_shared<Decoded>(
            percent_decode(literal.text.substr(parameter.first, parameter.second - parameter.first),
                           literal.begin + parameter.first));
        if (util::trim(decoded->text).empty() || decoded->text.find("${") != std::string::npos ||
            decoded->text.find('{') != std::string::npos)
            return;  // filled in at run time: nothing certain to read
        add(provider, line, ScopeCarrier{decoded->text, [decoded](std::uint32_t offset) {
                                             return decoded->offsets[std::min<std::size_t>(offset, decoded->offsets.size() - 1)];
                                         },
                                         "", false});
    }

    void add(const Provider& provider, std::uint32_t line, ScopeCarrier carrier) {
        AppManifest app;
        app.provider = std::string(provider.id);
        app.name = Located{fmt::format("scope list on line {}", line), {}, ""};
        app.justification_form = no_reason_field_form;
        ScopeBudget budget(limits_);
        read_scope_carrier(carrier, provider, source_.path, budget, app.scopes, result_.findings);
        budget.report(provider, source_.path, result_.findings);
        result_.manifests.push_back(std::move(app));
    }
};

}  // namespace

bool may_hold_code_scopes(std::string_view path) {
    const auto name = util::base_name(path);
    return std::any_of(code_extensions.begin(), code_extensions.end(),
                       [&](std::string_view extension) { return util::ends_with_icase(name, extension); });
}

ReadResult scan_code(const SourceFile& source, bool, const InputLimits& limits) {
    ReadResult result;
    CodeScanner(source, result, limits).scan();
    result.recognized = !result.manifests.empty();
    return result;
}

}  // namespace scopelint
