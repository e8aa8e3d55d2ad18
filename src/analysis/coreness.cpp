#include "analysis/coreness.hpp"

#include <algorithm>

namespace agencynet {

CorenessResult Coreness(const CsrGraph& graph) {
  const std::size_t n = graph.num_nodes();
  std::vector<std::uint32_t> degree(n, 0);
  std::uint32_t max_degree = 0;
  for (AccountIndex u = 0; u < n; ++u) {
    std::uint32_t d = 0;
    for (const AccountIndex v : graph.OutNeighbors(u)) d += v != u;
    for (const AccountIndex v : graph.InNeighbors(u)) d += v != u;
    degree[u] = d;
    max_degree = std::max(max_degree, d);
  }
  // Accounts sorted by degree in buckets; `position` and `order` are each other's inverse.
  std::vector<std::uint32_t> bucket_start(max_degree + 2, 0);
  for (AccountIndex u = 0; u < n; ++u) ++bucket_start[degree[u] + 1];
  for (std::size_t d = 1; d < bucket_start.size(); ++d) bucket_start[d] += bucket_start[d - 1];
  std::vector<AccountIndex> order(n);
  std::vector<std::uint32_t> position(n);
  {
    std::vector<std::uint32_t> fill(bucket_start.begin(), bucket_start.end() - 1);
    for (AccountIndex u = 0; u < n; ++u) {
      position[u] = fill[degree[u]]++;
      order[position[u]] = u;
    }
  }
  auto lower = [&](AccountIndex w, AccountIndex done) {
    if (w == done || degree[w] <= degree[done]) return;
    // Swap w with the first account of its bucket, then shrink the bucket by one.
    const std::uint32_t d = degree[w];
    const std::uint32_t first = bucket_start[d];
    const AccountIndex other = order[first];
    std::swap(order[first], order[position[w]]);
    std::swap(position[other], position[w]);
    ++bucket_start[d];
    --degree[w];
  };
  for (std::size_t i = 0; i < n; ++i) {
    const AccountIndex u = order[i];
    for (const AccountIndex w : graph.OutNeighbors(u)) lower(w, u);
    for (const AccountIndex w : graph.InNeighbors(u)) lower(w, u);
  }
  return {std::move(degree)};
}

}  // namespace agencynet
