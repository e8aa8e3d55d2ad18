// Communities: groups of accounts that interact more among themselves than with the rest.
// Louvain (Blondel et al., J. Stat. Mech. 2008) or Leiden (Traag, Waltman and van Eck, Sci. Rep.
// 2019), both from igraph, maximising modularity on the undirected projection whose edge weights
// add both directions; seeded, so the same graph gives the same communities.
#pragma once

#include <cstdint>
#include <vector>

#include "core/graph.hpp"

namespace agencynet {

enum class CommunityMethod { kLouvain, kLeiden };

struct CommunityParams {
  CommunityMethod method = CommunityMethod::kLouvain;
  double resolution = 1.0;
  std::uint64_t seed = 42;
};

struct CommunityResult {
  /// Community of each account, numbered by size (0 = the largest; ties by lowest account).
  std::vector<std::uint32_t> community;
  std::uint32_t count = 0;
  double modularity = 0.0;  ///< of `community` on the undirected weighted projection
};

/// Communities of `graph`. Throws IgraphError if igraph fails. Time complexity: about
/// O(m log n) for Louvain; Leiden iterates until no account moves.
CommunityResult Communities(const CsrGraph& graph, const CommunityParams& params = {});

/// The undirected projection: one edge per pair of accounts with an edge either way (self-loops
/// left out), weight = the sum of both directions. Edges sorted by (smaller, larger) index.
void UndirectedProjection(const CsrGraph& graph,
                          std::vector<std::pair<std::uint32_t, std::uint32_t>>& edges,
                          std::vector<double>& weights);

}  // namespace agencynet
