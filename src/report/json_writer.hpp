#pragma once
// Writes JSON straight into a string, formatted exactly as nlohmann's
// dump(2) with error_handler_t::replace (the format of every JSON and SARIF
// report): a per-finding object costs appends, not a tree of allocations.
// The report skeletons are still built with nlohmann; only the elements that
// repeat per finding come through here.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace scopelint::report {

class JsonWriter {
public:
    // `indent`: the column the value itself starts at (its inner lines are
    // indented two more per level). The caller places the first character.
    JsonWriter(std::string& out, std::size_t indent) : out_(out), indent_(indent) {}

    JsonWriter& begin_object();
    JsonWriter& begin_array();
    JsonWriter& end();  // closes the innermost object or array
    JsonWriter& key(std::string_view name);
    JsonWriter& string(std::string_view text);
    JsonWriter& number(std::uint64_t value);
    JsonWriter& boolean(bool value);

    JsonWriter& field(std::string_view name, std::string_view text) { return key(name).string(text); }
    JsonWriter& count(std::string_view name, std::uint64_t value) { return key(name).number(value); }

private:
    struct Frame {
        bool is_array = false;
        bool empty = true;
    };
    void before_value();
    void newline(std::size_t depth);

    std::string& out_;
    std::size_t indent_;
    std::vector<Frame> open_;
};

// `text` as a JSON string literal, quotes included, as nlohmann writes it
// (no \u escapes beyond control characters; invalid UTF-8 replaced by U+FFFD).
void append_json_string(std::string& out, std::string_view text);

}  // namespace scopelint::report
