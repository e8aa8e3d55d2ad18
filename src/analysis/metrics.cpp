#include "analysis/metrics.hpp"

namespace agencynet {

AccountMetrics ComputeMetrics(const LayeredGraph& graph) {
  AccountMetrics m;
  m.degree = ComputeDegrees(graph.combined);
  m.pagerank = PageRank(graph.combined);
  m.summary = Summarize(graph.combined);
  return m;
}

}  // namespace agencynet
