#include "analysis/closeness.hpp"

#include "analysis/parallel.hpp"

namespace agencynet {

ClosenessResult Closeness(const CsrGraph& graph) {
  const std::size_t n = graph.num_nodes();
  ClosenessResult result;
  result.closeness.assign(n, 0.0);
  result.harmonic.assign(n, 0.0);
  constexpr std::size_t kChunk = 64;
  ParallelChunks((n + kChunk - 1) / kChunk, [&](std::size_t c) {
    thread_local std::vector<std::int64_t> distance;
    thread_local std::vector<AccountIndex> queue;
    if (distance.size() != n) distance.assign(n, -1);
    const std::size_t end = std::min(n, (c + 1) * kChunk);
    for (std::size_t target = c * kChunk; target < end; ++target) {
      // Breadth-first search against the arrows: distances from every account to `target`.
      queue.clear();
      queue.push_back(static_cast<AccountIndex>(target));
      distance[target] = 0;
      std::uint64_t total = 0;
      double harmonic = 0;
      for (std::size_t head = 0; head < queue.size(); ++head) {
        const AccountIndex v = queue[head];
        for (const AccountIndex u : graph.InNeighbors(v)) {
          if (distance[u] >= 0) continue;
          distance[u] = distance[v] + 1;
          total += static_cast<std::uint64_t>(distance[u]);
          harmonic += 1.0 / static_cast<double>(distance[u]);
          queue.push_back(u);
        }
      }
      for (const AccountIndex v : queue) distance[v] = -1;
      const double reached = static_cast<double>(queue.size() - 1);
      if (total > 0 && n > 1) {
        result.closeness[target] =
            (reached / static_cast<double>(total)) * (reached / static_cast<double>(n - 1));
      }
      result.harmonic[target] = harmonic;
    }
  });
  return result;
}

}  // namespace agencynet
