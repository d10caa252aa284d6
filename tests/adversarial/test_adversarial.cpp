// Hostile input, run through the real binary: every case says what must
// happen (a finding with its exact position, an escaped rendering, an exit
// code, an untouched input) rather than only "does not crash". Files are
// made at run time in a fresh directory, so names with spaces, newlines or
// bytes that are not UTF-8 need not live in the repository.
#include "support/run_binary.hpp"
#include "util/hash.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <map>
#include <string>

#include <unistd.h>

namespace fs = std::filesystem;
using namespace scopelint::test;

namespace {

// A fresh directory per test case, removed afterwards.
class Scratch {
public:
    Scratch() {
        static int counter = 0;
        root_ = fs::temp_directory_path() / ("scopelint-adversarial-" + std::to_string(::getpid()) + "-" +
                                            std::to_string(counter++));
        fs::remove_all(root_);
        fs::create_directories(root_);
    }
    ~Scratch() {
        std::error_code ignored;
        fs::remove_all(root_, ignored);
    }
    Scratch(const Scratch&) = delete;
    Scratch& operator=(const Scratch&) = delete;

    std::string write(const std::string& name, const std::string& text) const {
        const auto path = root_ / name;
        fs::create_directories(path.parent_path());
        write_text(path.string(), text);
        return path.string();
    }
    [[nodiscard]] std::string dir() const { return root_.string(); }

private:
    fs::path root_;
};

RunResult lint_in(const Scratch& scratch, std::vector<std::string> args) {
    RunOptions options;
    options.working_directory = scratch.dir();
    return run_scopelint(args, options);
}

std::string manifest_with(const std::string& field_text) {
    return "{\"provider\": \"zoho\", \"name\": \"x\", " + field_text + "}";
}

nlohmann::json as_json(const std::string& text) { return nlohmann::json::parse(text); }

}  // namespace

TEST_CASE("invalid UTF-8 is a finding at the right place and the rest is still linted", "[adversarial]") {
    Scratch s;
    s.write("a.connected-app.json",
            "{\"provider\": \"zoho\", \"description\": \"caf\xC3 \xFF\",\n \"scopes\": [\"ZohoCRM.users.ALL\"]}");
    const auto result = lint_in(s, {"--format", "json", "a.connected-app.json"});
    CHECK(result.exit_code == 1);
    const auto findings = as_json(result.out)["findings"];
    REQUIRE(findings.size() >= 2);
    CHECK(findings[0]["rule"] == "manifest-syntax");
    CHECK(findings[0]["start"]["line"] == 1);
    CHECK(findings[0]["start"]["column"] == 41);
    CHECK(findings[0]["message"] == "invalid UTF-8 in a string (byte 0xC3); JSON text must be UTF-8");
    CHECK(findings[1]["start"]["column"] == 43);  // the 0xC3 byte counted as one character
    CHECK(findings.back()["scope"] == "ZohoCRM.users.ALL");  // later rules still ran
    CHECK(findings.back()["start"]["line"] == 2);
}

TEST_CASE("a byte order mark and CR, CRLF and LF line ends give the lines and columns editors show", "[adversarial]") {
    Scratch s;
    s.write("bom.connected-app.json", "\xEF\xBB\xBF{\"provider\": \"zoho\", \"scopes\": [\"ZohoCRM.users.ALL\"]}");
    s.write("cr.connected-app.json", "{\r\"provider\": \"zoho\",\r\n\"scopes\":\n[\"ZohoCRM.users.ALL\"]}");
    const auto result = lint_in(s, {"--format", "json", "."});
    const auto findings = as_json(result.out)["findings"];
    std::map<std::string, std::pair<int, int>> first;
    for (const auto& f : findings) first.try_emplace(f["path"], std::pair<int, int>{f["start"]["line"], f["start"]["column"]});
    CHECK(first.at("bom.connected-app.json") == std::pair<int, int>{1, 34});
    CHECK(first.at("cr.connected-app.json") == std::pair<int, int>{4, 3});
    const auto sarif = as_json(lint_in(s, {"--format", "sarif", "."}).out);
    const auto region = sarif["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"];
    CHECK(region["startLine"] == 1);
    CHECK(region["startColumn"] == 34);
}

TEST_CASE("NUL bytes and control characters never reach the terminal raw", "[adversarial]") {
    Scratch s;
    s.write("nul.connected-app.json",
            std::string("{\"provider\": \"zoho\", \"scopes\": [\"ZohoCRM.users.ALL") + '\0' + "\"]}");
    s.write("esc.connected-app.json",
            "{\"provider\": \"zoho\", \"name\": \"\\u001b]0;pwned\\u0007\", \"scopes\": \"ZohoCRM.users.ALL,\\u001b[2J\"}");
    const auto text = lint_in(s, {"."});
    CHECK(text.out.find('\x1b') == std::string::npos);
    CHECK(text.out.find('\0') == std::string::npos);
    CHECK(text.out.find('\x07') == std::string::npos);
    CHECK(text.out.find("nul.connected-app.json:1:51: error[manifest-syntax]: invalid JSON: control character in string") !=
          std::string::npos);
    CHECK(text.out.find("scope '\\x1b[2J': control character U+001B is not allowed in a scope") != std::string::npos);
    const auto json = as_json(lint_in(s, {"--format", "json", "."}).out);  // parses: control characters are escaped
    CHECK(json["summary"]["files_scanned"] == 2);
}

