// Graphviz DOT of the most important accounts: a digraph with role shown by colour, node size by
// PageRank, edge colour by kind, labels = handles.
#pragma once

#include <cstddef>
#include <string>

#include "analysis/metrics.hpp"
#include "core/dataset.hpp"
#include "core/graph.hpp"

namespace agencynet {

struct DotParams {
  /// Draw the top this many accounts by PageRank (ties by index), 0 = all. A few hundred nodes
  /// is what a laid-out picture can show legibly.
  std::size_t top = 200;
  std::string title = "agencynet";
};

/// Writes `path` as a DOT digraph of the top accounts and the layer edges among them; the graph
/// label says how many accounts and edges were left out. Every ID and label goes through
/// DotQuote. Throws OutputError on write failure. Time complexity: O(n log n + m).
void WriteDot(const std::string& path, const Network& network, const LayeredGraph& graph,
              const AccountMetrics& metrics, const DotParams& params = {});

}  // namespace agencynet
