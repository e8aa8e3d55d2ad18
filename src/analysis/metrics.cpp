#include "analysis/metrics.hpp"

namespace agencynet {

AccountMetrics ComputeMetrics(const LayeredGraph& graph, const MetricsOptions& options) {
  AccountMetrics m;
  m.degree = ComputeDegrees(graph.combined);
  m.pagerank = PageRank(graph.combined);
  m.betweenness = UseExact(graph.combined, options.betweenness)
                      ? Betweenness(graph.combined)
                      : ApproxBetweenness(graph.combined, options.betweenness_params);
  m.closeness = UseExact(graph.combined, options.closeness)
                    ? Closeness(graph.combined)
                    : SampledCloseness(graph.combined, options.closeness_params);
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
