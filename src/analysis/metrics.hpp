// The metrics table of `analyze`: every per-account measure and the whole-network figures,
// computed on the union of the selected layers.
#pragma once

#include "analysis/betweenness.hpp"
#include "analysis/closeness.hpp"
#include "analysis/clustering.hpp"
#include "analysis/communities.hpp"
#include "analysis/constraint.hpp"
#include "analysis/coreness.hpp"
#include "analysis/degree.hpp"
#include "analysis/eigenvector.hpp"
#include "analysis/pagerank.hpp"
#include "analysis/reach.hpp"
#include "analysis/summary.hpp"
#include "core/graph.hpp"

namespace agencynet {

struct AccountMetrics {
  DegreeResult degree;
  PageRankResult pagerank;
  BetweennessResult betweenness;
  ClosenessResult closeness;
  EigenvectorResult eigenvector;
  HitsResult hits;
  CorenessResult coreness;
  CommunityResult communities;
  ConstraintResult constraint;
  ClusteringResult clustering;
  GraphSummary summary;
  ReachResult reach;  ///< on graph.flow, reach_1 and reach_2
};

/// Exact or estimated path measures (see UseExact for kAuto), with the estimates' terms.
struct MetricsOptions {
  Estimate betweenness = Estimate::kAuto;
  Estimate closeness = Estimate::kAuto;
  ApproxBetweennessParams betweenness_params;
  SampledClosenessParams closeness_params;
  ReachParams reach;
};

/// Computes every measure on `graph.combined`, reach on `graph.flow`. Time complexity: that of its
/// parts, dominated by the breadth-first searches of betweenness and closeness: O(n m) when exact.
AccountMetrics ComputeMetrics(const LayeredGraph& graph, const MetricsOptions& options = {});

}  // namespace agencynet
