#include "parse/yaml_reader.hpp"

#include "util/utf8.hpp"

#include <yaml.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <new>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

namespace scopelint {

namespace {

constexpr std::string_view utf8_bom = "\xEF\xBB\xBF";
constexpr std::string_view merge_key = "<<";
constexpr std::string_view merge_tag = "tag:yaml.org,2002:merge";
// An alias may copy a lot from a few bytes, but not this much more than the
// document could spell out: a billion-laughs stream stops after a few KB of work.
constexpr std::uint64_t alias_nodes_per_source_byte = 64;
// Copies are weighed in nodes, and long strings weigh more: one anchored 60 KB
// scalar copied a thousand times is as costly as sixty million small nodes.
constexpr std::size_t string_bytes_per_node = 64;

// A problem found while building the tree; thrown from the builder to stop
// the parse where it was found and caught in parse_yaml.
struct ReadError {
    std::uint32_t offset = 0;
    std::string message;
};

// ---------------------------------------------------------------------------
// Positions. libyaml counts marks in characters (code points; CRLF is two),
// scopelint in bytes. Byte offsets of every `stride`-th character are kept as
// the marks move on, so a conversion walks fewer than `stride` characters and
// a mark that goes back (a block collection's start) costs no rescan.

class CharToByte {
public:
    // `text` is what libyaml reads; `base` the bytes skipped before it (a BOM).
    CharToByte(std::string_view text, std::uint32_t base) : text_(text), base_(base) {}

    [[nodiscard]] std::uint32_t offset(std::size_t char_index) {
        const std::size_t wanted = char_index / stride;
        while (checkpoints_.size() <= wanted && add_checkpoint()) {
        }
        const std::size_t from = std::min(wanted, checkpoints_.size() - 1);
        const std::size_t at = walk(checkpoints_[from], char_index - from * stride);
        return base_ + static_cast<std::uint32_t>(at);
    }

private:
    static constexpr std::size_t stride = 256;
    std::string_view text_;
    std::uint32_t base_;
    std::vector<std::size_t> checkpoints_{0};  // byte offset in text_ of character k * stride

    // Invalid bytes count one character each, as decode_utf8 counts them; libyaml
    // never puts a mark past one, since it stops at the first.
    [[nodiscard]] std::size_t walk(std::size_t at, std::size_t characters) const {
        for (; characters > 0 && at < text_.size(); --characters) at += util::decode_utf8(text_, at).size;
        return std::min(at, text_.size());
    }

