// Reach: how many distinct accounts a message from an account gets to within k hops, along the
// flow of information (DESIGN.md: against the arrow for follows, reposts and quotes, along it
// for mentions and replies).
//
// Exact by one breadth-first search per account, cut at k hops; on large graphs, all accounts at
// once with HyperLogLog counters (HyperBall: Boldi and Vigna, Internet Math. 2013; counters of
// Flajolet, Fusy, Gandouet and Meunier, AofA 2007): k rounds over the edges, each account's
// counter taking the register-wise maximum of its out-neighbours'. With 2^p registers a counter
// the estimate's relative standard error is 1.04/√(2^p) (p = 7: 9.2%, 256 bytes an account).
// The flow graph itself is BuildFlowGraph's (core/graph.hpp).
#pragma once

#include <cstdint>
#include <vector>

#include "analysis/betweenness.hpp"
#include "core/graph.hpp"

namespace agencynet {

struct ReachParams {
  int hops = 2;                       ///< reach_1 .. reach_hops
  Estimate method = Estimate::kAuto;  ///< kAuto: exact when the searches' work is affordable
  int precision = 7;                  ///< p: 2^p one-byte registers a counter, 4 <= p <= 16
  std::uint64_t seed = 42;            ///< of the counters' hash
};

struct ReachResult {
  /// within[k-1][v]: distinct other accounts v reaches in at most k hops (estimated when not
  /// exact), k = 1 .. hops.
  std::vector<std::vector<double>> within;
  bool exact = true;
  int precision = 0;            ///< when estimated
  double relative_error = 0.0;  ///< 1.04/√(2^p): the estimate's relative standard error
};

/// reach_k of every account. Reach 1 is always exact (the distinct out-neighbours). Deterministic
/// whatever the thread count. Throws std::invalid_argument for hops < 1 or a precision out of
/// range. Time complexity: exact, the sum over accounts of the edges within k - 1 hops;
/// estimated, O(hops · m · 2^p) over ThreadCount() threads and 2 n 2^p bytes.
ReachResult Reach(const CsrGraph& flow, const ReachParams& params = {});

/// The edges the exact searches look at for 2 hops: m + Σ_v in(v)·out(v), computed in O(n).
double TwoHopWork(const CsrGraph& flow);

}  // namespace agencynet
