#include "engine/rule_meta.hpp"

#include <algorithm>

namespace scopelint {

const RuleMeta* find_rule_meta(std::string_view id) {
    const auto rules = all_rule_metas();
    const auto it = std::lower_bound(rules.begin(), rules.end(), id,
                                     [](const RuleMeta& rule, std::string_view key) { return rule.id < key; });
    return (it != rules.end() && it->id == id) ? &*it : nullptr;
}

}  // namespace scopelint
