// PageRank on a weighted directed graph by power iteration (Page, Brin, Motwani and Winograd
// 1999), with the conventions of NetworkX 2.8: transition probability w(u,v)/out_weight(u),
// uniform teleport, the rank of dangling accounts spread uniformly over all accounts.
#pragma once

#include <cstdint>
#include <vector>

#include "core/graph.hpp"

namespace agencynet {

struct PageRankParams {
  double damping = 0.85;
  double tolerance = 1e-12;  ///< stop when the L1 change of an iteration falls below this
  int max_iterations = 1000;
  /// Personalised PageRank: where the walk restarts (and where dangling accounts' rank goes),
  /// one non-negative weight per account, normalised here; empty = uniform. With weight on a set
  /// of accounts it measures importance as seen from them (NetworkX's `personalization`).
  std::vector<double> personalization;
};

struct PageRankResult {
  std::vector<double> scores;  ///< sums to 1 (empty graph: empty)
  int iterations = 0;
  bool converged = false;
};

/// PageRank of every account of `graph`, weighted by edge weight. Throws std::invalid_argument
/// when `personalization` has the wrong size or sums to zero. Deterministic: the same graph
/// gives the same scores bit for bit. Time complexity: O((n + m) * iterations).
PageRankResult PageRank(const CsrGraph& graph, const PageRankParams& params = {});

}  // namespace agencynet
