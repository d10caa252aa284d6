#include "engine/glob.hpp"

#include "grammar/glob.hpp"
#include "util/text.hpp"

#include <algorithm>
#include <array>

namespace scopelint {
namespace {

namespace pegtl = tao::pegtl;
namespace g = grammar::glob;
using Element = Glob::Element;
using Type = Element::Type;

template <typename Rule> struct build : pegtl::nothing<Rule> {};

template <> struct build<g::double_star> {
    template <typename Input> static void apply(const Input&, std::vector<Element>& out) { out.push_back({Type::double_star, {}}); }
};
template <> struct build<g::star> {
    template <typename Input> static void apply(const Input&, std::vector<Element>& out) { out.push_back({Type::star, {}}); }
};
template <> struct build<g::question> {
    template <typename Input> static void apply(const Input&, std::vector<Element>& out) { out.push_back({Type::question, {}}); }
};
template <> struct build<g::literal> {
    template <typename Input> static void apply(const Input& in, std::vector<Element>& out) {
        out.push_back({Type::literal, {in.string()}});
    }
};
template <> struct build<g::open_brace> {
    template <typename Input> static void apply(const Input&, std::vector<Element>& out) {
        out.push_back({Type::alternatives, {}});
    }
};
template <> struct build<g::alternative> {
    template <typename Input> static void apply(const Input& in, std::vector<Element>& out) {
        out.back().options.push_back(in.string());
    }
};

}  // namespace

std::variant<Glob, GlobError> Glob::compile(std::string_view pattern, Kind kind) {
    Glob glob;
    glob.text_ = std::string(pattern);
    glob.kind_ = kind;
    pegtl::memory_input<pegtl::tracking_mode::lazy> in(pattern.data(), pattern.data() + pattern.size(), "");
    try {
        pegtl::parse<g::pattern, build, g::control>(in, glob.elements_);
    } catch (const pegtl::parse_error& e) {
        return GlobError{static_cast<std::uint32_t>(e.positions().front().byte), std::string(e.message())};
    }
    if (!glob.elements_.empty() && glob.elements_.front().type == Element::Type::literal)
        glob.literal_prefix_ = glob.elements_.front().options.front();
    return glob;
}

bool Glob::same_text(std::string_view pattern, std::string_view text) const {
    return kind_ == Kind::scope ? util::iequals(pattern, text) : pattern == text;
}

bool Glob::match_from(std::size_t element, std::size_t position, std::string_view text,
                      std::span<std::int8_t> memo) const {
    if (element == elements_.size()) return position == text.size();
    auto& cached = memo[element * (text.size() + 1) + position];
    if (cached >= 0) return cached == 1;
    const Element& e = elements_[element];
    const bool path = kind_ == Kind::path;
    bool matched = false;
    switch (e.type) {
        case Type::literal:
        case Type::alternatives:
            for (const auto& option : e.options) {
                matched = text.size() - position >= option.size() &&
                          same_text(option, text.substr(position, option.size())) &&
                          match_from(element + 1, position + option.size(), text, memo);
                if (matched) break;
            }
            break;
        case Type::question:
            matched = position < text.size() && !(path && text[position] == '/') &&
                      match_from(element + 1, position + 1, text, memo);
            break;
        case Type::star:
        case Type::double_star:
            matched = star_from(element, position, text, memo) || no_directory(element, position, text, memo);
            break;
    }
    cached = matched ? 1 : 0;
    return matched;
}

bool Glob::star_from(std::size_t element, std::size_t position, std::string_view text,
                     std::span<std::int8_t> memo) const {
    const std::size_t width = text.size() + 1;
    auto& cached = memo[(elements_.size() + 1) * width + element * width + position];
    if (cached >= 0) return cached == 1;
    const bool crosses = kind_ != Kind::path || elements_[element].type == Type::double_star;
    const bool matched = match_from(element + 1, position, text, memo) ||
                         (position < text.size() && (crosses || text[position] != '/') &&
                          star_from(element, position + 1, text, memo));
    cached = matched ? 1 : 0;
    return matched;
}

bool Glob::no_directory(std::size_t element, std::size_t position, std::string_view text,
                        std::span<std::int8_t> memo) const {
    if (kind_ != Kind::path || elements_[element].type != Type::double_star || element + 1 >= elements_.size()) return false;
    const Element& next = elements_[element + 1];
    if (next.type != Type::literal || !next.options[0].starts_with('/')) return false;
    const std::string_view rest = std::string_view(next.options[0]).substr(1);
    return text.substr(position).starts_with(rest) && match_from(element + 2, position + rest.size(), text, memo);
}

bool Glob::matches(std::string_view text) const {
    if (text.size() < literal_prefix_.size() || !same_text(literal_prefix_, text.substr(0, literal_prefix_.size())))
        return false;
    const std::size_t cells = 2 * (elements_.size() + 1) * (text.size() + 1);
    // Scope-sized inputs fit on the stack; policies test patterns against hundreds of scopes.
    constexpr std::size_t stack_cells = 1024;
    if (cells <= stack_cells) {
        std::array<std::int8_t, stack_cells> memo;
        std::fill_n(memo.begin(), cells, std::int8_t{-1});
        return match_from(0, 0, text, std::span(memo.data(), cells));
    }
    std::vector<std::int8_t> memo(cells, -1);
    return match_from(0, 0, text, memo);
}

}  // namespace scopelint
