#include "parse/json_reader.hpp"

#include "grammar/json.hpp"
#include "grammar/json_errors.hpp"

#include <tao/pegtl.hpp>

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <iterator>
#include <limits>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace scopelint {

namespace {

namespace pegtl = tao::pegtl;
namespace json = grammar::json;

// A problem the grammar accepts but the reader does not (unpaired surrogates,
// nesting depth). Thrown from actions to stop the parse where it was found.
struct ReadError {
    std::uint32_t offset = 0;
    std::string message;
};

constexpr std::string_view utf8_bom = "\xEF\xBB\xBF";

// ---------------------------------------------------------------------------
// String decoding. The grammar has already checked every escape, so these
// helpers only translate; bytes that are not UTF-8 are copied as they are.

unsigned hex_digit_value(char c) {
    if (c >= '0' && c <= '9') return static_cast<unsigned>(c - '0');
    if (c >= 'a' && c <= 'f') return static_cast<unsigned>(c - 'a' + 10);
    return static_cast<unsigned>(c - 'A' + 10);
}

unsigned hex_quad_value(const char* digits) {
    unsigned value = 0;
    for (int i = 0; i < 4; ++i) value = (value << 4U) | hex_digit_value(digits[i]);
    return value;
}

bool is_high_surrogate(unsigned unit) { return unit >= 0xD800U && unit <= 0xDBFFU; }
bool is_low_surrogate(unsigned unit) { return unit >= 0xDC00U && unit <= 0xDFFFU; }

void append_utf8(std::string& out, unsigned code_point) {
    const auto byte = [](unsigned bits) { return static_cast<char>(bits & 0xFFU); };
    if (code_point < 0x80U) {
        out += byte(code_point);
    } else if (code_point < 0x800U) {
        out += byte(0xC0U | (code_point >> 6U));
        out += byte(0x80U | (code_point & 0x3FU));
    } else if (code_point < 0x10000U) {
        out += byte(0xE0U | (code_point >> 12U));
        out += byte(0x80U | ((code_point >> 6U) & 0x3FU));
        out += byte(0x80U | (code_point & 0x3FU));
    } else {
        out += byte(0xF0U | (code_point >> 18U));
        out += byte(0x80U | ((code_point >> 12U) & 0x3FU));
        out += byte(0x80U | ((code_point >> 6U) & 0x3FU));
        out += byte(0x80U | (code_point & 0x3FU));
    }
}

char single_char_escape_value(char c) {
    switch (c) {
        case 'b': return '\b';
        case 'f': return '\f';
        case 'n': return '\n';
        case 'r': return '\r';
        case 't': return '\t';
        default: return c;  // '"', '\\' and '/' stand for themselves
    }
}

// Decodes the \u escape at `backslash` (a lone one or a surrogate pair) and
// returns where the next character starts. Pairing is checked here rather than
// in the grammar so that the error points at the unpaired escape's backslash;
// the price is that a syntax error later in the same string is reported first.
const char* decode_unicode_escape(const char* backslash, const char* content_end, const char* origin,
                                  std::string& out) {
    const unsigned unit = hex_quad_value(backslash + 2);
    const char* next = backslash + 6;
    if (is_high_surrogate(unit) && content_end - next >= 6 && next[0] == '\\' && next[1] == 'u') {
        const unsigned low = hex_quad_value(next + 2);
        if (is_low_surrogate(low)) {
            append_utf8(out, 0x10000U + ((unit - 0xD800U) << 10U) + (low - 0xDC00U));
            return next + 6;
        }
    }
    if (is_high_surrogate(unit) || is_low_surrogate(unit)) {
        throw ReadError{static_cast<std::uint32_t>(backslash - origin), json::unpaired_surrogate_message};
    }
    append_utf8(out, unit);
    return next;
}

// Copies the runs between escapes in one piece, so a long string with a few
// escapes costs a few appends rather than one per character.
std::string decode_with_escapes(const char* content, const char* content_end, const char* origin) {
    std::string out;
    out.reserve(static_cast<std::size_t>(content_end - content));
    const char* p = content;
    while (p < content_end) {
        const auto* backslash = static_cast<const char*>(
            std::memchr(p, '\\', static_cast<std::size_t>(content_end - p)));
        if (backslash == nullptr) {
            out.append(p, content_end);
            break;
        }
        out.append(p, backslash);
        if (backslash[1] == 'u') {
            p = decode_unicode_escape(backslash, content_end, origin, out);
        } else {
            out += single_char_escape_value(backslash[1]);
            p = backslash + 2;
        }
    }
    return out;
}

struct DecodedString {
    std::string text;
    bool has_escapes = false;
};

// [literal_begin, literal_end) is the whole string token, both quotes included.
DecodedString decode_string_literal(const char* literal_begin, const char* literal_end, const char* origin) {
    const char* content = literal_begin + 1;
    const char* content_end = literal_end - 1;
    const auto length = static_cast<std::size_t>(content_end - content);
    if (std::memchr(content, '\\', length) == nullptr) return {std::string(content, length), false};
    return {decode_with_escapes(content, content_end, origin), true};
}

// ---------------------------------------------------------------------------
// Tree building without recursion of its own. Completed children wait on two
// flat stacks shared by all open containers; when a container closes, its
// children move into a vector of exactly their number (one allocation per
// container, no regrowth of 100-byte nodes). Every completed value is built
// in place, in the slot where it ends up.

class TreeBuilder {
public:
    TreeBuilder(const char* origin, std::uint32_t max_depth) : origin_(origin), max_depth_(max_depth) {}

