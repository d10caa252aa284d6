#include "ast/source.hpp"

#include "util/utf8.hpp"

#include <algorithm>

namespace scopelint {

namespace {

// Columns in code points and UTF-16 units of the bytes [from, to) of one line.
// A byte that is not part of well-formed UTF-8 counts as one character, so
// positions stay monotone and agree with the escaped rendering of reporters.
void count_columns(std::string_view text, std::uint32_t from, std::uint32_t to, Position& pos) {
    const std::string_view cut = text.substr(0, to);
    for (std::uint32_t i = from; i < to;) {
        if (static_cast<unsigned char>(cut[i]) < 0x80) {
            ++pos.char_column;
            ++pos.utf16_column;
            ++i;
            continue;
        }
        const auto unit = util::decode_utf8(cut, i);
        ++pos.char_column;
        pos.utf16_column += unit.size == 4 ? 2U : 1U;
        i += unit.size;
    }
}

constexpr std::uint32_t checkpoint_stride = 2048;

}  // namespace

LineIndex::LineIndex(std::string_view text) {
    // Editors do not show a UTF-8 byte order mark: the first line starts after it.
    if (text.starts_with("\xEF\xBB\xBF")) starts_[0] = 3;
    const auto size = static_cast<std::uint32_t>(text.size());
    if (text.find('\r', starts_[0]) == std::string_view::npos) {
        // LF only, as nearly every file is: memchr jumps from line to line.
        for (auto at = text.find('\n', starts_[0]); at != std::string_view::npos; at = text.find('\n', at + 1))
            starts_.push_back(static_cast<std::uint32_t>(at + 1));
    } else {
        for (std::uint32_t i = starts_[0]; i < size; ++i) {
            if (text[i] == '\n') {
                starts_.push_back(i + 1);
            } else if (text[i] == '\r') {
                if (i + 1 < size && text[i + 1] == '\n') ++i;
                starts_.push_back(i + 1);
            }
        }
    }
    for (std::size_t line = 0; line < starts_.size(); ++line) {
        const std::uint32_t end = line + 1 < starts_.size() ? starts_[line + 1] : size;
        if (end - starts_[line] > checkpoint_stride) add_checkpoints(text, starts_[line], end);
    }
}

// A checkpoint is a character boundary of the walk from the line start.
// decode_utf8 decides a sequence from its own bytes only, so a walk cut at
// any later offset passes the same boundaries and may resume there.
void LineIndex::add_checkpoints(std::string_view text, std::uint32_t begin, std::uint32_t end) {
    const std::string_view line = text.substr(0, end);
    std::uint32_t chars = 0;
    std::uint32_t units = 0;
    std::uint32_t mark = begin + checkpoint_stride;
    for (std::uint32_t i = begin; i < end;) {
        if (i >= mark) {
            checkpoints_.push_back({i, chars, units});
            mark = i + checkpoint_stride;
        }
        const auto unit = util::decode_utf8(line, i);
        ++chars;
        units += unit.size == 4 ? 2U : 1U;
        i += unit.size;
    }
}

std::uint32_t LineIndex::line_of(std::uint32_t offset) const {
    const auto it = std::upper_bound(starts_.begin(), starts_.end(), offset);
    return std::max<std::uint32_t>(1, static_cast<std::uint32_t>(it - starts_.begin()));  // a BOM counts as line 1
}

Position LineIndex::position(std::string_view text, std::uint32_t offset) const {
    offset = std::max(std::min(offset, static_cast<std::uint32_t>(text.size())), starts_[0]);
    Position pos;
    pos.line = line_of(offset);
    const std::uint32_t start = starts_[pos.line - 1];
    pos.byte_column = offset - start + 1;
    std::uint32_t from = start;
    auto after = std::upper_bound(checkpoints_.begin(), checkpoints_.end(), offset,
                                  [](std::uint32_t value, const Checkpoint& c) { return value < c.offset; });
    if (after != checkpoints_.begin() && std::prev(after)->offset > start) {
        const Checkpoint& nearest = *std::prev(after);
        from = nearest.offset;
        pos.char_column += nearest.chars;
        pos.utf16_column += nearest.units;
    }
    count_columns(text, from, offset, pos);
    return pos;
}

Span LineIndex::line_span(std::string_view text, std::uint32_t line) const {
    if (line == 0 || line > starts_.size()) return {};
    const std::uint32_t begin = starts_[line - 1];
    std::uint32_t end = line < starts_.size() ? starts_[line] : static_cast<std::uint32_t>(text.size());
    while (end > begin && (text[end - 1] == '\n' || text[end - 1] == '\r')) --end;
    return {begin, end};
}

SourceFile::SourceFile(std::string path_, std::string text_)
    : path(std::move(path_)), text(std::move(text_)), lines(text) {}

}  // namespace scopelint
