#include "cli/analyze.hpp"

#include <filesystem>
#include <sstream>

#include "analysis/metrics.hpp"
#include "core/error.hpp"
#include "export/write_csv.hpp"
#include "export/write_dot.hpp"
#include "export/write_gexf.hpp"
#include "export/write_report.hpp"
#include "io/load_registry.hpp"

namespace agencynet {

std::uint32_t ParseLayers(const std::string& text) {
  if (text.empty() || text == "all") return kAllKinds;
  std::uint32_t mask = 0;
  std::stringstream stream(text);
  std::string item;
  while (std::getline(stream, item, ',')) {
    const auto kind = ParseEdgeKind(item);
    if (!kind) {
      throw UsageError("unknown layer '" + item +
                       "' in --layers; expected a comma-separated list of mention, retweet, "
                       "reply, quote, follow (or all)");
    }
    mask |= KindBit(*kind);
  }
  return mask;
}

AnalyzeResult RunAnalyze(const AnalyzeOptions& options) {
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
  AnalyzeResult result;
  result.registry_matches = ApplyRegistry(registry, network.accounts);

  std::vector<Interaction> selected;
  selected.reserve(network.interactions.size());
  for (const Interaction& e : network.interactions) {
    if (options.layers & KindBit(e.kind)) selected.push_back(e);
  }
  const LayeredGraph graph = BuildLayeredGraph(network.accounts.size(), selected, options.layers);
  const AccountMetrics metrics = ComputeMetrics(graph);

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
  WriteGexf(out("network.gexf"), network, graph, metrics);
  WriteDot(out("network.dot"), network, graph, metrics, DotParams{.top = options.dot_top});
  WriteSummaryJson(out("summary.json"), network, graph, metrics);
  WriteLoadReport(out("load-report.txt"), network.report);

  result.accounts = network.accounts.size();
  result.edges = metrics.summary.edges;
  result.posts = network.report.posts;
  result.problems = network.report.errors;
  return result;
}

}  // namespace agencynet
