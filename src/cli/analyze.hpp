// The `analyze` job: load every input, resolve, apply registries, build the layers, compute the
// metrics and write every output file. The CLI wraps it; tests call it directly.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "analysis/filter.hpp"
#include "analysis/metrics.hpp"
#include "core/dataset.hpp"
#include "core/graph.hpp"
#include "io/load.hpp"

namespace agencynet {

/// One input file and the options that apply to it alone.
struct InputSpec {
  std::string path;
  FollowOwner owner;                  ///< --followers-of / --friends-of given just before it
  std::optional<EdgeKind> edge_kind;  ///< --edge-kind in force for it
  std::optional<Platform> platform;   ///< --platform in force for it
};

struct AnalyzeOptions {
  std::vector<InputSpec> inputs;
  std::vector<std::string> registries;
  std::string output_dir = "out";
  FilterOptions filter;         ///< layers, time window, weights, subgraph
  MetricsOptions metrics;       ///< exact or estimated betweenness and closeness
  bool compute_metrics = true;  ///< false: Prepare leaves Prepared::metrics empty
  bool keep_self_loops = false;
  std::size_t dot_top = 100;
  std::string color_by = "role";     ///< of the pictures: role or community
  std::string size_by = "pagerank";  ///< of the pictures: a numeric column of accounts.csv
  std::string layout;                ///< Graphviz engine for network.gexf's positions ("": none)
  bool timeline = false;             ///< network.gexf in dynamic mode
  LoadOptions load;
};

struct AnalyzeResult {
  std::vector<std::string> files;  ///< paths written, in order
  std::uint64_t accounts = 0;
  std::uint64_t edges = 0;
  std::uint64_t posts = 0;
  std::uint64_t problems = 0;
  std::uint64_t registry_matches = 0;
};

/// The network every command works on: loaded, resolved, given roles, filtered, built, measured.
struct Prepared {
  Network network;
  LayeredGraph graph;
  AccountMetrics metrics;
  FilterReport filtered;
  std::size_t registry_matches = 0;
};

/// Loads every input and registry, resolves, applies the filters, builds the layers and computes
/// every metric. Throws InputError or UsageError.
Prepared Prepare(const AnalyzeOptions& options);

/// Runs the whole job. Creates output_dir if needed; every file is written atomically.
/// Throws InputError (unreadable or unrecognised input, or a bad record when strict),
/// UsageError, or OutputError.
AnalyzeResult RunAnalyze(const AnalyzeOptions& options);

}  // namespace agencynet
