#include "export/write_csv.hpp"

#include "export/atomic_file.hpp"
#include "export/escape.hpp"
#include "export/tables.hpp"

namespace agencynet {

void WriteAccountsCsv(const std::string& path, const Network& network,
                      const AccountMetrics& metrics) {
  const std::vector<AccountColumn> columns = AccountColumns(network, metrics);
  AtomicFile file(path);
  std::ostream& out = file.out();
  for (std::size_t c = 0; c < columns.size(); ++c) out << (c ? "," : "") << columns[c].title;
  out << '\n';
  for (AccountIndex i = 0; i < network.accounts.size(); ++i) {
    for (std::size_t c = 0; c < columns.size(); ++c) {
      out << (c ? "," : "") << CsvField(columns[c].value(i));
    }
    out << '\n';
  }
  file.Commit();
}

void WriteEdgesCsv(const std::string& path, const Network& network, const LayeredGraph& graph) {
  const AccountTable& accounts = network.accounts;
  AtomicFile file(path);
  std::ostream& out = file.out();
  out << "platform,source_id,source_handle,target_id,target_handle,kind,weight,first_seen,"
         "last_seen\n";
  for (int k = 0; k < kEdgeKindCount; ++k) {
    const CsrGraph& layer = graph.layers[k];
    const std::string_view kind = ToString(static_cast<EdgeKind>(k));
    for (AccountIndex u = 0; u < layer.num_nodes(); ++u) {
      const Account& source = accounts[u];
      for (EdgeIndex e = layer.EdgeBegin(u); e < layer.EdgeEnd(u); ++e) {
        const Account& target = accounts[layer.target(e)];
        out << ToString(source.platform) << ',' << CsvField(source.id) << ','
            << CsvField(source.handle) << ',' << CsvField(target.id) << ','
            << CsvField(target.handle) << ',' << kind << ',' << layer.weight(e) << ','
            << FormatIsoTime(layer.first_seen(e)) << ',' << FormatIsoTime(layer.last_seen(e))
            << '\n';
      }
    }
  }
  file.Commit();
}

}  // namespace agencynet
