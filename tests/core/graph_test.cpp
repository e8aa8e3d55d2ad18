#include "core/graph.hpp"

#include <gtest/gtest.h>

#include "core/dataset.hpp"

namespace agencynet {
namespace {

//   0 --mention x2 (t=50, t=10)--> 1
//   0 --retweet (t=30)-----------> 1
//   2 --reply (no time)----------> 0
//   1 --mention (t=20)-----------> 2
std::vector<Interaction> Sample() {
  return {
      {0, 1, 50, 1, EdgeKind::kMention}, {2, 0, kNoTime, 1, EdgeKind::kReply},
      {0, 1, 10, 1, EdgeKind::kMention}, {1, 2, 20, 1, EdgeKind::kMention},
      {0, 1, 30, 1, EdgeKind::kRetweet},
  };
}

TEST(GraphTest, MergesDuplicatesIntoWeightAndTimeSpan) {
  const auto interactions = Sample();
  const CsrGraph g = BuildGraph(3, interactions, KindBit(EdgeKind::kMention));
  ASSERT_EQ(g.num_nodes(), 3u);
  ASSERT_EQ(g.num_edges(), 2u);
  ASSERT_EQ(g.OutDegree(0), 1u);
  const EdgeIndex e = g.EdgeBegin(0);
  EXPECT_EQ(g.target(e), 1u);
  EXPECT_EQ(g.weight(e), 2u);
  EXPECT_EQ(g.first_seen(e), 10);
  EXPECT_EQ(g.last_seen(e), 50);
}

TEST(GraphTest, UnionOfLayersSumsWeightsAndKeepsReverseAdjacency) {
  const auto interactions = Sample();
  const LayeredGraph lg = BuildLayeredGraph(3, interactions, kAllKinds);
  EXPECT_EQ(lg.layers[static_cast<int>(EdgeKind::kRetweet)].num_edges(), 1u);
  const CsrGraph& g = lg.combined;
  ASSERT_EQ(g.num_edges(), 3u);  // 0->1 (3), 1->2 (1), 2->0 (1)
  EXPECT_EQ(g.weight(g.EdgeBegin(0)), 3u);
  EXPECT_EQ(g.first_seen(g.EdgeBegin(0)), 10);
  const EdgeIndex reply = g.EdgeBegin(2);
  EXPECT_EQ(g.first_seen(reply), kNoTime);
  ASSERT_EQ(g.InDegree(1), 1u);
  EXPECT_EQ(g.InNeighbors(1)[0], 0u);
  EXPECT_EQ(g.InWeights(1)[0], 3u);
  EXPECT_EQ(g.InNeighbors(0)[0], 2u);
}

TEST(GraphTest, UnweightedUntimedGraphStoresEightBytesAnEdge) {
  std::vector<Interaction> interactions;
  for (AccountIndex u = 0; u < 100; ++u) {
    for (AccountIndex k = 1; k <= 10; ++k) {
      interactions.push_back({u, (u + k) % 100, kNoTime, 1, EdgeKind::kMention});
    }
  }
  const CsrGraph g = BuildGraph(100, interactions, kAllKinds);
  ASSERT_EQ(g.num_edges(), 1000u);
  EXPECT_FALSE(g.weighted());
  EXPECT_EQ(g.weight(g.EdgeBegin(3)), 1u);
  EXPECT_EQ(g.InWeights(7)[4], 1u);
  EXPECT_EQ(g.OutWeights(7).size(), 10u);
  EXPECT_EQ(g.first_seen(0), kNoTime);
  // Targets and sources only, plus two offset arrays.
  EXPECT_EQ(g.MemoryBytes(), 1000 * 8 + 2 * 101 * sizeof(EdgeIndex));

  interactions[5].weight = 2;  // one heavier edge: weights kept both ways, 16 bytes an edge
  const CsrGraph weighted = BuildGraph(100, interactions, kAllKinds);
  EXPECT_TRUE(weighted.weighted());
  EXPECT_EQ(weighted.MemoryBytes(), 1000 * 16 + 2 * 101 * sizeof(EdgeIndex));
}

TEST(GraphTest, EmptyGraph) {
  const CsrGraph g = BuildGraph(0, {}, kAllKinds);
  EXPECT_EQ(g.num_nodes(), 0u);
  EXPECT_EQ(g.num_edges(), 0u);
}

}  // namespace
}  // namespace agencynet
