// Whole-network figures: size, reciprocity, density and weakly connected components.
#pragma once

#include <cstdint>
#include <vector>

#include "core/graph.hpp"

namespace agencynet {

struct GraphSummary {
  std::uint64_t nodes = 0;
  std::uint64_t edges = 0;                  ///< unique directed edges
  std::uint64_t edges_with_duplicates = 0;  ///< edges made by more than one post (weight > 1)
  std::uint64_t total_weight = 0;
  std::uint64_t self_loops = 0;
  double reciprocity = 0.0;  ///< share of edges u->v (u != v) whose reverse v->u exists
  double density = 0.0;      ///< edges / (n (n - 1))
  std::uint64_t weak_components = 0;
  std::uint64_t largest_weak_component = 0;
  std::vector<std::uint32_t>
      weak_component;  ///< component number of each account, by first account
  std::uint64_t strong_components = 0;
  std::uint64_t largest_strong_component = 0;
};

struct StrongComponents {
  /// Component of each account, numbered in the order they complete, which is a reverse
  /// topological order: an edge between two components goes to the lower number.
  std::vector<std::uint32_t> label;
  std::vector<std::uint64_t> size;  ///< accounts in each component
};

/// The strongly connected components of `graph`. Time complexity: O(n + m).
StrongComponents FindStrongComponents(const CsrGraph& graph);

/// Summary figures of `graph`, with the definitions of NetworkX 2.8 (overall_reciprocity,
/// density, number_weakly_connected_components, number_strongly_connected_components).
/// Time complexity: O(n + m log d).
GraphSummary Summarize(const CsrGraph& graph);

}  // namespace agencynet
