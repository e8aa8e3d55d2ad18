#include "analysis/pagerank.hpp"

#include <algorithm>
#include <cmath>
#include <stdexcept>

#include "analysis/parallel.hpp"

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
  constexpr std::size_t kChunk = 8192;
  const std::size_t chunks = (n + kChunk - 1) / kChunk;
  std::vector<double> chunk_change(chunks, 0.0);
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
    // Accounts in fixed chunks over the threads; the chunks' changes add up in order, so the
    // result does not depend on the thread count.
    double change = 0.0;
    ParallelChunks(
        chunks,
        [&](std::size_t c) {
          double chunk = 0.0;
          const std::size_t end = std::min(n, (c + 1) * kChunk);
          for (std::size_t v = c * kChunk; v < end; ++v) {
            const double base =
                (1.0 - params.damping) * restart[v] + params.damping * dangling * restart[v];
            double sum = 0.0;
            const auto sources = graph.InNeighbors(static_cast<AccountIndex>(v));
            const auto weights = graph.InWeights(static_cast<AccountIndex>(v));
            for (std::size_t i = 0; i < sources.size(); ++i) {
              sum += contribution[sources[i]] * weights[i];
            }
            next[v] = base + params.damping * sum;
            chunk += std::fabs(next[v] - rank[v]);
          }
          chunk_change[c] = chunk;
        },
        [&](std::size_t c) { change += chunk_change[c]; });
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
