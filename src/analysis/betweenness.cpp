#include "analysis/betweenness.hpp"

#include <algorithm>
#include <memory>

#include "analysis/parallel.hpp"

namespace agencynet {

namespace {

// Per-thread scratch for one source at a time.
struct Scratch {
  std::vector<std::int64_t> distance;
  std::vector<double> sigma;  // number of shortest paths from the source (as double: may be huge)
  std::vector<double> delta;
  std::vector<AccountIndex> order;  // accounts in BFS order (non-decreasing distance)
};

// Adds the dependencies of every account on `source` to `out` (Brandes' accumulation).
void AccumulateFrom(const CsrGraph& g, AccountIndex source, Scratch& s, std::vector<double>& out) {
  s.order.clear();
  s.distance[source] = 0;
  s.sigma[source] = 1;
  s.order.push_back(source);
  for (std::size_t head = 0; head < s.order.size(); ++head) {
    const AccountIndex u = s.order[head];
    for (const AccountIndex v : g.OutNeighbors(u)) {
      if (v == u) continue;
      if (s.distance[v] < 0) {
        s.distance[v] = s.distance[u] + 1;
        s.order.push_back(v);
      }
      if (s.distance[v] == s.distance[u] + 1) s.sigma[v] += s.sigma[u];
    }
  }
  // Walk back: each account's dependency from the successors on shortest paths.
  for (std::size_t i = s.order.size(); i-- > 0;) {
    const AccountIndex w = s.order[i];
    double sum = 0;
    for (const AccountIndex v : g.OutNeighbors(w)) {
      if (s.distance[v] == s.distance[w] + 1) sum += (1.0 + s.delta[v]) / s.sigma[v];
    }
    s.delta[w] = s.sigma[w] * sum;
    if (w != source) out[w] += s.delta[w];
  }
  for (const AccountIndex v : s.order) {
    s.distance[v] = -1;
    s.sigma[v] = 0;
    s.delta[v] = 0;
  }
}

}  // namespace

BetweennessResult Betweenness(const CsrGraph& graph) {
  const std::size_t n = graph.num_nodes();
  BetweennessResult result;
  result.scores.assign(n, 0.0);
  if (n == 0) return result;
  // Fixed chunks of sources, merged in order: the sum does not depend on the thread count.
  constexpr std::size_t kChunk = 64;
  const std::size_t chunks = (n + kChunk - 1) / kChunk;
  std::vector<std::unique_ptr<std::vector<double>>> partial(chunks);
  ParallelChunks(
      chunks,
      [&](std::size_t c) {
        thread_local Scratch scratch;
        if (scratch.distance.size() != n) {
          scratch.distance.assign(n, -1);
          scratch.sigma.assign(n, 0);
          scratch.delta.assign(n, 0);
        }
        auto sums = std::make_unique<std::vector<double>>(n, 0.0);
        const std::size_t end = std::min(n, (c + 1) * kChunk);
        for (std::size_t s = c * kChunk; s < end; ++s) {
          AccumulateFrom(graph, static_cast<AccountIndex>(s), scratch, *sums);
        }
        partial[c] = std::move(sums);
      },
      [&](std::size_t c) {
        const std::vector<double>& sums = *partial[c];
        for (std::size_t v = 0; v < n; ++v) result.scores[v] += sums[v];
        partial[c].reset();
      });
  return result;
}

}  // namespace agencynet
