// The estimates for large graphs: Riondato–Kornaropoulos betweenness and pivot closeness are
// checked against the exact kernels (themselves checked against igraph) for their stated error
// bounds, on random graphs and the Higgs reply network, and for the same result whatever the
// thread count.
#include <gtest/gtest.h>

#include <cmath>
#include <random>

#include "analysis/betweenness.hpp"
#include "analysis/closeness.hpp"
#include "analysis/parallel.hpp"
#include "core/dataset.hpp"
#include "test_support.hpp"

namespace agencynet {
namespace {

using testing::MakeGraph;

// Directed graph with a few hubs, so betweenness is far from uniform.
CsrGraph SkewedGraph(int seed, int n, int m) {
  std::mt19937_64 rng(seed);
  std::uniform_int_distribution<int> node(0, n - 1);
  std::geometric_distribution<int> hub(0.02);
  std::vector<std::tuple<int, int, int>> edges;
  for (int i = 0; i < m; ++i) {
    const int u = node(rng);
    const int v = (i % 2 == 0) ? std::min(hub(rng), n - 1) : node(rng);
    if (u != v) edges.emplace_back(i % 3 == 0 ? v : u, i % 3 == 0 ? u : v, 1);
  }
  return MakeGraph(n, edges);
}

CsrGraph HiggsReply() { return testing::HiggsGraph("reply"); }

TEST(SamplingTest, SampleSizeFollowsRiondatoKornaropoulos) {
  // (0.5 / 0.01²) (⌊log₂ 8⌋ + 1 + ln 10) = 5000 · 6.302585… → 31513.
  EXPECT_EQ(BetweennessSampleSize(10, 0.01, 0.1), 31513u);
  // Paths of two accounts have no inside: only the ln(1/δ) + 1 term is left.
  EXPECT_EQ(BetweennessSampleSize(2, 0.1, 0.5), 85u);  // 50 · 1.6931… = 84.66
  // ⌈ln(2·1000/0.1) / (2·0.05²)⌉ + 1 = ⌈1980.6⌉ + 1.
  EXPECT_EQ(ClosenessSampleSize(1000, 0.05, 0.1), 1982u);
}

TEST(SamplingTest, VertexDiameterBoundHoldsAndIsTightOnChains) {
  //   0 -> 1 -> 2 -> 3 -> 4: five accounts on the one long path.
  EXPECT_EQ(VertexDiameterBound(MakeGraph(5, {{0, 1, 1}, {1, 2, 1}, {2, 3, 1}, {3, 4, 1}})), 5u);
  // A directed cycle of six: the radius both ways from one account is 5, so the component's
  // bound is its size, 6; the longest shortest path has 6 accounts.
  EXPECT_EQ(VertexDiameterBound(
                MakeGraph(6, {{0, 1, 1}, {1, 2, 1}, {2, 3, 1}, {3, 4, 1}, {4, 5, 1}, {5, 0, 1}})),
            6u);
  for (const CsrGraph& g : {SkewedGraph(1, 2000, 8000), HiggsReply()}) {
    const std::uint64_t bound = VertexDiameterBound(g);
    const std::uint64_t diameter = Closeness(g).diameter;
    EXPECT_GE(bound, diameter + 1);
    // Far below the trivial bound n on these graphs: the sample size is not inflated.
    EXPECT_LT(bound, g.num_nodes() / 10);
  }
}

TEST(SamplingTest, DiamondPathsAreSampledUniformly) {
  //   0 -> 1 -> 3, 0 -> 2 -> 3: 1 and 2 each carry half of the one pair (0, 3).
  const CsrGraph g = MakeGraph(4, {{0, 1, 1}, {0, 2, 1}, {1, 3, 1}, {2, 3, 1}});
  const BetweennessResult r = ApproxBetweenness(g, {.epsilon = 0.01, .delta = 0.1, .seed = 3});
  EXPECT_FALSE(r.exact);
  EXPECT_EQ(r.vertex_diameter_bound, 3u);
  const double bound = 0.01 * 4 * 3;
  EXPECT_NEAR(r.scores[1], 0.5, bound);
  EXPECT_NEAR(r.scores[2], 0.5, bound);
  EXPECT_EQ(r.scores[0], 0.0);
  EXPECT_EQ(r.scores[3], 0.0);
}

// Every account within ε·n(n−1) of its exact betweenness; and the estimate is informative: the
// accounts that matter most are seen.
void CheckBetweennessBound(const CsrGraph& g, double epsilon,
                           std::initializer_list<std::uint64_t> seeds) {
  const BetweennessResult exact = Betweenness(g);
  const double n = static_cast<double>(g.num_nodes());
  const double bound = epsilon * n * (n - 1);
  double top = 0;
  for (const double s : exact.scores) top = std::max(top, s);
  ASSERT_GT(top, 2 * bound) << "graph too flat for a meaningful check";
  for (const std::uint64_t seed : seeds) {
    const BetweennessResult approx =
        ApproxBetweenness(g, {.epsilon = epsilon, .delta = 0.1, .seed = seed});
    ASSERT_EQ(approx.scores.size(), exact.scores.size());
    double worst = 0;
    for (std::size_t v = 0; v < exact.scores.size(); ++v) {
      worst = std::max(worst, std::fabs(approx.scores[v] - exact.scores[v]));
    }
    EXPECT_LE(worst, bound) << "seed " << seed << ", " << approx.samples << " samples";
    const auto top_exact = std::max_element(exact.scores.begin(), exact.scores.end());
    EXPECT_GT(approx.scores[top_exact - exact.scores.begin()], top / 2);
  }
}

TEST(SamplingTest, PathsAreSampledInProportionToTheirCounts) {
  // A 10 × 10 grid with arrows right and down: pairs far apart have thousands of shortest
  // paths, and walking a sampled path back from where the two searches met must weigh every
  // step by its path count, or the paths lean to one side of the grid.
  constexpr int kSide = 10;
  std::vector<std::tuple<int, int, int>> edges;
  for (int r = 0; r < kSide; ++r) {
    for (int c = 0; c < kSide; ++c) {
      if (c + 1 < kSide) edges.emplace_back(r * kSide + c, r * kSide + c + 1, 1);
      if (r + 1 < kSide) edges.emplace_back(r * kSide + c, (r + 1) * kSide + c, 1);
    }
  }
  CheckBetweennessBound(MakeGraph(kSide * kSide, edges), 0.005, {1, 2});
}

TEST(SamplingTest, ApproxBetweennessWithinBoundOnRandomGraphs) {
  CheckBetweennessBound(SkewedGraph(2, 3000, 12000), 0.01, {1, 2, 3});
  CheckBetweennessBound(SkewedGraph(3, 1000, 6000), 0.005, {1, 2, 3});
}

TEST(SamplingTest, ApproxBetweennessWithinBoundOnHiggsReplies) {
  AGENCYNET_REQUIRE_DATA(data);
  // The busiest account carries about 0.1% of all pairs' paths: ε must be well below that.
  CheckBetweennessBound(HiggsReply(), 0.0004, {1});
}

TEST(SamplingTest, SampledClosenessWithinBound) {
  for (const CsrGraph& g : {SkewedGraph(4, 6000, 30000), HiggsReply()}) {
    const double epsilon = 0.05;
    const ClosenessResult exact = Closeness(g);
    const ClosenessResult est = SampledCloseness(g, {.epsilon = epsilon, .delta = 0.1});
    ASSERT_FALSE(est.exact);
    const std::size_t n = g.num_nodes();
    EXPECT_EQ(est.samples, ClosenessSampleSize(n, epsilon, 0.1));
    double worst = 0;
    for (std::size_t v = 0; v < n; ++v) {
      worst = std::max(worst, std::fabs(est.harmonic[v] - exact.harmonic[v]));
    }
    EXPECT_LE(worst, epsilon * static_cast<double>(n - 1));
    EXPECT_LE(est.diameter, exact.diameter);
    EXPECT_GE(est.diameter, exact.diameter / 2);
    EXPECT_NEAR(est.average_distance, exact.average_distance, 0.1 * exact.average_distance);
  }
}

TEST(SamplingTest, SmallGraphsGetTheExactCloseness) {
  const CsrGraph g = SkewedGraph(5, 300, 1200);
  const ClosenessResult est = SampledCloseness(g, {.epsilon = 0.05, .delta = 0.1});
  EXPECT_TRUE(est.exact);
  EXPECT_EQ(est.harmonic, Closeness(g).harmonic);
}

TEST(SamplingTest, SameEstimatesWhateverTheThreadCount) {
  const CsrGraph g = SkewedGraph(6, 8000, 40000);
  SetThreadCount(1);
  const BetweennessResult one = ApproxBetweenness(g, {.epsilon = 0.02});
  const ClosenessResult one_c = SampledCloseness(g, {.epsilon = 0.1});
  SetThreadCount(3);
  const BetweennessResult three = ApproxBetweenness(g, {.epsilon = 0.02});
  const ClosenessResult three_c = SampledCloseness(g, {.epsilon = 0.1});
  SetThreadCount(0);
  EXPECT_EQ(one.scores, three.scores);
  EXPECT_EQ(one_c.harmonic, three_c.harmonic);
  EXPECT_EQ(one_c.closeness, three_c.closeness);
  EXPECT_EQ(one_c.diameter, three_c.diameter);
  // A different seed draws different paths.
  EXPECT_NE(ApproxBetweenness(g, {.epsilon = 0.02, .seed = 7}).scores, one.scores);
}

TEST(SamplingTest, RejectsBadErrorTerms) {
  const CsrGraph g = SkewedGraph(1, 10, 20);
  // Bounds too tight to sample: betweenness refuses, closeness falls back to exact.
  EXPECT_GT(BetweennessSampleSize(10, 1e-10, 0.1), kMaxBetweennessSamples);
  EXPECT_THROW(ApproxBetweenness(g, {.epsilon = 1e-10}), std::invalid_argument);
  EXPECT_EQ(ClosenessSampleSize(1000, 1e-12, 0.1), std::uint64_t{1} << 63);
  EXPECT_EQ(ClosenessSampleSize(0, 0.1, 0.1), 1u);
  EXPECT_TRUE(SampledCloseness(g, {.epsilon = 1e-12}).exact);
  EXPECT_THROW(ApproxBetweenness(g, {.epsilon = 0}), std::invalid_argument);
  EXPECT_THROW(SampledCloseness(g, {.epsilon = 0.1, .delta = 1}), std::invalid_argument);
}

}  // namespace
}  // namespace agencynet
