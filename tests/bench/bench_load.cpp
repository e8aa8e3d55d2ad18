// Loader and pipeline throughput on the bundled sample (19 MB of v1.1 JSON Lines once
// decompressed), in MB/s of JSON. Not run by ctest; see scripts/bench.
#include <benchmark/benchmark.h>

#include "analysis/metrics.hpp"
#include "core/dataset.hpp"
#include "core/graph.hpp"
#include "io/input.hpp"
#include "io/load.hpp"

namespace {

const std::string& SampleJson() {
  static const std::string json = agencynet::ReadInputFile(std::string(AGENCYNET_SOURCE_DIR) +
                                                           "/graphs/sample/tweets.jsonl.gz");
  return json;
}

void BM_LoadTwitterV1(benchmark::State& state) {
  const std::string& json = SampleJson();
  for (auto _ : state) {
    agencynet::Dataset dataset;
    agencynet::LoadContent("sample.jsonl", json, dataset);
    benchmark::DoNotOptimize(dataset.report.posts);
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) *
                          static_cast<std::int64_t>(json.size()));
}
BENCHMARK(BM_LoadTwitterV1)->Unit(benchmark::kMillisecond);

void BM_ResolveBuildPageRank(benchmark::State& state) {
  const std::string& json = SampleJson();
  for (auto _ : state) {
    state.PauseTiming();
    agencynet::Dataset dataset;
    agencynet::LoadContent("sample.jsonl", json, dataset);
    state.ResumeTiming();
    const agencynet::Network net = agencynet::Network::Resolve(std::move(dataset));
    const agencynet::LayeredGraph graph =
        agencynet::BuildLayeredGraph(net.accounts.size(), net.interactions, agencynet::kAllKinds);
    const agencynet::AccountMetrics metrics = agencynet::ComputeMetrics(graph);
    benchmark::DoNotOptimize(metrics.pagerank.scores.data());
  }
}
BENCHMARK(BM_ResolveBuildPageRank)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
