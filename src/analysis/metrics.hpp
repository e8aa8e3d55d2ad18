// The metrics table of `analyze`: every per-account measure and the whole-network figures,
// computed on the union of the selected layers.
#pragma once

#include "analysis/degree.hpp"
#include "analysis/pagerank.hpp"
#include "analysis/summary.hpp"
#include "core/graph.hpp"

namespace agencynet {

struct AccountMetrics {
  DegreeResult degree;
  PageRankResult pagerank;
  GraphSummary summary;
};

/// Computes every measure on `graph.combined`. Time complexity: that of its parts, dominated by
/// PageRank's O((n + m) * iterations).
AccountMetrics ComputeMetrics(const LayeredGraph& graph);

}  // namespace agencynet
