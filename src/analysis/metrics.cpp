#include "analysis/metrics.hpp"

namespace agencynet {

AccountMetrics ComputeMetrics(const LayeredGraph& graph) {
  AccountMetrics m;
  m.degree = ComputeDegrees(graph.combined);
  m.pagerank = PageRank(graph.combined);
  m.betweenness = Betweenness(graph.combined);
  m.closeness = Closeness(graph.combined);
  m.eigenvector = Eigenvector(graph.combined);
  m.hits = Hits(graph.combined);
  m.coreness = Coreness(graph.combined);
  m.communities = Communities(graph.combined);
  m.constraint = Constraint(graph.combined);
  m.clustering = Clustering(graph.combined);
  m.summary = Summarize(graph.combined);
  return m;
}

}  // namespace agencynet
