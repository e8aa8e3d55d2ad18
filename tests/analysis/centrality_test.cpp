// Betweenness, closeness, harmonic, coreness, constraint, communities and strong components:
// small graphs with values worked out by hand, igraph in-process on random graphs and the Higgs
// reply network, and NetworkX values for the bundled sample saved by scripts/make-golden-metrics.
#include <gtest/gtest.h>

#include <cmath>
#include <map>
#include <random>

#include "analysis/betweenness.hpp"
#include "analysis/closeness.hpp"
#include "analysis/communities.hpp"
#include "analysis/constraint.hpp"
#include "analysis/coreness.hpp"
#include "analysis/metrics.hpp"
#include "analysis/pagerank.hpp"
#include "analysis/parallel.hpp"
#include "analysis/summary.hpp"
#include "core/dataset.hpp"
#include "igraph_adapter.hpp"
#include "io/csv.hpp"
#include "io/input.hpp"
#include "io/load.hpp"
#include "test_support.hpp"

namespace agencynet {
namespace {

using testing::MakeGraph;
constexpr auto& Graph = MakeGraph;

//   0 -> 1 -> 2 -> 3        a directed path: 1 lies on 0->2, 0->3 (2 paths), 2 on 0->3, 1->3
TEST(CentralityTest, PathByHand) {
  const CsrGraph g = Graph(4, {{0, 1, 1}, {1, 2, 1}, {2, 3, 1}});
  EXPECT_EQ(Betweenness(g).scores, (std::vector<double>{0, 2, 2, 0}));
  const ClosenessResult c = Closeness(g);
  // Account 3 is reached by 0, 1, 2 at distances 3, 2, 1: closeness 3/6 * 3/3, harmonic 11/6.
  EXPECT_DOUBLE_EQ(c.closeness[3], 0.5);
  EXPECT_DOUBLE_EQ(c.harmonic[3], 1.0 / 3 + 0.5 + 1.0);
  // Account 1 is reached by 0 only: (1/1) * (1/3).
  EXPECT_DOUBLE_EQ(c.closeness[1], 1.0 / 3);
  EXPECT_EQ(c.closeness[0], 0.0);
  EXPECT_EQ(Coreness(g).coreness, (std::vector<std::uint32_t>{1, 1, 1, 1}));
}

//   0 -> 1, 0 -> 2, 1 -> 3, 2 -> 3: two shortest paths 0 -> 3, one through each of 1 and 2.
TEST(CentralityTest, DiamondSplitsPathsEqually) {
  const CsrGraph g = Graph(4, {{0, 1, 1}, {0, 2, 1}, {1, 3, 1}, {2, 3, 1}});
  EXPECT_EQ(Betweenness(g).scores, (std::vector<double>{0, 0.5, 0.5, 0}));
}

//   a triangle 0-1-2 (each pair both ways) and a pendant 3 -> 0: total degrees 5,4,4,1.
TEST(CentralityTest, CorenessOnTotalDegree) {
  const CsrGraph g =
      Graph(4, {{0, 1, 1}, {1, 0, 1}, {1, 2, 1}, {2, 1, 1}, {0, 2, 1}, {2, 0, 1}, {3, 0, 1}});
  EXPECT_EQ(Coreness(g).coreness, (std::vector<std::uint32_t>{4, 4, 4, 1}));
}

//   a star: 0 <-> 1, 0 <-> 2, 0 <-> 3 (weight 1 each way). The centre's contacts are not tied
//   to each other: constraint 3 * (1/3)^2 = 1/3; each leaf has one contact: constraint 1.
TEST(CentralityTest, ConstraintOfAStar) {
  const CsrGraph g = Graph(5, {{0, 1, 1}, {1, 0, 1}, {0, 2, 1}, {2, 0, 1}, {0, 3, 1}, {3, 0, 1}});
  const ConstraintResult c = Constraint(g);
  EXPECT_DOUBLE_EQ(c.constraint[0], 1.0 / 3);
  EXPECT_DOUBLE_EQ(c.constraint[1], 1.0);
  EXPECT_TRUE(std::isnan(c.constraint[4]));  // isolated
  // No contact of the centre knows another: effective size 3; a leaf's only contact: 1.
  EXPECT_DOUBLE_EQ(c.effective_size[0], 3.0);
  EXPECT_DOUBLE_EQ(c.effective_size[1], 1.0);
  EXPECT_TRUE(std::isnan(c.effective_size[4]));
}

//   two triangles joined by one edge: Louvain finds the two triangles.
TEST(CentralityTest, CommunitiesOfTwoTriangles) {
  const CsrGraph g =
      Graph(6, {{0, 1, 1}, {1, 2, 1}, {2, 0, 1}, {3, 4, 1}, {4, 5, 1}, {5, 3, 1}, {2, 3, 1}});
  for (const CommunityMethod method : {CommunityMethod::kLouvain, CommunityMethod::kLeiden}) {
    const CommunityResult r = Communities(g, CommunityParams{.method = method});
    EXPECT_EQ(r.count, 2u);
    EXPECT_EQ(r.community, (std::vector<std::uint32_t>{0, 0, 0, 1, 1, 1}));
    // Q = 2 * (3/7 - (7/14)^2) = 5/14.
    EXPECT_NEAR(r.modularity, 5.0 / 14, 1e-12);
  }
}

CsrGraph RandomGraph(int seed, int n, int m) {
  std::mt19937_64 rng(seed);
  std::uniform_int_distribution<int> node(0, n - 1);
  std::uniform_int_distribution<int> weight(1, 4);
  std::vector<std::tuple<int, int, int>> edges;
  for (int i = 0; i < m; ++i) {
    const int u = node(rng), v = node(rng);
    if (u != v) edges.emplace_back(u, v, weight(rng));
  }
  return Graph(n, edges);
}

std::vector<double> IgraphVectorOf(const std::function<igraph_error_t(igraph_vector_t*)>& call) {
  igraph_vector_t v;
  igraph_vector_init(&v, 0);
  testing::IgraphCheck(call(&v), "igraph");
  std::vector<double> out(VECTOR(v), VECTOR(v) + igraph_vector_size(&v));
  igraph_vector_destroy(&v);
  return out;
}

// Every kernel against igraph on the same graph.
void CheckAgainstIgraph(const CsrGraph& g) {
  const std::size_t n = g.num_nodes();
  testing::IgraphGraph ig(g);
  const auto betweenness = IgraphVectorOf([&](igraph_vector_t* v) {
    return igraph_betweenness(ig.get(), v, igraph_vss_all(), true, nullptr);
  });
  const BetweennessResult ours = Betweenness(g);
  for (std::size_t i = 0; i < n; ++i) {
    EXPECT_NEAR(ours.scores[i], betweenness[i], 1e-9 * std::max(1.0, betweenness[i])) << i;
  }
  // igraph's normalised closeness is (r-1)/Σd over the r-1 accounts that reach one; the
  // Wasserman–Faust correction multiplies by (r-1)/(n-1).
  igraph_vector_int_t reached;
  igraph_vector_int_init(&reached, 0);
  const auto closeness = IgraphVectorOf([&](igraph_vector_t* v) {
    return igraph_closeness(ig.get(), v, &reached, nullptr, igraph_vss_all(), IGRAPH_IN, nullptr,
                            true);
  });
  const auto harmonic = IgraphVectorOf([&](igraph_vector_t* v) {
    return igraph_harmonic_centrality(ig.get(), v, igraph_vss_all(), IGRAPH_IN, nullptr, false);
  });
  const ClosenessResult c = Closeness(g);
  for (std::size_t i = 0; i < n; ++i) {
    const double r = static_cast<double>(VECTOR(reached)[i]);
    const double want = r > 0 ? closeness[i] * r / static_cast<double>(n - 1) : 0.0;
    EXPECT_NEAR(c.closeness[i], want, 1e-12) << i;
    EXPECT_NEAR(c.harmonic[i], harmonic[i], 1e-9) << i;
  }
  igraph_vector_int_destroy(&reached);
  igraph_vector_int_t cores;
  igraph_vector_int_init(&cores, 0);
  testing::IgraphCheck(igraph_coreness(ig.get(), &cores, IGRAPH_ALL), "igraph_coreness");
  const CorenessResult k = Coreness(g);
  for (std::size_t i = 0; i < n; ++i) EXPECT_EQ(k.coreness[i], VECTOR(cores)[i]) << i;
  igraph_vector_int_destroy(&cores);
  const auto constraint = IgraphVectorOf([&](igraph_vector_t* v) {
    return igraph_constraint(ig.get(), v, igraph_vss_all(), ig.weights());
  });
  const ConstraintResult b = Constraint(g);
  for (std::size_t i = 0; i < n; ++i) {
    if (std::isnan(b.constraint[i])) {
      EXPECT_TRUE(std::isnan(constraint[i]) || constraint[i] == 0) << i;
    } else {
      EXPECT_NEAR(b.constraint[i], constraint[i], 1e-10) << i;
    }
  }
}

TEST(CentralityTest, RandomGraphsMatchIgraph) {
  for (int seed = 1; seed <= 3; ++seed)
    CheckAgainstIgraph(RandomGraph(seed, 150 * seed, 600 * seed));
}

TEST(CentralityTest, HiggsReplyNetworkMatchesIgraph) {
  AGENCYNET_REQUIRE_DATA(data);
  CheckAgainstIgraph(testing::HiggsGraph("reply"));
}

TEST(CentralityTest, SameScoresWhateverTheThreadCount) {
  const CsrGraph g = RandomGraph(7, 3000, 12000);
  const CsrGraph big = RandomGraph(8, 40000, 160000);  // several PageRank chunks
  SetThreadCount(1);
  const PageRankResult one_p = PageRank(big);
  SetThreadCount(3);
  const PageRankResult three_p = PageRank(big);
  EXPECT_EQ(one_p.scores, three_p.scores);
  EXPECT_EQ(one_p.iterations, three_p.iterations);
  SetThreadCount(1);
  const BetweennessResult one = Betweenness(g);
  const ClosenessResult one_c = Closeness(g);
  SetThreadCount(3);
  const BetweennessResult three = Betweenness(g);
  const ClosenessResult three_c = Closeness(g);
  SetThreadCount(0);
  EXPECT_EQ(one.scores, three.scores);  // bit for bit
  EXPECT_EQ(one_c.closeness, three_c.closeness);
  EXPECT_EQ(one_c.harmonic, three_c.harmonic);
}

// The sample's combined graph against NetworkX 2.8 (graphs/expected/networkx-*.{csv.gz,json},
// written by scripts/make-golden-metrics).
TEST(CentralityTest, SampleMatchesNetworkxGoldenValues) {
  const auto root = testing::SourceDir();
  Dataset dataset;
  LoadFile((root / "graphs/sample/tweets.jsonl.gz").string(), dataset);
  const Network net = Network::Resolve(std::move(dataset));
  const LayeredGraph graph = BuildLayeredGraph(net.accounts.size(), net.interactions, kAllKinds);
  const AccountMetrics m = ComputeMetrics(graph);

  const std::string text =
      ReadInputFile((root / "graphs/expected/networkx-metrics.csv.gz").string());
  CsvReader reader(text);
  std::vector<std::string> row;
  ASSERT_TRUE(reader.Next(row));
  ASSERT_EQ(row.size(), 11u);
  ASSERT_FALSE(m.eigenvector.scores.empty()) << m.eigenvector.reason;
  ASSERT_FALSE(m.hits.hubs.empty()) << m.hits.reason;
  std::size_t rows = 0;
  while (reader.Next(row)) {
    const AccountIndex a = net.accounts.FindId(Platform::kTwitter, row[0]);
    ASSERT_NE(a, kNoAccount) << row[0];
    ++rows;
    EXPECT_NEAR(m.pagerank.scores[a], std::stod(row[1]), 1e-12) << row[0];
    const double b = std::stod(row[2]);
    EXPECT_NEAR(m.betweenness.scores[a], b, 1e-9 * std::max(1.0, b)) << row[0];
    EXPECT_NEAR(m.closeness.closeness[a], std::stod(row[3]), 1e-12) << row[0];
    EXPECT_NEAR(m.closeness.harmonic[a], std::stod(row[4]), 1e-9) << row[0];
    EXPECT_NEAR(m.eigenvector.scores[a], std::stod(row[5]), 1e-10) << row[0];
    EXPECT_NEAR(m.hits.hubs[a], std::stod(row[6]), 1e-10) << row[0];
    EXPECT_NEAR(m.hits.authorities[a], std::stod(row[7]), 1e-10) << row[0];
    EXPECT_EQ(m.coreness.coreness[a], std::stoul(row[8])) << row[0];
    // NetworkX leaves accounts with no out-edges without a constraint (it looks at successors
    // only); agencynet computes it over neighbours in either direction, as Burt defines it.
    if (!row[9].empty()) {
      EXPECT_NEAR(m.constraint.constraint[a], std::stod(row[9]), 1e-10) << row[0];
    }
    if (!row[10].empty()) {
      EXPECT_NEAR(m.constraint.effective_size[a], std::stod(row[10]), 1e-9) << row[0];
    }
  }
  EXPECT_EQ(rows, net.accounts.size());
  const std::string summary = testing::ReadText(root / "graphs/expected/networkx-summary.json");
  auto number = [&](const std::string& key) {
    const auto at = summary.find("\"" + key + "\": ");
    EXPECT_NE(at, std::string::npos) << key;
    return std::stod(summary.substr(at + key.size() + 4));
  };
  EXPECT_NEAR(m.communities.modularity, number("modularity"), 1e-12);
  EXPECT_NEAR(m.summary.reciprocity, number("reciprocity"), 1e-15);
  EXPECT_NEAR(m.summary.density, number("density"), 1e-15);
  EXPECT_EQ(m.summary.weak_components, number("weak_components"));
  EXPECT_EQ(m.summary.strong_components, number("strong_components"));
}

}  // namespace
}  // namespace agencynet

