// GEXF 1.3 for Gephi and Gephi Lite: a directed graph with every account metric as a typed node
// attribute, node colour by role or community and size by a chosen metric, positions from a
// Graphviz layout when asked, and one edge per layer edge with its kind, weight and first/last
// seen; in timeline mode the edges live from first to last seen and the accounts from their
// first edge, so Gephi's timeline plays the network's growth.
#pragma once

#include <map>
#include <string>
#include <utility>

#include "analysis/metrics.hpp"
#include "core/dataset.hpp"
#include "core/graph.hpp"

namespace agencynet {

struct GexfParams {
  std::string color_by = "role";     ///< "role" or "community"
  std::string size_by = "pagerank";  ///< any numeric column of accounts.csv
  bool timeline = false;             ///< dynamic mode, times as xsd:dateTime
  /// viz:position of accounts, by NodeKey (empty: none written; Gephi lays the graph out).
  std::map<std::string, std::pair<double, double>> positions;
};

/// The GEXF text, valid against the GEXF 1.3 Relax NG schema. Labels are one-line text (GEXF
/// labels are xsd:token); the full name is kept in the `name` attribute. Throws UsageError for an
/// unknown color_by or size_by. Time complexity: O(n + m).
std::string FormatGexf(const Network& network, const LayeredGraph& graph,
                       const AccountMetrics& metrics, const GexfParams& params = {});

/// Writes FormatGexf to `path` atomically. Throws OutputError on write failure.
void WriteGexf(const std::string& path, const Network& network, const LayeredGraph& graph,
               const AccountMetrics& metrics, const GexfParams& params = {});

}  // namespace agencynet
