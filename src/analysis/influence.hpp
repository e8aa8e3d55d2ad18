// Influence maximisation on the information-flow graph: which k accounts, if they carried a
// message, would spread it furthest in expectation. IMM (Tang, Shi and Xiao, SIGMOD 2015):
// reverse-reachable sets from random accounts, enough of them (martingale bounds) that the greedy
// maximum coverage is within (1 − 1/e − ε) of the optimum with probability at least 1 − 1/n^ℓ.
// Spreads of any seed set are then checked by Monte Carlo simulation of the same model.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/graph.hpp"

namespace agencynet {

/// Independent cascade (each newly active account gets one chance to activate each out-
/// neighbour, with the edge's probability) or linear threshold (each account is activated once
/// the probabilities of its active in-neighbours add up to a uniformly random threshold).
enum class DiffusionModel { kIndependentCascade, kLinearThreshold };

/// Edge probabilities p(u, v): weighted cascade 1/in-degree(v); from weights, w(u, v) / Σ of
/// v's incoming weights; uniform, one probability for all.
struct EdgeProbability {
  enum class Kind { kWeightedCascade, kUniform, kFromWeights } kind = Kind::kWeightedCascade;
  double uniform = 0.1;
};

/// "weighted-cascade", "from-weights" or "uniform:P" (0 < P <= 1). Throws UsageError.
EdgeProbability ParseEdgeProbability(const std::string& text);

struct InfluenceParams {
  std::size_t k = 10;
  DiffusionModel model = DiffusionModel::kIndependentCascade;
  EdgeProbability probability;
  double epsilon = 0.1;  ///< IMM's ε
  double ell = 1.0;      ///< IMM's ℓ: failure probability 1/n^ℓ
  std::uint64_t seed = 42;
  /// Accounts that may be picked (empty = all).
  std::vector<bool> candidates;
  /// Accounts the message starts from anyway (e.g. the agencies): picks maximise the spread
  /// added to theirs.
  std::vector<AccountIndex> fixed;
};

struct InfluencePick {
  AccountIndex account = 0;
  double marginal_gain = 0.0;  ///< expected accounts added by this pick (RR-set estimate)
};

struct InfluenceResult {
  std::vector<InfluencePick> picks;
  double estimated_spread = 0.0;  ///< of fixed + picks, from the RR sets
  std::uint64_t rr_sets = 0;
  double lower_bound = 0.0;  ///< IMM's lower bound on the optimal added spread
  /// IMM asked for more than kMaxRrSets sets (about half a gigabyte): the picks are greedy on
  /// kMaxRrSets sets and the guarantee holds only for the larger `effective_epsilon` (and not at
  /// all when the lower bound itself could not be established within the cap).
  bool capped = false;
  double effective_epsilon = 0.0;
};

inline constexpr std::uint64_t kMaxRrSets = 20'000'000;

/// Picks up to params.k accounts by IMM. Deterministic for a seed whatever the thread count.
/// Throws std::invalid_argument for a bad ε, ℓ or probability (linear threshold needs incoming
/// probabilities that add up to at most 1). Time complexity: O((k + ℓ)(n + m) log n / ε²)
/// expected (Tang et al., Theorem 3).
InfluenceResult MaximizeInfluence(const CsrGraph& flow, const InfluenceParams& params);

struct SpreadEstimate {
  double mean = 0.0;            ///< accounts active at the end, seeds included
  double standard_error = 0.0;  ///< of the mean
  std::uint64_t runs = 0;
};

/// Monte Carlo spread of `seeds` under the model: `runs` simulations, seeded by (seed, run).
/// Deterministic whatever the thread count.
SpreadEstimate SimulateSpread(const CsrGraph& flow, const std::vector<AccountIndex>& seeds,
                              DiffusionModel model, const EdgeProbability& probability,
                              std::uint64_t runs, std::uint64_t seed = 7);

}  // namespace agencynet
