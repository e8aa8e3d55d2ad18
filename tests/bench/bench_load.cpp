// Loader and pipeline throughput, in MB/s of JSON: on the bundled sample (19 MB of v1.1 JSON
// Lines once decompressed) and, when AGENCYNET_BENCH_INPUTS names files (colon-separated), on
// each of them streamed from disk (page cache). Not run by ctest; scripts/bench runs it beside
// Python's json module on the same files.
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <sstream>

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

void BM_LoadSampleInMemory(benchmark::State& state) {
  const std::string& json = SampleJson();
  for (auto _ : state) {
    agencynet::Dataset dataset;
    agencynet::LoadContent("sample.jsonl", json, dataset);
    benchmark::DoNotOptimize(dataset.report.posts);
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) *
                          static_cast<std::int64_t>(json.size()));
}
BENCHMARK(BM_LoadSampleInMemory)->Unit(benchmark::kMillisecond);

void BM_ResolveBuildMetrics(benchmark::State& state) {
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
BENCHMARK(BM_ResolveBuildMetrics)->Unit(benchmark::kMillisecond);

// Loads one file from disk per iteration; bytes are the uncompressed JSON.
void LoadFileBenchmark(benchmark::State& state, const std::string& path) {
  std::uint64_t bytes = 0;
  for (auto _ : state) {
    agencynet::Dataset dataset;
    agencynet::LoadFile(path, dataset);
    benchmark::DoNotOptimize(dataset.report.posts);
    state.counters["posts"] = static_cast<double>(dataset.report.posts);
  }
  agencynet::InputStream stream(path);
  std::vector<char> buffer(1 << 20);
  while (const std::size_t got = stream.Read(buffer.data(), buffer.size())) bytes += got;
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * bytes));
}

}  // namespace

int main(int argc, char** argv) {
  if (const char* inputs = std::getenv("AGENCYNET_BENCH_INPUTS")) {
    std::stringstream list(inputs);
    std::string path;
    while (std::getline(list, path, ':')) {
      if (path.empty()) continue;
      benchmark::RegisterBenchmark(("BM_LoadFile/" + path).c_str(), LoadFileBenchmark, path)
          ->Unit(benchmark::kMillisecond)
          ->MinTime(2.0);
    }
  }
  benchmark::Initialize(&argc, argv);
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
