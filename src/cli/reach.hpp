// The `reach` command: whom the messages of one or more accounts get to along information flow,
// how many at each hop, and through whom.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "cli/analyze.hpp"
#include "cli/rank.hpp"

namespace agencynet {

struct ReachOptions {
  std::vector<std::string> accounts;  ///< the senders (IDs, DIDs, user@host or @handles)
  int hops = 2;
  std::size_t top = 20;  ///< reached accounts and brokers listed in text (0 = all)
  TableFormat format = TableFormat::kText;
};

/// One breadth-first search from all senders at once on `prepared.graph.flow`, cut at `hops`.
/// Text: counts per hop by role, the brokers (first-hop accounts through which the most further
/// accounts are reached) and the reached accounts nearest first; CSV: one row per reached
/// account (hops, via = the account it is reached from, first_hop = the sender's contact the path
/// starts with); JSON: both. Throws UsageError for an unknown account or hops < 1.
std::string FormatReach(const Prepared& prepared, const ReachOptions& options);

}  // namespace agencynet
