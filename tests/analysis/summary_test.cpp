#include "analysis/summary.hpp"

#include <gtest/gtest.h>

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/connected_components.hpp>
#include <random>

#include "core/dataset.hpp"
#include "igraph_adapter.hpp"
#include "test_support.hpp"

namespace agencynet {
namespace {

//   0 <-> 1 -> 2     3 -> 4     5 (isolated)
//   0->1 weight 2 (duplicates), 1->0, 1->2, 3->4
TEST(SummaryTest, SmallGraphExactFigures) {
  std::vector<Interaction> edges = {
      {0, 1, 1, 1, EdgeKind::kMention}, {0, 1, 2, 1, EdgeKind::kMention},
      {1, 0, 3, 1, EdgeKind::kReply},   {1, 2, 4, 1, EdgeKind::kReply},
      {3, 4, 5, 1, EdgeKind::kRetweet},
  };
  const GraphSummary s = Summarize(BuildGraph(6, edges, kAllKinds));
  EXPECT_EQ(s.nodes, 6u);
  EXPECT_EQ(s.edges, 4u);
  EXPECT_EQ(s.edges_with_duplicates, 1u);
  EXPECT_EQ(s.total_weight, 5u);
  EXPECT_DOUBLE_EQ(s.reciprocity, 0.5);  // 0->1 and 1->0 of 4 edges
  EXPECT_DOUBLE_EQ(s.density, 4.0 / 30.0);
  EXPECT_EQ(s.weak_components, 3u);
  EXPECT_EQ(s.largest_weak_component, 3u);
  EXPECT_EQ(s.weak_component, (std::vector<std::uint32_t>{0, 0, 0, 1, 1, 2}));
}

// Reciprocity, density and weak components against igraph, and components against BGL too, on
// random sparse digraphs and the Higgs reply network.
void CheckAgainstPeers(const CsrGraph& g) {
  const GraphSummary s = Summarize(g);
  testing::IgraphGraph ig(g);
  igraph_real_t reciprocity = 0, density = 0;
  // igraph with ignore_loops leaves self-loops out of the denominator; NetworkX (and we) keep
  // them there, unreciprocated.
  testing::IgraphCheck(igraph_reciprocity(ig.get(), &reciprocity, true, IGRAPH_RECIPROCITY_DEFAULT),
                       "igraph_reciprocity");
  testing::IgraphCheck(igraph_density(ig.get(), &density, false), "igraph_density");
  EXPECT_NEAR(s.reciprocity * static_cast<double>(s.edges),
              reciprocity * static_cast<double>(s.edges - s.self_loops), 1e-9);
  if (s.self_loops == 0) EXPECT_NEAR(s.density, density, 1e-15);
  igraph_integer_t count = 0;
  testing::IgraphCheck(igraph_connected_components(ig.get(), nullptr, nullptr, &count, IGRAPH_WEAK),
                       "igraph_connected_components");
  EXPECT_EQ(s.weak_components, static_cast<std::uint64_t>(count));

  boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS> bg(g.num_nodes());
  for (AccountIndex u = 0; u < g.num_nodes(); ++u) {
    for (const AccountIndex v : g.OutNeighbors(u)) boost::add_edge(u, v, bg);
  }
  std::vector<int> component(g.num_nodes());
  const int bgl_count = boost::connected_components(bg, component.data());
  EXPECT_EQ(s.weak_components, static_cast<std::uint64_t>(bgl_count));
  // Same partition: two accounts share a component in ours iff they do in BGL's.
  std::vector<int> ours_to_bgl(s.weak_components, -1);
  for (std::size_t i = 0; i < component.size(); ++i) {
    int& mapped = ours_to_bgl[s.weak_component[i]];
    if (mapped < 0) mapped = component[i];
    ASSERT_EQ(mapped, component[i]) << "account " << i;
  }
}

TEST(SummaryTest, RandomGraphsMatchIgraphAndBgl) {
  for (int seed = 1; seed <= 4; ++seed) {
    std::mt19937_64 rng(seed);
    const int n = 200 * seed;
    std::uniform_int_distribution<int> node(0, n - 1);
    std::vector<Interaction> edges;
    for (int i = 0; i < n; ++i) {
      const auto u = static_cast<AccountIndex>(node(rng));
      const auto v = static_cast<AccountIndex>(node(rng));
      if (u != v) edges.push_back({u, v, kNoTime, 1, EdgeKind::kMention});
      if (i % 3 == 0 && u != v) edges.push_back({v, u, kNoTime, 1, EdgeKind::kReply});
    }
    CheckAgainstPeers(BuildGraph(n, edges, kAllKinds));
  }
}

TEST(SummaryTest, HiggsReplyNetworkMatchesIgraphAndBgl) {
  AGENCYNET_REQUIRE_DATA(data);
  std::size_t n = 0;
  const auto edges = testing::ReadEdgeListForTest(
      data / "edgelists/snap-higgs/higgs-reply_network.edgelist", EdgeKind::kReply, n);
  ASSERT_EQ(edges.size(), 32523u);
  CheckAgainstPeers(BuildGraph(n, edges, kAllKinds));
}

}  // namespace
}  // namespace agencynet
