#include "cli/discover.hpp"

#include "parse/formats.hpp"
#include "util/text.hpp"

#include <algorithm>
#include <array>
#include <filesystem>
#include <set>
#include <string_view>

#include <cerrno>
#include <cstring>

#include <dirent.h>
#include <sys/stat.h>

namespace scopelint::cli {
namespace fs = std::filesystem;
namespace {

constexpr std::array<std::string_view, 8> ignored_directories{
    ".git", ".hg", ".svn", ".venv", "__pycache__", "build", "node_modules", ".jj"};

std::string display_of(const fs::path& path) {
    std::string text = path.lexically_normal().generic_string();
    while (text.starts_with("./")) text.erase(0, 2);
    if (text.size() > 1 && text.ends_with('/')) text.pop_back();
    return text.empty() ? "." : text;
}

// The working directory is asked for once, not once per file (fs::absolute
// calls getcwd every time).
const fs::path& working_directory() {
    static const fs::path cwd = [] {
        std::error_code ignored;
        return fs::current_path(ignored);
    }();
    return cwd;
}

std::string absolute_of(const fs::path& path) {
    return (path.is_absolute() ? path : working_directory() / path).lexically_normal().generic_string();
}

// A directory entry as readdir() gives it: no stat() unless the file
// system leaves the type open.
struct Entry {
    std::string name;
    unsigned char type = DT_UNKNOWN;
};

std::string child_of(const std::string& parent, const std::string& name, bool is_display) {
    if (is_display && parent == ".") return name;
    if (parent.ends_with('/')) return parent + name;
    return parent + "/" + name;
}

unsigned char type_of(const std::string& absolute) {
    struct stat status {};
    if (::lstat(absolute.c_str(), &status) != 0) return DT_UNKNOWN;
    if (S_ISLNK(status.st_mode)) return DT_LNK;
    if (S_ISDIR(status.st_mode)) return DT_DIR;
    if (S_ISREG(status.st_mode)) return DT_REG;
    return DT_UNKNOWN;
}

class Walker {
public:
    Walker(Discovery& out, bool follow_symlinks, bool scan_code)
        : out_(out), follow_symlinks_(follow_symlinks), scan_code_(scan_code) {}

    // Walks one directory given on the command line; links may not leave it.
    void walk_root(const fs::path& directory) {
        std::error_code error;
        if (follow_symlinks_) root_ = fs::canonical(directory, error);
        walked_.clear();
        walk(display_of(directory), absolute_of(directory));
    }

private:
    Discovery& out_;
    bool follow_symlinks_;
    bool scan_code_;
    fs::path root_;
    std::set<fs::path> walked_;  // canonical directories, against link loops

    // Sorted by name (bytes), so the walk is the same on every file system.
    bool read_entries(const std::string& display, const std::string& absolute, std::vector<Entry>& entries) {
        DIR* dir = ::opendir(absolute.c_str());
        if (dir == nullptr) {
            out_.errors.push_back("cannot read directory '" + display + "': " + std::strerror(errno));
            return false;
        }
        errno = 0;
        while (const dirent* entry = ::readdir(dir)) {
            const std::string_view name(entry->d_name);
            if (name == "." || name == "..") continue;
            entries.push_back({std::string(name), entry->d_type});
        }
        const int read_error = errno;
        ::closedir(dir);
        if (read_error != 0) out_.errors.push_back("cannot read directory '" + display + "': " + std::strerror(read_error));
        std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) { return a.name < b.name; });
        return true;
    }

    void walk(const std::string& display, const std::string& absolute) {
        std::error_code error;
        // Loops are only possible through links, so directories are only remembered when links are followed.
        if (follow_symlinks_) {
            if (const auto canonical = fs::canonical(absolute, error); !error && !walked_.insert(canonical).second) return;
        }
        std::vector<Entry> entries;
        if (!read_entries(display, absolute, entries)) return;
        for (const auto& entry : entries) visit(display, absolute, entry);
    }

    bool inside_root(const fs::path& canonical) const {
        const auto relative = canonical.lexically_relative(root_);
        return !relative.empty() && *relative.begin() != "..";
    }

    // Links may leave the tree or loop: followed only on request, and then
    // only to places inside the walked directory that were not walked yet.
    void visit_link(const std::string& display, const std::string& absolute) {
        std::error_code error;
        const auto target = fs::canonical(absolute, error);
        if (!follow_symlinks_ || error) {
            ++out_.skipped;
            if (follow_symlinks_) out_.notes.push_back("skipped symbolic link '" + display + "': it leads nowhere");
            return;
        }
        if (!inside_root(target)) {
            ++out_.skipped;
            out_.notes.push_back("skipped symbolic link '" + display + "': it leads outside '" + root_.generic_string() + "'");
            return;
        }
        if (fs::is_directory(target, error)) {
            if (walked_.contains(target)) {
                out_.notes.push_back("skipped symbolic link '" + display + "': it leads back to a directory already walked");
                return;
            }
            walk(display, absolute);
            return;
        }
        visit_file(display, absolute, fs::is_regular_file(target, error));
    }

    void visit_file(const std::string& display, const std::string& absolute, bool regular) {
        if (!regular || formats_for(display, scan_code_).empty()) {
            ++out_.skipped;
            return;
        }
        out_.inputs.push_back({display, absolute, false, false});
    }

    void visit(const std::string& parent_display, const std::string& parent_absolute, const Entry& entry) {
        const std::string display = child_of(parent_display, entry.name, true);
        const std::string absolute = child_of(parent_absolute, entry.name, false);
        const unsigned char type = entry.type == DT_UNKNOWN ? type_of(absolute) : entry.type;
        if (type == DT_LNK) {
            visit_link(display, absolute);
        } else if (type == DT_DIR) {
            if (!is_ignored_directory(entry.name)) walk(display, absolute);
        } else {
            visit_file(display, absolute, type == DT_REG);
        }
    }
};

}  // namespace

bool is_ignored_directory(const std::string& name) {
    return name.starts_with("cmake-build-") ||
           std::find(ignored_directories.begin(), ignored_directories.end(), name) != ignored_directories.end();
}

Discovery discover(const std::vector<std::string>& paths, bool follow_symlinks, bool scan_code) {
    Discovery out;
    Walker walker(out, follow_symlinks, scan_code);
    for (const auto& path : paths) {
        if (path == "-") {
            out.inputs.push_back({"", "", true, true});
            continue;
        }
        std::error_code error;
        const auto status = fs::status(path, error);
        if (error || !fs::exists(status)) {
            out.errors.push_back("cannot read '" + path + "': " +
                                 (error ? error.message() : std::string("No such file or directory")));
        } else if (fs::is_directory(status)) {
            walker.walk_root(path);
        } else {
            out.inputs.push_back({display_of(path), absolute_of(path), true, false});
        }
    }
    std::stable_sort(out.inputs.begin(), out.inputs.end(),
                     [](const Input& a, const Input& b) {
                         // A file both named and walked past keeps its "named" flag.
                         return a.display != b.display ? a.display < b.display : a.named > b.named;
                     });
    std::set<std::string> seen;
    std::erase_if(out.inputs, [&](const Input& input) {
        return !input.is_stdin && !seen.insert(input.absolute).second;
    });
    return out;
}

}  // namespace scopelint::cli
