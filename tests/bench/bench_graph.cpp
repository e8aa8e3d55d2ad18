// One graph kernel of agencynet on one edge list, timed, for scripts/bench-graph (which runs the
// same kernel in igraph, graph-tool and NetworkX on the same file). Not run by ctest.
//
//   bench_graph EDGELIST KERNEL [--threads N]
//
// EDGELIST: whitespace-separated "u v" lines of integer node ids 0..n-1 (n = largest id + 1;
// further columns on a line and '#' comment lines are ignored). KERNEL: pagerank, wcc, scc
// (both run agencynet::Summarize, reported as "components"), kcore, bfs (one BFS from node 0
// along out-edges), betweenness (exact), betweenness-approx (ApproxBetweenness with its
// defaults), reach-exact and reach-hyperball (reach_2 of every node: breadth-first searches or
// HyperBall), imm (ten seeds by IMM, then their spread by 1,000 simulations), harmonic
// (agencynet::Closeness: closeness and harmonic).
//
// Prints one JSON line: kernel, threads, nodes, edges, load_s (read + parse + BuildGraph),
// kernel_s, peak_rss_mb (getrusage, whole process), graph_bytes (RSS growth over BuildGraph),
// graph_bytes_per_edge (RSS read after malloc_trim, so freed scratch does not count),
// graph_array_bytes (CsrGraph::MemoryBytes: the arrays' capacity), and a
// checksum to check that the work was done and to compare loosely with the other tools.
#include <fcntl.h>
#include <malloc.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "analysis/betweenness.hpp"
#include "analysis/closeness.hpp"
#include "analysis/coreness.hpp"
#include "analysis/influence.hpp"
#include "analysis/pagerank.hpp"
#include "analysis/parallel.hpp"
#include "analysis/reach.hpp"
#include "analysis/summary.hpp"
#include "core/dataset.hpp"
#include "core/graph.hpp"

namespace {

using Clock = std::chrono::steady_clock;

double Seconds(Clock::time_point since) {
  return std::chrono::duration<double>(Clock::now() - since).count();
}

// Resident set size now, in bytes (from /proc/self/statm).
std::int64_t CurrentRss() {
  std::FILE* f = std::fopen("/proc/self/statm", "r");
  if (!f) return 0;
  long pages_total = 0, pages_resident = 0;
  const int got = std::fscanf(f, "%ld %ld", &pages_total, &pages_resident);
  std::fclose(f);
  if (got != 2) return 0;
  return static_cast<std::int64_t>(pages_resident) * sysconf(_SC_PAGESIZE);
}

double PeakRssMb() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return static_cast<double>(usage.ru_maxrss) / 1024.0;  // ru_maxrss is in KiB on Linux
}

[[noreturn]] void Fail(const std::string& message) {
  std::fprintf(stderr, "bench_graph: %s\n", message.c_str());
  std::exit(2);
}

