// Betweenness centrality: for each account, the number of shortest paths between other accounts
// that pass through it (each pair's paths shared equally). Brandes' algorithm (J. Math. Sociol.
// 2001) on hop counts, directed, unnormalised, as NetworkX 2.8's betweenness_centrality with
// normalized=False; breadth-first searches from every source run in parallel.
//
// For large graphs, an estimate with a stated error bound: Riondato and Kornaropoulos (Data Min.
// Knowl. Disc. 2016) sample r shortest paths, each between a uniformly drawn pair of accounts
// and uniform among that pair's shortest paths, and credit the accounts inside each path. With
// r = ⌈(c/ε²)(⌊log₂(VD−2)⌋ + 1 + ln(1/δ))⌉, c = 0.5, VD an upper bound on the number of accounts
// on a shortest path, every account's estimate is within ε·n(n−1) of its exact betweenness at
// once, with probability at least 1−δ. Each path is found by a balanced bidirectional
// breadth-first search (as in KADABRA, Borassi and Natale, ESA 2016), which on social graphs
// touches a small part of the graph.
#pragma once

#include <cstdint>
#include <vector>

#include "core/graph.hpp"

namespace agencynet {

struct BetweennessResult {
  std::vector<double> scores;
  bool exact = true;
  // The estimate's terms, when not exact.
  std::uint64_t samples = 0;  ///< shortest paths sampled
  double epsilon = 0.0;       ///< each score within epsilon·n(n−1) of the exact one ...
  double delta = 0.0;         ///< ... except with probability at most delta
  std::uint64_t vertex_diameter_bound = 0;
};

struct ApproxBetweennessParams {
  double epsilon = 0.005;
  double delta = 0.1;
  std::uint64_t seed = 42;
};

/// Exact betweenness of every account of `graph`, following arrows, ignoring weights and
/// self-loops. Deterministic: the same scores bit for bit whatever the thread count.
/// Time complexity: O(n m) work, spread over ThreadCount() threads; memory O(n) per thread.
BetweennessResult Betweenness(const CsrGraph& graph);

/// The Riondato–Kornaropoulos estimate of every account's betweenness, on the same scale as
/// Betweenness. Deterministic for a given seed whatever the thread count. Throws
/// std::invalid_argument unless 0 < epsilon < 1 and 0 < delta < 1. Time complexity: O(n + m)
/// for the bound, then r bidirectional searches (each O(m) at worst, far less on social graphs).
BetweennessResult ApproxBetweenness(const CsrGraph& graph,
                                    const ApproxBetweennessParams& params = {});

/// An upper bound on the number of accounts on any shortest path of `graph`: the heaviest chain
/// of strongly connected components, each weighing min(its size, 1 + the in- plus out-radius
/// from one of its accounts). O(n + m).
std::uint64_t VertexDiameterBound(const CsrGraph& graph);

/// ApproxBetweenness draws at most this many paths (about a minute on large graphs, a few GB of
/// counts at most) and throws std::invalid_argument when ε asks for more.
inline constexpr std::uint64_t kMaxBetweennessSamples = 200'000'000;

/// The Riondato–Kornaropoulos sample size for the given bound and error terms (saturating).
std::uint64_t BetweennessSampleSize(std::uint64_t vertex_diameter, double epsilon, double delta);

/// How `analyze` and `rank` choose: exact when n·m is at most kExactWork (about a minute of
/// breadth-first searches on two cores); above it, the estimate. Shared by closeness.
enum class Estimate { kAuto, kExact, kSampled };
inline constexpr double kExactWork = 2e10;
bool UseExact(const CsrGraph& graph, Estimate choice);

}  // namespace agencynet
