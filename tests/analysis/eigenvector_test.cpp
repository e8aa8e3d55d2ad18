// Eigenvector centrality and HITS: small graphs by hand, the cases where they are not defined,
// and igraph (ARPACK) on a strongly connected random graph, the core of the Higgs mention
// network and the sample's network.
#include "analysis/eigenvector.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <random>

#include "analysis/summary.hpp"
#include "core/dataset.hpp"
#include "igraph_adapter.hpp"
#include "io/load.hpp"
#include "test_support.hpp"

namespace agencynet {
namespace {

using testing::MakeGraph;
constexpr auto& Graph = MakeGraph;

//   0 -> 1 -> 2 -> 0, a directed 3-cycle: every account scores 1/sqrt(3).
TEST(EigenvectorTest, CycleIsUniform) {
  const EigenvectorResult r = Eigenvector(Graph(3, {{0, 1, 1}, {1, 2, 1}, {2, 0, 1}}));
  ASSERT_FALSE(r.scores.empty()) << r.reason;
  for (const double x : r.scores) EXPECT_NEAR(x, 1 / std::sqrt(3.0), 1e-12);
}

//   0 <-> 1 (weight 1) and 2 -> 0: account 2 points in but nobody points at it, so it scores 0.
TEST(EigenvectorTest, AccountsNobodyPointsAtScoreZero) {
  const EigenvectorResult r = Eigenvector(Graph(3, {{0, 1, 1}, {1, 0, 1}, {2, 0, 1}}));
  ASSERT_FALSE(r.scores.empty()) << r.reason;
  EXPECT_NEAR(r.scores[2], 0.0, 1e-12);
  EXPECT_NEAR(r.scores[0], 1 / std::sqrt(2.0), 1e-12);
}

TEST(EigenvectorTest, NotDefinedOnAcyclicGraphsOrTies) {
  EXPECT_TRUE(Eigenvector(Graph(3, {{0, 1, 1}, {1, 2, 1}})).scores.empty());
  EXPECT_NE(Eigenvector(Graph(3, {{0, 1, 1}, {1, 2, 1}})).reason.find("acyclic"),
            std::string::npos);
  // Two separate 2-cycles with the same weights: the leading eigenvalue belongs to both.
  const EigenvectorResult tie = Eigenvector(Graph(4, {{0, 1, 1}, {1, 0, 1}, {2, 3, 1}, {3, 2, 1}}));
  EXPECT_TRUE(tie.scores.empty());
  EXPECT_NE(tie.reason.find("several components"), std::string::npos);
  EXPECT_EQ(Eigenvector(Graph(2, {})).reason, "no edges");
}

//   a star of pointers: 1, 2, 3 -> 0. Account 0 is the only authority; 1, 2, 3 share the hubs.
TEST(HitsTest, StarByHand) {
  const HitsResult r = Hits(Graph(4, {{1, 0, 1}, {2, 0, 1}, {3, 0, 1}}));
  ASSERT_FALSE(r.hubs.empty()) << r.reason;
  EXPECT_NEAR(r.authorities[0], 1.0, 1e-12);
  for (int i = 1; i <= 3; ++i) EXPECT_NEAR(r.hubs[i], 1.0 / 3, 1e-12);
  // Two identical separate stars tie.
  EXPECT_TRUE(Hits(Graph(4, {{1, 0, 1}, {3, 2, 1}})).hubs.empty());
}

std::vector<double> Normalized(std::vector<double> v, bool euclidean) {
  double norm = 0;
  for (const double x : v) norm += euclidean ? x * x : std::fabs(x);
  if (euclidean) norm = std::sqrt(norm);
  for (double& x : v) x = std::fabs(x) / norm;
  return v;
}

void CheckAgainstIgraph(const CsrGraph& g) {
  const EigenvectorResult ours = Eigenvector(g);
  const HitsResult hits = Hits(g);
  ASSERT_FALSE(ours.scores.empty()) << ours.reason;
  ASSERT_FALSE(hits.hubs.empty()) << hits.reason;
  testing::IgraphGraph ig(g);
  igraph_vector_t v, h, a;
  igraph_vector_init(&v, 0);
  igraph_vector_init(&h, 0);
  igraph_vector_init(&a, 0);
  igraph_real_t value = 0;
  testing::IgraphCheck(
      igraph_eigenvector_centrality(ig.get(), &v, &value, true, false, ig.weights(), nullptr),
      "igraph_eigenvector_centrality");
  testing::IgraphCheck(
      igraph_hub_and_authority_scores(ig.get(), &h, &a, &value, false, ig.weights(), nullptr),
      "igraph_hub_and_authority_scores");
  const auto eig =
      Normalized(std::vector<double>(VECTOR(v), VECTOR(v) + igraph_vector_size(&v)), true);
  const auto hub =
      Normalized(std::vector<double>(VECTOR(h), VECTOR(h) + igraph_vector_size(&h)), false);
  const auto auth =
      Normalized(std::vector<double>(VECTOR(a), VECTOR(a) + igraph_vector_size(&a)), false);
  igraph_vector_destroy(&v);
  igraph_vector_destroy(&h);
  igraph_vector_destroy(&a);
  for (std::size_t i = 0; i < g.num_nodes(); ++i) {
    EXPECT_NEAR(ours.scores[i], eig[i], 1e-9) << i;
    EXPECT_NEAR(hits.hubs[i], hub[i], 1e-9) << i;
    EXPECT_NEAR(hits.authorities[i], auth[i], 1e-9) << i;
  }
}

TEST(EigenvectorTest, StronglyConnectedRandomGraphMatchesIgraph) {
  // A ring through every account makes the graph strongly connected; chords add structure.
  std::mt19937_64 rng(11);
  const int n = 300;
  std::uniform_int_distribution<int> node(0, n - 1), weight(1, 5);
  std::vector<std::tuple<int, int, int>> edges;
  for (int i = 0; i < n; ++i) edges.emplace_back(i, (i + 1) % n, weight(rng));
  for (int i = 0; i < 3 * n; ++i) {
    const int u = node(rng), v = node(rng);
    if (u != v) edges.emplace_back(u, v, weight(rng));
  }
  CheckAgainstIgraph(Graph(n, edges));
}

// The largest strongly connected component of the Higgs mention network: strongly connected, so
// the leading eigenvalue is simple and both tools must agree.
TEST(EigenvectorTest, HiggsMentionCoreMatchesIgraph) {
  AGENCYNET_REQUIRE_DATA(data);
  std::size_t n = 0;
  const std::vector<Interaction> edges = testing::HiggsEdges("mention", n);
  const CsrGraph whole = BuildGraph(n, edges, kAllKinds);
  const StrongComponents scc = FindStrongComponents(whole);
  const auto largest = static_cast<std::uint32_t>(
      std::max_element(scc.size.begin(), scc.size.end()) - scc.size.begin());
  std::vector<AccountIndex> index(n, kNoAccount);
  AccountIndex next = 0;
  for (AccountIndex v = 0; v < n; ++v) {
    if (scc.label[v] == largest) index[v] = next++;
  }
  ASSERT_GT(next, 1000u);
  std::vector<Interaction> core;
  for (const Interaction& e : edges) {
    if (index[e.source] != kNoAccount && index[e.target] != kNoAccount) {
      core.push_back({index[e.source], index[e.target], kNoTime, e.weight, e.kind});
    }
  }
  CheckAgainstIgraph(BuildGraph(next, core, kAllKinds));
}

TEST(EigenvectorTest, SampleNetworkMatchesIgraph) {
  Dataset dataset;
  LoadFile((testing::SourceDir() / "graphs/sample/tweets.jsonl.gz").string(), dataset);
  const Network net = Network::Resolve(std::move(dataset));
  CheckAgainstIgraph(BuildGraph(net.accounts.size(), net.interactions, kAllKinds));
}

}  // namespace
}  // namespace agencynet
