// Loading input files into a Dataset: format detection, framing (JSON Lines, JSON arrays, whole
// documents) and dispatch to the loader of each format.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

#include "core/dataset.hpp"

namespace agencynet {

enum class InputFormat { kAuto, kTwitterV1, kTwitterV2, kMastodon, kActivityPub, kBluesky };

/// Parses a --format value: auto, twitter-v1, twitter-v2, mastodon, activitypub, bluesky (and
/// v1, v2). Throws UsageError otherwise, listing the names.
InputFormat ParseInputFormat(std::string_view text);

/// A format's description for messages ("Twitter API v2 (twarc2) JSON").
std::string_view FormatName(InputFormat format);

struct LoadOptions {
  /// Stop at the first bad record with an InputError instead of counting it and going on.
  bool strict = false;
  /// Load posts found inside user objects (a v1.1 user's `status`) instead of skipping them.
  bool user_page_posts = false;
  InputFormat format = InputFormat::kAuto;
  /// Called now and then with the bytes of the current file done and its total.
  std::function<void(const std::string& file, std::uint64_t done, std::uint64_t total)> progress;
};

/// Loads one file (gzip or plain) into `dataset`. Bad records are counted in dataset.report with
/// file:line examples; loading goes on unless options.strict.
/// Throws InputError when the file cannot be read, is not JSON, or is in a format agencynet does
/// not read (the message names what was found and what was expected), and on the first bad
/// record when options.strict. Time complexity: O(file size).
void LoadFile(const std::string& path, Dataset& dataset, const LoadOptions& options = {});

/// Parses a Twitter API v1.1 `created_at` ("Wed Aug 27 13:08:45 +0000 2008") to UTC seconds;
/// kNoTime when malformed.
Timestamp ParseTwitterTime(std::string_view text);

/// Loads `content` as if it were the file `name` (for tests and standard input).
void LoadContent(const std::string& name, std::string content, Dataset& dataset,
                 const LoadOptions& options = {});

}  // namespace agencynet
