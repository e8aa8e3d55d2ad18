// Loading input files into a Dataset: format detection, framing (JSON Lines, JSON arrays, whole
// documents) and dispatch to the loader of each format.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "core/dataset.hpp"

namespace agencynet {

enum class InputFormat {
  kAuto,
  kTwitterV1,
  kTwitterV2,
  kMastodon,
  kActivityPub,
  kBluesky,
  kEdgeList,
};

/// Parses a --format value: auto, twitter-v1, twitter-v2, mastodon, activitypub, bluesky (and
/// edges, and v1, v2). Throws UsageError otherwise, listing the names.
InputFormat ParseInputFormat(std::string_view text);

/// A format's description for messages ("Twitter API v2 (twarc2) JSON").
std::string_view FormatName(InputFormat format);

/// Whose follower or friend list an ID page or ID list is (they name no owner themselves).
struct FollowOwner {
  enum class Side { kNone, kFollowersOf, kFriendsOf };
  Side side = Side::kNone;
  std::string account;  ///< a Twitter ID or @handle, a Bluesky DID, a Mastodon user@host
};

struct LoadOptions {
  /// Stop at the first bad record with an InputError instead of counting it and going on.
  bool strict = false;
  /// Load posts found inside user objects (a v1.1 user's `status`) instead of skipping them.
  bool user_page_posts = false;
  InputFormat format = InputFormat::kAuto;
  /// The owner of the ID pages or ID lists in this file.
  FollowOwner owner;
  /// The kind of the edges of an edge list without a kind column.
  std::optional<EdgeKind> edge_kind;
  /// The platform of the IDs in edge lists and of owners; by default it is read off each ID (a
  /// DID is Bluesky, user@host Mastodon, digits a Twitter ID, anything else a Twitter handle).
  std::optional<Platform> platform;
  /// Called now and then with the bytes of the current file done and its total.
  std::function<void(const std::string& file, std::uint64_t done, std::uint64_t total)> progress;
};

/// Loads one file (gzip or plain) into `dataset`. Bad records are counted in dataset.report with
/// file:line examples; loading goes on unless options.strict.
/// Throws InputError when the file cannot be read, is not JSON, or is in a format agencynet does
/// not read (the message names what was found and what was expected), and on the first bad
/// record when options.strict. Time complexity: O(file size).
void LoadFile(const std::string& path, Dataset& dataset, const LoadOptions& options = {});

/// The account an ID or handle from an edge list, ID list or owner option names, interned in
/// `accounts`: on `platform` if given, else the platform read off the text (see
/// LoadOptions::platform). kNoAccount for empty text.
AccountIndex InternAccountRef(AccountTable& accounts, std::string_view text,
                              std::optional<Platform> platform);

/// Parses a Twitter API v1.1 `created_at` ("Wed Aug 27 13:08:45 +0000 2008") to UTC seconds;
/// kNoTime when malformed.
Timestamp ParseTwitterTime(std::string_view text);

/// Loads `content` as if it were the file `name` (for tests and standard input).
void LoadContent(const std::string& name, std::string content, Dataset& dataset,
                 const LoadOptions& options = {});

}  // namespace agencynet
