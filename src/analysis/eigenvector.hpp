// Eigenvector centrality and HITS hubs and authorities, by power iteration on the weighted
// graph. Eigenvector: the leading eigenvector of the transposed adjacency matrix (scores from
// incoming edges), unit Euclidean norm, iterated on A + I as NetworkX 2.8's
// eigenvector_centrality does. HITS (Kleinberg, J. ACM 1999): the leading singular vectors of A,
// each summing to 1, as NetworkX 2.8's hits. Both are defined only when the leading eigenvalue
// is unique; otherwise the scores are left empty and `reason` says why.
#pragma once

#include <string>
#include <vector>

#include "core/graph.hpp"

namespace agencynet {

struct SpectralParams {
  double tolerance = 1e-13;  ///< stop when the L1 change per account falls below this
  int max_iterations = 100000;
};

struct EigenvectorResult {
  std::vector<double> scores;  ///< empty when not defined
  int iterations = 0;
  std::string reason;  ///< why `scores` is empty ("acyclic graph", "tie between components", ...)
};

struct HitsResult {
  std::vector<double> hubs;         ///< empty when not defined
  std::vector<double> authorities;  ///< empty when not defined
  int iterations = 0;
  std::string reason;
};

/// Eigenvector centrality of every account. Time complexity: O((n + m) * iterations).
EigenvectorResult Eigenvector(const CsrGraph& graph, const SpectralParams& params = {});

/// HITS hub and authority scores of every account. Time complexity: O((n + m) * iterations).
HitsResult Hits(const CsrGraph& graph, const SpectralParams& params = {});

}  // namespace agencynet
