#include "cli/analyze.hpp"

#include <filesystem>

#include "analysis/influence.hpp"
#include "analysis/metrics.hpp"
#include "analysis/scorecard.hpp"
#include "core/error.hpp"
#include "export/atomic_file.hpp"
#include "export/render.hpp"
#include "export/tables.hpp"
#include "export/write_csv.hpp"
#include "export/write_dot.hpp"
#include "export/write_gexf.hpp"
#include "export/write_graphml.hpp"
#include "export/write_html.hpp"
#include "export/write_report.hpp"
#include "export/write_scorecard.hpp"
#include "io/load_registry.hpp"

namespace agencynet {

Prepared Prepare(const AnalyzeOptions& options) {
  if (options.inputs.empty()) throw UsageError("no input files; name at least one");
  Dataset dataset;
  for (const InputSpec& input : options.inputs) {
    LoadOptions load = options.load;
    load.owner = input.owner;
    load.edge_kind = input.edge_kind;
    load.platform = input.platform;
    LoadFile(input.path, dataset, load);
  }
  Registry registry;
  for (const std::string& path : options.registries) {
    MergeRegistry(registry, LoadRegistry(path, dataset.report));
  }
  Network network = Network::Resolve(std::move(dataset),
                                     ResolveOptions{.keep_self_loops = options.keep_self_loops});
  const std::size_t matches = ApplyRegistry(registry, network.accounts);
  const FilterReport filtered = ApplyFilters(network, options.filter);
  LayeredGraph graph =
      BuildLayeredGraph(network.accounts.size(), network.interactions, options.filter.layers);
  AccountMetrics metrics;
  if (options.compute_metrics) metrics = ComputeMetrics(graph, options.metrics);
  return Prepared{std::move(network), std::move(graph), std::move(metrics), filtered, matches};
}

AnalyzeResult RunAnalyze(const AnalyzeOptions& options) {
  const Prepared prepared = Prepare(options);
  const Network& network = prepared.network;
  const LayeredGraph& graph = prepared.graph;
  const AccountMetrics& metrics = prepared.metrics;
  AnalyzeResult result;
  result.registry_matches = prepared.registry_matches;

  std::error_code ec;
  std::filesystem::create_directories(options.output_dir, ec);
  if (ec) {
    throw OutputError("cannot create the output folder " + options.output_dir + ": " +
                      ec.message());
  }
  const std::filesystem::path dir(options.output_dir);
  auto out = [&](const char* name) {
    result.files.push_back((dir / name).string());
    return result.files.back();
  };
  WriteAccountsCsv(out("accounts.csv"), network, metrics);
  WriteEdgesCsv(out("edges.csv"), network, graph);
  GexfParams gexf{
      .color_by = options.color_by, .size_by = options.size_by, .timeline = options.timeline};
  if (!options.layout.empty()) {
    // Every account laid out, unlabelled (labels only slow the layout down).
    const auto laid =
        LayoutPositions(FormatDot(network, graph, metrics,
                                  DotParams{.top = 0, .labels = 0, .layout = options.layout}),
                        options.layout);
    for (const Account& account : network.accounts.accounts()) {
      const auto it = laid.find(DotNodeName(account));
      if (it != laid.end()) gexf.positions[NodeKey(account)] = it->second;
    }
  }
  WriteGexf(out("network.gexf"), network, graph, metrics, gexf);
  WriteGraphml(out("network.graphml"), network, graph, metrics);
  // The whole network and the interagency network, as DOT and drawn (sfdp, SVG).
  ReportParts report;
  DotParams picture{.top = options.dot_top,
                    .title = "agencynet: the network",
                    .color_by = options.color_by,
                    .size_by = options.size_by};
  const std::string dot = FormatDot(network, graph, metrics, picture);
  WriteFileAtomically(out("network.dot"), dot);
  report.network_svg = RenderDot(dot, "sfdp", "svg");
  WriteFileAtomically(out("network.svg"), report.network_svg);
  picture.government_only = true;
  picture.title = "agencynet: the interagency network";
  const std::string interagency = FormatDot(network, graph, metrics, picture);
  WriteFileAtomically(out("interagency.dot"), interagency);
  report.interagency_svg = RenderDot(interagency, "sfdp", "svg");
  WriteFileAtomically(out("interagency.svg"), report.interagency_svg);
  const PostWindow window{options.filter.since, options.filter.until};
  report.scorecard = Scorecard(network, graph, window);
  WriteFileAtomically(out("scorecard.csv"),
                      FormatScorecardCsv(network, report.scorecard, metrics.reach));
  WriteFileAtomically(out("cascades.csv"),
                      FormatCascadesCsv(network, Cascades(network, graph, window)));
  WriteSummaryJson(out("summary.json"), network, graph, metrics);
  // The public accounts that would carry the government accounts' message furthest.
  InfluenceParams influence{.k = 10, .epsilon = 0.2};
  influence.candidates.assign(network.accounts.size(), false);
  for (AccountIndex a = 0; a < network.accounts.size(); ++a) {
    if (!IsGovernment(network.accounts[a])) {
      influence.candidates[a] = true;
    } else {
      influence.fixed.push_back(a);
    }
  }
  if (!influence.fixed.empty()) {
    report.influence = MaximizeInfluence(graph.flow, influence).picks;
  }
  WriteFileAtomically(out("report.html"), FormatReportHtml(network, graph, metrics, report));
  WriteLoadReport(out("load-report.txt"), network.report);

  result.accounts = network.accounts.size();
  result.edges = metrics.summary.edges;
  result.posts = network.report.posts;
  result.problems = network.report.errors;
  return result;
}

}  // namespace agencynet