TEST_CASE("bidi controls are findings and are shown escaped", "[adversarial]") {
    Scratch s;
    s.write("bidi.connected-app.json",
            "{\"provider\": \"zoho\", \"name\": \"sync\xE2\x80\xAE\", \"scopes\": [\"ZohoCRM.modules.contacts.READ\"]}");
    const auto text = lint_in(s, {"."});
    CHECK(text.exit_code == 1);
    CHECK(text.out.find("bidi.connected-app.json:1:35: error[bidi-control]") != std::string::npos);
    CHECK(text.out.find("\xE2\x80\xAE") == std::string::npos);  // never raw
    CHECK(text.out.find("\\u202e") != std::string::npos);
}

TEST_CASE("very long lines are cut around the finding", "[adversarial]") {
    Scratch s;
    s.write("long.connected-app.json", "{\"provider\": \"zoho\", \"description\": \"" + std::string(5000, 'x') +
                                           "\", \"scopes\": [\"ZohoCRM.users.ALL\"]}");
    const auto text = lint_in(s, {"long.connected-app.json"});
    std::string snippet;
    std::istringstream lines(text.out);
    for (std::string line; std::getline(lines, line);)
        if (line.starts_with("1 | ")) snippet = line;
    CHECK(snippet.starts_with("1 | …"));
    CHECK(snippet.ends_with("…") == false);  // the line ends within the window here
    CHECK(snippet.size() < 200);
    CHECK(snippet.find("\"ZohoCRM.users.ALL\"") != std::string::npos);
}

TEST_CASE("limits: file size, nesting depth, scope count and scope length are findings", "[adversarial]") {
    Scratch s;
    s.write("big.connected-app.json", manifest_with("\"scopes\": [\"ZohoCRM.users.ALL\"], \"description\": \"" +
                                                    std::string(300, 'd') + "\""));
    s.write("other/large.json", std::string(400, ' ') + "{}");
    const auto result = lint_in(s, {"--max-file-size", "256", "--format", "json", "."});
    CHECK(result.exit_code == 1);
    CHECK(result.err == "scopelint: note: 'other/large.json' skipped: the file is 402 bytes, over the 256-byte limit "
                        "(--max-file-size)\n");
    const auto findings = as_json(result.out)["findings"];
    REQUIRE(findings.size() == 1);
    CHECK(findings[0]["path"] == "big.connected-app.json");
    CHECK(findings[0]["rule"] == "input-limit");
    CHECK(findings[0]["message"] == "the file is 385 bytes, over the 256-byte limit (--max-file-size); it was not read");
    CHECK(as_json(result.out)["summary"]["files_skipped"] == 1);
    // nesting: the bracket that opens level 513 is where reading stops
    Scratch nested;
    nested.write("deep.connected-app.json", "{\"provider\": \"zoho\", \"scopes\": " + std::string(600, '[') + "]}");
    const auto deep = as_json(lint_in(nested, {"--format", "json", "."}).out)["findings"];
    REQUIRE(deep.size() == 1);
    CHECK(deep[0]["message"] == "invalid JSON: nesting depth exceeds 512");
    CHECK(deep[0]["start"]["column"] == 31 + 512);  // the object is level 1, its 512th bracket level 513
    // size units
    CHECK(lint_in(s, {"--max-file-size", "1K", "big.connected-app.json"}).out.find("input-limit") == std::string::npos);
}

TEST_CASE("symbolic links are not followed by default and loops and links out of the tree never", "[adversarial]") {
    Scratch s;
    s.write("tree/app.connected-app.json", manifest_with("\"scopes\": [\"ZohoCRM.users.ALL\"]"));
    s.write("outside/secret.connected-app.json", manifest_with("\"scopes\": [\"ZohoCRM.org.ALL\"]"));
    fs::create_directory_symlink("..", fs::path(s.dir()) / "tree" / "loop");
    fs::create_directory_symlink("../outside", fs::path(s.dir()) / "tree" / "out");
    fs::create_symlink("app.connected-app.json", fs::path(s.dir()) / "tree" / "alias.connected-app.json");
    const auto plain = lint_in(s, {"--format", "json", "tree"});
    const auto plain_json = as_json(plain.out);
    CHECK(plain_json["summary"]["files_scanned"] == 1);
    CHECK(plain_json["summary"]["files_skipped"] == 3);
    CHECK(plain.err == "");
    const auto followed = lint_in(s, {"--follow-symlinks", "--format", "json", "tree"});
    const auto followed_json = as_json(followed.out);
    CHECK(followed_json["summary"]["files_scanned"] == 2);  // the alias, inside the tree
    CHECK(followed.err.find("skipped symbolic link 'tree/loop': it leads outside") != std::string::npos);
    CHECK(followed.err.find("skipped symbolic link 'tree/out': it leads outside") != std::string::npos);
    fs::create_directory_symlink(".", fs::path(s.dir()) / "tree" / "self");
    const auto loop = lint_in(s, {"--follow-symlinks", "--format", "json", "tree"});
    CHECK(loop.err.find("skipped symbolic link 'tree/self': it leads back to a directory already walked") != std::string::npos);
}