    bool add_checkpoint() {
        const std::size_t from = checkpoints_.back();
        const std::size_t at = walk(from, stride);
        if (at == text_.size()) return false;
        checkpoints_.push_back(at);
        return true;
    }
};

// ---------------------------------------------------------------------------
// Scalar spans. libyaml's scalar event starts at the node's first property
// (`&anchor`, `!tag`) and ends after its token; the token's own start is found
// by skipping the properties and what separates them from the token.

bool is_anchor_char(char c) {
    // libyaml's anchor alphabet (its IS_ALPHA): an anchor may be followed by ':'
    // with no space, so "anything up to a blank" would swallow the value.
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_' || c == '-';
}

// Length of the line break at `at` (LF, CR, CRLF, NEL, LS, PS as libyaml reads
// them), 0 if there is none.
std::size_t line_break_length(std::string_view text, std::size_t at) {
    const std::string_view rest = text.substr(at);
    if (rest.starts_with("\r\n")) return 2;
    if (rest.starts_with("\r") || rest.starts_with("\n")) return 1;
    if (rest.starts_with("\xC2\x85")) return 2;
    if (rest.starts_with("\xE2\x80\xA8") || rest.starts_with("\xE2\x80\xA9")) return 3;
    return 0;
}

bool is_blank(char c) { return c == ' ' || c == '\t'; }

// Whether `at` is in column 0: the text's start or right after a line break.
bool starts_line(std::string_view text, std::size_t at) {
    if (at == 0) return true;
    const std::string_view before = text.substr(0, at);
    return before.ends_with('\n') || before.ends_with('\r') || before.ends_with("\xC2\x85") ||
           before.ends_with("\xE2\x80\xA8") || before.ends_with("\xE2\x80\xA9");
}

std::size_t skip_separation(std::string_view text, std::size_t at, std::size_t end) {
    while (at < end) {
        if (is_blank(text[at])) {
            ++at;
        } else if (const std::size_t line_break = line_break_length(text, at); line_break > 0) {
            at += line_break;
        } else if (text.substr(at).starts_with(utf8_bom) && starts_line(text, at)) {
            // libyaml skips a byte order mark in column 0 (anywhere else it is text).
            at += utf8_bom.size();
        } else if (text[at] == '#') {
            while (at < end && line_break_length(text, at) == 0) ++at;
        } else {
            break;
        }
    }
    return at;
}

std::size_t skip_properties(std::string_view text, std::size_t at, std::size_t end) {
    while (at < end && (text[at] == '&' || text[at] == '!')) {
        const bool anchor = text[at] == '&';
        ++at;
        // A tag is followed by a blank or a line break whenever a token follows it.
        while (at < end && (anchor ? is_anchor_char(text[at])
                                   : !is_blank(text[at]) && line_break_length(text, at) == 0)) {
            ++at;
        }
        at = skip_separation(text, at, end);
    }
    return std::min(at, end);
}

// A block scalar's content starts on the line after its header (`|2-  # note`).
std::size_t after_header_line(std::string_view text, std::size_t at, std::size_t end) {
    while (at < end) {
        if (const std::size_t line_break = line_break_length(text, at); line_break > 0) return at + line_break;
        ++at;
    }
    return end;
}

Span scalar_value_span(std::string_view text, Span span, YamlStyle style) {
    if (span.empty()) return span;
    const auto begin = static_cast<std::uint32_t>(skip_properties(text, span.begin, span.end));
    switch (style) {
        case YamlStyle::single_quoted:
        case YamlStyle::double_quoted:
            if (span.end - begin < 2) return {span.end, span.end};
            return {begin + 1, span.end - 1};
        case YamlStyle::literal:
        case YamlStyle::folded: {
            const auto content = static_cast<std::uint32_t>(std::min<std::size_t>(
                after_header_line(text, begin, span.end), span.end));
            return {content, span.end};
        }
        default: return {begin, span.end};
    }
}

YamlStyle scalar_style(yaml_scalar_style_t style) {
    switch (style) {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: return YamlStyle::single_quoted;
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: return YamlStyle::double_quoted;
        case YAML_LITERAL_SCALAR_STYLE: return YamlStyle::literal;
        case YAML_FOLDED_SCALAR_STYLE: return YamlStyle::folded;
        default: return YamlStyle::plain;
    }
}

std::string c_string(const yaml_char_t* text) {
    return text == nullptr ? std::string() : std::string(reinterpret_cast<const char*>(text));
}

// ---------------------------------------------------------------------------
// libyaml, wrapped so that its parser and events are always released.

class Event {
public:
    Event() = default;
    Event(const Event&) = delete;
    Event& operator=(const Event&) = delete;
    ~Event() {
        if (owned_) yaml_event_delete(&raw_);
    }
    yaml_event_t* fill() { return &raw_; }
    void own() { owned_ = true; }
    [[nodiscard]] const yaml_event_t& operator*() const { return raw_; }
    [[nodiscard]] const yaml_event_t* operator->() const { return &raw_; }

private:
    yaml_event_t raw_{};
    bool owned_ = false;
};

class LibyamlParser {
public:
    explicit LibyamlParser(std::string_view input) {
        if (yaml_parser_initialize(&parser_) == 0) return;
        initialized_ = true;
        // libyaml asserts on a null input even when it is empty.
        static constexpr unsigned char nothing[1] = {0};
        const auto* bytes = input.empty() ? nothing : reinterpret_cast<const unsigned char*>(input.data());
        yaml_parser_set_input_string(&parser_, bytes, input.size());
        // Fixed, so that a UTF-16 byte order mark is not obeyed: spans are UTF-8 offsets.
        yaml_parser_set_encoding(&parser_, YAML_UTF8_ENCODING);
    }
    LibyamlParser(const LibyamlParser&) = delete;
    LibyamlParser& operator=(const LibyamlParser&) = delete;
    ~LibyamlParser() {
        if (initialized_) yaml_parser_delete(&parser_);
    }

