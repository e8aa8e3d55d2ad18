// summary.json (the whole-network figures) and load-report.txt (what loading read and skipped).
#pragma once

#include <string>

#include "analysis/metrics.hpp"
#include "core/dataset.hpp"
#include "core/graph.hpp"

namespace agencynet {

/// The text of summary.json.
std::string FormatSummaryJson(const Network& network, const LayeredGraph& graph,
                              const AccountMetrics& metrics);

/// Writes summary.json: accounts by role, posts, edges per layer, unique edges, edges with
/// duplicates, self-loops dropped, reciprocity, density, weak components, PageRank convergence.
void WriteSummaryJson(const std::string& path, const Network& network, const LayeredGraph& graph,
                      const AccountMetrics& metrics);

/// The load report as text: files and records read, posts loaded, skipped by reason, unresolved
/// references, excluded mentions, self-loops dropped, and the first problems with file:line.
std::string FormatLoadReport(const LoadReport& report);

/// Writes FormatLoadReport(report) to `path`.
void WriteLoadReport(const std::string& path, const LoadReport& report);

}  // namespace agencynet
