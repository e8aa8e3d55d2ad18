// The `scorecard` command: Mergel's four strategies for each government account, as an aligned
// table, or scorecard.csv's CSV.
#pragma once

#include <string>

#include "cli/analyze.hpp"
#include "cli/rank.hpp"

namespace agencynet {

/// The scorecard of the government accounts of `prepared`, most posts first in text, account
/// order in CSV and JSON (JSON: an array of objects with the CSV's columns).
std::string FormatScorecard(const Prepared& prepared, const AnalyzeOptions& options,
                            TableFormat format);

}  // namespace agencynet
