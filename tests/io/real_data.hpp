// Real-data tests: expected counts per file, worked out from the raw files and the contract in
// DESIGN.md by separate throwaway Python implementations of the contract (not from this loader's
// output), and spot-checked by hand.
#pragma once

#include <array>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "core/types.hpp"
#include "io/load.hpp"

namespace agencynet::testing {

struct Expected {
  std::string name;  // a file, or a name for several files loaded in one run
  std::uint64_t records;
  std::uint64_t posts;
  std::uint64_t duplicate_posts;
  std::map<std::string, std::uint64_t> skipped;
  std::map<std::string, std::uint64_t> unresolved;
  std::uint64_t self_mentions;
  std::uint64_t reply_target_mentions;
  std::uint64_t self_loops_dropped;
  std::array<std::uint64_t, kEdgeKindCount>
      edges;  // unique: mention, retweet, reply, quote, follow
  std::uint64_t accounts;
};

/// Loads `files` in one run (default options), resolves, and checks every count of `want`.
void ExpectCounts(const std::vector<std::filesystem::path>& files, const Expected& want);

/// The same with options per file.
void ExpectCounts(const std::vector<std::pair<std::filesystem::path, LoadOptions>>& files,
                  const Expected& want);

/// The .json/.jsonl files of `folder` sorted by name.
std::vector<std::filesystem::path> SortedFiles(const std::filesystem::path& folder);

/// A test name made of the letters and digits of `name`.
std::string ParamName(const std::string& name);

}  // namespace agencynet::testing
