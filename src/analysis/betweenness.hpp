// Betweenness centrality: for each account, the number of shortest paths between other accounts
// that pass through it (each pair's paths shared equally). Brandes' algorithm (J. Math. Sociol.
// 2001) on hop counts, directed, unnormalised, as NetworkX 2.8's betweenness_centrality with
// normalized=False; breadth-first searches from every source run in parallel.
#pragma once

#include <vector>

#include "core/graph.hpp"

namespace agencynet {

struct BetweennessResult {
  std::vector<double> scores;
};

/// Exact betweenness of every account of `graph`, following arrows, ignoring weights and
/// self-loops. Deterministic: the same scores bit for bit whatever the thread count.
/// Time complexity: O(n m) work, spread over ThreadCount() threads; memory O(n) per thread.
BetweennessResult Betweenness(const CsrGraph& graph);

}  // namespace agencynet
