#include "export/write_graphml.hpp"

#include <sstream>

#include "export/atomic_file.hpp"
#include "export/escape.hpp"
#include "export/tables.hpp"

namespace agencynet {

std::string FormatGraphml(const Network& network, const LayeredGraph& graph,
                          const AccountMetrics& metrics) {
  const std::vector<AccountColumn> columns = AccountColumns(network, metrics);
  const AccountTable& accounts = network.accounts;
  std::ostringstream out;
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
         "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
         "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
         "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
  // Node keys are the column names; edge keys get an "edge_" id so the two never clash.
  for (const AccountColumn& column : columns) {
    out << "  <key id=\"" << column.title << "\" for=\"node\" attr.name=\"" << column.title
        << "\" attr.type=\"" << column.gexf_type << "\"/>\n";
  }
  out << "  <key id=\"edge_kind\" for=\"edge\" attr.name=\"kind\" attr.type=\"string\"/>\n"
         "  <key id=\"edge_weight\" for=\"edge\" attr.name=\"weight\" attr.type=\"long\"/>\n"
         "  <key id=\"edge_first_seen\" for=\"edge\" attr.name=\"first_seen\" "
         "attr.type=\"string\"/>\n"
         "  <key id=\"edge_last_seen\" for=\"edge\" attr.name=\"last_seen\" "
         "attr.type=\"string\"/>\n"
         "  <graph id=\"agencynet\" edgedefault=\"directed\">\n";
  for (AccountIndex i = 0; i < accounts.size(); ++i) {
    out << "    <node id=\"" << XmlEscape(NodeKey(accounts[i])) << "\">\n";
    for (const AccountColumn& column : columns) {
      const std::string value = column.value(i);
      if (value.empty()) continue;
      out << "      <data key=\"" << column.title << "\">" << XmlEscape(value) << "</data>\n";
    }
    out << "    </node>\n";
  }
  std::uint64_t edge_id = 0;
  for (int k = 0; k < kEdgeKindCount; ++k) {
    const CsrGraph& layer = graph.layers[k];
    const std::string_view kind = ToString(static_cast<EdgeKind>(k));
    for (AccountIndex u = 0; u < layer.num_nodes(); ++u) {
      const std::string source = XmlEscape(NodeKey(accounts[u]));
      for (EdgeIndex e = layer.EdgeBegin(u); e < layer.EdgeEnd(u); ++e) {
        out << "    <edge id=\"e" << edge_id++ << "\" source=\"" << source << "\" target=\""
            << XmlEscape(NodeKey(accounts[layer.target(e)])) << "\">\n"
            << "      <data key=\"edge_kind\">" << kind << "</data>\n"
            << "      <data key=\"edge_weight\">" << layer.weight(e) << "</data>\n";
        const std::string first = FormatIsoTime(layer.first_seen(e));
        if (!first.empty()) {
          out << "      <data key=\"edge_first_seen\">" << first << "</data>\n"
              << "      <data key=\"edge_last_seen\">" << FormatIsoTime(layer.last_seen(e))
              << "</data>\n";
        }
        out << "    </edge>\n";
      }
    }
  }
  out << "  </graph>\n</graphml>\n";
  return out.str();
}

void WriteGraphml(const std::string& path, const Network& network, const LayeredGraph& graph,
                  const AccountMetrics& metrics) {
  WriteFileAtomically(path, FormatGraphml(network, graph, metrics));
}

}  // namespace agencynet
