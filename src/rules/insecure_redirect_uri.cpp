// insecure-redirect-uri: a redirect URI that lets an authorization code leak
// or be redirected: plain http off the loopback interface, wildcards,
// fragments, script schemes, or values that are not absolute URIs at all.
#include "grammar/redirect_uri.hpp"
#include "rules/rule_util.hpp"
#include "rules/rules.hpp"
#include "util/text.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <optional>

namespace scopelint::rules {
namespace {

namespace pegtl = tao::pegtl;
namespace g = grammar::redirect_uri;

struct UriParts {
    std::string scheme;
    std::string authority;
    bool has_authority = false;
    bool has_fragment = false;
};

template <typename Rule> struct capture : pegtl::nothing<Rule> {};
template <> struct capture<g::scheme> {
    template <typename Input> static void apply(const Input& in, UriParts& parts) { parts.scheme = util::ascii_lower(in.string()); }
};
template <> struct capture<g::hierarchy> {
    template <typename Input> static void apply(const Input&, UriParts& parts) { parts.has_authority = true; }
};
template <> struct capture<g::authority> {
    template <typename Input> static void apply(const Input& in, UriParts& parts) { parts.authority = in.string(); }
};
template <> struct capture<g::fragment> {
    template <typename Input> static void apply(const Input&, UriParts& parts) { parts.has_fragment = true; }
};

std::optional<UriParts> parse_uri(std::string_view text) {
    UriParts parts;
    pegtl::memory_input<pegtl::tracking_mode::lazy> in(text.data(), text.data() + text.size(), "");
    if (!pegtl::parse<g::uri, capture>(in, parts)) return std::nullopt;
    return parts;
}

struct Authority {
    std::string userinfo;  // before '@', without it
    std::string host;      // lower-case; IPv6 literals keep their brackets
    bool valid = true;     // host and port are well-formed
};

bool is_port(std::string_view text) {
    return std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool is_reg_name(std::string_view host) {
    return !host.empty() && std::all_of(host.begin(), host.end(), [](unsigned char c) {
        return std::isalnum(c) != 0 || c == '.' || c == '-' || c == '_' || c == '~' || c == '%';
    });
}

Authority split_authority(std::string_view authority) {
    Authority out;
    if (const auto at = authority.rfind('@'); at != std::string_view::npos) {
        out.userinfo = std::string(authority.substr(0, at));
        authority.remove_prefix(at + 1);
    }
    if (authority.starts_with('[')) {
        const auto close = authority.find(']');
        out.host = util::ascii_lower(authority.substr(0, close == std::string_view::npos ? authority.size() : close + 1));
        const auto rest = close == std::string_view::npos ? std::string_view("x") : authority.substr(close + 1);
        out.valid = close != std::string_view::npos && (rest.empty() || (rest.front() == ':' && is_port(rest.substr(1))));
        return out;
    }
    const auto colon = authority.rfind(':');
    const bool has_port = colon != std::string_view::npos;
    out.host = util::ascii_lower(authority.substr(0, has_port ? colon : authority.size()));
    out.valid = (out.host.empty() || is_reg_name(out.host)) && (!has_port || is_port(authority.substr(colon + 1)));
    return out;
}

// 127.0.0.0/8 written as a dotted-quad number; "127.attacker.net" is not one.
bool is_ipv4_loopback(std::string_view host) {
    const auto parts = util::split(host, '.');
    if (parts.size() != 4 || parts[0] != "127") return false;
    return std::all_of(parts.begin(), parts.end(), [](std::string_view part) {
        return !part.empty() && part.size() <= 3 && is_port(part) && std::stoi(std::string(part)) <= 255;
    });
}

bool is_loopback(std::string_view host) {
    if (host.ends_with('.')) host.remove_suffix(1);  // "localhost." is the same name
    if (host == "localhost" || host.ends_with(".localhost") || is_ipv4_loopback(host)) return true;
    if (host == "[::1]" || host == "[0:0:0:0:0:0:0:1]") return true;
    return host.starts_with("[::ffff:") && host.ends_with("]") && is_ipv4_loopback(host.substr(8, host.size() - 9));
}

// Reserved for documentation and testing (RFC 2606, RFC 6761).
bool is_placeholder_host(std::string_view host) {
    constexpr std::array<std::string_view, 3> examples{"example.com", "example.net", "example.org"};
    for (const auto example : examples)
        if (host == example || host.ends_with(fmt::format(".{}", example))) return true;
    return host.ends_with(".example") || host.ends_with(".test") || host.ends_with(".invalid");
}

bool has_space_or_control(std::string_view text) {
    return std::any_of(text.begin(), text.end(), [](unsigned char c) { return c <= 0x20 || c == 0x7F; });
}

struct Problem {
    Severity severity;
    std::string message;
    std::string help;
};

constexpr const char* full_url_help = "register the full callback URL, e.g. 'https://app.example.com/oauth/callback'";

Problem error(std::string message, std::string help) { return {Severity::error, std::move(message), std::move(help)}; }

// Problems visible in the text, before its parts are looked at.
std::optional<Problem> judge_text(std::string_view uri) {
    if (has_space_or_control(uri))
        return error(fmt::format("{} contains a space or a control character", in_quotes(uri)),
                     "percent-encode the character or remove it");
    if (uri.find('\\') != std::string_view::npos)
        return error(fmt::format("{} contains a backslash, which browsers read as '/' and which can hide the real host",
                                 in_quotes(uri)),
                     "remove the backslash");
    if (uri.find('*') != std::string_view::npos)
        return error(fmt::format("{} contains a wildcard", in_quotes(uri)),
                     "register each exact callback URL; a wildcard lets any matching host receive codes");
    return std::nullopt;
}

std::optional<Problem> judge_authority(std::string_view uri, const UriParts& parts) {
    const bool web = parts.scheme == "http" || parts.scheme == "https";
    if (!parts.has_authority) {
        if (web) return error(fmt::format("{} has no host", in_quotes(uri)), full_url_help);
        return std::nullopt;  // app schemes such as com.example.app:/callback
    }
    const auto authority = split_authority(parts.authority);
    if (!authority.userinfo.empty() || parts.authority.find('@') != std::string::npos)
        return error(fmt::format("{} carries user information before '@', which can disguise the real host",
                                 in_quotes(uri)),
                     "remove the 'user@' part");
    if (!authority.valid) return error(fmt::format("{} has an invalid host", in_quotes(uri)), full_url_help);
    if (web && authority.host.empty()) return error(fmt::format("{} has no host", in_quotes(uri)), full_url_help);
    if (parts.scheme == "http" && !is_loopback(authority.host))
        return error(fmt::format("{} sends authorization codes over plain http to {}", in_quotes(uri),
                                 in_quotes(authority.host)),
                     fmt::format("use {}", in_quotes(fmt::format("https{}", uri.substr(4)))));
    if (is_placeholder_host(authority.host))
        return Problem{Severity::warning,
                       fmt::format("{} points at the placeholder domain {}", in_quotes(uri), in_quotes(authority.host)),
                       "register the app's real callback URL"};
    return std::nullopt;
}

std::optional<Problem> judge(std::string_view uri) {
    if (auto problem = judge_text(uri)) return problem;
    const auto parts = parse_uri(uri);
    if (!parts) return error(fmt::format("{} is not an absolute URI", in_quotes(uri)), full_url_help);
    if (parts->has_fragment)
        return error(fmt::format("{} has a fragment; RFC 6749 §3.1.2 forbids one", in_quotes(uri)), "remove the '#...' part");
    if (parts->scheme == "javascript" || parts->scheme == "data" || parts->scheme == "file")
        return error(fmt::format("{} uses the {} scheme", in_quotes(uri), parts->scheme), "use an https callback URL");
    return judge_authority(uri, *parts);
}

class InsecureRedirectUri final : public Rule {
public:
    std::string_view id() const override { return "insecure-redirect-uri"; }

    void check(const RuleContext& context, std::vector<Finding>& findings) const override {
        for (const auto& uri : context.app().redirect_uris) {
            const auto problem = judge(uri.value);
            if (!problem) continue;
            Finding f = context.finding(id(), problem->severity, uri.span, uri.pointer, problem->message);
            f.help = problem->help;
            findings.push_back(std::move(f));
        }
    }
};

}  // namespace

std::unique_ptr<Rule> make_insecure_redirect_uri() { return std::make_unique<InsecureRedirectUri>(); }

}  // namespace scopelint::rules
