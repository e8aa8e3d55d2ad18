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

  std::uint64_t total_edges = 0;
  std::uint64_t shown_edges = 0;
  for (const CsrGraph& layer : graph.layers) {
    total_edges += layer.num_edges();
    for (AccountIndex u = 0; u < layer.num_nodes(); ++u) {
      if (!keep[u]) continue;
      for (const AccountIndex v : layer.OutNeighbors(u)) shown_edges += keep[v] ? 1 : 0;
    }
  }
  std::string label = params.title;
  if (shown < n) {
    label += "\ntop " + std::to_string(shown) + " of " + std::to_string(n) +
             " accounts by PageRank; " + std::to_string(shown_edges) + " of " +
             std::to_string(total_edges) + " edges shown";
  }
  const double max_rank = shown == 0 ? 0.0 : rank[order[0]];

  AtomicFile file(path);
  std::ostream& out = file.out();
  out << "digraph agencynet {\n"
      << "  graph [label=" << DotQuote(label)
      << ", labelloc=t, fontname=\"Helvetica\", overlap=false, splines=true, "
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
  for (int k = 0; k < kEdgeKindCount; ++k) {
    const CsrGraph& layer = graph.layers[k];
    const EdgeKind kind = static_cast<EdgeKind>(k);
    for (AccountIndex u = 0; u < layer.num_nodes(); ++u) {
      if (!keep[u]) continue;
      for (EdgeIndex e = layer.EdgeBegin(u); e < layer.EdgeEnd(u); ++e) {
        const AccountIndex v = layer.target(e);
        if (!keep[v]) continue;
        const double pen = 0.5 + std::log2(static_cast<double>(layer.weight(e)));
        out << "  " << DotQuote(NodeKey(accounts[u])) << " -> " << DotQuote(NodeKey(accounts[v]))
            << " [kind=" << ToString(kind) << ", weight=" << layer.weight(e) << ", color=\""
            << KindColor(kind).Hex() << "\", penwidth=" << FormatDouble(std::round(pen * 100) / 100)
            << "];\n";
      }
    }
  }
  out << "}\n";
  file.Commit();
}

}  // namespace agencynet
