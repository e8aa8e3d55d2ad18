// Helpers shared by the tests: where the real data and the project files are, temp folders, and
// loading snippets.
#pragma once

#include <gtest/gtest.h>

#include <filesystem>
#include <optional>
#include <string>
#include <tuple>

#include "core/dataset.hpp"
#include "core/graph.hpp"
#include "io/load.hpp"

namespace agencynet::testing {

/// The project's source folder.
inline std::filesystem::path SourceDir() { return AGENCYNET_SOURCE_DIR; }

/// The shared real data: $AGENCYNET_DATA, else ../shared/data beside the checkout. Empty (and
/// the calling test marked failed, with where it looked) when it is not there.
std::filesystem::path DataDir();

/// A fresh empty folder under the system temp folder, removed when the object goes away.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::filesystem::path& path() const { return path_; }
  std::filesystem::path operator/(const std::string& name) const { return path_ / name; }

 private:
  std::filesystem::path path_;
};

/// Reads a whole file (plain) into a string.
std::string ReadText(const std::filesystem::path& path);
void WriteText(const std::filesystem::path& path, const std::string& text);

/// Loads `content` as file "snippet.json" into a fresh dataset and resolves it.
Network LoadSnippet(const std::string& content, const LoadOptions& options = {},
                    const ResolveOptions& resolve = {});

/// Number of interactions of `kind` from the account with ID `source` to the one with ID `target`
/// (summing weights), in a resolved network.
std::uint32_t EdgeWeight(const Network& network, EdgeKind kind, const std::string& source,
                         const std::string& target);

/// A graph on `n` accounts from (source, target, weight) triples, for the metric tests.
CsrGraph MakeGraph(std::size_t n, const std::vector<std::tuple<int, int, int>>& edges);

/// Number of interactions of `kind`.
std::size_t CountKind(const Network& network, EdgeKind kind);

struct CommandResult {
  int code = -1;
  std::string output;  ///< stdout and stderr together
};

/// Runs a shell command line, capturing its output.
CommandResult Shell(const std::string& command_line);

/// The Higgs "mention" or "reply" network of the real data as interactions of its kind, self-
/// loops dropped as the resolver drops them; `num_nodes` is set. Empty, and the calling test
/// failed, when the data is missing.
std::vector<Interaction> HiggsEdges(const std::string& network, std::size_t& num_nodes);

/// The graph of HiggsEdges.
CsrGraph HiggsGraph(const std::string& network);

}  // namespace agencynet::testing

#define AGENCYNET_REQUIRE_DATA(var)                                  \
  const std::filesystem::path var = ::agencynet::testing::DataDir(); \
  if (var.empty()) return

namespace agencynet::testing {

/// Reads a SNAP-style edge list ("a b [w]" per line, '#' comments) into interactions of `kind`,
/// interning the integer IDs densely in order of appearance. For graph-level checks only; the
/// product's edge-list loader is in src/io.
std::vector<Interaction> ReadEdgeListForTest(const std::filesystem::path& path, EdgeKind kind,
                                             std::size_t& num_nodes);

}  // namespace agencynet::testing
