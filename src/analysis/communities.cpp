#include "analysis/communities.hpp"

#include <algorithm>
#include <numeric>

#include "analysis/igraph_graph.hpp"

namespace agencynet {

void UndirectedProjection(const CsrGraph& graph,
                          std::vector<std::pair<std::uint32_t, std::uint32_t>>& edges,
                          std::vector<double>& weights) {
  edges.clear();
  weights.clear();
  for (AccountIndex u = 0; u < graph.num_nodes(); ++u) {
    // Each pair once, from its smaller end: u's out-edges and in-edges to larger accounts.
    const auto out = graph.OutNeighbors(u);
    const auto out_w = graph.OutWeights(u);
    const auto in = graph.InNeighbors(u);
    const auto in_w = graph.InWeights(u);
    std::size_t i = std::lower_bound(out.begin(), out.end(), u + 1) - out.begin();
    std::size_t j = std::lower_bound(in.begin(), in.end(), u + 1) - in.begin();
    while (i < out.size() || j < in.size()) {
      if (j >= in.size() || (i < out.size() && out[i] < in[j])) {
        edges.emplace_back(u, out[i]);
        weights.push_back(out_w[i++]);
      } else if (i >= out.size() || in[j] < out[i]) {
        edges.emplace_back(u, in[j]);
        weights.push_back(in_w[j++]);
      } else {
        edges.emplace_back(u, out[i]);
        weights.push_back(static_cast<double>(out_w[i++]) + in_w[j++]);
      }
    }
  }
}

CommunityResult Communities(const CsrGraph& graph, const CommunityParams& params) {
  const std::size_t n = graph.num_nodes();
  CommunityResult result;
  if (n == 0) return result;
  std::vector<std::pair<std::uint32_t, std::uint32_t>> edges;
  std::vector<double> weights;
  UndirectedProjection(graph, edges, weights);
  const IgraphGraph g(n, edges, weights, false);
  IgraphSeed(params.seed);
  IgraphIntVector membership;
  if (params.method == CommunityMethod::kLouvain) {
    IgraphVector levels;
    IgraphCheck(igraph_community_multilevel(g.get(), g.weights(), params.resolution,
                                            membership.get(), nullptr, levels.get()),
                "igraph_community_multilevel");
  } else {
    // Leiden with the modularity objective: node weights = strengths, resolution / 2m.
    IgraphVector strength;
    IgraphCheck(
        igraph_strength(g.get(), strength.get(), igraph_vss_all(), IGRAPH_ALL, true, g.weights()),
        "igraph_strength");
    const double total = std::accumulate(weights.begin(), weights.end(), 0.0);
    igraph_integer_t clusters = 0;
    igraph_real_t quality = 0;
    IgraphCheck(igraph_community_leiden(g.get(), g.weights(), strength.get(),
                                        total > 0 ? params.resolution / (2 * total) : 1.0, 0.01,
                                        false, -1, membership.get(), &clusters, &quality),
                "igraph_community_leiden");
  }
  // Renumber: largest community first, ties by the lowest account in it.
  const std::vector<std::int64_t> raw = membership.ToVector();
  std::int64_t groups = 0;
  for (const std::int64_t c : raw) groups = std::max(groups, c + 1);
  std::vector<std::size_t> size(groups, 0);
  std::vector<AccountIndex> first(groups, kNoAccount);
  for (AccountIndex u = 0; u < n; ++u) {
    ++size[raw[u]];
    first[raw[u]] = std::min(first[raw[u]], u);
  }
  std::vector<std::uint32_t> order(groups);
  std::iota(order.begin(), order.end(), 0u);
  std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
    return size[a] != size[b] ? size[a] > size[b] : first[a] < first[b];
  });
  std::vector<std::uint32_t> rank(groups);
  for (std::uint32_t r = 0; r < groups; ++r) rank[order[r]] = r;
  result.community.resize(n);
  for (AccountIndex u = 0; u < n; ++u) result.community[u] = rank[raw[u]];
  result.count = static_cast<std::uint32_t>(groups);
  IgraphIntVector renumbered;
  IgraphCheck(igraph_vector_int_resize(renumbered.get(), static_cast<igraph_integer_t>(n)),
              "igraph_vector_int_resize");
  for (AccountIndex u = 0; u < n; ++u) VECTOR(*renumbered.get())[u] = result.community[u];
  IgraphCheck(igraph_modularity(g.get(), renumbered.get(), g.weights(), params.resolution, false,
                                &result.modularity),
              "igraph_modularity");
  return result;
}

}  // namespace agencynet