    [[nodiscard]] bool initialized() const { return initialized_; }
    [[nodiscard]] bool next(Event& event) {
        if (yaml_parser_parse(&parser_, event.fill()) == 0) return false;
        event.own();
        return true;
    }
    [[nodiscard]] const yaml_parser_t& state() const { return parser_; }

private:
    yaml_parser_t parser_{};
    bool initialized_ = false;
};

YamlSyntaxError libyaml_error(const yaml_parser_t& parser, CharToByte& offsets, std::uint32_t base) {
    const std::string problem = parser.problem != nullptr ? parser.problem : "malformed YAML";
    switch (parser.error) {
        case YAML_MEMORY_ERROR: return {"out of memory while reading YAML", 0, std::nullopt};
        case YAML_READER_ERROR:
            // problem_offset counts bytes; the marks are not set for reader errors.
            return {problem, base + static_cast<std::uint32_t>(parser.problem_offset), std::nullopt};
        default: break;
    }
    YamlSyntaxError error{problem, offsets.offset(parser.problem_mark.index), std::nullopt};
    if (parser.context != nullptr) {
        error.message += std::string(" ") + parser.context;
        error.context_offset = offsets.offset(parser.context_mark.index);
    }
    return error;
}

// ---------------------------------------------------------------------------
// Tree building from events, without recursion of its own: open collections
// wait on a stack, and each completed node moves into the one on top.

class TreeBuilder {
public:
    TreeBuilder(std::string_view text, CharToByte& offsets, std::uint32_t max_depth, std::uint64_t alias_budget)
        : text_(text), offsets_(offsets), max_depth_(max_depth), alias_budget_(alias_budget) {}

    void start_document() {
        open_.clear();
        anchors_.clear();  // anchors never reach into another document
    }

    void scalar(const yaml_event_t& event) {
        const auto& data = event.data.scalar;
        YamlNode node;
        node.kind = YamlKind::scalar;
        node.style = scalar_style(data.style);
        node.span = span_of(event);
        node.value_span = scalar_value_span(text_, node.span, node.style);
        node.text.assign(reinterpret_cast<const char*>(data.value), data.length);
        node.has_escapes = node.text != slice(node.value_span);
        node.tag = c_string(data.tag);
        node.anchor = c_string(data.anchor);
        const std::uint64_t weight = weight_of(node);
        weight_built_ += weight;
        complete(std::move(node), 0, weight);
    }

    void start_collection(const yaml_event_t& event, YamlKind kind) {
        const Span span = span_of(event);
        if (open_.size() >= max_depth_) {
            throw ReadError{span.begin, "nesting depth exceeds " + std::to_string(max_depth_)};
        }
        const bool flow = kind == YamlKind::sequence
                              ? event.data.sequence_start.style == YAML_FLOW_SEQUENCE_STYLE
                              : event.data.mapping_start.style == YAML_FLOW_MAPPING_STYLE;
        Open open;
        open.node.kind = kind;
        open.node.style = flow ? YamlStyle::flow : YamlStyle::block;
        open.node.span = span;
        const yaml_char_t* anchor =
            kind == YamlKind::sequence ? event.data.sequence_start.anchor : event.data.mapping_start.anchor;
        const yaml_char_t* tag =
            kind == YamlKind::sequence ? event.data.sequence_start.tag : event.data.mapping_start.tag;
        open.node.anchor = c_string(anchor);
        open.node.tag = c_string(tag);
        open.weight_before = weight_built_;
        weight_built_ += weight_of(open.node);
        // Until it is complete, an alias to this anchor is an alias into itself.
        if (!open.node.anchor.empty()) anchors_[open.node.anchor] = Anchor{};
        open_.push_back(std::move(open));
    }

    void end_collection(const yaml_event_t& event) {
        if (open_.empty()) throw ReadError{span_of(event).begin, "collection end without a start"};
        Open open = std::move(open_.back());
        open_.pop_back();
        YamlNode& node = open.node;
        if (node.style == YamlStyle::flow) {
            node.span.end = std::max(node.span.end, span_of(event).end);
        } else {
            // libyaml ends a block collection where the next token starts, after
            // trailing blank lines and comments; the last child is the real end.
            node.span.end = std::max(node.span.end, open.children_end);
        }
        if (open.pending_key) {
            throw ReadError{open.pending_key->placed_span().begin, "mapping key without a value"};
        }
        apply_merges(node, std::move(open.merged));
        complete(std::move(node), open.height, weight_built_ - open.weight_before);
    }

