#include "export/write_gexf.hpp"

#include <algorithm>
#include <cmath>

#include "export/atomic_file.hpp"
#include "export/colors.hpp"
#include "export/escape.hpp"
#include "export/tables.hpp"

namespace agencynet {

void WriteGexf(const std::string& path, const Network& network, const LayeredGraph& graph,
               const AccountMetrics& metrics) {
  const std::vector<AccountColumn> columns = AccountColumns(network, metrics);
  const AccountTable& accounts = network.accounts;
  const std::vector<double>& pagerank = metrics.pagerank.scores;
  const double max_rank =
      pagerank.empty() ? 0.0 : *std::max_element(pagerank.begin(), pagerank.end());

  AtomicFile file(path);
  std::ostream& out = file.out();
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\" "
         "version=\"1.3\">\n"
         "  <meta>\n"
         "    <creator>agencynet</creator>\n"
         "    <description>Interactions among government and public accounts: source = the "
         "actor, target = the account acted upon</description>\n"
         "  </meta>\n"
         "  <graph defaultedgetype=\"directed\">\n"
         "    <attributes class=\"node\">\n";
  for (const AccountColumn& column : columns) {
    out << "      <attribute id=\"" << column.title << "\" title=\"" << column.title << "\" type=\""
        << column.gexf_type << "\"/>\n";
  }
  out << "    </attributes>\n"
         "    <attributes class=\"edge\">\n"
         "      <attribute id=\"first_seen\" title=\"first_seen\" type=\"string\"/>\n"
         "      <attribute id=\"last_seen\" title=\"last_seen\" type=\"string\"/>\n"
         "    </attributes>\n";
  out << "    <nodes count=\"" << accounts.size() << "\">\n";
  for (AccountIndex i = 0; i < accounts.size(); ++i) {
    const Account& account = accounts[i];
    out << "      <node id=\"" << XmlEscape(NodeKey(account)) << "\" label=\""
        << XmlEscape(OneLineText(DisplayLabel(account))) << "\">\n        <attvalues>\n";
    for (const AccountColumn& column : columns) {
      const std::string value = column.value(i);
      if (value.empty()) continue;
      out << "          <attvalue for=\"" << column.title << "\" value=\"" << XmlEscape(value)
          << "\"/>\n";
    }
    const Rgb color = RoleColor(account.role);
    const double size = max_rank > 0 ? 4.0 + 36.0 * std::sqrt(pagerank[i] / max_rank) : 4.0;
    out << "        </attvalues>\n"
        << "        <viz:color r=\"" << int{color.r} << "\" g=\"" << int{color.g} << "\" b=\""
        << int{color.b} << "\"/>\n"
        << "        <viz:size value=\"" << FormatDouble(std::round(size * 100) / 100) << "\"/>\n"
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
        if (first.empty()) {
          out << "/>\n";
          continue;
        }
        out << ">\n        <attvalues>\n"
            << "          <attvalue for=\"first_seen\" value=\"" << first << "\"/>\n"
            << "          <attvalue for=\"last_seen\" value=\"" << FormatIsoTime(layer.last_seen(e))
            << "\"/>\n"
            << "        </attvalues>\n      </edge>\n";
      }
    }
  }
  out << "    </edges>\n  </graph>\n</gexf>\n";
  file.Commit();
}

}  // namespace agencynet
