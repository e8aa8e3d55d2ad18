// agencynet: maps how government agencies and the public interact on social media.
// The only place that prints and chooses exit codes: 0 ok, 1 bad input, 2 bad usage.
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <cstdio>
#include <iostream>

#include "cli/analyze.hpp"
#include "core/error.hpp"
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
std::vector<agencynet::InputSpec> InputSpecs(int argc, char** argv) {
  static const std::vector<std::string> kWithValue = {
      "--registry", "-o",          "--output",   "--layers",       "--format",
      "--dot-top",  "--edge-kind", "--platform", "--followers-of", "--friends-of"};
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
    } else if (std::find(kWithValue.begin(), kWithValue.end(), arg) != kWithValue.end()) {
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
                                    " follows another owner option with no "
                                    "file between them; give one owner per file");
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

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{
      "agencynet maps how government agencies and the public interact on social media: it loads "
      "archives of posts, builds mention, retweet, reply, quote and follow graphs, computes "
      "who is central and writes files for Gephi, Graphviz and spreadsheets."};
  app.set_version_flag("--version", std::string("agencynet ") + AGENCYNET_VERSION);
  app.require_subcommand(1);

  agencynet::AnalyzeOptions options;
  std::string layers = "all";
  std::string format = "auto";
  CLI::App* analyze = app.add_subcommand(
      "analyze", "Load archives, build the interaction graphs, compute metrics, write outputs");
  std::vector<std::string> inputs;
  std::vector<std::string> per_file;  // read in order by InputSpecs
  analyze->add_option("inputs", inputs, "Input files: JSON, JSON Lines, edge lists, or their .gz")
      ->required()
      ->check(CLI::ExistingFile);
  analyze
      ->add_option("--registry", options.registries,
                   "Registry of government accounts: CSV (platform,id,handle,name,type,level,"
                   "parent) or the congress-legislators YAML; repeatable")
      ->allow_extra_args(false)
      ->check(CLI::ExistingFile);
  analyze->add_option("-o,--output", options.output_dir, "Output folder")->capture_default_str();
  analyze
      ->add_option("--layers", layers,
                   "Layers to build and analyse: comma-separated mention,retweet,reply,quote,"
                   "follow, or all")
      ->capture_default_str();
  analyze
      ->add_option("--format", format,
                   "Input format: auto, twitter-v1, twitter-v2, mastodon, activitypub, bluesky "
                   "or edges")
      ->capture_default_str();
  analyze
      ->add_option("--followers-of", per_file,
                   "The next file is an ID page or list of ACCOUNT's followers (a Twitter ID or "
                   "@handle, a Bluesky DID, a Mastodon user@host)")
      ->allow_extra_args(false);
  analyze
      ->add_option("--friends-of", per_file,
                   "The next file is an ID page or list of the accounts ACCOUNT follows")
      ->allow_extra_args(false);
  analyze
      ->add_option("--edge-kind", per_file,
                   "Kind of the edges in the edge lists after it: mention, retweet, reply, "
                   "quote or follow")
      ->allow_extra_args(false);
  analyze
      ->add_option("--platform", per_file,
                   "Platform of the IDs in the files after it: twitter, mastodon or bluesky "
                   "(default: read off each ID)")
      ->allow_extra_args(false);
  analyze->add_flag("--strict", options.load.strict, "Stop at the first bad record (exit 1)");
  analyze->add_flag("--keep-self-loops", options.keep_self_loops,
                    "Keep self-edges (threads, self-retweets) instead of dropping them");
  analyze->add_flag("--user-page-posts", options.load.user_page_posts,
                    "Load posts found inside user objects (profile snapshots)");
  analyze
      ->add_option("--dot-top", options.dot_top,
                   "Accounts drawn in network.dot, top by PageRank (0 = all)")
      ->capture_default_str();

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e);
    return code == 0 ? kExitOk : kExitUsage;
  }

  try {
    options.inputs = InputSpecs(argc, argv);
    if (options.inputs.size() != inputs.size()) {
      throw agencynet::UsageError(
          "could not tell the input files from option values; write "
          "options as --name=value");
    }
    options.layers = agencynet::ParseLayers(layers);
    options.load.format = agencynet::ParseInputFormat(format);
    options.load.progress = MakeProgress(options.inputs);
    const agencynet::AnalyzeResult result = agencynet::RunAnalyze(options);
    std::cout << "agencynet: " << result.posts << " posts, " << result.accounts << " accounts ("
              << result.registry_matches << " from the registry), " << result.edges << " edges\n";
    if (result.problems > 0) {
      std::cout << "agencynet: " << result.problems
                << " bad records skipped; see load-report.txt\n";
    }
    for (const std::string& file : result.files) std::cout << "  wrote " << file << '\n';
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
  } catch (const std::bad_alloc&) {
    std::cerr << "agencynet: out of memory; try fewer inputs or --layers to build fewer layers\n";
    return kExitBadInput;
  }
}
