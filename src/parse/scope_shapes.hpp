#pragma once
// Whose scopes a bare string holds, when nothing around it says: only shapes
// no other provider's scopes or ordinary text have count, so that readers of
// .env files and source code report nothing they are not sure of.
#include "provider/provider.hpp"

#include <string_view>

namespace scopelint {

// Zoho when every comma- or space-separated part is `Service.name[.…].OP` of a
// service the catalog knows with an operation it knows; Google when every part
// is a Google scope URL or an OpenID name and one is a URL; else nullptr.
[[nodiscard]] const Provider* provider_by_shape(std::string_view value);

}  // namespace scopelint
