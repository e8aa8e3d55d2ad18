#include "export/write_dot.hpp"

#include <algorithm>
#include <cmath>
#include <functional>
#include <map>
#include <numeric>
#include <sstream>

#include "core/error.hpp"
#include "export/atomic_file.hpp"
#include "export/colors.hpp"
#include "export/escape.hpp"
#include "export/tables.hpp"

namespace agencynet {

namespace {

constexpr std::size_t kLabelLength = 60;  // code points of a label in a picture

// A legend swatch: a coloured cell and its name.
std::string Swatch(const Rgb& color, const std::string& name) {
  return "<TD BGCOLOR=\"" + color.Hex() +
         "\" WIDTH=\"12\" HEIGHT=\"12\" FIXEDSIZE=\"TRUE\"></TD><TD ALIGN=\"LEFT\">" +
         XmlEscape(OneLineText(name)) + "</TD>";
}

}  // namespace

std::string FormatDot(const Network& network, const LayeredGraph& graph,
                      const AccountMetrics& metrics, const DotParams& params) {
  if (params.color_by != "role" && params.color_by != "community") {
    throw UsageError("unknown --color-by '" + params.color_by + "'; expected role or community");
  }
  const AccountTable& accounts = network.accounts;
  const std::vector<double>& rank = metrics.pagerank.scores;
  const std::size_t n = accounts.size();
  std::vector<AccountIndex> order;
  for (AccountIndex a = 0; a < n; ++a) {
    if (!params.government_only || IsGovernment(accounts[a])) order.push_back(a);
  }
  const std::size_t eligible = order.size();
  std::stable_sort(order.begin(), order.end(),
                   [&](AccountIndex a, AccountIndex b) { return rank[a] > rank[b]; });
  const std::size_t shown = params.top == 0 ? eligible : std::min(params.top, eligible);
  order.resize(shown);
  std::vector<bool> keep(n, false);
  for (const AccountIndex a : order) keep[a] = true;

  // Sizes by the chosen metric, square-root scaled to the largest shown; labels on the largest.
  const std::vector<double> size =
      NumericColumnValues(network, metrics, params.size_by, "--size-by");
  double largest = 0;
  for (const AccountIndex a : order) largest = std::max(largest, size[a]);
  std::vector<AccountIndex> by_size = order;
  std::stable_sort(by_size.begin(), by_size.end(),
                   [&](AccountIndex a, AccountIndex b) { return size[a] > size[b]; });
  std::vector<bool> labelled(n, false);
  const std::size_t labels = std::min(params.labels, shown);
  for (std::size_t i = 0; i < labels; ++i) labelled[by_size[i]] = true;

  const CsrGraph& combined = graph.combined;
  std::uint64_t shown_edges = 0, eligible_edges = 0;
  std::vector<std::uint32_t> weights;  // of the edges among the accounts drawn
  for (AccountIndex u = 0; u < combined.num_nodes(); ++u) {
    const auto targets = combined.OutNeighbors(u);
    const WeightView w = combined.OutWeights(u);
    for (std::size_t i = 0; i < targets.size(); ++i) {
      const AccountIndex v = targets[i];
      const bool in_scope =
          !params.government_only || (IsGovernment(accounts[u]) && IsGovernment(accounts[v]));
      eligible_edges += in_scope;
      if (keep[u] && keep[v]) weights.push_back(w[i]);
    }
  }
  // Too many edges to read: keep the heaviest.
  std::uint32_t min_weight = 1;
  const std::size_t limit = params.edges_per_account * shown;
  if (params.edges_per_account > 0 && weights.size() > limit) {
    // The weight of the limit-th heaviest edge; its ties stay, so no weight class is cut in two
    // (and a graph whose edges all weigh the same keeps them all).
    std::nth_element(weights.begin(), weights.begin() + static_cast<std::ptrdiff_t>(limit - 1),
                     weights.end(), std::greater<>());
    min_weight = weights[limit - 1];
  }
  for (const std::uint32_t w : weights) shown_edges += w >= min_weight;

  auto color_of = [&](AccountIndex a) {
    return params.color_by == "role" ? RoleColor(accounts[a].role)
                                     : CommunityColor(metrics.communities.community[a]);
  };
  // Legend: the colours in use (roles, or the communities shown) and the edge kinds.
  std::map<std::string, Rgb> legend;
  for (const AccountIndex a : order) {
    const std::string key =
        params.color_by == "role"
            ? accounts[a].role
            : (metrics.communities.community[a] < 10
                   ? "community " + std::to_string(metrics.communities.community[a])
                   : std::string("smaller communities"));
    legend.emplace(key, color_of(a));
  }
  std::ostringstream title;
  title << "<<TABLE BORDER=\"0\" CELLSPACING=\"2\"><TR><TD COLSPAN=\"" << 2 * kEdgeKindCount
        << "\"><B>" << XmlEscape(OneLineText(params.title)) << "</B></TD></TR>";
  std::string what =
      "top " + std::to_string(shown) + " of " + std::to_string(eligible) +
      (params.government_only ? " government" : "") + " accounts by PageRank; " +
      std::to_string(shown_edges) + " of " + std::to_string(eligible_edges) + " edges shown" +
      (min_weight > 1 ? " (those made by at least " + std::to_string(min_weight) + " posts)"
                      : std::string()) +
      "; size by " + params.size_by + "; labels on the top " + std::to_string(labels);
  title << "<TR><TD COLSPAN=\"" << 2 * kEdgeKindCount << "\">" << XmlEscape(what) << "</TD></TR>";
  // Legend lines, each its own table so the swatches sit beside their names: the node colours
  // (five to a line; Graphviz rejects an empty row), then the edge kinds.
  std::vector<std::string> lines;
  std::size_t cells = 0;
  for (const auto& [name, color] : legend) {
    if (cells++ % kEdgeKindCount == 0) lines.emplace_back();
    lines.back() += Swatch(color, name);
  }
  lines.emplace_back();
  for (int k = 0; k < kEdgeKindCount; ++k) {
    lines.back() += Swatch(KindColor(static_cast<EdgeKind>(k)),
                           std::string(ToString(static_cast<EdgeKind>(k))) + " edge");
  }
  for (const std::string& line : lines) {
    title << "<TR><TD COLSPAN=\"" << 2 * kEdgeKindCount
          << "\"><TABLE BORDER=\"0\" CELLSPACING=\"2\"><TR>" << line << "</TR></TABLE></TD></TR>";
  }
  title << "</TABLE>>";

  std::ostringstream out;
  out << "digraph agencynet {\n"
      << "  graph [label=" << title.str()
      << ", labelloc=t, fontname=\"Helvetica\", layout=" << DotQuote(params.layout)
      << ", overlap=prism, outputorder=edgesfirst"
      // dot's crossing minimisation and network simplex take minutes on a dense picture; cut
      // short, they take seconds (88 s -> 4 s on the sample's 100 accounts).
      << (params.layout == "dot" ? ", mclimit=0.1, nslimit=1, nslimit1=1" : "") << "];\n"
      << "  node [shape=circle, style=filled, fontname=\"Helvetica\", fontsize=10, "
         "fixedsize=false, penwidth=0];\n"
      << "  edge [arrowsize=0.5];\n";
  if (order.empty()) {
    // Graphviz draws no title for an empty graph: a note says why the picture is empty.
    out << "  agencynet_note [shape=plaintext, label="
        << DotQuote(params.government_only
                        ? "No government accounts to draw: give a registry of government "
                          "accounts with --registry."
                        : "No accounts to draw.")
        << "];\n";
  }
  for (const AccountIndex a : order) {
    const Account& account = accounts[a];
    const double width =
        largest > 0 ? 0.2 + 0.8 * std::sqrt(std::max(0.0, size[a]) / largest) : 0.2;
    out << "  " << DotQuote(NodeKey(account)) << " [label="
        << DotLabel(labelled[a] ? Shorten(DisplayLabel(account), kLabelLength) : std::string())
        << ", tooltip=" << DotLabel(Shorten(DisplayLabel(account), kLabelLength))
        << ", fillcolor=\"" << color_of(a).Hex()
        << "\", width=" << FormatDouble(std::round(width * 100) / 100)
        << ", role=" << DotQuote(account.role) << "];\n";
  }
  // One edge per ordered pair, weights summed over the layers, coloured by the layer that
  // contributes most (the first of equals in layer order).
  for (AccountIndex u = 0; u < combined.num_nodes(); ++u) {
    if (!keep[u]) continue;
    for (EdgeIndex e = combined.EdgeBegin(u); e < combined.EdgeEnd(u); ++e) {
      const AccountIndex v = combined.target(e);
      if (!keep[v] || combined.weight(e) < min_weight) continue;
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
  return out.str();
}

std::string DotNodeName(const Account& account) {
  const std::string quoted = DotQuote(NodeKey(account));
  std::string name;
  for (std::size_t i = 1; i + 1 < quoted.size(); ++i) {
    if (quoted[i] == '\\' && quoted[i + 1] == '"' && i + 2 < quoted.size()) ++i;
    name += quoted[i];
  }
  return name;
}

void WriteDot(const std::string& path, const Network& network, const LayeredGraph& graph,
              const AccountMetrics& metrics, const DotParams& params) {
  WriteFileAtomically(path, FormatDot(network, graph, metrics, params));
}

}  // namespace agencynet