// Reads "u v" pairs from the file with mmap and a hand-written integer scanner.
std::vector<agencynet::Interaction> ReadEdgeList(const char* path, std::size_t& num_nodes) {
  const int fd = open(path, O_RDONLY);
  if (fd < 0) Fail(std::string("cannot open ") + path);
  struct stat st {};
  fstat(fd, &st);
  const std::size_t size = static_cast<std::size_t>(st.st_size);
  std::vector<agencynet::Interaction> edges;
  num_nodes = 0;
  if (size == 0) {
    close(fd);
    return edges;
  }
  void* map = mmap(nullptr, size, PROT_READ, MAP_PRIVATE, fd, 0);
  if (map == MAP_FAILED) Fail(std::string("cannot map ") + path);
  madvise(map, size, MADV_SEQUENTIAL);
  const char* p = static_cast<const char*>(map);
  const char* const end = p + size;
  edges.reserve(size / 12);
  std::uint64_t max_id = 0;
  bool any = false;
  auto skip_blanks = [&] {
    while (p < end && (*p == ' ' || *p == '\t' || *p == '\r')) ++p;
  };
  auto skip_line = [&] {
    const void* nl = std::memchr(p, '\n', static_cast<std::size_t>(end - p));
    p = nl ? static_cast<const char*>(nl) + 1 : end;
  };
  auto read_uint = [&](std::uint64_t& out) {
    if (p >= end || *p < '0' || *p > '9') return false;
    std::uint64_t v = 0;
    while (p < end && *p >= '0' && *p <= '9') v = v * 10 + static_cast<std::uint64_t>(*p++ - '0');
    out = v;
    return true;
  };
  std::size_t line = 0;
  while (p < end) {
    ++line;
    skip_blanks();
    if (p >= end) break;
    if (*p == '\n') {
      ++p;
      continue;
    }
    if (*p == '#') {
      skip_line();
      continue;
    }
    std::uint64_t u = 0, v = 0;
    bool ok = read_uint(u);
    skip_blanks();
    ok = ok && read_uint(v);
    if (!ok || u >= agencynet::kNoAccount || v >= agencynet::kNoAccount) {
      Fail(std::string(path) + ":" + std::to_string(line) + ": expected two node ids");
    }
    agencynet::Interaction e;
    e.source = static_cast<agencynet::AccountIndex>(u);
    e.target = static_cast<agencynet::AccountIndex>(v);
    edges.push_back(e);
    if (u > max_id) max_id = u;
    if (v > max_id) max_id = v;
    any = true;
    skip_line();  // the rest of the line (a weight column, say) is ignored
  }
  munmap(map, size);
  close(fd);
  num_nodes = any ? static_cast<std::size_t>(max_id) + 1 : 0;
  return edges;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr,
                 "usage: bench_graph EDGELIST KERNEL [--threads N]\n"
                 "  KERNEL: pagerank wcc scc kcore bfs betweenness harmonic\n");
    return 2;
  }
  const char* path = argv[1];
  const std::string kernel = argv[2];
  std::size_t threads = 1;
  for (int i = 3; i < argc; ++i) {
    if (std::strcmp(argv[i], "--threads") == 0 && i + 1 < argc) {
      threads = static_cast<std::size_t>(std::strtoul(argv[++i], nullptr, 10));
    } else {
      Fail(std::string("unknown argument ") + argv[i]);
    }
  }
  if (threads == 0) threads = 1;
  agencynet::SetThreadCount(threads);

  const auto load_start = Clock::now();
  std::size_t n = 0;
  std::vector<agencynet::Interaction> interactions = ReadEdgeList(path, n);
  // Freed heap memory handed back before each reading, so the growth is the graph's own.
  malloc_trim(0);
  const std::int64_t rss_before = CurrentRss();
  agencynet::CsrGraph graph = agencynet::BuildGraph(n, interactions, agencynet::kAllKinds);
  malloc_trim(0);
  const std::int64_t rss_after = CurrentRss();
  const double load_s = Seconds(load_start);
  const std::size_t lines = interactions.size();
  std::vector<agencynet::Interaction>().swap(interactions);
  const std::int64_t graph_bytes = rss_after - rss_before;

  std::string name = kernel;
  std::string checksum;
  char buffer[128];
  const auto kernel_start = Clock::now();
  if (kernel == "pagerank") {
    const agencynet::PageRankResult r = agencynet::PageRank(graph);
    double squares = 0;
    for (const double s : r.scores) squares += s * s;
    std::snprintf(buffer, sizeof buffer, "\"sum_sq=%.6e iterations=%d\"", squares, r.iterations);
    checksum = buffer;
  } else if (kernel == "wcc" || kernel == "scc" || kernel == "components") {
    name = "components";
    const agencynet::GraphSummary s = agencynet::Summarize(graph);
    std::snprintf(buffer, sizeof buffer, "\"weak=%llu strong=%llu\"",
                  static_cast<unsigned long long>(s.weak_components),
                  static_cast<unsigned long long>(s.strong_components));
    checksum = buffer;
  } else if (kernel == "kcore") {
    const agencynet::CorenessResult r = agencynet::Coreness(graph);
    std::uint64_t sum = 0;
    for (const std::uint32_t c : r.coreness) sum += c;
    checksum = std::to_string(sum);
  } else if (kernel == "bfs") {
    std::vector<std::int32_t> distance(n, -1);
    std::vector<agencynet::AccountIndex> queue;
    queue.reserve(n);
    std::uint64_t total = 0;
    if (n > 0) {
      distance[0] = 0;
      queue.push_back(0);
      for (std::size_t head = 0; head < queue.size(); ++head) {
        const agencynet::AccountIndex u = queue[head];
        for (const agencynet::AccountIndex v : graph.OutNeighbors(u)) {
          if (distance[v] >= 0) continue;
          distance[v] = distance[u] + 1;
          total += static_cast<std::uint64_t>(distance[v]);
          queue.push_back(v);
        }
      }
    }
    std::snprintf(buffer, sizeof buffer, "\"reached=%zu sum_dist=%llu\"", queue.size(),
                  static_cast<unsigned long long>(total));
    checksum = buffer;
  } else if (kernel == "betweenness") {
    const agencynet::BetweennessResult r = agencynet::Betweenness(graph);
    double sum = 0;
    for (const double s : r.scores) sum += s;
    std::snprintf(buffer, sizeof buffer, "%.8e", sum);
    checksum = buffer;
  } else if (kernel == "betweenness-approx") {
    // The default estimate of analyze: every score within 0.005·n(n−1), probability 0.9.
    const agencynet::BetweennessResult r = agencynet::ApproxBetweenness(graph);
    double sum = 0;
    for (const double s : r.scores) sum += s;
    std::snprintf(buffer, sizeof buffer, "\"sum=%.4e samples=%llu vd_bound=%llu\"", sum,
                  static_cast<unsigned long long>(r.samples),
                  static_cast<unsigned long long>(r.vertex_diameter_bound));
    checksum = buffer;
  } else if (kernel == "reach-exact" || kernel == "reach-hyperball") {
    // reach_2 of every node along the out-edges (the edge list read as mentions, whose
    // information flows along the arrow).
    const bool exact = kernel == "reach-exact";
    const agencynet::ReachResult r = agencynet::Reach(
        graph,
        {.hops = 2, .method = exact ? agencynet::Estimate::kExact : agencynet::Estimate::kSampled});
    double sum = 0;
    for (const double x : r.within[1]) sum += x;
    std::snprintf(buffer, sizeof buffer, "\"sum_reach2=%.6e\"", sum);
    checksum = buffer;
  } else if (kernel == "imm") {
    // Ten seeds, independent cascade, weighted-cascade probabilities, ε = 0.1; then the
    // picks' spread by 1,000 simulations.
    const agencynet::InfluenceResult r = agencynet::MaximizeInfluence(graph, {.k = 10});
    std::vector<agencynet::AccountIndex> seeds;
    for (const auto& pick : r.picks) seeds.push_back(pick.account);
    const agencynet::SpreadEstimate mc = agencynet::SimulateSpread(
        graph, seeds, agencynet::DiffusionModel::kIndependentCascade, {}, 1000);
    std::snprintf(buffer, sizeof buffer, "\"rr_sets=%llu estimate=%.1f simulated=%.1f\"",
                  static_cast<unsigned long long>(r.rr_sets), r.estimated_spread, mc.mean);
    checksum = buffer;
  } else if (kernel == "harmonic") {
    const agencynet::ClosenessResult r = agencynet::Closeness(graph);
    double sum = 0;
    for (const double s : r.harmonic) sum += s;
    std::snprintf(buffer, sizeof buffer, "%.8e", sum);
    checksum = buffer;
  } else {
    Fail("unknown kernel " + kernel);
  }
  const double kernel_s = Seconds(kernel_start);

  std::printf(
      "{\"tool\":\"agencynet\",\"kernel\":\"%s\",\"threads\":%zu,\"nodes\":%zu,\"edges\":%zu,"
      "\"lines\":%zu,\"load_s\":%.4f,\"kernel_s\":%.4f,\"peak_rss_mb\":%.1f,\"graph_bytes\":%lld,"
      "\"graph_bytes_per_edge\":%.1f,\"graph_array_bytes\":%zu,\"checksum\":%s}\n",
      name.c_str(), threads, graph.num_nodes(), graph.num_edges(), lines, load_s, kernel_s,
      PeakRssMb(), static_cast<long long>(graph_bytes),
      graph.num_edges() ? static_cast<double>(graph_bytes) / graph.num_edges() : 0.0,
      graph.MemoryBytes(), checksum.c_str());
  return 0;
}
