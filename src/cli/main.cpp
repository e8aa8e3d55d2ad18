// agencynet: maps how government agencies and the public interact on social media.
// The only place that prints and chooses exit codes: 0 ok, 1 bad input, 2 bad usage.
#include <unistd.h>

#include <CLI/CLI.hpp>
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
auto MakeProgress(const std::vector<std::string>& inputs) {
  std::uint64_t total = 0;
  for (const auto& input : inputs) total += agencynet::FileSizeOnDisk(input);
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
  analyze->add_option("inputs", options.inputs, "Input files (JSON, JSON Lines, or their .gz)")
      ->required()
      ->check(CLI::ExistingFile);
  analyze
      ->add_option("--registry", options.registries,
                   "Registry CSV of government accounts (platform,id,handle,name,type,level,"
                   "parent); repeatable")
      ->check(CLI::ExistingFile);
  analyze->add_option("-o,--output", options.output_dir, "Output folder")->capture_default_str();
  analyze
      ->add_option("--layers", layers,
                   "Layers to build and analyse: comma-separated mention,retweet,reply,quote,"
                   "follow, or all")
      ->capture_default_str();
  analyze->add_option("--format", format, "Input format: auto or twitter-v1")
      ->capture_default_str();
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
