#include "io/real_data.hpp"

#include <gtest/gtest.h>

#include <algorithm>

#include "core/dataset.hpp"
#include "core/graph.hpp"
#include "io/load.hpp"

namespace agencynet::testing {

namespace {
std::uint64_t Get(const std::map<std::string, std::uint64_t>& counts, const std::string& key) {
  const auto it = counts.find(key);
  return it == counts.end() ? 0 : it->second;
}
}  // namespace

void ExpectCounts(const std::vector<std::filesystem::path>& files, const Expected& want) {
  std::vector<std::pair<std::filesystem::path, LoadOptions>> with_options;
  for (const auto& file : files) with_options.emplace_back(file, LoadOptions{});
  ExpectCounts(with_options, want);
}

void ExpectCounts(const std::vector<std::pair<std::filesystem::path, LoadOptions>>& files,
                  const Expected& want) {
  Dataset dataset;
  for (const auto& [file, options] : files) LoadFile(file.string(), dataset, options);
  const Network net = Network::Resolve(std::move(dataset));
  const LoadReport& r = net.report;
  EXPECT_EQ(r.records, want.records);
  EXPECT_EQ(r.posts, want.posts);
  EXPECT_EQ(r.duplicate_posts, want.duplicate_posts);
  EXPECT_EQ(r.skipped, want.skipped);
  std::map<std::string, std::uint64_t> unresolved;
  for (const auto& [kind, count] : r.unresolved) {
    if (count) unresolved[kind] = count;
  }
  EXPECT_EQ(unresolved, want.unresolved);
  EXPECT_EQ(Get(r.excluded, "self-mention"), want.self_mentions);
  EXPECT_EQ(Get(r.excluded, "mention of reply target"), want.reply_target_mentions);
  EXPECT_EQ(r.self_loops_dropped, want.self_loops_dropped);
  const LayeredGraph graph = BuildLayeredGraph(net.accounts.size(), net.interactions, kAllKinds);
  for (int k = 0; k < kEdgeKindCount; ++k) {
    EXPECT_EQ(graph.layers[k].num_edges(), want.edges[k]) << ToString(static_cast<EdgeKind>(k));
  }
  EXPECT_EQ(net.accounts.size(), want.accounts);
}

std::vector<std::filesystem::path> SortedFiles(const std::filesystem::path& folder) {
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(folder)) {
    const auto ext = entry.path().extension();
    if (ext == ".json" || ext == ".jsonl") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

std::string ParamName(const std::string& name) {
  std::string out = name;
  for (char& c : out) {
    if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
  }
  return out;
}

}  // namespace agencynet::testing
