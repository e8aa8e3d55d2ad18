#include "analysis/degree.hpp"

namespace agencynet {

DegreeResult ComputeDegrees(const CsrGraph& graph) {
  const std::size_t n = graph.num_nodes();
  DegreeResult r;
  r.in_degree.assign(n, 0);
  r.out_degree.assign(n, 0);
  r.in_weight.assign(n, 0);
  r.out_weight.assign(n, 0);
  for (AccountIndex u = 0; u < n; ++u) {
    r.out_degree[u] = static_cast<std::uint32_t>(graph.OutDegree(u));
    r.in_degree[u] = static_cast<std::uint32_t>(graph.InDegree(u));
    for (EdgeIndex e = graph.EdgeBegin(u); e < graph.EdgeEnd(u); ++e) {
      r.out_weight[u] += graph.weight(e);
      r.in_weight[graph.target(e)] += graph.weight(e);
    }
  }
  return r;
}

}  // namespace agencynet
