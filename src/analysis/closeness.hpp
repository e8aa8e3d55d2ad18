// Closeness and harmonic centrality from incoming distances: how near an account is to the
// accounts that reach it. Closeness with the Wasserman–Faust correction for graphs that are not
// strongly connected (Social Network Analysis, 1994), harmonic as in Boldi and Vigna (Internet
// Math. 2014); the definitions of NetworkX 2.8's closeness_centrality (wf_improved=True) and
// harmonic_centrality on directed graphs. One breadth-first search per account, in parallel.
//
// For large graphs, the estimate of Eppstein and Wang (J. Graph Algorithms Appl. 2004): searches
// from k pivot accounts drawn without replacement, each account's sums scaled by the share of
// the others the pivots are. With k = ⌈ln(2n/δ)/(2ε²)⌉ + 1, Hoeffding's bound and a union bound
// over the accounts give every harmonic score within ε·(n−1) of the exact one, and every reached
// share (r−1)/(n−1) within ε, at once with probability at least 1−δ; closeness is computed from
// the estimated share and the pivots' mean distance.
#pragma once

#include <cstdint>
#include <vector>

#include "core/graph.hpp"

namespace agencynet {

struct ClosenessResult {
  /// (r−1)/(n−1) · (r−1)/Σd, where r counts the accounts that reach the account (itself
  /// included) and Σd sums their hop distances to it; 0 when nobody reaches it.
  std::vector<double> closeness;
  /// Σ 1/d over the accounts that reach it.
  std::vector<double> harmonic;
  /// The longest shortest path (hops) between any two accounts joined by a path; 0 if none.
  std::uint64_t diameter = 0;
  /// The mean hop distance over the ordered pairs joined by a path (igraph's
  /// average_path_length with unconn = true); 0 if none.
  double average_distance = 0.0;
  /// False for the estimate: then diameter is a lower bound (the deepest search, and one more
  /// search back from where it ended) and average_distance is the pivots' mean.
  bool exact = true;
  std::uint64_t samples = 0;  ///< pivots, when not exact
  double epsilon = 0.0;
  double delta = 0.0;
};

struct SampledClosenessParams {
  double epsilon = 0.05;
  double delta = 0.1;
  std::uint64_t seed = 42;
};

/// Exact closeness and harmonic centrality of every account, on hop counts along the arrows.
/// Deterministic whatever the thread count. Time complexity: O(n m) work over ThreadCount()
/// threads.
ClosenessResult Closeness(const CsrGraph& graph);

/// The pivot estimate; exact (Closeness) when k would be at least n. Deterministic for a given
/// seed whatever the thread count. Throws std::invalid_argument unless 0 < epsilon < 1 and
/// 0 < delta < 1. Time complexity: O(k m) work over ThreadCount() threads.
ClosenessResult SampledCloseness(const CsrGraph& graph, const SampledClosenessParams& params = {});

/// Pivots needed for the bound above on n accounts.
std::uint64_t ClosenessSampleSize(std::uint64_t n, double epsilon, double delta);

}  // namespace agencynet
