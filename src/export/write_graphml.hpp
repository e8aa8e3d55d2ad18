// GraphML (http://graphml.graphdrawing.org) for Cytoscape, yEd, NetworkX and igraph: one typed
// key per accounts.csv column, one edge per layer edge with its kind, weight and first/last seen.
#pragma once

#include <string>

#include "analysis/metrics.hpp"
#include "core/dataset.hpp"
#include "core/graph.hpp"

namespace agencynet {

/// The GraphML text: a directed graph whose nodes carry every account column (typed string,
/// long or double; a missing value is left out) and whose edges, one per layer edge (so two
/// accounts may be joined by edges of several kinds), carry `kind`, `weight`, `first_seen` and
/// `last_seen`. Text goes through XmlEscape after CleanText.
std::string FormatGraphml(const Network& network, const LayeredGraph& graph,
                          const AccountMetrics& metrics);

/// Writes FormatGraphml to `path` atomically. Throws OutputError on write failure.
void WriteGraphml(const std::string& path, const Network& network, const LayeredGraph& graph,
                  const AccountMetrics& metrics);

}  // namespace agencynet
