#include "ast/yaml.hpp"

#include <algorithm>

namespace scopelint {

std::string_view to_string(YamlKind kind) {
    switch (kind) {
        case YamlKind::scalar: return "scalar";
        case YamlKind::sequence: return "sequence";
        case YamlKind::mapping: return "mapping";
    }
    return "unknown";
}

const YamlPair* YamlNode::find(std::string_view key) const {
    const auto it = std::find_if(pairs.begin(), pairs.end(), [key](const YamlPair& pair) {
        return pair.key.is(YamlKind::scalar) && pair.key.text == key;
    });
    return it == pairs.end() ? nullptr : &*it;
}

}  // namespace scopelint
