// The `rank` and `stats` commands' output: a ranked table of accounts by one metric, and the
// whole-network figures, as text, CSV or JSON.
#pragma once

#include <cstddef>
#include <string>

#include "cli/analyze.hpp"

namespace agencynet {

enum class TableFormat { kText, kCsv, kJson };

struct RankOptions {
  std::string metric = "pagerank";  ///< any numeric column of accounts.csv
  std::string role;                 ///< show only accounts of this role ("government": not public)
  std::size_t top = 20;             ///< 0 = all
  TableFormat format = TableFormat::kText;
};

/// The accounts of `prepared` ranked by `options.metric`, highest first (ties by account order;
/// accounts without a value last). Throws UsageError for an unknown metric.
std::string FormatRank(const Prepared& prepared, const RankOptions& options);

/// PageRank whose walk restarts at the accounts of `role` ("government": every role but public).
/// Throws UsageError when no account has that role.
PageRankResult PersonalizedPageRank(const Prepared& prepared, const std::string& role);

/// The whole-network figures as aligned text, or as summary.json's JSON.
std::string FormatStats(const Prepared& prepared, TableFormat format);

}  // namespace agencynet
