#pragma once
// File access that reports failures as messages instead of exceptions.
#include <cstdint>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>

namespace scopelint::util {

struct ReadOutcome {
    std::optional<std::string> text;
    std::string error;        // set when text is empty: "No such file or directory"
    bool too_large = false;   // refused because of the size limit (error says so)
};

// Reads a whole file (or stdin for "-"); refuses files larger than `max_bytes`.
[[nodiscard]] ReadOutcome read_file(const std::string& path, std::uint64_t max_bytes);
[[nodiscard]] ReadOutcome read_stdin(std::uint64_t max_bytes);

// Writes to a temporary file beside `path` and renames it into place on
// commit(), so a reader never sees half a report; an uncommitted file is removed.
class AtomicFile {
public:
    explicit AtomicFile(std::string path);
    AtomicFile(const AtomicFile&) = delete;
    AtomicFile& operator=(const AtomicFile&) = delete;
    ~AtomicFile();

    [[nodiscard]] bool ok() const { return error_.empty(); }
    [[nodiscard]] const std::string& error() const { return error_; }
    [[nodiscard]] std::ostream& stream();
    [[nodiscard]] bool commit();  // false: error() says why

private:
    std::string path_;
    std::string temp_path_;
    std::string error_;
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace scopelint::util
