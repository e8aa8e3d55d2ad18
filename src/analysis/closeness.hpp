// Closeness and harmonic centrality from incoming distances: how near an account is to the
// accounts that reach it. Closeness with the Wasserman–Faust correction for graphs that are not
// strongly connected (Social Network Analysis, 1994), harmonic as in Boldi and Vigna (Internet
// Math. 2014); the definitions of NetworkX 2.8's closeness_centrality (wf_improved=True) and
// harmonic_centrality on directed graphs. One breadth-first search per account, in parallel.
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
};

/// Exact closeness and harmonic centrality of every account, on hop counts along the arrows.
/// Deterministic whatever the thread count. Time complexity: O(n m) work over ThreadCount()
/// threads.
ClosenessResult Closeness(const CsrGraph& graph);

}  // namespace agencynet
