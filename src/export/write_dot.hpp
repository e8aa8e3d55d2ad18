// Graphviz DOT of the most important accounts: a digraph with role shown by colour, node size by
// PageRank, one edge per ordered pair coloured by its main kind, labels = handles. The file asks
// for the sfdp layout, which suits social networks and stays fast where `dot`'s ranked layout
// takes minutes; `dot -Tsvg network.dot` honours it.
#pragma once

#include <cstddef>
#include <string>

#include "analysis/metrics.hpp"
#include "core/dataset.hpp"
#include "core/graph.hpp"

namespace agencynet {

struct DotParams {
  /// Draw the top this many accounts by PageRank (ties by index), 0 = all. About a hundred
  /// nodes is what a laid-out picture can show legibly.
  std::size_t top = 100;
  std::string title = "agencynet";
};

/// Writes `path` as a DOT digraph of the top accounts and the edges among them (the union of the
/// selected layers); the graph label says how many accounts and edges were left out. Every ID and
/// label goes through DotQuote. Throws OutputError on write failure. Time complexity: O(n log n +
/// m).
void WriteDot(const std::string& path, const Network& network, const LayeredGraph& graph,
              const AccountMetrics& metrics, const DotParams& params = {});

}  // namespace agencynet
