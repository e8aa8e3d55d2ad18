#include "analysis/pagerank.hpp"

#include <cmath>
#include <stdexcept>

namespace agencynet {

PageRankResult PageRank(const CsrGraph& graph, const PageRankParams& params) {
  const std::size_t n = graph.num_nodes();
  PageRankResult result;
  if (n == 0) {
    result.converged = true;
    return result;
  }
  // Pull formulation over in-edges: each account gathers rank/out_weight from its sources, so
  // the sum order per account is fixed and the result does not depend on scheduling.
  std::vector<double> out_weight(n, 0.0);
  for (AccountIndex u = 0; u < n; ++u) {
    for (EdgeIndex e = graph.EdgeBegin(u); e < graph.EdgeEnd(u); ++e)
      out_weight[u] += graph.weight(e);
  }
  const double inv_n = 1.0 / static_cast<double>(n);
  // The restart distribution.
  std::vector<double> restart(n, inv_n);
  if (!params.personalization.empty()) {
    if (params.personalization.size() != n) {
      throw std::invalid_argument("personalization needs one weight per account");
    }
    double total = 0;
    for (const double w : params.personalization) total += w > 0 ? w : 0;
    if (total <= 0) throw std::invalid_argument("personalization weights sum to zero");
    for (std::size_t i = 0; i < n; ++i) {
      restart[i] = params.personalization[i] > 0 ? params.personalization[i] / total : 0;
    }
  }
  std::vector<double> rank(restart);
  std::vector<double> contribution(n, 0.0);
  std::vector<double> next(n, 0.0);
  for (int iter = 1; iter <= params.max_iterations; ++iter) {
    double dangling = 0.0;
    for (AccountIndex u = 0; u < n; ++u) {
      if (out_weight[u] > 0) {
        contribution[u] = rank[u] / out_weight[u];
      } else {
        contribution[u] = 0.0;
        dangling += rank[u];
      }
    }
    double change = 0.0;
    for (AccountIndex v = 0; v < n; ++v) {
      const double base =
          (1.0 - params.damping) * restart[v] + params.damping * dangling * restart[v];
      double sum = 0.0;
      const auto sources = graph.InNeighbors(v);
      const auto edges = graph.InEdges(v);
      for (std::size_t i = 0; i < sources.size(); ++i) {
        sum += contribution[sources[i]] * graph.weight(edges[i]);
      }
      next[v] = base + params.damping * sum;
      change += std::fabs(next[v] - rank[v]);
    }
    rank.swap(next);
    result.iterations = iter;
    if (change < params.tolerance) {
      result.converged = true;
      break;
    }
  }
  result.scores = std::move(rank);
  return result;
}

}  // namespace agencynet
