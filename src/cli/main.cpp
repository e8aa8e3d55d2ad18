// agencynet: maps how government agencies and the public interact on social media.
// The only place that prints and chooses exit codes: 0 ok, 1 bad input, 2 bad usage.
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <iostream>
#include <stdexcept>

#include "analysis/filter.hpp"
#include "analysis/parallel.hpp"
#include "cli/analyze.hpp"
#include "cli/influence.hpp"
#include "cli/rank.hpp"
#include "cli/reach.hpp"
#include "cli/scorecard.hpp"
#include "core/error.hpp"
#include "export/atomic_file.hpp"
#include "export/render.hpp"
#include "export/write_dot.hpp"
#include "io/input.hpp"

#ifndef AGENCYNET_VERSION
#define AGENCYNET_VERSION "0.0.0"
#endif

namespace {

constexpr int kExitOk = 0;
constexpr int kExitBadInput = 1;
constexpr int kExitUsage = 2;

// A progress line on stderr, only when it is a terminal and the input is large.
auto MakeProgress(const std::vector<agencynet::InputSpec>& inputs) {
  std::uint64_t total = 0;
  for (const auto& input : inputs) total += agencynet::FileSizeOnDisk(input.path);
  const bool show = ::isatty(STDERR_FILENO) && total > (4u << 20);
  return [show](const std::string& file, std::uint64_t done, std::uint64_t size) {
    if (!show || size == 0) return;
    std::fprintf(stderr, "\rloading %s: %3d%% of %.1f MB", file.c_str(),
                 static_cast<int>(100.0 * static_cast<double>(done) / static_cast<double>(size)),
                 static_cast<double>(size) / 1e6);
    if (done >= size) std::fputc('\n', stderr);
    std::fflush(stderr);
  };
}

// Options that apply per file are read off the command line in order: --followers-of and
// --friends-of bind to the next input file; --edge-kind and --platform hold for every input file
// after them until given again. Throws UsageError.
std::vector<agencynet::InputSpec> InputSpecs(int argc, char** argv, const CLI::App* command) {
  // The command's options that take a value, so their values are not taken for input files.
  std::vector<std::string> with_value;
  for (const CLI::Option* option : command->get_options()) {
    if (option->get_expected_max() == 0 || option->get_positional()) continue;
    for (const std::string& name : option->get_lnames()) with_value.push_back("--" + name);
    for (const std::string& name : option->get_snames()) with_value.push_back("-" + name);
  }
  std::vector<agencynet::InputSpec> specs;
  agencynet::InputSpec next;
  bool pending_owner = false;
  for (int i = 2; i < argc; ++i) {  // argv[1] is the command
    std::string arg = argv[i];
    std::string value;
    const auto eq = arg.find('=');
    if (arg.rfind("--", 0) == 0 && eq != std::string::npos) {
      value = arg.substr(eq + 1);
      arg = arg.substr(0, eq);
    } else if (std::find(with_value.begin(), with_value.end(), arg) != with_value.end()) {
      if (i + 1 >= argc) break;  // CLI11 reports the missing value
      value = argv[++i];
    } else if (!arg.empty() && arg[0] == '-') {
      continue;  // a flag
    } else {
      next.path = arg;
      specs.push_back(next);
      next.owner = {};
      pending_owner = false;
      continue;
    }
    if (arg == "--followers-of" || arg == "--friends-of") {
      if (pending_owner) {
        throw agencynet::UsageError(arg + " " + value +
                                    " follows another owner option with no file between them; "
                                    "give one owner per file");
      }
      next.owner.side = arg == "--followers-of" ? agencynet::FollowOwner::Side::kFollowersOf
                                                : agencynet::FollowOwner::Side::kFriendsOf;
      next.owner.account = value;
      pending_owner = true;
    } else if (arg == "--edge-kind") {
      next.edge_kind = agencynet::ParseEdgeKind(value);
      if (!next.edge_kind) {
        throw agencynet::UsageError("unknown --edge-kind '" + value +
                                    "'; expected mention, retweet, reply, quote or follow");
      }
    } else if (arg == "--platform") {
      next.platform = agencynet::ParsePlatform(value);
      if (!next.platform) {
        throw agencynet::UsageError("unknown --platform '" + value +
                                    "'; expected twitter, mastodon or bluesky");
      }
    }
  }
  if (pending_owner) {
    throw agencynet::UsageError("--followers-of/--friends-of " + next.owner.account +
                                " names no file after it; put it just before the ID page or "
                                "list it describes");
  }
  return specs;
}

// The options every command shares: inputs, their formats and owners, registries, filters.
struct Common {
  agencynet::AnalyzeOptions options;
  std::vector<std::string> inputs;
  std::vector<std::string> per_file;  // read in order by InputSpecs
  std::string layers = "all";
  std::string format = "auto";
  std::string since, until;
  std::size_t threads = 0;
  std::string betweenness = "auto", closeness = "auto";
};

agencynet::Estimate ParseEstimate(const std::string& option, const std::string& value) {
  if (value == "auto") return agencynet::Estimate::kAuto;
  if (value == "exact") return agencynet::Estimate::kExact;
  if (value == "sampled") return agencynet::Estimate::kSampled;
  throw agencynet::UsageError("unknown " + option + " '" + value +
                              "'; expected auto, exact or sampled");
}

void AddCommon(CLI::App* command, Common& c, bool subgraph_role, bool ego_hops = true,
               const std::string& format_option = "--format") {
  command->add_option("inputs", c.inputs, "Input files: JSON, JSON Lines, edge lists, or .gz")
      ->required()
      ->check(CLI::ExistingFile);
  command
      ->add_option("--registry", c.options.registries,
                   "Registry of government accounts: CSV (platform,id,handle,name,type,level,"
                   "parent) or the congress-legislators YAML; repeatable")
      ->allow_extra_args(false)
      ->check(CLI::ExistingFile);
  command
      ->add_option(format_option, c.format,
                   "Input format: auto, twitter-v1, twitter-v2, mastodon, activitypub, bluesky "
                   "or edges")
      ->capture_default_str();
  command
      ->add_option("--followers-of", c.per_file,
                   "The next file is an ID page or list of ACCOUNT's followers (a Twitter ID or "
                   "@handle, a Bluesky DID, a Mastodon user@host)")
      ->allow_extra_args(false);
  command
      ->add_option("--friends-of", c.per_file,
                   "The next file is an ID page or list of the accounts ACCOUNT follows")
      ->allow_extra_args(false);
  command
      ->add_option("--edge-kind", c.per_file,
                   "Kind of the edges in the edge lists after it: mention, retweet, reply, "
                   "quote or follow")
      ->allow_extra_args(false);
  command
      ->add_option("--platform", c.per_file,
                   "Platform of the IDs in the files after it: twitter, mastodon or bluesky "
                   "(default: read off each ID)")
      ->allow_extra_args(false);
  command->add_flag("--strict", c.options.load.strict, "Stop at the first bad record (exit 1)");
  command->add_flag("--keep-self-loops", c.options.keep_self_loops,
                    "Keep self-edges (threads, self-retweets) instead of dropping them");
  command->add_flag("--user-page-posts", c.options.load.user_page_posts,
                    "Load posts found inside user objects (profile snapshots)");
  agencynet::FilterOptions& f = c.options.filter;
  command
      ->add_option("--layers", c.layers,
                   "Layers to build and analyse: comma-separated mention,retweet,reply,quote,"
                   "follow, or all")
      ->capture_default_str();
  command->add_option("--since", c.since, "Keep interactions at or after this date or time");
  command->add_option("--until", c.until, "Keep interactions before this date or time");
  command->add_option("--min-weight", f.min_weight,
                      "Keep layer edges made by at least this many posts");
  if (subgraph_role) {
    command->add_option("--role", f.role,
                        "Keep accounts of this role and the edges among them (government = every "
                        "role but public: the interagency network)");
  }
  command->add_option("--ego", f.ego, "Keep the accounts within --hops of this account");
  if (ego_hops) command->add_option("--hops", f.hops, "Hops for --ego")->capture_default_str();
  command->add_flag("--largest-component", f.largest_component,
                    "Keep the largest weakly connected component");
  command->add_option("--kcore", f.kcore, "Keep the accounts of coreness at least K");
  command->add_option("--threads", c.threads, "Threads for the path-based metrics (default: all)");
  agencynet::MetricsOptions& m = c.options.metrics;
  command
      ->add_option("--betweenness", c.betweenness,
                   "exact (Brandes), sampled (Riondato–Kornaropoulos estimate within "
                   "--epsilon·n(n−1) with probability 1−--delta) or auto (exact up to "
                   "n·m = 2e10)")
      ->capture_default_str();
  command
      ->add_option("--epsilon", m.betweenness_params.epsilon,
                   "Error bound of sampled betweenness, as a share of the n(n−1) pairs")
      ->capture_default_str();
  command
      ->add_option("--closeness", c.closeness,
                   "exact, sampled (pivot estimate: harmonic within --closeness-epsilon·(n−1)) "
                   "or auto (exact up to n·m = 2e10); sampled also bounds the diameter from below")
      ->capture_default_str();
  command
      ->add_option("--closeness-epsilon", m.closeness_params.epsilon,
                   "Error bound of sampled closeness and harmonic, as a share of n−1")
      ->capture_default_str();
  command
      ->add_option("--delta", m.betweenness_params.delta,
                   "Probability that a sampled measure misses its bound")
      ->capture_default_str();
  command
      ->add_option("--sample-seed", m.betweenness_params.seed,
                   "Seed of the sampled measures (same seed, same result)")
      ->capture_default_str();
}

// Finishes the shared options once CLI11 has parsed. Throws UsageError.
void Finish(Common& c, int argc, char** argv, const CLI::App* command) {
  c.options.inputs = InputSpecs(argc, argv, command);
  if (c.options.inputs.size() != c.inputs.size()) {
    throw agencynet::UsageError(
        "could not tell the input files from option values; write options as --name=value");
  }
  c.options.filter.layers = agencynet::ParseLayers(c.layers);
  if (!c.since.empty()) c.options.filter.since = agencynet::ParseWhen(c.since);
  if (!c.until.empty()) c.options.filter.until = agencynet::ParseWhen(c.until);
  c.options.load.format = agencynet::ParseInputFormat(c.format);
  c.options.load.progress = MakeProgress(c.options.inputs);
  agencynet::SetThreadCount(c.threads);
  agencynet::MetricsOptions& m = c.options.metrics;
  m.betweenness = ParseEstimate("--betweenness", c.betweenness);
  m.closeness = ParseEstimate("--closeness", c.closeness);
  m.closeness_params.delta = m.betweenness_params.delta;
  m.closeness_params.seed = m.betweenness_params.seed;
  for (const double x :
       {m.betweenness_params.epsilon, m.closeness_params.epsilon, m.betweenness_params.delta}) {
    if (!(x > 0 && x < 1)) {
      throw agencynet::UsageError(
          "--epsilon, --closeness-epsilon and --delta take a number "
          "between 0 and 1 (exclusive)");
    }
  }
}

agencynet::TableFormat Format(bool csv, bool json) {
  return json  ? agencynet::TableFormat::kJson
         : csv ? agencynet::TableFormat::kCsv
               : agencynet::TableFormat::kText;
}

// A command that prints a table: the shared options, then --csv and --json.
struct TableCommand {
  Common common;
  bool csv = false, json = false;
  CLI::App* app = nullptr;
  agencynet::TableFormat format() const { return Format(csv, json); }
  void Finish(int argc, char** argv) { ::Finish(common, argc, argv, app); }
};

void AddTableCommand(CLI::App& parent, TableCommand& c, const std::string& name,
                     const std::string& help, bool subgraph_role, bool ego_hops,
                     const std::string& csv_help) {
  c.app = parent.add_subcommand(name, help);
  AddCommon(c.app, c.common, subgraph_role, ego_hops);
  c.app->add_flag("--csv", c.csv, csv_help);
  c.app->add_flag("--json", c.json, "JSON instead of aligned text");
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{
      "agencynet maps how government agencies and the public interact on social media: it loads "
      "archives of posts, builds mention, retweet, reply, quote and follow graphs, computes "
      "who is central and writes files for Gephi, Graphviz and spreadsheets."};
  app.set_version_flag("--version", std::string("agencynet ") + AGENCYNET_VERSION);
  app.require_subcommand(1);

  Common analyze_options, stats_options;
  CLI::App* analyze = app.add_subcommand(
      "analyze", "Load archives, build the interaction graphs, compute metrics, write outputs");
  AddCommon(analyze, analyze_options, true);
  analyze->add_option("-o,--output", analyze_options.options.output_dir, "Output folder")
      ->capture_default_str();
  analyze
      ->add_option("--dot-top", analyze_options.options.dot_top,
                   "Accounts drawn in network.dot, top by PageRank (0 = all)")
      ->capture_default_str();

  analyze
      ->add_option("--color-by", analyze_options.options.color_by,
                   "Colour of the pictures' accounts: role or community")
      ->capture_default_str();
  analyze
      ->add_option("--size-by", analyze_options.options.size_by,
                   "Size of the pictures' accounts: a numeric column of accounts.csv")
      ->capture_default_str();
  analyze->add_option("--layout", analyze_options.options.layout,
                      "Lay every account out with this Graphviz engine (sfdp, neato, fdp, ...) "
                      "and write the positions into network.gexf");
  analyze->add_flag("--timeline", analyze_options.options.timeline,
                    "network.gexf in dynamic mode: edges live from first to last seen, accounts "
                    "from their first edge (Gephi's timeline plays the growth)");

  Common render_options;
  agencynet::DotParams render;
  std::string render_format = "svg", render_engine = "sfdp", render_output;
  bool render_interagency = false;
  CLI::App* render_command = app.add_subcommand(
      "render", "Draw the network (or the interagency network) as SVG, PDF or PNG with Graphviz");
  AddCommon(render_command, render_options, true, true, "--input-format");
  render_command->add_option("--format", render_format, "svg, pdf or png")->capture_default_str();
  render_command
      ->add_option("--engine", render_engine,
                   "Graphviz layout: sfdp, neato, fdp, twopi (under a second for 100 accounts), "
                   "dot (seconds), circo (minutes on dense pictures)")
      ->capture_default_str();
  render_command
      ->add_option("--top", render.top,
                   "Accounts drawn, top by PageRank (0 = all; the title says what was left out)")
      ->capture_default_str();
  render_command
      ->add_option("--labels", render.labels, "Accounts labelled, largest first (0 = all)")
      ->capture_default_str();
  render_command->add_option("--color-by", render.color_by, "role or community")
      ->capture_default_str();
  render_command->add_option("--size-by", render.size_by, "A numeric column of accounts.csv")
      ->capture_default_str();
  render_command->add_option("--title", render.title, "Title above the picture")
      ->capture_default_str();
  render_command->add_flag("--interagency", render_interagency,
                           "Only government accounts (every role but public)");
  render_command->add_option("-o,--output", render_output,
                             "Output file (default: network.FORMAT, or interagency.FORMAT)");

  agencynet::RankOptions rank;
  TableCommand ranking;
  AddTableCommand(app, ranking, "rank",
                  "Rank accounts by a metric, e.g. the most influential public accounts", false,
                  true, "CSV instead of aligned text");
  CLI::App* rank_command = ranking.app;
  rank_command->add_option("--metric", rank.metric, "Metric to rank by (a column of accounts.csv)")
      ->capture_default_str();
  rank_command->add_option("--role", rank.role,
                           "Show only accounts of this role (government = every role but public); "
                           "the metrics are computed on the whole network");
  rank_command->add_option("--top", rank.top, "Accounts shown (0 = all)")->capture_default_str();
  std::string personalize;
  rank_command->add_option("--personalize", personalize,
                           "PageRank as seen from the accounts of this role (government = every "
                           "role but public): the walk restarts only at them");

  agencynet::ReachOptions reach;
  TableCommand reaching;
  AddTableCommand(app, reaching, "reach",
                  "Whom the messages of some accounts get to along information flow, hop by hop, "
                  "and through whom",
                  true, false, "Every reached account as CSV");
  CLI::App* reach_command = reaching.app;
  reach_command
      ->add_option("--account", reach.accounts,
                   "A sender: an ID, a DID, user@host or @handle; repeatable (their reach "
                   "together)")
      ->required()
      ->allow_extra_args(false);
  reach_command->add_option("--hops", reach.hops, "Hops along information flow")
      ->capture_default_str();
  reach_command->add_option("--top", reach.top, "Accounts and brokers listed (0 = all)")
      ->capture_default_str();

  agencynet::InfluenceOptions influence;
  TableCommand influencing;
  AddTableCommand(app, influencing, "influence",
                  "The accounts that would carry a message furthest along information flow "
                  "(IMM), beside the top accounts by PageRank and degree",
                  false, true, "The picks as CSV");
  CLI::App* influence_command = influencing.app;
  influence_command->add_option("--k", influence.k, "Accounts to pick")->capture_default_str();
  influence_command->add_option(
      "--role", influence.role,
      "Pick only accounts of this role (government = every role but public)");
  influence_command->add_option(
      "--seed-from", influence.seed_from,
      "The message starts from the accounts of this role anyway (e.g. government); the picks "
      "maximise the spread they add");
  influence_command
      ->add_option("--model", influence.model, "ic (independent cascade) or lt (linear threshold)")
      ->capture_default_str();
  influence_command
      ->add_option("--probability", influence.probability,
                   "Edge probabilities: weighted-cascade (1/in-degree), from-weights (weight / "
                   "incoming weight) or uniform:P")
      ->capture_default_str();
  influence_command
      ->add_option("--imm-epsilon", influence.epsilon,
                   "IMM's ε: the picks spread at least (1 − 1/e − ε) of the best")
      ->capture_default_str();
  influence_command
      ->add_option("--simulations", influence.simulations, "Monte Carlo runs for each spread")
      ->capture_default_str();

  TableCommand scoring;
  AddTableCommand(app, scoring, "scorecard",
                  "Mergel's strategies (push, pull, networking, customer service) of each "
                  "government account, with the business-case figures",
                  true, true, "scorecard.csv's CSV");

  bool stats_json = false;
  CLI::App* stats = app.add_subcommand("stats", "Print the whole-network figures");
  AddCommon(stats, stats_options, true);
  stats->add_flag("--json", stats_json, "JSON (the content of summary.json)");

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e);
    return code == 0 ? kExitOk : kExitUsage;
  }

  try {
    if (analyze->parsed()) {
      Finish(analyze_options, argc, argv, analyze);
      const agencynet::AnalyzeResult result = agencynet::RunAnalyze(analyze_options.options);
      std::cout << "agencynet: " << result.posts << " posts, " << result.accounts << " accounts ("
                << result.registry_matches << " from the registry), " << result.edges << " edges\n";
      if (result.problems > 0) {
        std::cout << "agencynet: " << result.problems
                  << " bad records skipped; see load-report.txt\n";
      }
      for (const std::string& file : result.files) std::cout << "  wrote " << file << '\n';
    } else if (render_command->parsed()) {
      Finish(render_options, argc, argv, render_command);
      render.government_only = render_interagency;
      if (render.labels == 0) render.labels = SIZE_MAX;  // --labels 0: every account
      render.layout = render_engine;
      if (render_output.empty()) {
        render_output = (render_interagency ? "interagency." : "network.") + render_format;
      }
      const agencynet::Prepared prepared = agencynet::Prepare(render_options.options);
      const std::string picture = agencynet::RenderDot(
          agencynet::FormatDot(prepared.network, prepared.graph, prepared.metrics, render),
          render_engine, render_format);
      agencynet::WriteFileAtomically(render_output, picture);
      std::cout << "agencynet: wrote " << render_output << " (" << picture.size() << " bytes)\n";
    } else if (ranking.app->parsed()) {
      ranking.Finish(argc, argv);
      rank.format = ranking.format();
      agencynet::Prepared prepared = agencynet::Prepare(ranking.common.options);
      if (!personalize.empty()) {
        prepared.metrics.pagerank = agencynet::PersonalizedPageRank(prepared, personalize);
      }
      std::cout << agencynet::FormatRank(prepared, rank);
    } else if (influencing.app->parsed()) {
      influencing.Finish(argc, argv);
      influence.format = influencing.format();
      influence.seed = influencing.common.options.metrics.betweenness_params.seed;
      influencing.common.options.compute_metrics = false;
      std::cout << agencynet::FormatInfluence(agencynet::Prepare(influencing.common.options),
                                              influence);
    } else if (scoring.app->parsed()) {
      scoring.Finish(argc, argv);
      // Of the metrics, only reach is needed, and only in the CSV and JSON.
      const agencynet::AnalyzeOptions& o = scoring.common.options;
      agencynet::AnalyzeOptions light = o;
      light.compute_metrics = false;
      agencynet::Prepared prepared = agencynet::Prepare(light);
      if (scoring.csv || scoring.json) {
        prepared.metrics.reach = agencynet::Reach(prepared.graph.flow, o.metrics.reach);
      }
      std::cout << agencynet::FormatScorecard(prepared, o, scoring.format());
    } else if (reaching.app->parsed()) {
      reaching.Finish(argc, argv);
      reach.format = reaching.format();
      reaching.common.options.compute_metrics = false;
      std::cout << agencynet::FormatReach(agencynet::Prepare(reaching.common.options), reach);
    } else {
      Finish(stats_options, argc, argv, stats);
      std::cout << agencynet::FormatStats(agencynet::Prepare(stats_options.options),
                                          Format(false, stats_json));
    }
    return kExitOk;
  } catch (const agencynet::UsageError& e) {
    std::cerr << "agencynet: " << e.what() << '\n';
    return kExitUsage;
  } catch (const agencynet::InputError& e) {
    std::cerr << "agencynet: " << e.what() << '\n';
    return kExitBadInput;
  } catch (const agencynet::OutputError& e) {
    std::cerr << "agencynet: " << e.what() << '\n';
    return kExitBadInput;
  } catch (const std::invalid_argument& e) {
    // A setting the kernels refuse (an error bound too tight to sample, say).
    std::cerr << "agencynet: " << e.what() << '\n';
    return kExitUsage;
  } catch (const std::bad_alloc&) {
    std::cerr << "agencynet: out of memory; try fewer inputs or --layers to build fewer layers\n";
    return kExitBadInput;
  }
}
