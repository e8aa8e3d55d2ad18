// Reach along information flow: the flow graph's directions by hand, exact reach against igraph's
// neighborhood sizes, and HyperBall's estimates against exact reach on the Higgs networks for
// the relative error it states.
#include "analysis/reach.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

#include "analysis/parallel.hpp"
#include "core/dataset.hpp"
#include "igraph_adapter.hpp"
#include "test_support.hpp"

namespace agencynet {
namespace {

CsrGraph HiggsFlow(const std::string& network) {
  std::size_t n = 0;
  const std::vector<Interaction> edges = testing::HiggsEdges(network, n);
  return BuildFlowGraph(n, edges, kAllKinds);
}

TEST(ReachTest, FlowRunsAgainstFollowsRepostsQuotesAndAlongMentionsReplies) {
  // 0 follows 1, 2 reposts 1, 3 quotes 2, 1 mentions 4, 4 replies to 5.
  const std::vector<Interaction> interactions = {
      {0, 1, kNoTime, 1, EdgeKind::kFollow}, {2, 1, kNoTime, 1, EdgeKind::kRetweet},
      {3, 2, kNoTime, 1, EdgeKind::kQuote},  {1, 4, kNoTime, 1, EdgeKind::kMention},
      {4, 5, kNoTime, 1, EdgeKind::kReply},
  };
  const CsrGraph flow = BuildFlowGraph(6, interactions, kAllKinds);
  // 1's posts reach its follower 0, its reposter 2 and the account it mentions, 4.
  EXPECT_EQ(std::vector<AccountIndex>(flow.OutNeighbors(1).begin(), flow.OutNeighbors(1).end()),
            (std::vector<AccountIndex>{0, 2, 4}));
  EXPECT_EQ(flow.OutNeighbors(2)[0], 3u);  // 2's repost reaches 3, who quoted it
  EXPECT_EQ(flow.OutNeighbors(4)[0], 5u);
  EXPECT_EQ(flow.OutDegree(0), 0u);
  const ReachResult r = Reach(flow, {.hops = 3, .method = Estimate::kExact});
  EXPECT_TRUE(r.exact);
  EXPECT_EQ(r.within[0][1], 3);  // 0, 2, 4
  EXPECT_EQ(r.within[1][1], 5);  // and 3 (through 2), 5 (through 4)
  EXPECT_EQ(r.within[2][1], 5);
  EXPECT_EQ(r.within[1][2], 1);
  // Only the selected layers: without mentions, 1 reaches 0, 2 and then 3.
  const CsrGraph no_mentions =
      BuildFlowGraph(6, interactions, kAllKinds & ~KindBit(EdgeKind::kMention));
  EXPECT_EQ(Reach(no_mentions, {.method = Estimate::kExact}).within[1][1], 3);
}

// Exact reach against igraph_neighborhood_size (order k, out-neighbours, self excluded).
void CheckAgainstIgraph(const CsrGraph& flow, int hops) {
  const ReachResult ours = Reach(flow, {.hops = hops, .method = Estimate::kExact});
  testing::IgraphGraph ig(flow);
  for (int k = 1; k <= hops; ++k) {
    igraph_vector_int_t sizes;
    igraph_vector_int_init(&sizes, 0);
    testing::IgraphCheck(
        igraph_neighborhood_size(ig.get(), &sizes, igraph_vss_all(), k, IGRAPH_OUT, 1),
        "igraph_neighborhood_size");
    std::size_t differ = 0;
    for (std::size_t v = 0; v < flow.num_nodes(); ++v) {
      differ += ours.within[k - 1][v] != static_cast<double>(VECTOR(sizes)[v]);
    }
    EXPECT_EQ(differ, 0u) << "hops " << k;
    igraph_vector_int_destroy(&sizes);
  }
}

TEST(ReachTest, ExactMatchesIgraphOnHiggs) {
  AGENCYNET_REQUIRE_DATA(data);
  CheckAgainstIgraph(HiggsFlow("mention"), 3);
  CheckAgainstIgraph(HiggsFlow("reply"), 4);
}

// HyperBall against exact reach: the relative errors of accounts reaching many behave like the
// stated standard error σ = 1.04/√(2^p).
void CheckHyperBall(const CsrGraph& flow, int precision) {
  const ReachResult exact = Reach(flow, {.hops = 3, .method = Estimate::kExact});
  const ReachResult est =
      Reach(flow, {.hops = 3, .method = Estimate::kSampled, .precision = precision});
  ASSERT_FALSE(est.exact);
  const double sigma = est.relative_error;
  EXPECT_DOUBLE_EQ(sigma, 1.04 / std::sqrt(std::ldexp(1.0, precision)));
  for (int k = 1; k < 3; ++k) {
    double sum_abs = 0;
    std::size_t counted = 0, outside = 0;
    for (std::size_t v = 0; v < flow.num_nodes(); ++v) {
      const double truth = exact.within[k][v];
      if (truth < 100) continue;
      const double rel = std::fabs(est.within[k][v] - truth) / truth;
      sum_abs += rel;
      ++counted;
      outside += rel > 3 * sigma;
    }
    ASSERT_GT(counted, 100u) << "too few accounts reach 100 in " << k + 1 << " hops";
    // For normal errors the mean |error| is 0.8σ and 0.3% fall beyond 3σ.
    EXPECT_LT(sum_abs / static_cast<double>(counted), 1.25 * sigma) << "hops " << k + 1;
    EXPECT_LT(static_cast<double>(outside), 0.01 * static_cast<double>(counted))
        << "hops " << k + 1;
  }
  // Reach 1 is exact either way.
  EXPECT_EQ(est.within[0], exact.within[0]);
}

TEST(ReachTest, HyperBallWithinItsStatedErrorOnHiggs) {
  AGENCYNET_REQUIRE_DATA(data);
  const CsrGraph mention = HiggsFlow("mention");
  CheckHyperBall(mention, 7);
  CheckHyperBall(mention, 10);
}

TEST(ReachTest, SameWhateverTheThreadCountAndChosenBySize) {
  AGENCYNET_REQUIRE_DATA(data);
  const CsrGraph flow = HiggsFlow("mention");
  SetThreadCount(1);
  const ReachResult one = Reach(flow, {.method = Estimate::kSampled});
  const ReachResult one_exact = Reach(flow, {.method = Estimate::kExact});
  SetThreadCount(3);
  const ReachResult three = Reach(flow, {.method = Estimate::kSampled});
  const ReachResult three_exact = Reach(flow, {.method = Estimate::kExact});
  SetThreadCount(0);
  EXPECT_EQ(one.within, three.within);
  EXPECT_EQ(one_exact.within, three_exact.within);
  // Two hops on Higgs are cheap: auto picks the exact searches.
  EXPECT_LT(TwoHopWork(flow), kExactWork);
  EXPECT_TRUE(Reach(flow).exact);
  EXPECT_THROW(Reach(flow, {.hops = 0}), std::invalid_argument);
  EXPECT_THROW(Reach(flow, {.precision = 3}), std::invalid_argument);
}

}  // namespace
}  // namespace agencynet
