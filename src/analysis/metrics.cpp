#include "analysis/metrics.hpp"

#include <algorithm>

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
  ReachParams reach = options.reach;
  reach.hops = std::max(reach.hops, 2);  // the reach_1 and reach_2 columns
  m.reach = Reach(graph.flow, reach);
  return m;
}

}  // namespace agencynet
