#include "catalog/catalog.hpp"

#include <algorithm>

namespace scopelint::catalog {

std::string_view to_string(Access access) { return access == Access::read ? "read" : "write"; }

std::string_view to_string(Risk risk) {
    switch (risk) {
        case Risk::low: return "low";
        case Risk::medium: return "medium";
        case Risk::high: return "high";
        case Risk::critical: return "critical";
    }
    return "critical";
}

std::string_view to_string(Breadth breadth) {
    switch (breadth) {
        case Breadth::resource: return "resource";
        case Breadth::family: return "family";
        case Breadth::service: return "service";
    }
    return "service";
}

std::string_view to_string(Evidence evidence) {
    switch (evidence) {
        case Evidence::doc: return "doc";
        case Evidence::oas: return "oas";
        case Evidence::observed: return "observed";
    }
    return "observed";
}

const Event* Catalog::find_event(std::string_view name) const {
    const auto it = std::lower_bound(events.begin(), events.end(), name,
                                     [](const Event& event, std::string_view key) { return event.name < key; });
    return it != events.end() && it->name == name ? &*it : nullptr;
}

const Catalog* find_catalog(std::string_view provider) {
    const auto catalogs = all_catalogs();
    const auto it = std::find_if(catalogs.begin(), catalogs.end(),
                                 [&](const Catalog* c) { return c->provider == provider; });
    return it == catalogs.end() ? nullptr : *it;
}

}  // namespace scopelint::catalog