TEST_CASE("unreadable paths are reported, the rest is linted, and the run exits 2", "[adversarial]") {
    Scratch s;
    s.write("good.connected-app.json", manifest_with("\"scopes\": [\"ZohoCRM.users.ALL\"]"));
    fs::create_symlink("missing.json", fs::path(s.dir()) / "dangling.connected-app.json");
    fs::create_directory(fs::path(s.dir()) / "dir.connected-app.json");
    const auto result = lint_in(s, {"--format", "json", "good.connected-app.json", "dangling.connected-app.json", "nowhere"});
    CHECK(result.exit_code == 2);
    CHECK(result.err.find("cannot read 'dangling.connected-app.json'") != std::string::npos);
    CHECK(result.err.find("cannot read 'nowhere'") != std::string::npos);
    CHECK(as_json(result.out)["summary"]["files_scanned"] == 1);
}

TEST_CASE("paths with spaces, newlines and bytes that are not UTF-8 are escaped in text and encoded in SARIF",
          "[adversarial]") {
    Scratch s;
    const std::string body = manifest_with("\"scopes\": [\"ZohoCRM.users.ALL\"]");
    s.write("my app.connected-app.json", body);
    s.write("new\nline.connected-app.json", body);
    s.write("bad\xFF.connected-app.json", body);
    const auto text = lint_in(s, {"."});
    CHECK(text.out.find("my app.connected-app.json:1:") != std::string::npos);
    CHECK(text.out.find("new\\x0aline.connected-app.json:1:") != std::string::npos);
    CHECK(text.out.find("bad\\xff.connected-app.json:1:") != std::string::npos);
    const auto sarif = lint_in(s, {"--format", "sarif", "."});
    CHECK(sarif.out.find("\"uri\": \"my%20app.connected-app.json\"") != std::string::npos);
    CHECK(sarif.out.find("\"uri\": \"new%0Aline.connected-app.json\"") != std::string::npos);
    CHECK(sarif.out.find("\"uri\": \"bad%FF.connected-app.json\"") != std::string::npos);
}

TEST_CASE("scopelint never modifies an input, not even through --output", "[adversarial]") {
    Scratch s;
    const auto path = s.write("a.connected-app.json", manifest_with("\"scopes\": [\"ZohoCRM.users.ALL\"]"));
    const auto before = read_text(path);
    const auto refused = lint_in(s, {"--output", "a.connected-app.json", "."});
    CHECK(refused.exit_code == 2);
    CHECK(refused.err == "scopelint: error: --output 'a.connected-app.json' is one of the linted files; scopelint "
                         "never overwrites an input\n");
    for (const char* format : {"text", "json", "sarif"}) CHECK(lint_in(s, {"--format", format, "."}).exit_code == 1);
    CHECK(read_text(path) == before);
    CHECK(fs::exists(fs::path(s.dir()) / "report.txt") == false);
    std::size_t files = 0;
    for ([[maybe_unused]] const auto& entry : fs::directory_iterator(s.dir())) ++files;
    CHECK(files == 1);  // no temporary file left behind either
}

TEST_CASE("a secret never appears in any output, whichever finding shows its line", "[adversarial]") {
    Scratch s;
    const std::string token = "1000.0123456789abcdef0123456789abcdef.fedcba9876543210fedcba9876543210";
    const std::string client_secret = "3f9a1c0b5e7d2a4c6b8e0f1a3c5e7d9b1a2c4e6f80";
    s.write("one-line.connected-app.json",
            "{\"provider\": \"zoho\", \"scopes\": [\"" + token + "\", \"ZohoCRM.users.ALL\"], \"client_secret\": \"" +
                client_secret + "\", \"redirect_uris\": [\"http://sync.example.net/cb\"]}");
    for (const char* format : {"text", "json", "sarif"}) {
        INFO(format);
        const auto result = lint_in(s, {"--format", format, "."});
        CHECK(result.exit_code == 1);
        CHECK(result.out.find(token) == std::string::npos);
        CHECK(result.out.find(client_secret) == std::string::npos);
        CHECK(result.out.find("committed-secret") != std::string::npos);
        CHECK(result.out.find("insecure-redirect-uri") != std::string::npos);  // shown with the line masked
    }
}
