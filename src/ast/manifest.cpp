#include "ast/manifest.hpp"

#include "ast/json.hpp"

#include <algorithm>

namespace scopelint {

std::uint32_t PathTable::add_key(std::uint32_t parent, std::string_view key) {
    steps_.push_back({parent, 0, key, false});
    return static_cast<std::uint32_t>(steps_.size() - 1);
}

std::uint32_t PathTable::add_index(std::uint32_t parent, std::uint32_t index) {
    steps_.push_back({parent, index, {}, true});
    return static_cast<std::uint32_t>(steps_.size() - 1);
}

std::string PathTable::pointer(std::uint32_t node) const {
    std::vector<const Step*> chain;
    for (; node != root && node < steps_.size(); node = steps_[node].parent) chain.push_back(&steps_[node]);
    std::string pointer;
    for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
        pointer += '/';
        pointer += (*it)->is_index ? std::to_string((*it)->index) : json_pointer_token((*it)->key);
    }
    return pointer;
}

}  // namespace scopelint
