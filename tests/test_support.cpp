#include "test_support.hpp"

#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <unordered_map>

namespace agencynet::testing {

std::filesystem::path DataDir() {
  std::vector<std::filesystem::path> tried;
  if (const char* env = std::getenv("AGENCYNET_DATA"); env && *env) {
    tried.emplace_back(env);
  }
  tried.push_back(SourceDir().parent_path() / "shared" / "data");
  for (const auto& dir : tried) {
    if (std::filesystem::is_directory(dir / "twitter-v1")) return dir;
  }
  std::string where;
  for (const auto& dir : tried) where += " " + dir.string();
  ADD_FAILURE() << "the real test data is missing: looked for twitter-v1/ in" << where
                << "; put the shared data beside the checkout or set AGENCYNET_DATA";
  return {};
}

TempDir::TempDir() {
  static std::atomic<int> counter{0};
  path_ = std::filesystem::temp_directory_path() /
          ("agencynet-test-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
  std::filesystem::remove_all(path_);
  std::filesystem::create_directories(path_);
}

TempDir::~TempDir() {
  std::error_code ec;
  std::filesystem::remove_all(path_, ec);
}

std::string ReadText(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

void WriteText(const std::filesystem::path& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary);
  out << text;
}

Network LoadSnippet(const std::string& content, const LoadOptions& options,
                    const ResolveOptions& resolve) {
  Dataset dataset;
  LoadContent("snippet.json", content, dataset, options);
  return Network::Resolve(std::move(dataset), resolve);
}

std::uint32_t EdgeWeight(const Network& network, EdgeKind kind, const std::string& source,
                         const std::string& target) {
  const AccountIndex s = network.accounts.FindId(Platform::kTwitter, source);
  const AccountIndex t = network.accounts.FindId(Platform::kTwitter, target);
  std::uint32_t weight = 0;
  for (const Interaction& e : network.interactions) {
    if (e.kind == kind && e.source == s && e.target == t) weight += e.weight;
  }
  return weight;
}

CsrGraph MakeGraph(std::size_t n, const std::vector<std::tuple<int, int, int>>& edges) {
  std::vector<Interaction> list;
  for (const auto& [u, v, w] : edges) {
    list.push_back({static_cast<AccountIndex>(u), static_cast<AccountIndex>(v), kNoTime,
                    static_cast<std::uint32_t>(w), EdgeKind::kMention});
  }
  return BuildGraph(n, list, kAllKinds);
}

std::size_t CountKind(const Network& network, EdgeKind kind) {
  std::size_t n = 0;
  for (const Interaction& e : network.interactions) n += e.kind == kind ? 1 : 0;
  return n;
}

CommandResult Shell(const std::string& command_line) {
  const std::string command = command_line + " 2>&1";
  CommandResult run;
  FILE* pipe = ::popen(command.c_str(), "r");
  if (!pipe) return run;
  char buffer[4096];
  std::size_t got = 0;
  while ((got = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) run.output.append(buffer, got);
  const int status = ::pclose(pipe);
  run.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return run;
}

std::vector<Interaction> HiggsEdges(const std::string& network, std::size_t& num_nodes) {
  num_nodes = 0;
  const std::filesystem::path data = DataDir();
  if (data.empty()) return {};
  auto edges = ReadEdgeListForTest(
      data / "edgelists/snap-higgs" / ("higgs-" + network + "_network.edgelist"),
      network == "reply" ? EdgeKind::kReply : EdgeKind::kMention, num_nodes);
  std::erase_if(edges, [](const Interaction& e) { return e.source == e.target; });
  return edges;
}

CsrGraph HiggsGraph(const std::string& network) {
  std::size_t n = 0;
  const std::vector<Interaction> edges = HiggsEdges(network, n);
  return BuildGraph(n, edges, kAllKinds);
}

}  // namespace agencynet::testing

namespace agencynet::testing {

std::vector<Interaction> ReadEdgeListForTest(const std::filesystem::path& path, EdgeKind kind,
                                             std::size_t& num_nodes) {
  std::ifstream in(path);
  EXPECT_TRUE(in) << "cannot read " << path;
  std::unordered_map<std::uint64_t, AccountIndex> ids;
  auto intern = [&ids](std::uint64_t id) {
    return ids.try_emplace(id, static_cast<AccountIndex>(ids.size())).first->second;
  };
  std::vector<Interaction> out;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::istringstream fields(line);
    std::uint64_t a = 0, b = 0;
    std::uint32_t w = 1;
    fields >> a >> b;
    if (!(fields >> w)) w = 1;
    const AccountIndex s = intern(a);
    out.push_back({s, intern(b), kNoTime, w, kind});
  }
  num_nodes = ids.size();
  return out;
}

}  // namespace agencynet::testing
