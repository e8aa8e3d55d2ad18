// Graphviz DOT styled for reading: the most important accounts only, node size by a metric,
// colour by role or community, edges coloured by their main kind, labels on the top accounts,
// and a title with a legend (an HTML-like table). The file asks for the sfdp layout, which suits
// social networks and stays fast where `dot`'s ranked layout takes minutes; `dot -Tsvg
// network.dot` honours it, and RenderDot (export/render.hpp) draws it in-process.
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
  /// Of those, label the top this many by `size_by` (0 = none, SIZE_MAX = all); the others
  /// carry their handle as a tooltip only.
  std::size_t labels = 40;
  std::string title = "agencynet";
  std::string color_by = "role";     ///< "role" or "community"
  std::string size_by = "pagerank";  ///< any numeric column of accounts.csv
  /// Only government accounts (every role but public): the interagency map.
  bool government_only = false;
  std::string layout = "sfdp";  ///< written as the graph's `layout`
  /// When the accounts drawn share more than this many edges per account, only the heaviest
  /// are drawn: those made by at least w posts, w the weight of the edge at the limit (its ties
  /// kept), and the title says so; 0 = every edge.
  std::size_t edges_per_account = 8;
};

/// The DOT text of the top accounts and the edges among them (the union of the selected layers);
/// the title says how many accounts and edges were left out. Labels longer than 60 code points
/// are shortened with an ellipsis. Every ID and label goes through
/// DotQuote (HTML-like labels through XmlEscape). Throws UsageError for an unknown color_by or
/// size_by. Time complexity: O(n log n + m).
std::string FormatDot(const Network& network, const LayeredGraph& graph,
                      const AccountMetrics& metrics, const DotParams& params = {});

/// The name Graphviz gives an account's node once it has read FormatDot's text: the NodeKey as
/// DotQuote wrote it, with `\"` read back as `"` (Graphviz keeps other backslashes).
std::string DotNodeName(const Account& account);

/// Writes FormatDot to `path` atomically. Throws OutputError on write failure.
void WriteDot(const std::string& path, const Network& network, const LayeredGraph& graph,
              const AccountMetrics& metrics, const DotParams& params = {});

}  // namespace agencynet
