// The `influence` command: the accounts that would carry a message furthest along information
// flow (IMM), with Monte Carlo spreads beside those of the top accounts by PageRank and degree.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

#include "analysis/influence.hpp"
#include "cli/analyze.hpp"
#include "cli/rank.hpp"

namespace agencynet {

struct InfluenceOptions {
  std::size_t k = 10;
  std::string role;       ///< pick only accounts of this role ("government": every role but public)
  std::string seed_from;  ///< the message starts from the accounts of this role anyway
  std::string model = "ic";
  std::string probability = "weighted-cascade";
  double epsilon = 0.1;
  std::uint64_t simulations = 10000;
  std::uint64_t seed = 42;
  TableFormat format = TableFormat::kText;
};

/// Runs IMM on `prepared.graph.flow` and simulates the spreads. Throws UsageError for a bad
/// setting or a role nobody has.
std::string FormatInfluence(const Prepared& prepared, const InfluenceOptions& options);

}  // namespace agencynet
