// The providers scopelint knows, in one sorted list. A new provider adds its
// catalog (rules/catalog/<id>.json), its scope grammar and one line here.
#include "provider/provider.hpp"
#include "provider/flat_providers.hpp"
#include "provider/zoho.hpp"
#include "util/text.hpp"

#include <algorithm>
#include <array>

namespace scopelint {
namespace {

const catalog::Catalog& required_catalog(std::string_view id) {
    const catalog::Catalog* catalog = catalog::find_catalog(id);
    if (catalog == nullptr) std::abort();  // a provider without generated data is a build defect
    return *catalog;
}

// Sorted by id.
const std::array<Provider, 10>& providers() {
    static const std::array<Provider, 10> list{{
        {"atlassian", &required_catalog("atlassian"), &atlassian::check_scope},
        {"atlassian-connect", &required_catalog("atlassian-connect"), &atlassian::check_connect_scope},
        {"chrome-extensions", &required_catalog("chrome-extensions"), &chrome::check_scope},
        {"github", &required_catalog("github"), &github::check_scope},
        {"github-actions", &required_catalog("github-actions"), &github::check_scope},
        {"github-app", &required_catalog("github-app"), &github::check_scope},
        {"google", &required_catalog("google"), &google::check_scope},
        {"shopify", &required_catalog("shopify"), &shopify::check_scope},
        {"slack", &required_catalog("slack"), &slack::check_scope},
        {"zoho", &required_catalog("zoho"), &zoho::check_scope},
    }};
    return list;
}

}  // namespace

std::span<const Provider> all_providers() { return providers(); }

const Provider* find_provider(std::string_view id) {
    const auto& list = providers();
    const auto it = std::find_if(list.begin(), list.end(), [&](const Provider& p) { return util::iequals(p.id, id); });
    return it == list.end() ? nullptr : &*it;
}

}  // namespace scopelint
