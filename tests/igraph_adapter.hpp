// Test-only RAII adapter over igraph C 0.10: builds an igraph_t from a CsrGraph and turns every
// igraph error into an exception. igraph is the second implementation the metrics are checked
// against.
#pragma once

#include <igraph/igraph.h>

#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include "core/graph.hpp"

namespace agencynet::testing {

inline void IgraphCheck(igraph_error_t code, const char* what) {
  if (code != IGRAPH_SUCCESS) {
    throw std::runtime_error(std::string(what) + ": " + igraph_strerror(code));
  }
}

/// A directed igraph copy of a CSR graph, edges in CSR order, with the weights alongside.
class IgraphGraph {
 public:
  explicit IgraphGraph(const CsrGraph& g) {
    igraph_vector_int_t edges;
    IgraphCheck(igraph_vector_int_init(&edges, static_cast<igraph_integer_t>(2 * g.num_edges())),
                "igraph_vector_int_init");
    std::unique_ptr<igraph_vector_int_t, void (*)(igraph_vector_int_t*)> guard(
        &edges, igraph_vector_int_destroy);
    IgraphCheck(igraph_vector_init(&weights_, static_cast<igraph_integer_t>(g.num_edges())),
                "igraph_vector_init");
    igraph_integer_t k = 0;
    for (AccountIndex u = 0; u < g.num_nodes(); ++u) {
      for (EdgeIndex e = g.EdgeBegin(u); e < g.EdgeEnd(u); ++e) {
        VECTOR(edges)[2 * k] = u;
        VECTOR(edges)[2 * k + 1] = g.target(e);
        VECTOR(weights_)[k] = g.weight(e);
        ++k;
      }
    }
    IgraphCheck(igraph_create(&graph_, &edges, static_cast<igraph_integer_t>(g.num_nodes()), true),
                "igraph_create");
  }
  ~IgraphGraph() {
    igraph_destroy(&graph_);
    igraph_vector_destroy(&weights_);
  }
  IgraphGraph(const IgraphGraph&) = delete;
  IgraphGraph& operator=(const IgraphGraph&) = delete;

  const igraph_t* get() const { return &graph_; }
  const igraph_vector_t* weights() const { return &weights_; }

  std::vector<double> PageRank(double damping) const {
    igraph_vector_t scores;
    IgraphCheck(igraph_vector_init(&scores, 0), "igraph_vector_init");
    std::unique_ptr<igraph_vector_t, void (*)(igraph_vector_t*)> guard(&scores,
                                                                       igraph_vector_destroy);
    igraph_real_t value = 0;
    IgraphCheck(igraph_pagerank(&graph_, IGRAPH_PAGERANK_ALGO_PRPACK, &scores, &value,
                                igraph_vss_all(), true, damping, &weights_, nullptr),
                "igraph_pagerank");
    return std::vector<double>(VECTOR(scores), VECTOR(scores) + igraph_vector_size(&scores));
  }

 private:
  igraph_t graph_;
  igraph_vector_t weights_;
};

}  // namespace agencynet::testing
