#include "codegen/expand_catalog.hpp"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>
#include <stdexcept>

namespace scopelint::codegen {
namespace {

using nlohmann::json;

std::string lower(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

std::string string_or(const json& object, const char* key, const std::string& fallback = {}) {
    const auto it = object.find(key);
    return it == object.end() ? fallback : it->get<std::string>();
}

class Expander {
public:
    explicit Expander(const json& catalog) : in_(catalog) {}

    ExpandedCatalog run() {
        read_header();
        read_operations();
        read_sources();
        read_token_types();
        for (const auto& service : in_.at("services")) expand_service(service);
        for (const auto& scope : in_.value("scopes", json::array())) add_standalone(scope);
        link_standalone_implications();
        link_standalone_alternatives();
        close_implications();
        sort_by_key();
        read_events();
        read_settings();
        read_combinations();
        return std::move(out_);
    }

private:
    struct Path {  // the scopes of one resource path, by operation index
        std::map<std::size_t, std::size_t> by_operation;
    };

    const json& in_;
    ExpandedCatalog out_;
    std::map<std::string, std::size_t> operation_index_;  // lower-case name
    std::map<std::string, std::size_t> source_index_;
    std::map<std::string, std::size_t> scope_index_;      // key
    std::vector<std::vector<std::size_t>> edges_;         // direct implications
    std::vector<std::vector<std::string>> standalone_implies_;
    struct StandaloneLinks {
        std::vector<std::string> narrower, replaced_by;
        std::string read_variant;
    };
    std::vector<StandaloneLinks> standalone_links_;

    std::string key_of(const std::string& name) const {
        return out_.case_sensitive ? name : lower(name);
    }

    void read_header() {
        out_.provider = in_.at("provider").get<std::string>();
        out_.title = in_.at("title").get<std::string>();
        out_.date = in_.at("catalog_date").get<std::string>();
        out_.case_sensitive = in_.at("case_sensitive").get<bool>();
        out_.lower_case_documented = in_.value("lower_case_documented", false);
        const auto seg = in_.at("segment_separator").get<std::string>();
        const auto list = in_.at("list_separator").get<std::string>();
        if (seg.size() != 1 || list.size() != 1) throw std::runtime_error("separators must be one character");
        out_.segment_separator = seg[0];
        out_.list_separator = list[0];
    }

    void read_operations() {
        for (const auto& op : in_.value("operations", json::array())) {
            OperationDef def{op.at("name").get<std::string>(), op.at("access").get<std::string>(),
                             op.at("grants").get<std::string>(), {}};
            operation_index_[lower(def.name)] = out_.operations.size();
            out_.operations.push_back(std::move(def));
        }
        std::vector<std::vector<std::size_t>> direct(out_.operations.size());
        std::size_t i = 0;
        for (const auto& op : in_.value("operations", json::array())) {
            for (const auto& implied : op.value("implies", json::array()))
                direct[i].push_back(operation(implied.get<std::string>(), "operation " + out_.operations[i].name));
            ++i;
        }
        for (std::size_t op = 0; op < direct.size(); ++op) out_.operations[op].implies = reachable(direct, op);
    }

    // After sorting: events name scopes by their final index.
    std::size_t sorted_index(const std::string& name, const std::string& where) const {
        const auto key = key_of(name);
        const auto it = std::lower_bound(out_.scopes.begin(), out_.scopes.end(), key,
                                         [](const ScopeDef& s, const std::string& k) { return s.key < k; });
        if (it == out_.scopes.end() || it->key != key) throw std::runtime_error(where + ": unknown scope " + name);
        return static_cast<std::size_t>(it - out_.scopes.begin());
    }

    void read_events() {
        for (const auto& event : in_.value("events", json::array())) {
            EventDef def{event.at("name").get<std::string>(), string_or(event, "label"), {}, token_type_bits(event)};
            for (const auto& scope : event.at("requires_any"))
                def.requires_any.push_back(sorted_index(scope.get<std::string>(), "event " + def.name));
            out_.events.push_back(std::move(def));
        }
        // Known events with nothing to check: an entry without requirements.
        for (const auto& event : in_.value("other_events", json::array()))
            out_.events.push_back({event.at("name").get<std::string>(), {}, {}, 0});
        std::sort(out_.events.begin(), out_.events.end(),
                  [](const EventDef& a, const EventDef& b) { return a.name < b.name; });
        for (std::size_t i = 1; i < out_.events.size(); ++i)
            if (out_.events[i].name == out_.events[i - 1].name)
                throw std::runtime_error("duplicate event " + out_.events[i].name);
    }

    // A setting's risky value as text: YAML and TOML scalars are compared as written.
    static std::string value_text(const json& value) {
        return value.is_string() ? value.get<std::string>() : value.dump();
    }

    void read_settings() {
        for (const auto& setting : in_.value("settings", json::array()))
            out_.settings.push_back({setting.at("format").get<std::string>(), setting.at("pointer").get<std::string>(),
                                     value_text(setting.at("equals")), setting.at("risk").get<std::string>(),
                                     setting.at("message").get<std::string>(), setting.at("help").get<std::string>()});
    }

    void read_combinations() {
        for (const auto& combination : in_.value("combinations", json::array())) {
            CombinationDef def{{}, combination.at("risk").get<std::string>(), combination.at("message").get<std::string>(),
                               combination.at("help").get<std::string>()};
            for (const auto& scope : combination.at("all_of"))
                def.all_of.push_back(sorted_index(scope.get<std::string>(), "combination"));
            out_.combinations.push_back(std::move(def));
        }
    }

    void read_token_types() {
        for (const auto& type : in_.value("token_types", json::array()))
            out_.token_types.push_back({type.at("id").get<std::string>(), type.at("label").get<std::string>()});
        if (out_.token_types.size() > 8) throw std::runtime_error("more than 8 token types");
    }

    unsigned token_type_bits(const json& scope) const {
        unsigned bits = 0;
        for (const auto& id : scope.value("token_types", json::array())) {
            const auto it = std::find_if(out_.token_types.begin(), out_.token_types.end(),
                                         [&](const TokenTypeDef& t) { return t.id == id.get<std::string>(); });
            if (it == out_.token_types.end())
                throw std::runtime_error(scope.at("name").get<std::string>() + ": unknown token type " + id.get<std::string>());
            bits |= 1U << static_cast<unsigned>(it - out_.token_types.begin());
        }
        return bits;
    }

    void read_sources() {
        for (const auto& source : in_.value("sources", json::array())) {
            SourceDef def{source.at("id").get<std::string>(), source.at("url").get<std::string>(),
                          string_or(source, "what")};
            if (!source_index_.emplace(def.id, out_.sources.size()).second)
                throw std::runtime_error("duplicate source id " + def.id);
            out_.sources.push_back(std::move(def));
        }
    }

    std::size_t operation(const std::string& name, const std::string& where) const {
        const auto it = operation_index_.find(lower(name));
        if (it == operation_index_.end()) throw std::runtime_error(where + ": unknown operation " + name);
        return it->second;
    }

    std::vector<std::size_t> source_list(const json& object, const std::string& where) const {
        std::vector<std::size_t> ids;
        for (const auto& id : object.value("sources", json::array())) {
            const auto it = source_index_.find(id.get<std::string>());
            if (it == source_index_.end()) throw std::runtime_error(where + ": unknown source id " + id.get<std::string>());
            ids.push_back(it->second);
        }
        return ids;
    }

    std::size_t add_scope(ScopeDef def) {
        def.key = key_of(def.name);
        if (!scope_index_.emplace(def.key, out_.scopes.size()).second)
            throw std::runtime_error("scope " + def.name + " is defined twice (keys compare " +
                                     (out_.case_sensitive ? "exactly" : "case-insensitively") + ")");
        out_.scopes.push_back(std::move(def));
        edges_.emplace_back();
        return out_.scopes.size() - 1;
    }

    // One scope per operation of one resource path; returns them by operation.
    Path add_path(const std::string& prefix, const std::vector<std::string>& operations, const ScopeDef& common) {
        Path path;
        std::set<std::size_t> seen;
        for (const auto& op_name : operations) {
            const auto op = operation(op_name, prefix);
            if (!seen.insert(op).second) continue;  // 'all' and 'ALL' are one operation
            ScopeDef def = common;
            def.name = prefix + out_.segment_separator + op_name;
            def.operation = static_cast<long>(op);
            def.access = out_.operations[op].access;
            // "critical" means takeover or irreversible destruction (PROVIDERS.md
            // tiers); reading cannot do either, so a read scope ranks high at most.
            if (def.access == "read" && def.risk == "critical") def.risk = "high";
            path.by_operation[op] = add_scope(std::move(def));
        }
        link_operations(path, path);
        return path;
    }

    // Every scope of `from` implies the scopes of `to` whose operation it covers.
    void link_operations(const Path& from, const Path& to) {
        for (const auto& [op, scope] : from.by_operation) {
            auto covered = out_.operations[op].implies;
            covered.push_back(op);
            for (const auto implied_op : covered) {
                const auto it = to.by_operation.find(implied_op);
                if (it != to.by_operation.end() && it->second != scope) edges_[scope].push_back(it->second);
            }
        }
    }

    static std::vector<std::string> names(const json& array) { return array.get<std::vector<std::string>>(); }

    void expand_service(const json& service) {
        const auto service_name = service.at("name").get<std::string>();
        const auto product = string_or(service, "product", service_name);
        const auto first_scope = out_.scopes.size();
        std::vector<std::size_t> service_wide_scopes;
        for (const auto& family : service.at("families")) {
            const auto family_scopes = expand_family(service_name, product, family);
            if (family.value("service_wide", false))
                service_wide_scopes.insert(service_wide_scopes.end(), family_scopes.begin(), family_scopes.end());
        }
        for (const auto wide : service_wide_scopes)
            for (auto scope = first_scope; scope < out_.scopes.size(); ++scope)
                if (scope != wide) edges_[wide].push_back(scope);
    }

    // Returns the family-level scopes.
    std::vector<std::size_t> expand_family(const std::string& service, const std::string& product, const json& family) {
        FamilyDef def{service, product, family.at("name").get<std::string>(), family.at("label").get<std::string>(), {},
                      family.value("service_wide", false)};
        const auto where = service + out_.segment_separator + def.name;
        const auto family_index = static_cast<long>(out_.families.size());
        const json children = family.value("children", json::object());
        if (!children.empty()) def.children = names(children.at("names"));
        out_.families.push_back(def);

        // Independent children are resources of their own: the family-level
        // scopes are then narrow and do not reach them.
        const bool independent = children.value("independent", false);
        ScopeDef common;
        common.family = family_index;
        common.breadth = def.service_wide ? "service" : (def.children.empty() || independent ? "resource" : "family");
        common.risk = family.at("risk").get<std::string>();
        common.evidence = family.at("evidence").get<std::string>();
        common.label = def.label;
        common.sensitive = string_or(family, "sensitive");
        common.deprecated = string_or(family, "deprecated");
        common.note = string_or(family, "note");
        common.sources = source_list(family, where);
        const Path family_path = add_path(where, names(family.at("operations")), common);

        std::map<std::string, Path> child_paths;
        for (const auto& child : def.children)
            child_paths[child] = expand_child(where, family, children, common, child);
        if (!independent)
            for (const auto& [child, path] : child_paths) link_operations(family_path, path);
        for (const auto& covering : children.value("covering", json::array())) {
            const auto it = child_paths.find(covering.get<std::string>());
            if (it == child_paths.end()) throw std::runtime_error(where + ": covering child is not a child");
            for (const auto& [child, path] : child_paths)
                if (child != it->first) link_operations(it->second, path);
        }
        std::vector<std::size_t> scopes;
        for (const auto& [op, scope] : family_path.by_operation) scopes.push_back(scope);
        return scopes;
    }

    Path expand_child(const std::string& family_prefix, const json& family, const json& children,
                      const ScopeDef& family_common, const std::string& child) {
        const json overrides = children.value("overrides", json::object()).value(child, json::object());
        auto pick = [&](const char* key, const std::string& fallback) {
            return string_or(overrides, key, string_or(children, key, fallback));
        };
        ScopeDef common = family_common;
        common.child = child;
        const bool covering = children.contains("covering") &&
                              std::find(children["covering"].begin(), children["covering"].end(), child) !=
                                  children["covering"].end();
        common.breadth = covering ? "family" : "resource";
        common.risk = pick("risk", family_common.risk);
        common.sensitive = pick("sensitive", "");
        common.deprecated = pick("deprecated", family_common.deprecated);
        common.note = pick("note", "");
        common.label = child == "*" ? "any " + family_common.label : child;
        json operations = overrides.value("operations", children.value("operations", family.at("operations")));
        return add_path(family_prefix + out_.segment_separator + child, names(operations), common);
    }

    void add_standalone(const json& scope) {
        ScopeDef def;
        def.name = scope.at("name").get<std::string>();
        def.access = scope.at("access").get<std::string>();
        def.breadth = string_or(scope, "breadth", "resource");
        def.risk = scope.at("risk").get<std::string>();
        def.evidence = scope.at("evidence").get<std::string>();
        def.label = scope.at("label").get<std::string>();
        def.sensitive = string_or(scope, "sensitive");
        def.deprecated = string_or(scope, "deprecated");
        def.note = string_or(scope, "note");
        def.sources = source_list(scope, def.name);
        def.token_types = token_type_bits(scope);
        add_scope(std::move(def));
        standalone_implies_.push_back(names(scope.value("implies", json::array())));
        standalone_links_.push_back({names(scope.value("narrower", json::array())), names(scope.value("replaced_by", json::array())),
                                     string_or(scope, "read_variant")});
    }

    std::size_t standalone_index(std::size_t from, const std::string& name, const char* field) const {
        const auto it = scope_index_.find(key_of(name));
        if (it == scope_index_.end())
            throw std::runtime_error(out_.scopes[from].name + ": " + field + " names unknown scope " + name);
        return it->second;
    }

    // Called before sorting: indices are remapped with the implications.
    void link_standalone_alternatives() {
        const auto first = out_.scopes.size() - standalone_links_.size();
        for (std::size_t i = 0; i < standalone_links_.size(); ++i) {
            auto& def = out_.scopes[first + i];
            const auto& links = standalone_links_[i];
            for (const auto& name : links.narrower) def.narrower.push_back(standalone_index(first + i, name, "narrower"));
            if (!links.read_variant.empty())
                def.read_variant = static_cast<long>(standalone_index(first + i, links.read_variant, "read_variant"));
            for (const auto& name : links.replaced_by)
                def.replaced_by.push_back(standalone_index(first + i, name, "replaced_by"));
        }
    }

    void link_standalone_implications() {
        const auto first = out_.scopes.size() - standalone_implies_.size();
        for (std::size_t i = 0; i < standalone_implies_.size(); ++i) {
            for (const auto& name : standalone_implies_[i]) {
                const auto it = scope_index_.find(key_of(name));
                if (it == scope_index_.end())
                    throw std::runtime_error(out_.scopes[first + i].name + ": implies unknown scope " + name);
                edges_[first + i].push_back(it->second);
            }
        }
    }

    static std::vector<std::size_t> reachable(const std::vector<std::vector<std::size_t>>& edges, std::size_t from) {
        std::vector<bool> seen(edges.size(), false);
        std::vector<std::size_t> stack{from};
        std::vector<std::size_t> result;
        while (!stack.empty()) {
            const auto node = stack.back();
            stack.pop_back();
            for (const auto next : edges[node]) {
                if (seen[next] || next == from) continue;
                seen[next] = true;
                result.push_back(next);
                stack.push_back(next);
            }
        }
        std::sort(result.begin(), result.end());
        return result;
    }

    void close_implications() {
        for (std::size_t i = 0; i < out_.scopes.size(); ++i) out_.scopes[i].implies = reachable(edges_, i);
    }

    void sort_by_key() {
        std::vector<std::size_t> order(out_.scopes.size());
        for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
        std::sort(order.begin(), order.end(),
                  [&](std::size_t a, std::size_t b) { return out_.scopes[a].key < out_.scopes[b].key; });
        std::vector<std::size_t> new_index(order.size());
        for (std::size_t i = 0; i < order.size(); ++i) new_index[order[i]] = i;
        std::vector<ScopeDef> sorted;
        sorted.reserve(order.size());
        for (const auto old : order) {
            ScopeDef def = std::move(out_.scopes[old]);
            for (auto& implied : def.implies) implied = new_index[implied];
            std::sort(def.implies.begin(), def.implies.end());
            for (auto& alternative : def.narrower) alternative = new_index[alternative];
            if (def.read_variant >= 0) def.read_variant = static_cast<long>(new_index[static_cast<std::size_t>(def.read_variant)]);
            for (auto& successor : def.replaced_by) successor = new_index[successor];
            sorted.push_back(std::move(def));
        }
        out_.scopes = std::move(sorted);
    }
};

}  // namespace

ExpandedCatalog expand_catalog(const nlohmann::json& catalog) { return Expander(catalog).run(); }

}  // namespace scopelint::codegen
