// scopelint-codegen: turns the knowledge in rules/ into C++ tables at build
// time, so the linter starts without parsing any JSON and the binary is
// self-contained.
//
//   scopelint-codegen catalogs OUT.cpp CATALOG.json...   provider scope catalogs
//   scopelint-codegen rules OUT.cpp RULE.json...          rule metadata (+ RULE.md beside each)
//   scopelint-codegen texts OUT.cpp NAME=FILE...          verbatim text (default policy, schemas)
//
// Any inconsistency in the data (unknown operation, dangling source id, two
// scopes that collide) fails the build with a message naming the file.
#include "codegen/emit.hpp"
#include "codegen/expand_catalog.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

namespace scopelint::codegen {
namespace {

std::string read_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot read " + path.string());
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

nlohmann::json read_json(const std::filesystem::path& path) {
    try {
        return nlohmann::json::parse(read_file(path));
    } catch (const nlohmann::json::exception& e) {
        throw std::runtime_error(path.string() + ": " + e.what());
    }
}

// Writes only when the content changed, so an unchanged catalog does not
// trigger a rebuild of everything that includes the generated file.
void write_if_changed(const std::filesystem::path& path, const std::string& content) {
    std::error_code ignored;
    if (std::filesystem::exists(path, ignored) && read_file(path) == content) return;
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    if (!out) throw std::runtime_error("cannot write " + path.string());
    out << content;
}

int generate_catalogs(const std::string& out, const std::vector<std::string>& inputs) {
    std::vector<ExpandedCatalog> catalogs;
    for (const auto& input : inputs) {
        try {
            catalogs.push_back(expand_catalog(read_json(input)));
        } catch (const std::exception& e) {
            throw std::runtime_error(input + ": " + e.what());
        }
    }
    std::sort(catalogs.begin(), catalogs.end(),
              [](const auto& a, const auto& b) { return a.provider < b.provider; });
    write_if_changed(out, emit_catalogs(catalogs));
    return 0;
}

// The body of one "## Heading" section of a Markdown page, trimmed.
std::string markdown_section(const std::string& page, const std::string& heading) {
    const std::string marker = "\n## " + heading + "\n";
    const auto start = page.find(marker);
    if (start == std::string::npos) return {};
    const auto body = start + marker.size();
    const auto next = page.find("\n## ", body);
    std::string text = page.substr(body, next == std::string::npos ? std::string::npos : next - body);
    while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
    while (!text.empty() && text.front() == '\n') text.erase(0, 1);
    return text;
}

RuleDoc load_rule(const std::filesystem::path& json_path) {
    const auto meta = read_json(json_path);
    auto md_path = json_path;
    md_path.replace_extension(".md");
    RuleDoc rule;
    rule.id = meta.at("id").get<std::string>();
    if (rule.id != json_path.stem().string())
        throw std::runtime_error(json_path.string() + ": id '" + rule.id + "' does not match the file name");
    rule.summary = meta.at("summary").get<std::string>();
    rule.severity = meta.at("severity").get<std::string>();
    rule.security_severity = meta.at("security_severity").get<std::string>();
    rule.precision = meta.at("precision").get<std::string>();
    rule.tags = meta.at("tags").get<std::vector<std::string>>();
    if (std::find(rule.tags.begin(), rule.tags.end(), "security") == rule.tags.end())
        throw std::runtime_error(json_path.string() + ": tags must include \"security\"");
    rule.help = meta.at("help").get<std::string>();
    rule.since = meta.at("since").get<std::string>();
    rule.docs = read_file(md_path);
    rule.description = markdown_section(rule.docs, "What it does");
    for (const char* heading : {"What it does", "Why is this bad?", "Example", "Use instead"}) {
        if (markdown_section(rule.docs, heading).empty())
            throw std::runtime_error(md_path.string() + ": missing section '## " + heading + "'");
    }
    static const std::set<std::string> severities{"note", "warning", "error"};
    if (!severities.contains(rule.severity))
        throw std::runtime_error(json_path.string() + ": severity must be note, warning or error");
    return rule;
}

int generate_rules(const std::string& out, const std::vector<std::string>& inputs) {
    std::vector<RuleDoc> rules;
    for (const auto& input : inputs) rules.push_back(load_rule(input));
    std::sort(rules.begin(), rules.end(), [](const auto& a, const auto& b) { return a.id < b.id; });
    write_if_changed(out, emit_rules(rules));
    return 0;
}

int generate_texts(const std::string& out, const std::vector<std::string>& inputs) {
    std::map<std::string, std::string> texts;
    for (const auto& input : inputs) {
        const auto eq = input.find('=');
        if (eq == std::string::npos) throw std::runtime_error("expected NAME=FILE, got " + input);
        texts[input.substr(0, eq)] = read_file(input.substr(eq + 1));
    }
    write_if_changed(out, emit_texts(texts));
    return 0;
}

}  // namespace
}  // namespace scopelint::codegen

int main(int argc, char** argv) {
    using namespace scopelint::codegen;
    if (argc < 3) {
        std::cerr << "usage: scopelint-codegen catalogs|rules|texts OUT.cpp INPUT...\n";
        return 2;
    }
    const std::string mode = argv[1];
    const std::string out = argv[2];
    const std::vector<std::string> inputs(argv + 3, argv + argc);
    try {
        if (mode == "catalogs") return generate_catalogs(out, inputs);
        if (mode == "rules") return generate_rules(out, inputs);
        if (mode == "texts") return generate_texts(out, inputs);
        std::cerr << "scopelint-codegen: unknown mode " << mode << "\n";
        return 2;
    } catch (const std::exception& e) {
        std::cerr << "scopelint-codegen: error: " << e.what() << "\n";
        return 1;
    }
}