    void alias(const yaml_event_t& event) {
        const Span use = span_of(event);
        const std::string name = c_string(event.data.alias.anchor);
        const auto found = anchors_.find(name);
        if (found == anchors_.end()) throw ReadError{use.begin, "undefined alias '*" + name + "'"};
        const Anchor& anchor = found->second;
        if (!anchor.complete) {
            throw ReadError{use.begin, "alias '*" + name + "' refers to a node that contains it (recursive alias)"};
        }
        if (open_.size() + anchor.height > max_depth_) {
            throw ReadError{use.begin, "nesting depth exceeds " + std::to_string(max_depth_) + " through alias '*" +
                                           name + "'"};
        }
        spend_alias_budget(anchor.weight, use.begin);
        YamlNode copy = anchor.node;
        mark_reached_through(copy, use);
        weight_built_ += anchor.weight;
        complete(std::move(copy), anchor.height, anchor.weight);
    }

    [[nodiscard]] std::vector<YamlNode> take_documents() { return std::move(documents_); }

private:
    struct Open {
        YamlNode node;
        std::optional<YamlNode> pending_key;  // a mapping's key until its value completes
        std::vector<YamlPair> merged;         // pairs from merge keys, added when the mapping ends
        std::uint32_t height = 1;             // collections nested in this one, itself included
        std::uint32_t children_end = 0;       // end of the furthest child in the source
        std::uint64_t weight_before = 0;      // weight_built_ when it started: its weight when it ends
    };
    struct Anchor {
        YamlNode node;
        std::uint64_t weight = 0;  // so an alias knows its cost before copying
        std::uint32_t height = 0;  // collection levels, so an alias knows its depth
        bool complete = false;
    };

    std::string_view text_;
    CharToByte& offsets_;
    std::uint32_t max_depth_;
    std::uint64_t alias_budget_;
    std::uint64_t alias_nodes_ = 0;
    std::uint64_t weight_built_ = 0;  // of all nodes built so far, copies included
    std::vector<Open> open_;
    std::unordered_map<std::string, Anchor> anchors_;
    std::vector<YamlNode> documents_;

    [[nodiscard]] Span span_of(const yaml_event_t& event) const {
        const std::uint32_t begin = offsets_.offset(event.start_mark.index);
        return {begin, std::max(begin, offsets_.offset(event.end_mark.index))};
    }

    [[nodiscard]] std::string_view slice(Span span) const { return text_.substr(span.begin, span.size()); }

    // Anchored nodes are copied when they complete and again for every alias;
    // both count, or nested anchors alone would copy quadratically much.
    void spend_alias_budget(std::uint64_t nodes, std::uint32_t offset) {
        alias_nodes_ += nodes;
        if (alias_nodes_ > alias_budget_) {
            throw ReadError{offset, "anchors and aliases expand to more than " + std::to_string(alias_budget_) +
                                        " nodes (alias expansion limit)"};
        }
    }

    static void mark_reached_through(YamlNode& node, Span use) {
        node.alias = use;
        for (YamlNode& item : node.items) mark_reached_through(item, use);
        for (YamlPair& pair : node.pairs) {
            mark_reached_through(pair.key, use);
            mark_reached_through(pair.value, use);
        }
    }

    static std::uint64_t weight_of(const YamlNode& node) {
        return 1 + (node.text.size() + node.tag.size() + node.anchor.size()) / string_bytes_per_node;
    }

    void remember_anchor(const YamlNode& node, std::uint32_t height, std::uint64_t weight) {
        spend_alias_budget(weight, node.span.begin);
        anchors_[node.anchor] = Anchor{node, weight, height, true};
    }

    // `weight`: of the node and everything in it.
    void complete(YamlNode&& node, std::uint32_t height, std::uint64_t weight) {
        if (!node.anchor.empty() && !node.alias) remember_anchor(node, height, weight);
        if (open_.empty()) {
            documents_.push_back(std::move(node));
            return;
        }
        Open& parent = open_.back();
        parent.height = std::max(parent.height, height + 1);
        parent.children_end = std::max(parent.children_end, node.placed_span().end);
        if (parent.node.is(YamlKind::sequence)) {
            parent.node.items.push_back(std::move(node));
        } else if (!parent.pending_key) {
            parent.pending_key = std::move(node);
        } else {
            add_pair(parent, std::move(*parent.pending_key), std::move(node));
            parent.pending_key.reset();
        }
    }

