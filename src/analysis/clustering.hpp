// Clustering: how often two contacts of an account are in contact themselves, on the undirected
// projection (one tie per pair of accounts with an edge either way). Transitivity is the share
// of connected triples that close into triangles (NetworkX 2.8's transitivity, igraph's
// transitivity_undirected); average clustering is the mean local coefficient, accounts with
// fewer than two contacts counting 0 (NetworkX's average_clustering).
#pragma once

#include "core/graph.hpp"

namespace agencynet {

struct ClusteringResult {
  double transitivity = 0.0;
  double average_clustering = 0.0;
  std::uint64_t triangles = 0;
};

/// Clustering of the undirected projection of `graph`. Time complexity: O(m · d_max) with
/// sorted-list intersections.
ClusteringResult Clustering(const CsrGraph& graph);

}  // namespace agencynet
