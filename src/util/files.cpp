#include "util/files.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <sstream>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace scopelint::util {
namespace {

std::string errno_text(int error) { return std::strerror(error); }

std::string too_large(std::uint64_t size, std::uint64_t max_bytes) {
    return "the file is " + std::to_string(size) + " bytes, over the " + std::to_string(max_bytes) +
           "-byte limit (--max-file-size)";
}

ReadOutcome read_descriptor(int fd, std::uint64_t max_bytes) {
    std::string text;
    char buffer[1 << 16];
    while (true) {
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n == 0) break;
        if (n < 0) {
            if (errno == EINTR) continue;
            return {std::nullopt, errno_text(errno), false};
        }
        text.append(buffer, static_cast<std::size_t>(n));
        if (text.size() > max_bytes) return {std::nullopt, too_large(text.size(), max_bytes), true};
    }
    return {std::move(text), {}, false};
}

}  // namespace

ReadOutcome read_file(const std::string& path, std::uint64_t max_bytes) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return {std::nullopt, errno_text(errno), false};
    struct stat info {};
    if (::fstat(fd, &info) == 0) {
        if (S_ISDIR(info.st_mode)) {
            ::close(fd);
            return {std::nullopt, "is a directory", false};
        }
        if (static_cast<std::uint64_t>(info.st_size) > max_bytes) {
            ::close(fd);
            return {std::nullopt, too_large(static_cast<std::uint64_t>(info.st_size), max_bytes), true};
        }
    }
    auto outcome = read_descriptor(fd, max_bytes);
    ::close(fd);
    return outcome;
}

ReadOutcome read_stdin(std::uint64_t max_bytes) { return read_descriptor(STDIN_FILENO, max_bytes); }

struct AtomicFile::Impl {
    std::ofstream stream;
};

AtomicFile::AtomicFile(std::string path) : path_(std::move(path)), impl_(std::make_unique<Impl>()) {
    std::string pattern = path_ + ".tmp-XXXXXX";
    const int fd = ::mkstemp(pattern.data());
    if (fd < 0) {
        error_ = "cannot create a temporary file beside '" + path_ + "': " + errno_text(errno);
        return;
    }
    ::close(fd);
    temp_path_ = pattern;
    impl_->stream.open(temp_path_, std::ios::binary | std::ios::trunc);
    if (!impl_->stream) error_ = "cannot open '" + temp_path_ + "' for writing";
}

AtomicFile::~AtomicFile() {
    if (!temp_path_.empty()) std::remove(temp_path_.c_str());
}

std::ostream& AtomicFile::stream() { return impl_->stream; }

bool AtomicFile::commit() {
    if (!ok()) return false;
    impl_->stream.flush();
    if (!impl_->stream) {
        error_ = "cannot write '" + temp_path_ + "'";
        return false;
    }
    impl_->stream.close();
    // mkstemp creates 0600; a report is an ordinary file.
    const mode_t mask = ::umask(0);
    ::umask(mask);
    ::chmod(temp_path_.c_str(), 0666 & ~mask);
    if (std::rename(temp_path_.c_str(), path_.c_str()) != 0) {
        error_ = "cannot move the report into place at '" + path_ + "': " + errno_text(errno);
        return false;
    }
    temp_path_.clear();
    return true;
}

}  // namespace scopelint::util
