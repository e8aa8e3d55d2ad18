#include "analysis/clustering.hpp"

#include <algorithm>
#include <vector>

#include "analysis/communities.hpp"

namespace agencynet {

ClusteringResult Clustering(const CsrGraph& graph) {
  const std::size_t n = graph.num_nodes();
  std::vector<std::pair<std::uint32_t, std::uint32_t>> edges;
  std::vector<double> weights;
  UndirectedProjection(graph, edges, weights);
  // Sorted neighbour lists of the simple undirected graph.
  std::vector<std::size_t> start(n + 1, 0);
  for (const auto& [u, v] : edges) {
    ++start[u + 1];
    ++start[v + 1];
  }
  for (std::size_t i = 0; i < n; ++i) start[i + 1] += start[i];
  std::vector<AccountIndex> adjacency(start[n]);
  {
    std::vector<std::size_t> fill(start.begin(), start.end() - 1);
    for (const auto& [u, v] : edges) {
      adjacency[fill[u]++] = v;
      adjacency[fill[v]++] = u;
    }
  }
  for (std::size_t u = 0; u < n; ++u) {
    std::sort(adjacency.begin() + static_cast<std::ptrdiff_t>(start[u]),
              adjacency.begin() + static_cast<std::ptrdiff_t>(start[u + 1]));
  }
  // Triangles through each account: for each tie (u, v), the contacts they share.
  std::vector<std::uint64_t> triangles(n, 0);
  for (const auto& [u, v] : edges) {
    auto a = adjacency.begin() + static_cast<std::ptrdiff_t>(start[u]);
    const auto a_end = adjacency.begin() + static_cast<std::ptrdiff_t>(start[u + 1]);
    auto b = adjacency.begin() + static_cast<std::ptrdiff_t>(start[v]);
    const auto b_end = adjacency.begin() + static_cast<std::ptrdiff_t>(start[v + 1]);
    while (a != a_end && b != b_end) {
      if (*a < *b) {
        ++a;
      } else if (*b < *a) {
        ++b;
      } else {
        // Triangle u-v-w, seen once from each of its three ties: credit w here, u and v from
        // the other two.
        ++triangles[*a];
        ++a;
        ++b;
      }
    }
  }
  ClusteringResult r;
  std::uint64_t closed = 0, triples = 0;
  double local_sum = 0;
  for (std::size_t u = 0; u < n; ++u) {
    const std::uint64_t d = start[u + 1] - start[u];
    const std::uint64_t possible = d * (d - (d > 0 ? 1 : 0)) / 2;
    closed += triangles[u];
    triples += possible;
    if (possible > 0)
      local_sum += static_cast<double>(triangles[u]) / static_cast<double>(possible);
  }
  r.triangles = closed / 3;
  r.transitivity = triples > 0 ? static_cast<double>(closed) / static_cast<double>(triples) : 0.0;
  r.average_clustering = n > 0 ? local_sum / static_cast<double>(n) : 0.0;
  return r;
}

}  // namespace agencynet
