#include "analysis/closeness.hpp"

#include <algorithm>
#include <cmath>
#include <memory>
#include <numeric>
#include <stdexcept>

#include "analysis/parallel.hpp"
#include "analysis/random.hpp"

namespace agencynet {

ClosenessResult Closeness(const CsrGraph& graph) {
  const std::size_t n = graph.num_nodes();
  ClosenessResult result;
  result.closeness.assign(n, 0.0);
  result.harmonic.assign(n, 0.0);
  // Per account: how many reach it, their summed distance, the farthest; added up after.
  std::vector<std::uint64_t> reached_by(n, 0), distance_sum(n, 0), farthest(n, 0);
  constexpr std::size_t kChunk = 64;
  ParallelChunks((n + kChunk - 1) / kChunk, [&](std::size_t c) {
    thread_local std::vector<std::int64_t> distance;
    thread_local std::vector<AccountIndex> queue;
    if (distance.size() != n) distance.assign(n, -1);
    const std::size_t end = std::min(n, (c + 1) * kChunk);
    for (std::size_t target = c * kChunk; target < end; ++target) {
      // Breadth-first search against the arrows: distances from every account to `target`.
      queue.clear();
      queue.push_back(static_cast<AccountIndex>(target));
      distance[target] = 0;
      std::uint64_t total = 0;
      double harmonic = 0;
      for (std::size_t head = 0; head < queue.size(); ++head) {
        const AccountIndex v = queue[head];
        for (const AccountIndex u : graph.InNeighbors(v)) {
          if (distance[u] >= 0) continue;
          distance[u] = distance[v] + 1;
          total += static_cast<std::uint64_t>(distance[u]);
          harmonic += 1.0 / static_cast<double>(distance[u]);
          queue.push_back(u);
        }
      }
      reached_by[target] = queue.size() - 1;
      distance_sum[target] = total;
      farthest[target] = static_cast<std::uint64_t>(distance[queue.back()]);
      for (const AccountIndex v : queue) distance[v] = -1;
      const double reached = static_cast<double>(queue.size() - 1);
      if (total > 0 && n > 1) {
        result.closeness[target] =
            (reached / static_cast<double>(total)) * (reached / static_cast<double>(n - 1));
      }
      result.harmonic[target] = harmonic;
    }
  });
  std::uint64_t pairs = 0, sum = 0;
  for (std::size_t v = 0; v < n; ++v) {
    pairs += reached_by[v];
    sum += distance_sum[v];
    result.diameter = std::max(result.diameter, farthest[v]);
  }
  if (pairs > 0) result.average_distance = static_cast<double>(sum) / static_cast<double>(pairs);
  return result;
}

}  // namespace agencynet

