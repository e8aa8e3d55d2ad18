#include "analysis/closeness.hpp"

#include <algorithm>

#include "analysis/parallel.hpp"

namespace agencynet {

ClosenessResult Closeness(const CsrGraph& graph) {
  const std::size_t n = graph.num_nodes();
  ClosenessResult result;
  result.closeness.assign(n, 0.0);
  result.harmonic.assign(n, 0.0);
  // Per account: how many reach it, their summed distance, the farthest; added up after.
  std::vector<std::uint64_t> reached_by(n, 0), distance_sum(n, 0), farthest(n, 0);
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
      reached_by[target] = queue.size() - 1;
      distance_sum[target] = total;
      farthest[target] = static_cast<std::uint64_t>(distance[queue.back()]);
      for (const AccountIndex v : queue) distance[v] = -1;
      const double reached = static_cast<double>(queue.size() - 1);
      if (total > 0 && n > 1) {
        result.closeness[target] =
            (reached / static_cast<double>(total)) * (reached / static_cast<double>(n - 1));
      }
      result.harmonic[target] = harmonic;
    }
  });
  std::uint64_t pairs = 0, sum = 0;
  for (std::size_t v = 0; v < n; ++v) {
    pairs += reached_by[v];
    sum += distance_sum[v];
    result.diameter = std::max(result.diameter, farthest[v]);
  }
  if (pairs > 0) result.average_distance = static_cast<double>(sum) / static_cast<double>(pairs);
  return result;
}

}  // namespace agencynet
