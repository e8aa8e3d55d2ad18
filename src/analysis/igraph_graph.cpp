#include "analysis/igraph_graph.hpp"

#include <mutex>
#include <string>

namespace agencynet {

namespace {

// igraph aborts the process on an error unless told otherwise: make it return codes, once.
void InstallHandlers() {
  static std::once_flag once;
  std::call_once(once, [] {
    igraph_set_error_handler(igraph_error_handler_ignore);
    igraph_set_warning_handler(igraph_warning_handler_ignore);
  });
}

}  // namespace

void IgraphCheck(igraph_error_t code, const char* what) {
  if (code != IGRAPH_SUCCESS) {
    throw IgraphError(std::string(what) + " failed: " + igraph_strerror(code));
  }
}

void IgraphSeed(std::uint64_t seed) {
  InstallHandlers();
  IgraphCheck(igraph_rng_seed(igraph_rng_default(), seed), "igraph_rng_seed");
}

IgraphGraph::IgraphGraph(std::size_t n,
                         const std::vector<std::pair<std::uint32_t, std::uint32_t>>& edges,
                         const std::vector<double>& weights, bool directed) {
  InstallHandlers();
  igraph_vector_int_t list;
  IgraphCheck(igraph_vector_int_init(&list, static_cast<igraph_integer_t>(2 * edges.size())),
              "igraph_vector_int_init");
  for (std::size_t i = 0; i < edges.size(); ++i) {
    VECTOR(list)[2 * i] = edges[i].first;
    VECTOR(list)[2 * i + 1] = edges[i].second;
  }
  const igraph_error_t created =
      igraph_create(&graph_, &list, static_cast<igraph_integer_t>(n), directed);
  igraph_vector_int_destroy(&list);
  IgraphCheck(created, "igraph_create");
  const igraph_error_t init =
      igraph_vector_init(&weights_, static_cast<igraph_integer_t>(weights.size()));
  if (init != IGRAPH_SUCCESS) igraph_destroy(&graph_);
  IgraphCheck(init, "igraph_vector_init");
  for (std::size_t i = 0; i < weights.size(); ++i) VECTOR(weights_)[i] = weights[i];
}

IgraphGraph::~IgraphGraph() {
  igraph_vector_destroy(&weights_);
  igraph_destroy(&graph_);
}

IgraphIntVector::IgraphIntVector() {
  IgraphCheck(igraph_vector_int_init(&v_, 0), "igraph_vector_int_init");
}
IgraphIntVector::~IgraphIntVector() { igraph_vector_int_destroy(&v_); }
std::vector<std::int64_t> IgraphIntVector::ToVector() const {
  return std::vector<std::int64_t>(VECTOR(v_), VECTOR(v_) + igraph_vector_int_size(&v_));
}

IgraphVector::IgraphVector() { IgraphCheck(igraph_vector_init(&v_, 0), "igraph_vector_init"); }
IgraphVector::~IgraphVector() { igraph_vector_destroy(&v_); }
std::vector<double> IgraphVector::ToVector() const {
  return std::vector<double>(VECTOR(v_), VECTOR(v_) + igraph_vector_size(&v_));
}

}  // namespace agencynet
