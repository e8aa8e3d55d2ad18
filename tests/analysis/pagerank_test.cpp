#include "analysis/pagerank.hpp"

#include <gtest/gtest.h>

#include <iostream>
#include <random>

#include "analysis/degree.hpp"
#include "core/dataset.hpp"
#include "igraph_adapter.hpp"
#include "test_support.hpp"

namespace agencynet {
namespace {

using testing::MakeGraph;
constexpr auto& Graph = MakeGraph;

//   0 <-> 1      a 2-cycle: by symmetry each holds 1/2
TEST(PageRankTest, TwoCycleSplitsEvenly) {
  const PageRankResult r = PageRank(Graph(2, {{0, 1, 1}, {1, 0, 1}}));
  ASSERT_TRUE(r.converged);
  EXPECT_NEAR(r.scores[0], 0.5, 1e-15);
  EXPECT_NEAR(r.scores[1], 0.5, 1e-15);
}

//   0 -> 1, 1 has no out-edges (dangling): its rank is spread uniformly.
//   x0 = 0.15/2 + 0.85 * x1/2,  x1 = 0.15/2 + 0.85 * (x0 + x1/2)
//   => x0 = 1/2.85 * (0.075 + 0.425) ... solved exactly: x0 = 0.350877..., x1 = 0.649122...
TEST(PageRankTest, DanglingRankSpreadsUniformly) {
  const PageRankResult r = PageRank(Graph(2, {{0, 1, 1}}));
  ASSERT_TRUE(r.converged);
  // With x0 + x1 = 1: x0 = 0.075 + 0.425 x1  =>  x0 = 0.5 / 1.425.
  EXPECT_NEAR(r.scores[0], 0.5 / 1.425, 1e-12);
  EXPECT_NEAR(r.scores[1], 1.0 - 0.5 / 1.425, 1e-12);
}

//   0 -(3)-> 1, 0 -(1)-> 2, 1 -> 0, 2 -> 0: weights split 0's rank 3:1.
TEST(PageRankTest, WeightsSplitRankProportionally) {
  const PageRankResult r = PageRank(Graph(3, {{0, 1, 3}, {0, 2, 1}, {1, 0, 1}, {2, 0, 1}}));
  ASSERT_TRUE(r.converged);
  // x1 = 0.05 + 0.85 * 0.75 x0, x2 = 0.05 + 0.85 * 0.25 x0, x0 = 0.05 + 0.85 (x1 + x2).
  const double x0 = (0.05 + 0.85 * 0.1) / (1 - 0.85 * 0.85);
  EXPECT_NEAR(r.scores[0], x0, 1e-12);
  EXPECT_NEAR(r.scores[1], 0.05 + 0.85 * 0.75 * x0, 1e-12);
  EXPECT_NEAR(r.scores[2], 0.05 + 0.85 * 0.25 * x0, 1e-12);
}

TEST(PageRankTest, EmptyGraph) {
  const PageRankResult r = PageRank(Graph(0, {}));
  EXPECT_TRUE(r.scores.empty());
  EXPECT_TRUE(r.converged);
}

class PageRankVsIgraphTest : public ::testing::TestWithParam<int> {};

// Random weighted digraphs with dangling nodes, isolated nodes and parallel input edges, checked
// against igraph's PRPACK solver (an exact linear solve, not power iteration).
TEST_P(PageRankVsIgraphTest, MatchesIgraphPrpack) {
  std::mt19937_64 rng(GetParam());
  const int n = 50 + GetParam() * 37;
  std::uniform_int_distribution<int> node(0, n - 1);
  std::uniform_int_distribution<int> weight(1, 5);
  std::vector<std::tuple<int, int, int>> edges;
  for (int i = 0; i < n * 3; ++i) {
    const int u = node(rng) % (n - 5);  // the last 5 nodes have no out-edges
    const int v = node(rng);
    if (u != v) edges.emplace_back(u, v, weight(rng));
  }
  const CsrGraph g = Graph(n, edges);
  const PageRankResult ours = PageRank(g);
  ASSERT_TRUE(ours.converged);
  const std::vector<double> theirs = testing::IgraphGraph(g).PageRank(0.85);
  ASSERT_EQ(theirs.size(), ours.scores.size());
  double sum = 0;
  for (int i = 0; i < n; ++i) {
    EXPECT_NEAR(ours.scores[i], theirs[i], 1e-10) << "node " << i;
    sum += ours.scores[i];
  }
  EXPECT_NEAR(sum, 1.0, 1e-12);
}

INSTANTIATE_TEST_SUITE_P(Seeds, PageRankVsIgraphTest, ::testing::Range(1, 6));

TEST(DegreeTest, CountsDistinctNeighboursAndSumsWeights) {
  //   0 -(2)-> 1, 0 -(1)-> 2, 2 -(4)-> 1
  const DegreeResult d = ComputeDegrees(Graph(3, {{0, 1, 2}, {0, 2, 1}, {2, 1, 4}, {0, 1, 1}}));
  EXPECT_EQ(d.out_degree, (std::vector<std::uint32_t>{2, 0, 1}));
  EXPECT_EQ(d.in_degree, (std::vector<std::uint32_t>{0, 2, 1}));
  EXPECT_EQ(d.out_weight, (std::vector<std::uint64_t>{4, 0, 4}));
  EXPECT_EQ(d.in_weight, (std::vector<std::uint64_t>{0, 7, 1}));
}

}  // namespace
}  // namespace agencynet

