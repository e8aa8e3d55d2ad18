// GEXF 1.3 for Gephi: a directed graph with every account metric as a typed node attribute,
// node colour by role and size by PageRank, and one edge per layer edge with its kind, weight
// and first/last seen.
#pragma once

#include <string>

#include "analysis/metrics.hpp"
#include "core/dataset.hpp"
#include "core/graph.hpp"

namespace agencynet {

/// Writes `path` as GEXF 1.3 (valid against the Relax NG schema). Labels are one-line text
/// (GEXF labels are xsd:token); the full name is kept in the `name` attribute.
/// Throws OutputError on write failure. Time complexity: O(n + m).
void WriteGexf(const std::string& path, const Network& network, const LayeredGraph& graph,
               const AccountMetrics& metrics);

}  // namespace agencynet
