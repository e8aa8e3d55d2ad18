// Spreadsheet tables: accounts.csv (one row per account, every metric) and edges.csv (one row
// per edge of every layer).
#pragma once

#include <string>

#include "analysis/metrics.hpp"
#include "core/dataset.hpp"
#include "core/graph.hpp"

namespace agencynet {

/// Writes accounts.csv with the columns of AccountColumns, one row per account in index order.
/// Throws OutputError on write failure.
void WriteAccountsCsv(const std::string& path, const Network& network,
                      const AccountMetrics& metrics);

/// Writes edges.csv: `platform,source_id,source_handle,target_id,target_handle,kind,weight,
/// first_seen,last_seen`, layer by layer, by source then target index. Times are ISO 8601 UTC.
void WriteEdgesCsv(const std::string& path, const Network& network, const LayeredGraph& graph);

}  // namespace agencynet
