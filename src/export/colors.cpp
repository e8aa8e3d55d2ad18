#include "export/colors.hpp"

#include <array>
#include <cstdio>

namespace agencynet {

std::string Rgb::Hex() const {
  char buf[8];
  std::snprintf(buf, sizeof buf, "#%02x%02x%02x", r, g, b);
  return buf;
}

Rgb RoleColor(std::string_view role) {
  struct Named {
    std::string_view role;
    Rgb color;
  };
  static constexpr std::array<Named, 7> kNamed = {{
      {"public", {160, 160, 160}},
      {"agency", {31, 119, 180}},
      {"legislator", {214, 39, 40}},
      {"committee", {255, 127, 14}},
      {"official", {44, 160, 44}},
      {"executive", {148, 103, 189}},
      {"government", {23, 190, 207}},
  }};
  for (const Named& n : kNamed) {
    if (n.role == role) return n.color;
  }
  static constexpr std::array<Rgb, 4> kOthers = {
      {{140, 86, 75}, {227, 119, 194}, {188, 189, 34}, {127, 127, 127}}};
  std::uint32_t hash = 2166136261u;
  for (const char c : role) hash = (hash ^ static_cast<unsigned char>(c)) * 16777619u;
  return kOthers[hash % kOthers.size()];
}

Rgb KindColor(EdgeKind kind) {
  static constexpr std::array<Rgb, kEdgeKindCount> kColors = {{
      {31, 119, 180},   // mention
      {44, 160, 44},    // retweet
      {214, 39, 40},    // reply
      {148, 103, 189},  // quote
      {127, 127, 127},  // follow
  }};
  return kColors[static_cast<int>(kind)];
}

Rgb CommunityColor(std::uint32_t community) {
  static constexpr std::array<Rgb, 10> kColors = {{{31, 119, 180},
                                                   {255, 127, 14},
                                                   {44, 160, 44},
                                                   {214, 39, 40},
                                                   {148, 103, 189},
                                                   {140, 86, 75},
                                                   {227, 119, 194},
                                                   {188, 189, 34},
                                                   {23, 190, 207},
                                                   {107, 110, 207}}};
  return community < kColors.size() ? kColors[community] : Rgb{200, 200, 200};
}

}  // namespace agencynet
