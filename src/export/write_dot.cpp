#include "export/write_dot.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>

#include "export/atomic_file.hpp"
#include "export/colors.hpp"
#include "export/escape.hpp"
#include "export/tables.hpp"

namespace agencynet {

void WriteDot(const std::string& path, const Network& network, const LayeredGraph& graph,
              const AccountMetrics& metrics, const DotParams& params) {
  const AccountTable& accounts = network.accounts;
  const std::vector<double>& rank = metrics.pagerank.scores;
  const std::size_t n = accounts.size();
  std::vector<AccountIndex> order(n);
  std::iota(order.begin(), order.end(), 0u);
  std::stable_sort(order.begin(), order.end(),
                   [&](AccountIndex a, AccountIndex b) { return rank[a] > rank[b]; });
  const std::size_t shown = params.top == 0 ? n : std::min(params.top, n);
  std::vector<bool> keep(n, false);
  for (std::size_t i = 0; i < shown; ++i) keep[order[i]] = true;

  const CsrGraph& combined = graph.combined;
  std::uint64_t shown_edges = 0;
  for (AccountIndex u = 0; u < combined.num_nodes(); ++u) {
    if (!keep[u]) continue;
    for (const AccountIndex v : combined.OutNeighbors(u)) shown_edges += keep[v] ? 1 : 0;
  }
  std::string label = params.title;
  if (shown < n) {
    label += "\ntop " + std::to_string(shown) + " of " + std::to_string(n) +
             " accounts by PageRank; " + std::to_string(shown_edges) + " of " +
             std::to_string(combined.num_edges()) + " edges shown";
  }
  const double max_rank = shown == 0 ? 0.0 : rank[order[0]];

  AtomicFile file(path);
  std::ostream& out = file.out();
  out << "digraph agencynet {\n"
      << "  graph [label=" << DotQuote(label)
      << ", labelloc=t, fontname=\"Helvetica\", layout=sfdp, overlap=prism, "
         "outputorder=edgesfirst];\n"
      << "  node [shape=circle, style=filled, fontname=\"Helvetica\", fontsize=10, "
         "fixedsize=false, penwidth=0];\n"
      << "  edge [arrowsize=0.5];\n";
  for (std::size_t i = 0; i < shown; ++i) {
    const AccountIndex a = order[i];
    const Account& account = accounts[a];
    const double width = max_rank > 0 ? 0.2 + 0.8 * std::sqrt(rank[a] / max_rank) : 0.2;
    out << "  " << DotQuote(NodeKey(account)) << " [label=" << DotQuote(DisplayLabel(account))
        << ", fillcolor=\"" << RoleColor(account.role).Hex()
        << "\", width=" << FormatDouble(std::round(width * 100) / 100)
        << ", role=" << DotQuote(account.role) << "];\n";
  }
  // One edge per ordered pair, weights summed over the layers, coloured by the layer that
  // contributes most (the first of equals in layer order).
  for (AccountIndex u = 0; u < combined.num_nodes(); ++u) {
    if (!keep[u]) continue;
    for (EdgeIndex e = combined.EdgeBegin(u); e < combined.EdgeEnd(u); ++e) {
      const AccountIndex v = combined.target(e);
      if (!keep[v]) continue;
      EdgeKind dominant = EdgeKind::kMention;
      std::uint32_t best = 0;
      for (int k = 0; k < kEdgeKindCount; ++k) {
        const CsrGraph& layer = graph.layers[k];
        const auto targets = layer.OutNeighbors(u);
        const auto it = std::lower_bound(targets.begin(), targets.end(), v);
        if (it == targets.end() || *it != v) continue;
        const std::uint32_t w = layer.weight(layer.EdgeBegin(u) + (it - targets.begin()));
        if (w > best) {
          best = w;
          dominant = static_cast<EdgeKind>(k);
        }
      }
      const double pen = 0.5 + std::log2(static_cast<double>(combined.weight(e)));
      out << "  " << DotQuote(NodeKey(accounts[u])) << " -> " << DotQuote(NodeKey(accounts[v]))
          << " [kind=" << ToString(dominant) << ", weight=" << combined.weight(e) << ", color=\""
          << KindColor(dominant).Hex()
          << "\", penwidth=" << FormatDouble(std::round(pen * 100) / 100) << "];\n";
    }
  }
  out << "}\n";
  file.Commit();
}

}  // namespace agencynet
