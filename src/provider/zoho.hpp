#pragma once
#include "provider/provider.hpp"

namespace scopelint::zoho {

// Zoho scope grammar: Service.scope_name[.sub_scope...].OPERATION or an OIDC name.
[[nodiscard]] std::optional<ScopeSyntaxError> check_scope(std::string_view token);

}  // namespace scopelint::zoho
