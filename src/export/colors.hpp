// The colours of roles and edge kinds, shared by the GEXF and DOT writers.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "core/types.hpp"

namespace agencynet {

struct Rgb {
  std::uint8_t r, g, b;
  std::string Hex() const;  ///< "#rrggbb"
};

/// A role's colour: public accounts grey, known government roles fixed colours, other roles a
/// stable colour from their name.
Rgb RoleColor(std::string_view role);

/// An edge kind's colour.
Rgb KindColor(EdgeKind kind);

/// A community's colour: ten distinct colours for communities 0..9 (the largest), grey after.
Rgb CommunityColor(std::uint32_t community);

}  // namespace agencynet