    static bool is_merge_key(const YamlNode& key) {
        return key.is(YamlKind::scalar) && key.style == YamlStyle::plain && key.text == merge_key &&
               (key.tag.empty() || key.tag == merge_tag);
    }

    static void add_pair(Open& mapping, YamlNode&& key, YamlNode&& value) {
        if (!is_merge_key(key)) {
            mapping.node.pairs.push_back(YamlPair{std::move(key), std::move(value), false});
            return;
        }
        if (value.is(YamlKind::mapping)) {
            take_merged_pairs(mapping, std::move(value));
            return;
        }
        const bool all_mappings =
            value.is(YamlKind::sequence) && std::all_of(value.items.begin(), value.items.end(), [](const YamlNode& item) {
                return item.is(YamlKind::mapping);
            });
        if (!all_mappings) {
            throw ReadError{value.placed_span().begin,
                            "the value of a merge key '<<' must be a mapping or a sequence of mappings"};
        }
        for (YamlNode& item : value.items) take_merged_pairs(mapping, std::move(item));
    }

    static void take_merged_pairs(Open& mapping, YamlNode&& source) {
        for (YamlPair& pair : source.pairs) {
            pair.merged = true;
            mapping.merged.push_back(std::move(pair));
        }
    }

    // Merged keys never override the mapping's own, and the first merged
    // mapping wins over later ones (`<<: [*a, *b]`), as the merge key type says.
    static void apply_merges(YamlNode& mapping, std::vector<YamlPair>&& merged) {
        if (merged.empty()) return;
        std::unordered_set<std::string> taken;
        for (const YamlPair& pair : mapping.pairs) {
            if (pair.key.is(YamlKind::scalar)) taken.insert(pair.key.text);
        }
        for (YamlPair& pair : merged) {
            if (pair.key.is(YamlKind::scalar) && !taken.insert(pair.key.text).second) continue;
            mapping.pairs.push_back(std::move(pair));
        }
    }
};

std::uint64_t alias_budget(std::string_view text, const InputLimits& limits) {
    return std::min<std::uint64_t>(limits.max_yaml_alias_nodes, alias_nodes_per_source_byte * text.size());
}

YamlParseResult read_stream(std::string_view text, const InputLimits& limits) {
    const std::uint32_t base = text.starts_with(utf8_bom) ? static_cast<std::uint32_t>(utf8_bom.size()) : 0U;
    const std::string_view input = text.substr(base);
    CharToByte offsets(input, base);
    LibyamlParser parser(input);
    if (!parser.initialized()) return {{}, YamlSyntaxError{"out of memory while reading YAML", 0, std::nullopt}};
    TreeBuilder tree(text, offsets, limits.max_json_depth, alias_budget(text, limits));
    for (;;) {
        Event event;
        if (!parser.next(event)) return {{}, libyaml_error(parser.state(), offsets, base)};
        switch (event->type) {
            case YAML_DOCUMENT_START_EVENT: tree.start_document(); break;
            case YAML_SCALAR_EVENT: tree.scalar(*event); break;
            case YAML_SEQUENCE_START_EVENT: tree.start_collection(*event, YamlKind::sequence); break;
            case YAML_MAPPING_START_EVENT: tree.start_collection(*event, YamlKind::mapping); break;
            case YAML_SEQUENCE_END_EVENT:
            case YAML_MAPPING_END_EVENT: tree.end_collection(*event); break;
            case YAML_ALIAS_EVENT: tree.alias(*event); break;
            case YAML_STREAM_END_EVENT: return {tree.take_documents(), std::nullopt};
            default: break;  // stream start, document end: nothing to build
        }
    }
}

}  // namespace

YamlParseResult parse_yaml(std::string_view text, const InputLimits& limits) {
    if (text.size() > std::numeric_limits<std::uint32_t>::max()) {
        return {{}, YamlSyntaxError{"document larger than 4 GiB", 0, std::nullopt}};
    }
    try {
        return read_stream(text, limits);
    } catch (const ReadError& error) {
        return {{}, YamlSyntaxError{error.message, error.offset, std::nullopt}};
    } catch (const std::bad_alloc&) {
        return {{}, YamlSyntaxError{"out of memory while reading YAML", 0, std::nullopt}};
    }
}

}  // namespace scopelint
