// In/out degree (distinct neighbours) and in/out weight (summed edge weights) of every account.
#pragma once

#include <cstdint>
#include <vector>

#include "core/graph.hpp"

namespace agencynet {

struct DegreeResult {
  std::vector<std::uint32_t> in_degree;
  std::vector<std::uint32_t> out_degree;
  std::vector<std::uint64_t> in_weight;
  std::vector<std::uint64_t> out_weight;
};

/// Degrees and weights over the edges of `graph` (self-loops count once each way, as in
/// NetworkX). Time complexity: O(n + m).
DegreeResult ComputeDegrees(const CsrGraph& graph);

}  // namespace agencynet
