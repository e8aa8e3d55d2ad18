// report.html: one self-contained page a manager can read and print: the network at a glance,
// the interagency and whole-network maps (inline SVG), who matters (PageRank, betweenness,
// influence), the strategy scorecard with bars, the communities and what was read. No script, no
// network access (a Content-Security-Policy forbids both), every text from the data escaped.
#pragma once

#include <string>
#include <vector>

#include "analysis/influence.hpp"
#include "analysis/metrics.hpp"
#include "analysis/scorecard.hpp"
#include "core/dataset.hpp"
#include "core/graph.hpp"

namespace agencynet {

struct ReportParts {
  std::string network_svg;      ///< Graphviz SVG of the whole network
  std::string interagency_svg;  ///< and of the interagency network
  std::vector<ScorecardRow> scorecard;
  /// Public accounts that would carry the government accounts' message furthest (IMM), with
  /// their marginal gains; empty when there is no government account.
  std::vector<InfluencePick> influence;
};

/// The HTML text of the report.
std::string FormatReportHtml(const Network& network, const LayeredGraph& graph,
                             const AccountMetrics& metrics, const ReportParts& parts);

}  // namespace agencynet