namespace agencynet {

std::uint64_t ClosenessSampleSize(std::uint64_t n, double epsilon, double delta) {
  if (n == 0) return 1;
  const double k =
      std::ceil(std::log(2.0 * static_cast<double>(n) / delta) / (2 * epsilon * epsilon)) + 1;
  // Saturate rather than overflow: more pivots than accounts means the exact kernel anyway.
  return k >= 0x1p63 ? std::uint64_t{1} << 63 : static_cast<std::uint64_t>(k);
}

ClosenessResult SampledCloseness(const CsrGraph& graph, const SampledClosenessParams& params) {
  if (!(params.epsilon > 0 && params.epsilon < 1) || !(params.delta > 0 && params.delta < 1)) {
    throw std::invalid_argument("closeness estimate: epsilon and delta must lie in (0, 1)");
  }
  const std::size_t n = graph.num_nodes();
  const std::uint64_t k = ClosenessSampleSize(n, params.epsilon, params.delta);
  if (k >= n) {
    ClosenessResult exact = Closeness(graph);
    exact.epsilon = params.epsilon;
    exact.delta = params.delta;
    return exact;
  }
  // The first k accounts of a seeded shuffle.
  std::vector<AccountIndex> pivots(n);
  std::iota(pivots.begin(), pivots.end(), 0u);
  SampleRandom random(params.seed, 0);
  for (std::size_t i = 0; i < k; ++i) std::swap(pivots[i], pivots[i + random.Below(n - i)]);
  pivots.resize(k);
  std::vector<bool> is_pivot(n, false);
  for (const AccountIndex p : pivots) is_pivot[p] = true;

  // Per account: pivots that reach it, their summed distance and Σ 1/d. Counts are integers;
  // the harmonic sums add chunk by chunk in order, so the thread count cannot change them.
  struct Partial {
    std::vector<std::uint32_t> reached;
    std::vector<std::uint64_t> distance_sum;
    std::vector<double> harmonic;
    std::uint64_t deepest = 0;
    AccountIndex deepest_end = 0;
  };
  std::vector<std::uint32_t> reached(n, 0);
  std::vector<std::uint64_t> distance_sum(n, 0);
  std::vector<double> harmonic(n, 0.0);
  std::uint64_t deepest = 0;
  AccountIndex deepest_end = 0;
  constexpr std::size_t kChunk = 32;
  const std::size_t chunks = (k + kChunk - 1) / kChunk;
  std::vector<std::unique_ptr<Partial>> partial(chunks);
  ParallelChunks(
      chunks,
      [&](std::size_t c) {
        thread_local std::vector<std::int64_t> distance;
        thread_local std::vector<AccountIndex> queue;
        if (distance.size() != n) distance.assign(n, -1);
        auto part = std::make_unique<Partial>();
        part->reached.assign(n, 0);
        part->distance_sum.assign(n, 0);
        part->harmonic.assign(n, 0.0);
        const std::size_t end = std::min<std::size_t>(k, (c + 1) * kChunk);
        for (std::size_t i = c * kChunk; i < end; ++i) {
          // Along the arrows from the pivot: its distance to every account it reaches.
          queue.assign(1, pivots[i]);
          distance[pivots[i]] = 0;
          for (std::size_t head = 0; head < queue.size(); ++head) {
            const AccountIndex u = queue[head];
            for (const AccountIndex v : graph.OutNeighbors(u)) {
              if (distance[v] >= 0) continue;
              distance[v] = distance[u] + 1;
              ++part->reached[v];
              part->distance_sum[v] += static_cast<std::uint64_t>(distance[v]);
              part->harmonic[v] += 1.0 / static_cast<double>(distance[v]);
              queue.push_back(v);
            }
          }
          const auto depth = static_cast<std::uint64_t>(distance[queue.back()]);
          if (depth > part->deepest) {
            part->deepest = depth;
            part->deepest_end = queue.back();
          }
          for (const AccountIndex v : queue) distance[v] = -1;
        }
        partial[c] = std::move(part);
      },
      [&](std::size_t c) {
        const Partial& part = *partial[c];
        for (std::size_t v = 0; v < n; ++v) {
          reached[v] += part.reached[v];
          distance_sum[v] += part.distance_sum[v];
          harmonic[v] += part.harmonic[v];
        }
        if (part.deepest > deepest) {
          deepest = part.deepest;
          deepest_end = part.deepest_end;
        }
        partial[c].reset();
      });

  ClosenessResult result;
  result.exact = false;
  result.samples = k;
  result.epsilon = params.epsilon;
  result.delta = params.delta;
  result.closeness.assign(n, 0.0);
  result.harmonic.assign(n, 0.0);
  std::uint64_t pairs = 0, total = 0;
  for (std::size_t v = 0; v < n; ++v) {
    pairs += reached[v];
    total += distance_sum[v];
    // The pivots other than v are a uniform sample of the n - 1 other accounts.
    const double others = static_cast<double>(k - (is_pivot[v] ? 1 : 0));
    const double share = static_cast<double>(reached[v]) / others;
    result.harmonic[v] = harmonic[v] * static_cast<double>(n - 1) / others;
    if (distance_sum[v] > 0) {
      result.closeness[v] =
          share * static_cast<double>(reached[v]) / static_cast<double>(distance_sum[v]);
    }
  }
  if (pairs > 0) result.average_distance = static_cast<double>(total) / static_cast<double>(pairs);
  // Double sweep: from where the deepest search ended, back against the arrows.
  std::vector<std::int64_t> distance(n, -1);
  std::vector<AccountIndex> queue(1, deepest_end);
  distance[deepest_end] = 0;
  for (std::size_t head = 0; head < queue.size(); ++head) {
    for (const AccountIndex u : graph.InNeighbors(queue[head])) {
      if (distance[u] >= 0) continue;
      distance[u] = distance[queue[head]] + 1;
      queue.push_back(u);
    }
  }
  result.diameter = std::max(deepest, static_cast<std::uint64_t>(distance[queue.back()]));
  return result;
}

}  // namespace agencynet
