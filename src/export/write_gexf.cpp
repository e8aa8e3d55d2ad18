#include "export/write_gexf.hpp"

#include <algorithm>
#include <cmath>
#include <sstream>

#include "core/error.hpp"
#include "export/atomic_file.hpp"
#include "export/colors.hpp"
#include "export/escape.hpp"
#include "export/tables.hpp"

namespace agencynet {

std::string FormatGexf(const Network& network, const LayeredGraph& graph,
                       const AccountMetrics& metrics, const GexfParams& params) {
  if (params.color_by != "role" && params.color_by != "community") {
    throw UsageError("unknown --color-by '" + params.color_by + "'; expected role or community");
  }
  const std::vector<AccountColumn> columns = AccountColumns(network, metrics);
  const AccountTable& accounts = network.accounts;
  const std::size_t n = accounts.size();
  std::vector<double> size_value =
      NumericColumnValues(network, metrics, params.size_by, "--size-by");
  double largest = 0;
  for (double& v : size_value) {
    v = std::max(0.0, v);
    largest = std::max(largest, v);
  }
  // In timeline mode an account lives from its first edge.
  std::vector<Timestamp> born(n, kNoTime);
  if (params.timeline) {
    for (const CsrGraph& layer : graph.layers) {
      for (AccountIndex u = 0; u < layer.num_nodes(); ++u) {
        for (EdgeIndex e = layer.EdgeBegin(u); e < layer.EdgeEnd(u); ++e) {
          const Timestamp t = layer.first_seen(e);
          if (t == kNoTime) continue;
          for (const AccountIndex a : {u, layer.target(e)}) {
            if (born[a] == kNoTime || t < born[a]) born[a] = t;
          }
        }
      }
    }
  }

  std::ostringstream out;
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\" "
         "version=\"1.3\">\n"
         "  <meta>\n"
         "    <creator>agencynet</creator>\n"
         "    <description>Interactions among government and public accounts: source = the "
         "actor, target = the account acted upon</description>\n"
         "  </meta>\n"
      << "  <graph defaultedgetype=\"directed\""
      << (params.timeline ? " mode=\"dynamic\" timeformat=\"dateTime\"" : "") << ">\n"
      << "    <attributes class=\"node\">\n";
  for (const AccountColumn& column : columns) {
    out << "      <attribute id=\"" << column.title << "\" title=\"" << column.title << "\" type=\""
        << column.gexf_type << "\"/>\n";
  }
  out << "    </attributes>\n"
         "    <attributes class=\"edge\">\n"
         "      <attribute id=\"first_seen\" title=\"first_seen\" type=\"string\"/>\n"
         "      <attribute id=\"last_seen\" title=\"last_seen\" type=\"string\"/>\n"
         "    </attributes>\n";
  out << "    <nodes count=\"" << n << "\">\n";
  for (AccountIndex i = 0; i < n; ++i) {
    const Account& account = accounts[i];
    out << "      <node id=\"" << XmlEscape(NodeKey(account)) << "\" label=\""
        << XmlEscape(OneLineText(DisplayLabel(account))) << "\"";
    if (born[i] != kNoTime) out << " start=\"" << FormatIsoTime(born[i]) << "\"";
    out << ">\n        <attvalues>\n";
    for (const AccountColumn& column : columns) {
      const std::string value = column.value(i);
      if (value.empty()) continue;
      out << "          <attvalue for=\"" << column.title << "\" value=\"" << XmlEscape(value)
          << "\"/>\n";
    }
    const Rgb color = params.color_by == "role" ? RoleColor(account.role)
                                                : CommunityColor(metrics.communities.community[i]);
    const double size = largest > 0 ? 4.0 + 36.0 * std::sqrt(size_value[i] / largest) : 4.0;
    out << "        </attvalues>\n"
        << "        <viz:color r=\"" << int{color.r} << "\" g=\"" << int{color.g} << "\" b=\""
        << int{color.b} << "\"/>\n";
    const auto position = params.positions.find(NodeKey(account));
    if (position != params.positions.end()) {
      out << "        <viz:position x=\"" << FormatDouble(position->second.first) << "\" y=\""
          << FormatDouble(position->second.second) << "\" z=\"0\"/>\n";
    }
    out << "        <viz:size value=\"" << FormatDouble(std::round(size * 100) / 100) << "\"/>\n"
        << "      </node>\n";
  }
  std::uint64_t edge_count = 0;
  for (const CsrGraph& layer : graph.layers) edge_count += layer.num_edges();
  out << "    </nodes>\n    <edges count=\"" << edge_count << "\">\n";
  std::uint64_t edge_id = 0;
  for (int k = 0; k < kEdgeKindCount; ++k) {
    const CsrGraph& layer = graph.layers[k];
    const std::string_view kind = ToString(static_cast<EdgeKind>(k));
    for (AccountIndex u = 0; u < layer.num_nodes(); ++u) {
      const std::string source = XmlEscape(NodeKey(accounts[u]));
      for (EdgeIndex e = layer.EdgeBegin(u); e < layer.EdgeEnd(u); ++e) {
        out << "      <edge id=\"e" << edge_id++ << "\" source=\"" << source << "\" target=\""
            << XmlEscape(NodeKey(accounts[layer.target(e)])) << "\" kind=\"" << kind
            << "\" weight=\"" << layer.weight(e) << "\"";
        const std::string first = FormatIsoTime(layer.first_seen(e));
        const std::string last = FormatIsoTime(layer.last_seen(e));
        if (params.timeline && !first.empty()) {
          out << " start=\"" << first << "\" end=\"" << last << "\"";
        }
        if (first.empty()) {
          out << "/>\n";
          continue;
        }
        out << ">\n        <attvalues>\n"
            << "          <attvalue for=\"first_seen\" value=\"" << first << "\"/>\n"
            << "          <attvalue for=\"last_seen\" value=\"" << last << "\"/>\n"
            << "        </attvalues>\n      </edge>\n";
      }
    }
  }
  out << "    </edges>\n  </graph>\n</gexf>\n";
  return out.str();
}

void WriteGexf(const std::string& path, const Network& network, const LayeredGraph& graph,
               const AccountMetrics& metrics, const GexfParams& params) {
  WriteFileAtomically(path, FormatGexf(network, graph, metrics, params));
}

}  // namespace agencynet
