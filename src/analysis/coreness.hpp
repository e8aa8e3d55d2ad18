// Coreness: the largest k such that the account belongs to the k-core, the maximal subgraph in
// which every account has at least k edges. Total degree (in + out, self-loops left out), as
// NetworkX 2.8's core_number on a directed graph; the bucket algorithm of Batagelj and Zaversnik
// (2003).
#pragma once

#include <cstdint>
#include <vector>

#include "core/graph.hpp"

namespace agencynet {

struct CorenessResult {
  std::vector<std::uint32_t> coreness;
};

/// Core number of every account. Time complexity: O(n + m).
CorenessResult Coreness(const CsrGraph& graph);

}  // namespace agencynet
