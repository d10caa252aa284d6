#include "support/run_binary.hpp"

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

namespace scopelint::test {
namespace {

std::string temp_file(const std::string& text) {
    char name[] = "/tmp/scopelint-test-XXXXXX";
    const int fd = ::mkstemp(name);
    if (fd < 0) throw std::runtime_error("mkstemp failed");
    if (!text.empty() && ::write(fd, text.data(), text.size()) != static_cast<ssize_t>(text.size()))
        throw std::runtime_error("write failed");
    ::close(fd);
    return name;
}

[[noreturn]] void exec_child(const std::vector<std::string>& args, const RunOptions& options, const std::string& in,
                             const std::string& out, const std::string& err) {
    const std::string directory = options.working_directory.empty() ? SCOPELINT_SOURCE_DIR : options.working_directory;
    if (::chdir(directory.c_str()) != 0) ::_exit(127);
    ::dup2(::open(in.c_str(), O_RDONLY), 0);
    ::dup2(::open(out.c_str(), O_WRONLY | O_TRUNC), 1);
    ::dup2(::open(err.c_str(), O_WRONLY | O_TRUNC), 2);
    std::vector<std::string> env_strings{"PATH=/usr/bin:/bin", "LANG=C.UTF-8"};
    for (const auto& [key, value] : options.env) env_strings.push_back(key + "=" + value);
    std::vector<char*> env;
    for (auto& e : env_strings) env.push_back(e.data());
    env.push_back(nullptr);
    std::vector<std::string> argv_strings{SCOPELINT_BINARY};
    argv_strings.insert(argv_strings.end(), args.begin(), args.end());
    std::vector<char*> argv;
    for (auto& a : argv_strings) argv.push_back(a.data());
    argv.push_back(nullptr);
    ::execve(SCOPELINT_BINARY, argv.data(), env.data());
    ::_exit(127);
}

}  // namespace

std::string read_text(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot read " + path);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

void write_text(const std::string& path, const std::string& text) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << text;
}

bool update_golden() {
    const char* value = std::getenv("SCOPELINT_UPDATE_GOLDEN");
    return value != nullptr && std::string(value) == "1";
}

RunResult run_scopelint(const std::vector<std::string>& args, const RunOptions& options) {
    const auto in = temp_file(options.stdin_text);
    const auto out = temp_file("");
    const auto err = temp_file("");
    const pid_t pid = ::fork();
    if (pid == 0) exec_child(args, options, in, out, err);
    int status = 0;
    ::waitpid(pid, &status, 0);
    RunResult result;
    result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    result.out = read_text(out);
    result.err = read_text(err);
    std::remove(in.c_str());
    std::remove(out.c_str());
    std::remove(err.c_str());
    return result;
}

}  // namespace scopelint::test