#include "test_support.hpp"

namespace agencynet {
namespace {

// The Higgs mention network (116k accounts, 150k weighted edges, self-mentions included as
// they are in the file), against igraph.
TEST(PageRankRealDataTest, HiggsMentionNetworkMatchesIgraph) {
  AGENCYNET_REQUIRE_DATA(data);
  std::size_t n = 0;
  const auto edges = testing::ReadEdgeListForTest(
      data / "edgelists/snap-higgs/higgs-mention_network.edgelist", EdgeKind::kMention, n);
  ASSERT_EQ(edges.size(), 150818u);
  const CsrGraph g = BuildGraph(n, edges, kAllKinds);
  const PageRankResult ours = PageRank(g);
  ASSERT_TRUE(ours.converged);
  const std::vector<double> theirs = testing::IgraphGraph(g).PageRank(0.85);
  double worst = 0;
  for (std::size_t i = 0; i < n; ++i)
    worst = std::max(worst, std::fabs(ours.scores[i] - theirs[i]));
  EXPECT_LT(worst, 1e-12);
  std::cout << "Higgs mention network: " << n << " accounts, " << g.num_edges()
            << " edges, PageRank in " << ours.iterations
            << " iterations, max |ours - igraph| = " << worst << "\n";
}

}  // namespace
}  // namespace agencynet

namespace agencynet {
namespace {

// Personalised PageRank against a direct solve of its linear system by Gaussian elimination:
//   x = d (W^T x + (dangling · x) p) + (1 - d) p,  with W the row-normalised weights.
TEST(PageRankTest, PersonalisedMatchesADirectSolve) {
  std::mt19937_64 rng(5);
  const int n = 40;
  std::uniform_int_distribution<int> node(0, n - 1), weight(1, 3);
  std::vector<std::tuple<int, int, int>> edges;
  for (int i = 0; i < 90; ++i) {
    const int u = node(rng) % 35, v = node(rng);  // 35..39 are dangling
    if (u != v) edges.emplace_back(u, v, weight(rng));
  }
  const CsrGraph g = Graph(n, edges);
  std::vector<double> p(n, 0.0);
  p[0] = 2;
  p[7] = 1;
  p[38] = 1;
  const PageRankResult ours = PageRank(g, PageRankParams{.personalization = p});
  ASSERT_TRUE(ours.converged);
  for (double& x : p) x /= 4;
  // A x = b with A = I - d (W^T + p dangling^T), b = (1 - d) p.
  const double d = 0.85;
  std::vector<std::vector<double>> a(n, std::vector<double>(n + 1, 0.0));
  std::vector<double> out(n, 0.0);
  for (AccountIndex u = 0; u < n; ++u) {
    for (EdgeIndex e = g.EdgeBegin(u); e < g.EdgeEnd(u); ++e) out[u] += g.weight(e);
  }
  for (int i = 0; i < n; ++i) {
    a[i][i] = 1;
    a[i][n] = (1 - d) * p[i];
  }
  for (AccountIndex u = 0; u < n; ++u) {
    if (out[u] == 0) {
      for (int i = 0; i < n; ++i) a[i][u] -= d * p[i];
    }
    for (EdgeIndex e = g.EdgeBegin(u); e < g.EdgeEnd(u); ++e) {
      a[g.target(e)][u] -= d * g.weight(e) / out[u];
    }
  }
  for (int c = 0; c < n; ++c) {
    int pivot = c;
    for (int r = c + 1; r < n; ++r) {
      if (std::fabs(a[r][c]) > std::fabs(a[pivot][c])) pivot = r;
    }
    std::swap(a[c], a[pivot]);
    for (int r = 0; r < n; ++r) {
      if (r == c) continue;
      const double f = a[r][c] / a[c][c];
      for (int k = c; k <= n; ++k) a[r][k] -= f * a[c][k];
    }
  }
  for (int i = 0; i < n; ++i) EXPECT_NEAR(ours.scores[i], a[i][n] / a[i][i], 1e-12) << i;
  EXPECT_THROW(PageRank(g, PageRankParams{.personalization = std::vector<double>(n, 0.0)}),
               std::invalid_argument);
}

}  // namespace
}  // namespace agencynet