    [[nodiscard]] const char* origin() const { return origin_; }

    [[nodiscard]] Span span_of(const char* begin, const char* end) const {
        return {offset_of(begin), offset_of(end)};
    }

    // The depth is checked before the container's content is parsed, which is
    // what keeps PEGTL's recursive descent off the end of the stack.
    void open_container(JsonKind kind, const char* bracket) {
        if (open_.size() >= max_depth_) {
            throw ReadError{offset_of(bracket),
                            json::nesting_depth_message_prefix + std::to_string(max_depth_)};
        }
        const std::size_t first_child = kind == JsonKind::array ? pending_elements_.size() : pending_members_.size();
        open_.push_back({kind, offset_of(bracket), first_child});
    }

    void close_container(const char* past_bracket) {
        const OpenContainer container = open_.back();
        open_.pop_back();
        // Children first: the container's own slot may be on the same stack, right where they were.
        std::vector<JsonValue> elements;
        std::vector<JsonMember> members;
        if (container.kind == JsonKind::array) {
            take_children(pending_elements_, container.first_child, elements);
        } else {
            take_children(pending_members_, container.first_child, members);
        }
        JsonValue& value = next_value_slot();
        value.kind = container.kind;
        value.span = {container.begin, offset_of(past_bracket)};
        value.elements = std::move(elements);
        value.members = std::move(members);
    }

    void add_scalar(JsonKind kind, Span span, std::string text, bool has_escapes = false) {
        JsonValue& value = next_value_slot();
        value.kind = kind;
        value.span = span;
        value.text = std::move(text);
        value.has_escapes = has_escapes;
    }

    // The member is pushed with its key now and receives its value when that
    // value completes; the grammar guarantees exactly one value per key.
    void add_key(std::string key, Span key_span) {
        auto& member = pending_members_.emplace_back();
        member.key = std::move(key);
        member.key_span = key_span;
    }

    void add_invalid_utf8(const char* byte) { invalid_utf8_.push_back(offset_of(byte)); }

    [[nodiscard]] JsonValue take_root() { return std::move(root_); }
    [[nodiscard]] std::vector<std::uint32_t> take_invalid_utf8() { return std::move(invalid_utf8_); }

private:
    struct OpenContainer {
        JsonKind kind;
        std::uint32_t begin;      // offset of the bracket
        std::size_t first_child;  // index of its first child on the pending stack
    };

    [[nodiscard]] std::uint32_t offset_of(const char* p) const {
        return static_cast<std::uint32_t>(p - origin_);
    }

    JsonValue& next_value_slot() {
        if (open_.empty()) return root_;
        if (open_.back().kind == JsonKind::array) return pending_elements_.emplace_back();
        return pending_members_.back().value;
    }

    template <typename Child>
    static void take_children(std::vector<Child>& pending, std::size_t first, std::vector<Child>& children) {
        const auto from = pending.begin() + static_cast<std::ptrdiff_t>(first);
        children.assign(std::make_move_iterator(from), std::make_move_iterator(pending.end()));
        pending.erase(from, pending.end());
    }

