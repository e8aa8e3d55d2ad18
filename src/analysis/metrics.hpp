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
};

/// Computes every measure on `graph.combined`. Time complexity: that of its parts, dominated by
/// the O(n m) breadth-first searches of betweenness and closeness.
AccountMetrics ComputeMetrics(const LayeredGraph& graph);

}  // namespace agencynet
