// Test side of the igraph adapter: an igraph copy of a CsrGraph (edges in CSR order, weights
// alongside), built with the library's own RAII adapter, and igraph's PageRank on it. igraph is
// the second implementation the metrics are checked against.
#pragma once

#include <vector>

#include "analysis/igraph_graph.hpp"
#include "core/graph.hpp"

namespace agencynet::testing {

using agencynet::IgraphCheck;

class IgraphGraph {
 public:
  explicit IgraphGraph(const CsrGraph& g) : graph_(g.num_nodes(), Edges(g), Weights(g), true) {}

  const igraph_t* get() const { return graph_.get(); }
  const igraph_vector_t* weights() const { return graph_.weights(); }

  /// igraph's PageRank (PRPACK: an exact linear solve), weighted, directed.
  std::vector<double> PageRank(double damping) const {
    IgraphVector scores;
    igraph_real_t value = 0;
    IgraphCheck(igraph_pagerank(get(), IGRAPH_PAGERANK_ALGO_PRPACK, scores.get(), &value,
                                igraph_vss_all(), true, damping, weights(), nullptr),
                "igraph_pagerank");
    return scores.ToVector();
  }

 private:
  static std::vector<std::pair<std::uint32_t, std::uint32_t>> Edges(const CsrGraph& g) {
    std::vector<std::pair<std::uint32_t, std::uint32_t>> edges;
    for (AccountIndex u = 0; u < g.num_nodes(); ++u) {
      for (const AccountIndex v : g.OutNeighbors(u)) edges.emplace_back(u, v);
    }
    return edges;
  }
  static std::vector<double> Weights(const CsrGraph& g) {
    std::vector<double> weights;
    for (AccountIndex u = 0; u < g.num_nodes(); ++u) {
      const WeightView out_w = g.OutWeights(u);
      for (std::size_t i = 0; i < out_w.size(); ++i) weights.push_back(out_w[i]);
    }
    return weights;
  }

  agencynet::IgraphGraph graph_;
};

}  // namespace agencynet::testing
