// Influence maximisation: IMM's picks against the brute-force optimum on small graphs whose
// spreads are computed exactly (every live-edge world enumerated), its spread estimates and the
// Monte Carlo simulation against those exact spreads, under both models.
#include "analysis/influence.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <functional>
#include <numeric>

#include "analysis/parallel.hpp"
#include "analysis/reach.hpp"
#include "core/dataset.hpp"
#include "core/error.hpp"
#include "test_support.hpp"

namespace agencynet {
namespace {

using testing::MakeGraph;

// Two groups joined by a bridge, and a dead end: 8 accounts, 13 edges.
CsrGraph SmallFlow() {
  return MakeGraph(8, {{0, 1, 1},
                       {0, 2, 1},
                       {1, 2, 1},
                       {2, 3, 1},
                       {3, 0, 1},
                       {3, 4, 1},
                       {4, 5, 1},
                       {4, 6, 1},
                       {5, 6, 1},
                       {6, 4, 1},
                       {5, 7, 1},
                       {1, 7, 2},
                       {6, 7, 3}});
}

// Accounts reachable from `seeds` using only the edges with live[e].
std::size_t Reached(const CsrGraph& g, const std::vector<AccountIndex>& seeds,
                    const std::vector<bool>& live) {
  std::vector<bool> seen(g.num_nodes(), false);
  std::vector<AccountIndex> queue;
  for (const AccountIndex s : seeds) {
    if (!seen[s]) queue.push_back(s);
    seen[s] = true;
  }
  for (std::size_t head = 0; head < queue.size(); ++head) {
    const AccountIndex u = queue[head];
    for (EdgeIndex e = g.EdgeBegin(u); e < g.EdgeEnd(u); ++e) {
      if (!live[e] || seen[g.target(e)]) continue;
      seen[g.target(e)] = true;
      queue.push_back(g.target(e));
    }
  }
  return queue.size();
}

// Exact independent-cascade spread with probability p(e): every subset of edges.
double ExactIc(const CsrGraph& g, const std::vector<AccountIndex>& seeds,
               const std::function<double(EdgeIndex)>& p) {
  const std::size_t m = g.num_edges();
  double spread = 0;
  std::vector<bool> live(m);
  for (std::uint64_t world = 0; world < (std::uint64_t{1} << m); ++world) {
    double prob = 1;
    for (std::size_t e = 0; e < m; ++e) {
      live[e] = (world >> e) & 1;
      prob *= live[e] ? p(e) : 1 - p(e);
    }
    spread += prob * static_cast<double>(Reached(g, seeds, live));
  }
  return spread;
}

// Exact linear-threshold spread: each account keeps one of its in-edges e with probability p(e)
// or none (Kempe, Kleinberg and Tardos 2003: the same distribution of outcomes).
double ExactLt(const CsrGraph& g, const std::vector<AccountIndex>& seeds,
               const std::function<double(EdgeIndex)>& p) {
  const std::size_t n = g.num_nodes();
  std::vector<std::vector<EdgeIndex>> in(n);
  for (AccountIndex u = 0; u < n; ++u) {
    for (EdgeIndex e = g.EdgeBegin(u); e < g.EdgeEnd(u); ++e) in[g.target(e)].push_back(e);
  }
  std::vector<std::size_t> choice(n, 0);  // 0 = none, i = in[v][i - 1]
  double spread = 0;
  while (true) {
    std::vector<bool> live(g.num_edges(), false);
    double prob = 1;
    for (std::size_t v = 0; v < n; ++v) {
      double rest = 1;
      for (const EdgeIndex e : in[v]) rest -= p(e);
      if (choice[v] == 0) {
        prob *= rest;
      } else {
        live[in[v][choice[v] - 1]] = true;
        prob *= p(in[v][choice[v] - 1]);
      }
    }
    spread += prob * static_cast<double>(Reached(g, seeds, live));
    std::size_t v = 0;  // next combination
    while (v < n && ++choice[v] > in[v].size()) choice[v++] = 0;
    if (v == n) break;
  }
  return spread;
}

// In-degree of each edge's head: the weighted-cascade probability is 1 / that.
std::function<double(EdgeIndex)> WeightedCascade(const CsrGraph& g) {
  return [&g](EdgeIndex e) { return 1.0 / static_cast<double>(g.InDegree(g.target(e))); };
}

// The pair greedy picks on exact spreads: the best account, then the best addition to it (ties
// to the lower index). IMM's picks approximate this.
double GreedyPair(const CsrGraph& g,
                  const std::function<double(const std::vector<AccountIndex>&)>& spread) {
  AccountIndex first = 0;
  for (AccountIndex a = 1; a < g.num_nodes(); ++a) {
    if (spread({a}) > spread({first}) + 1e-12) first = a;
  }
  double best = 0;
  for (AccountIndex b = 0; b < g.num_nodes(); ++b) {
    if (b != first) best = std::max(best, spread({first, b}));
  }
  return best;
}

// The best pair by exact spread.
double BestPair(const CsrGraph& g,
                const std::function<double(const std::vector<AccountIndex>&)>& spread) {
  double best = 0;
  for (AccountIndex a = 0; a < g.num_nodes(); ++a) {
    for (AccountIndex b = a + 1; b < g.num_nodes(); ++b) best = std::max(best, spread({a, b}));
  }
  return best;
}

std::vector<AccountIndex> Picks(const InfluenceResult& r) {
  std::vector<AccountIndex> out;
  for (const InfluencePick& p : r.picks) out.push_back(p.account);
  return out;
}

TEST(InfluenceTest, IndependentCascadeMatchesTheBruteForceOptimum) {
  const CsrGraph g = SmallFlow();
  const auto uniform = [](EdgeIndex) { return 0.4; };
  const auto spread = [&](const std::vector<AccountIndex>& s) { return ExactIc(g, s, uniform); };
  const double optimum = BestPair(g, spread);
  InfluenceParams params{.k = 2};
  params.probability = ParseEdgeProbability("uniform:0.4");
  const InfluenceResult r = MaximizeInfluence(g, params);
  ASSERT_EQ(r.picks.size(), 2u);
  const double ours = spread(Picks(r));
  EXPECT_GE(ours, (1 - 1 / std::exp(1.0) - params.epsilon) * optimum);
  // Greedy on exact spreads reaches 4.300 here, the best pair 4.417: IMM finds the greedy pair.
  EXPECT_NEAR(ours, GreedyPair(g, spread), 1e-9)
      << "picked " << r.picks[0].account << ", " << r.picks[1].account;
  EXPECT_LT(GreedyPair(g, spread), optimum);
  // The RR-set estimate of the picks' spread, and the gains adding up to it.
  EXPECT_NEAR(r.estimated_spread, ours, 0.05 * ours);
  EXPECT_NEAR(r.picks[0].marginal_gain + r.picks[1].marginal_gain, r.estimated_spread, 1e-6);
  // Monte Carlo: within four standard errors of the exact value.
  const SpreadEstimate mc = SimulateSpread(g, Picks(r), params.model, params.probability, 20000);
  EXPECT_NEAR(mc.mean, ours, 4 * mc.standard_error);
  EXPECT_GT(mc.standard_error, 0);
}

TEST(InfluenceTest, LinearThresholdAndWeightedCascade) {
  const CsrGraph g = SmallFlow();
  const auto wc = WeightedCascade(g);
  const auto spread = [&](const std::vector<AccountIndex>& s) { return ExactLt(g, s, wc); };
  const double optimum = BestPair(g, spread);
  const InfluenceParams params{.k = 2, .model = DiffusionModel::kLinearThreshold};
  const InfluenceResult r = MaximizeInfluence(g, params);
  const double ours = spread(Picks(r));
  EXPECT_GE(ours, (1 - 1 / std::exp(1.0) - params.epsilon) * optimum);
  EXPECT_NEAR(ours, GreedyPair(g, spread), 1e-9);
  EXPECT_NEAR(r.estimated_spread, ours, 0.05 * ours);
  const SpreadEstimate mc = SimulateSpread(g, Picks(r), params.model, params.probability, 20000);
  // (Every run may end the same way: then the standard error is 0.)
  EXPECT_NEAR(mc.mean, ours, std::max(4 * mc.standard_error, 1e-9));
  // And the cascade model with the same probabilities.
  const SpreadEstimate ic =
      SimulateSpread(g, {0, 4}, DiffusionModel::kIndependentCascade, params.probability, 20000);
  EXPECT_NEAR(ic.mean, ExactIc(g, {0, 4}, wc), 4 * ic.standard_error);
}

TEST(InfluenceTest, ProbabilitiesFromWeights) {
  const CsrGraph g = SmallFlow();
  // Account 7's in-edges weigh 2 (from 1), 1 (from 5) and 3 (from 6).
  const auto from_weights = [&g](EdgeIndex e) {
    const AccountIndex v = g.target(e);
    double total = 0;
    const WeightView w = g.InWeights(v);
    for (std::size_t i = 0; i < w.size(); ++i) total += w[i];
    return g.weight(e) / total;
  };
  const EdgeProbability p = ParseEdgeProbability("from-weights");
  const SpreadEstimate mc =
      SimulateSpread(g, {1, 5}, DiffusionModel::kIndependentCascade, p, 20000);
  EXPECT_NEAR(mc.mean, ExactIc(g, {1, 5}, from_weights), 4 * mc.standard_error);
}

TEST(InfluenceTest, FixedSendersAndCandidates) {
  const CsrGraph g = SmallFlow();
  const auto uniform = [](EdgeIndex) { return 0.4; };
  InfluenceParams params{.k = 1, .fixed = {0}};
  params.probability = ParseEdgeProbability("uniform:0.4");
  params.candidates = {true, true, true, true, false, false, true, true};  // not 4 or 5
  const InfluenceResult r = MaximizeInfluence(g, params);
  ASSERT_EQ(r.picks.size(), 1u);
  const AccountIndex pick = r.picks[0].account;
  EXPECT_NE(pick, 0u);
  EXPECT_TRUE(params.candidates[pick]);
  // The best addition to 0 among the candidates, by exact spread.
  double best = 0;
  for (AccountIndex a = 1; a < 8; ++a) {
    if (params.candidates[a]) best = std::max(best, ExactIc(g, {0, a}, uniform));
  }
  EXPECT_NEAR(ExactIc(g, {0, pick}, uniform), best, 1e-9);
  EXPECT_NEAR(r.estimated_spread, best, 0.05 * best);
  EXPECT_NEAR(r.picks[0].marginal_gain, best - ExactIc(g, {0}, uniform), 0.1 * best);
}

TEST(InfluenceTest, BeatsDegreeOnHiggsAndSameWhateverTheThreads) {
  AGENCYNET_REQUIRE_DATA(data);
  std::size_t n = 0;
  const std::vector<Interaction> edges = testing::HiggsEdges("mention", n);
  const CsrGraph flow = BuildFlowGraph(n, edges, kAllKinds);
  const InfluenceParams params{.k = 10, .epsilon = 0.3};
  SetThreadCount(1);
  const InfluenceResult one = MaximizeInfluence(flow, params);
  const SpreadEstimate one_mc =
      SimulateSpread(flow, Picks(one), params.model, params.probability, 2000);
  SetThreadCount(3);
  const InfluenceResult three = MaximizeInfluence(flow, params);
  const SpreadEstimate three_mc =
      SimulateSpread(flow, Picks(one), params.model, params.probability, 2000);
  SetThreadCount(0);
  EXPECT_EQ(Picks(one), Picks(three));
  EXPECT_EQ(one.estimated_spread, three.estimated_spread);
  EXPECT_EQ(one_mc.mean, three_mc.mean);
  // The RR-set estimate agrees with simulation.
  EXPECT_NEAR(one.estimated_spread, one_mc.mean, 0.1 * one_mc.mean);
  // Ten accounts of largest out-degree along the flow spread less.
  std::vector<AccountIndex> by_degree(flow.num_nodes());
  std::iota(by_degree.begin(), by_degree.end(), 0u);
  std::partial_sort(
      by_degree.begin(), by_degree.begin() + 10, by_degree.end(),
      [&](AccountIndex a, AccountIndex b) { return flow.OutDegree(a) > flow.OutDegree(b); });
  by_degree.resize(10);
  const SpreadEstimate degree_mc =
      SimulateSpread(flow, by_degree, params.model, params.probability, 2000);
  EXPECT_GT(one_mc.mean, degree_mc.mean);
}

TEST(InfluenceTest, RejectsBadSettings) {
  const CsrGraph g = SmallFlow();
  EXPECT_THROW(ParseEdgeProbability("uniform:1.5"), UsageError);
  EXPECT_THROW(ParseEdgeProbability("uniform:"), UsageError);
  EXPECT_THROW(ParseEdgeProbability("cosmic"), UsageError);
  InfluenceParams lt{.k = 1, .model = DiffusionModel::kLinearThreshold};
  lt.probability = ParseEdgeProbability("uniform:0.9");  // 7 has three in-edges: 2.7 > 1
  EXPECT_THROW(MaximizeInfluence(g, lt), std::invalid_argument);
  EXPECT_THROW(MaximizeInfluence(g, {.epsilon = 0}), std::invalid_argument);
}

}  // namespace
}  // namespace agencynet