#include "analysis/clustering.hpp"

namespace agencynet {
namespace {

//   a triangle 0-1-2 (one direction each) with a tail 2 -> 3: 1 triangle; triples: 0 and 1 have
//   one each, 2 has three (contacts 0, 1, 3): transitivity 3/5; local 1, 1, 1/3, 0.
TEST(ClusteringTest, TriangleWithATailByHand) {
  const CsrGraph g = Graph(4, {{0, 1, 1}, {1, 2, 1}, {2, 0, 1}, {2, 3, 1}});
  const ClusteringResult c = Clustering(g);
  EXPECT_EQ(c.triangles, 1u);
  EXPECT_DOUBLE_EQ(c.transitivity, 3.0 / 5);
  EXPECT_DOUBLE_EQ(c.average_clustering, (1 + 1 + 1.0 / 3) / 4);
  // Directed distances: 0->1 1, 0->2 2, 0->3 3, 1->2 1, 1->0 2, 1->3 2, 2->0 1, 2->1 2, 2->3 1.
  const ClosenessResult d = Closeness(g);
  EXPECT_EQ(d.diameter, 3u);
  EXPECT_DOUBLE_EQ(d.average_distance, 15.0 / 9);
}

void CheckDistancesAndClustering(const CsrGraph& g) {
  testing::IgraphGraph directed(g);
  igraph_real_t diameter = 0, average = 0, unconnected = 0;
  testing::IgraphCheck(
      igraph_diameter(directed.get(), &diameter, nullptr, nullptr, nullptr, nullptr, true, true),
      "igraph_diameter");
  testing::IgraphCheck(
      igraph_average_path_length(directed.get(), &average, &unconnected, true, true),
      "igraph_average_path_length");
  const ClosenessResult d = Closeness(g);
  EXPECT_EQ(static_cast<double>(d.diameter), diameter);
  EXPECT_NEAR(d.average_distance, average, 1e-12);
  std::vector<std::pair<std::uint32_t, std::uint32_t>> edges;
  std::vector<double> weights;
  UndirectedProjection(g, edges, weights);
  const agencynet::IgraphGraph undirected(g.num_nodes(), edges, weights, false);
  igraph_real_t transitivity = 0, average_local = 0;
  testing::IgraphCheck(
      igraph_transitivity_undirected(undirected.get(), &transitivity, IGRAPH_TRANSITIVITY_ZERO),
      "igraph_transitivity_undirected");
  testing::IgraphCheck(igraph_transitivity_avglocal_undirected(undirected.get(), &average_local,
                                                               IGRAPH_TRANSITIVITY_ZERO),
                       "igraph_transitivity_avglocal_undirected");
  const ClusteringResult c = Clustering(g);
  EXPECT_NEAR(c.transitivity, transitivity, 1e-12);
  EXPECT_NEAR(c.average_clustering, average_local, 1e-12);
}

TEST(ClusteringTest, RandomGraphsAndTheSampleMatchIgraph) {
  for (int seed = 1; seed <= 3; ++seed) {
    CheckDistancesAndClustering(RandomGraph(seed, 200 * seed, 900 * seed));
  }
  Dataset dataset;
  LoadFile((testing::SourceDir() / "graphs/sample/tweets.jsonl.gz").string(), dataset);
  const Network net = Network::Resolve(std::move(dataset));
  CheckDistancesAndClustering(BuildGraph(net.accounts.size(), net.interactions, kAllKinds));
}

TEST(ClusteringTest, HiggsReplyNetworkMatchesIgraph) {
  AGENCYNET_REQUIRE_DATA(data);
  CheckDistancesAndClustering(testing::HiggsGraph("reply"));
}

}  // namespace
}  // namespace agencynet
