// Basic vocabulary shared by every layer: dense account indices, platforms, edge kinds, time.
#pragma once

#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>

namespace agencynet {

/// Dense index of an account in an AccountTable; algorithms see only these.
using AccountIndex = std::uint32_t;
inline constexpr AccountIndex kNoAccount = std::numeric_limits<AccountIndex>::max();

/// UTC seconds since the Unix epoch.
using Timestamp = std::int64_t;
inline constexpr Timestamp kNoTime = std::numeric_limits<Timestamp>::min();

enum class Platform : std::uint8_t { kTwitter, kMastodon, kBluesky };
inline constexpr int kPlatformCount = 3;

/// The five interaction layers of the edge semantics contract (DESIGN.md).
enum class EdgeKind : std::uint8_t { kMention, kRetweet, kReply, kQuote, kFollow };
inline constexpr int kEdgeKindCount = 5;

std::string_view ToString(Platform platform);
std::string_view ToString(EdgeKind kind);

/// Parses "twitter", "mastodon", "bluesky" (case-insensitive). Returns nullopt otherwise.
std::optional<Platform> ParsePlatform(std::string_view text);

/// Parses a layer name; accepts the plural and "repost" forms too ("mentions", "reposts").
std::optional<EdgeKind> ParseEdgeKind(std::string_view text);

/// Formats a time as ISO 8601 UTC ("2018-09-12T18:01:02Z"); empty for kNoTime.
std::string FormatIsoTime(Timestamp time);

/// Parses ISO 8601 / RFC 3339 UTC or offset times ("2021-04-08T16:47:56.000Z",
/// "2013-06-04T16:25:04+00:00", "2023-01-01T00:00:00"); fractions are dropped. kNoTime when
/// malformed.
Timestamp ParseIsoTime(std::string_view text);

/// Seconds since the epoch of a proleptic Gregorian UTC date and time.
Timestamp MakeUtcTime(int year, int month, int day, int hour, int minute, int second);

/// ASCII lower-case copy.
std::string AsciiLower(std::string_view text);

}  // namespace agencynet
