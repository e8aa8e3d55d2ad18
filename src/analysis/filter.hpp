// Filters that narrow a network before it is analysed: edge filters (layers, time window,
// minimum weight) keep every account, account filters (role, ego network, largest component,
// k-core) keep a subgraph. Edge filters run first, then account filters in the order listed.
#pragma once

#include <cstdint>
#include <string>

#include "core/dataset.hpp"
#include "core/graph.hpp"

namespace agencynet {

struct FilterOptions {
  std::uint32_t layers = kAllKinds;  ///< bit i = EdgeKind i
  Timestamp since = kNoTime;         ///< keep interactions at or after this time
  Timestamp until = kNoTime;         ///< keep interactions before this time
  std::uint32_t min_weight = 1;      ///< keep layer edges made at least this many times
  /// Keep accounts of this role and the interactions among them; "government" means every role
  /// but "public" (the interagency subgraph).
  std::string role;
  std::string ego;  ///< keep accounts within `hops` of this account, either direction
  std::uint32_t hops = 1;
  bool largest_component = false;  ///< keep the largest weakly connected component
  std::uint32_t kcore = 0;         ///< keep accounts of coreness at least this
};

/// What the filters removed, for the load report and summary.
struct FilterReport {
  std::uint64_t interactions_outside_layers = 0;
  std::uint64_t interactions_outside_window = 0;  ///< including those without a time
  std::uint64_t interactions_below_min_weight = 0;
  std::uint64_t accounts_removed = 0;
};

/// The account named by `text`: an ID, a DID, user@host, or a handle with or without '@', on any
/// platform. Throws UsageError naming `option` when there is none.
AccountIndex FindAccount(const Network& network, const std::string& text,
                         const std::string& option);

/// Applies `options` to `network` in place. Throws UsageError when the ego account is not in the
/// network. Time complexity: O(n + m log m).
FilterReport ApplyFilters(Network& network, const FilterOptions& options);

/// Parses a date or time for --since/--until: "2024-03-01", "2024-03-01T12:00:00Z", or UTC
/// seconds. Throws UsageError.
Timestamp ParseWhen(const std::string& text);

/// Parses "A,B,C" layer lists ("all" for every layer). Throws UsageError.
std::uint32_t ParseLayers(const std::string& text);

}  // namespace agencynet