    const char* origin_;
    std::uint32_t max_depth_;
    std::vector<OpenContainer> open_;
    std::vector<JsonValue> pending_elements_;
    std::vector<JsonMember> pending_members_;
    JsonValue root_;
    std::vector<std::uint32_t> invalid_utf8_;
};

// ---------------------------------------------------------------------------
// Actions. Each sits on a rule that is final once it has matched (a value
// alternative, or a token behind a must<>), because PEGTL does not undo an
// action when an enclosing rule backtracks.

template <typename Rule>
struct build : pegtl::nothing<Rule> {};

template <>
struct build<json::begin_array> {
    template <typename ActionInput>
    static void apply(const ActionInput& in, TreeBuilder& tree) {
        tree.open_container(JsonKind::array, in.begin());
    }
};

template <>
struct build<json::begin_object> {
    template <typename ActionInput>
    static void apply(const ActionInput& in, TreeBuilder& tree) {
        tree.open_container(JsonKind::object, in.begin());
    }
};

struct close_innermost_container {
    template <typename ActionInput>
    static void apply(const ActionInput& in, TreeBuilder& tree) {
        tree.close_container(in.end());
    }
};

template <>
struct build<json::end_array> : close_innermost_container {};

template <>
struct build<json::end_object> : close_innermost_container {};

template <>
struct build<json::string> {
    template <typename ActionInput>
    static void apply(const ActionInput& in, TreeBuilder& tree) {
        auto decoded = decode_string_literal(in.begin(), in.end(), tree.origin());
        tree.add_scalar(JsonKind::string, tree.span_of(in.begin(), in.end()), std::move(decoded.text),
                        decoded.has_escapes);
    }
};

template <>
struct build<json::key> {
    template <typename ActionInput>
    static void apply(const ActionInput& in, TreeBuilder& tree) {
        auto decoded = decode_string_literal(in.begin(), in.end(), tree.origin());
        tree.add_key(std::move(decoded.text), tree.span_of(in.begin(), in.end()));
    }
};

template <>
struct build<json::invalid_utf8_byte> {
    template <typename ActionInput>
    static void apply(const ActionInput& in, TreeBuilder& tree) {
        tree.add_invalid_utf8(in.begin());
    }
};

// Numbers and booleans keep the literal as written; null has no text.
template <JsonKind Kind>
struct add_literal {
    template <typename ActionInput>
    static void apply(const ActionInput& in, TreeBuilder& tree) {
        tree.add_scalar(Kind, tree.span_of(in.begin(), in.end()),
                        Kind == JsonKind::null ? std::string() : in.string());
    }
};

template <>
struct build<json::number> : add_literal<JsonKind::number> {};

template <>
struct build<json::true_> : add_literal<JsonKind::boolean> {};

template <>
struct build<json::false_> : add_literal<JsonKind::boolean> {};

template <>
struct build<json::null> : add_literal<JsonKind::null> {};

// ---------------------------------------------------------------------------

JsonParseResult failure(std::uint32_t offset, std::string message) {
    JsonParseResult result;
    result.error = JsonSyntaxError{offset, std::move(message)};
    return result;
}

std::size_t bom_length(std::string_view text) { return text.starts_with(utf8_bom) ? utf8_bom.size() : 0; }

}  // namespace

JsonParseResult parse_json(std::string_view text, const JsonLimits& limits) {
    if (text.size() > std::numeric_limits<std::uint32_t>::max()) {
        return failure(0, "JSON text too large (4 GiB or more)");
    }
    // Lazy tracking: positions are pointer differences from the start of
    // `text`; lines and columns are computed only for the one error, if any.
    const std::size_t skipped = bom_length(text);
    pegtl::memory_input<pegtl::tracking_mode::lazy, pegtl::eol::lf_crlf, const char*> in(
        text.data() + skipped, text.data() + text.size(), "json");
    TreeBuilder tree(text.data(), limits.max_depth);
    try {
        if (!pegtl::parse<json::document, build, json::control>(in, tree)) {
            // Unreachable while document's value and end are both under must<>.
            return failure(static_cast<std::uint32_t>(in.current() - text.data()), json::error_message<json::value>);
        }
    } catch (const pegtl::parse_error& e) {
        const auto offset = e.positions().front().byte + skipped;
        return failure(static_cast<std::uint32_t>(offset), std::string(e.message()));
    } catch (const ReadError& e) {
        return failure(e.offset, e.message);
    }
    JsonParseResult result;
    result.root = tree.take_root();
    result.invalid_utf8 = tree.take_invalid_utf8();
    return result;
}

}  // namespace scopelint
