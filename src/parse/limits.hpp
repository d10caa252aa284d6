#pragma once
// Limits that keep hostile input from exhausting time or memory. Each one is
// far above anything a real manifest needs, and each is reported as a finding
// (rule input-limit) or an error where it applies, never as a silent cut.
#include <cstddef>
#include <cstdint>

namespace scopelint {

struct InputLimits {
    std::uint64_t max_file_bytes = std::uint64_t{16} << 20U;  // --max-file-size
    std::uint32_t max_json_depth = 512;   // nested arrays/objects (and YAML collections)
    std::size_t max_scopes = 1000;        // scopes read from one manifest
    std::size_t max_scope_bytes = 512;    // length of one scope
    // Nodes that YAML anchors and aliases may copy (billion laughs); a smaller
    // cap of 64 per byte of the document also applies (parse/yaml_reader).
    std::uint64_t max_yaml_alias_nodes = 1'000'000;
};

}  // namespace scopelint
