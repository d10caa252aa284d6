#pragma once
// Explains why a well-formed scope is unknown and proposes the nearest known
// one ("did you mean"), segment by segment: first the service, then the scope
// name, sub-scopes and finally the operation.
#include "catalog/catalog.hpp"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace scopelint::catalog {

struct Diagnosis {
    std::string problem;       // "unknown service 'ZohoWorkDrive'"
    std::string suggestion;    // nearest known scope, canonical spelling; empty if none is close
    std::vector<std::string> valid_operations;  // when the operation is what is wrong
    std::uint32_t offset = 0;  // the part of the text at fault
    std::uint32_t length = 0;
};

[[nodiscard]] Diagnosis diagnose_unknown(const Catalog& catalog, std::string_view text);

}  // namespace scopelint::catalog
