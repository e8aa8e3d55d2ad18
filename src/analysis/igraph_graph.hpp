// The one adapter between agencynet and igraph C 0.10: an igraph_t and its edge weights owned by
// a C++ object, and every igraph error turned into an exception. Only src/analysis includes it.
#pragma once

#include <igraph/igraph.h>

#include <cstdint>
#include <stdexcept>
#include <utility>
#include <vector>

namespace agencynet {

/// Thrown when igraph reports an error; what() names the call and igraph's reason.
class IgraphError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// Checks an igraph return code. Throws IgraphError.
void IgraphCheck(igraph_error_t code, const char* what);

/// Seeds igraph's default random number generator (community detection draws from it).
void IgraphSeed(std::uint64_t seed);

/// A graph held by igraph, with one weight per edge.
class IgraphGraph {
 public:
  /// Builds a graph on `n` nodes from `edges` (pairs of node indices) with `weights` (one per
  /// edge). Throws IgraphError.
  IgraphGraph(std::size_t n, const std::vector<std::pair<std::uint32_t, std::uint32_t>>& edges,
              const std::vector<double>& weights, bool directed);
  ~IgraphGraph();
  IgraphGraph(const IgraphGraph&) = delete;
  IgraphGraph& operator=(const IgraphGraph&) = delete;

  const igraph_t* get() const { return &graph_; }
  const igraph_vector_t* weights() const { return &weights_; }

 private:
  igraph_t graph_;
  igraph_vector_t weights_;
};

/// An igraph integer vector owned by a C++ object.
class IgraphIntVector {
 public:
  IgraphIntVector();
  ~IgraphIntVector();
  IgraphIntVector(const IgraphIntVector&) = delete;
  IgraphIntVector& operator=(const IgraphIntVector&) = delete;
  igraph_vector_int_t* get() { return &v_; }
  std::vector<std::int64_t> ToVector() const;

 private:
  igraph_vector_int_t v_;
};

/// An igraph real vector owned by a C++ object.
class IgraphVector {
 public:
  IgraphVector();
  ~IgraphVector();
  IgraphVector(const IgraphVector&) = delete;
  IgraphVector& operator=(const IgraphVector&) = delete;
  igraph_vector_t* get() { return &v_; }
  std::vector<double> ToVector() const;

 private:
  igraph_vector_t v_;
};

}  // namespace agencynet
