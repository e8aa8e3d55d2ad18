#include "analysis/reach.hpp"

#include <algorithm>
#include <bit>
#include <cmath>
#include <stdexcept>

#include "analysis/parallel.hpp"
#include "analysis/random.hpp"

namespace agencynet {

namespace {

// One cut breadth-first search per account; counts per depth, in chunks over the threads.
std::vector<std::vector<double>> ExactReach(const CsrGraph& g, int hops) {
  const std::size_t n = g.num_nodes();
  std::vector<std::vector<double>> within(hops, std::vector<double>(n, 0.0));
  constexpr std::size_t kChunk = 256;
  ParallelChunks((n + kChunk - 1) / kChunk, [&](std::size_t c) {
    thread_local std::vector<std::uint32_t> seen;  // stamp of the last search that reached it
    thread_local std::uint32_t stamp = 0;
    thread_local std::vector<AccountIndex> queue;
    if (seen.size() != n) {
      seen.assign(n, 0);
      stamp = 0;
    }
    const std::size_t end = std::min(n, (c + 1) * kChunk);
    for (std::size_t source = c * kChunk; source < end; ++source) {
      if (++stamp == 0) {  // wrapped: start the stamps again
        std::fill(seen.begin(), seen.end(), 0);
        stamp = 1;
      }
      queue.assign(1, static_cast<AccountIndex>(source));
      seen[source] = stamp;
      std::size_t level_begin = 0;
      for (int depth = 1; depth <= hops; ++depth) {
        const std::size_t level_end = queue.size();
        for (std::size_t i = level_begin; i < level_end; ++i) {
          for (const AccountIndex v : g.OutNeighbors(queue[i])) {
            if (seen[v] == stamp) continue;
            seen[v] = stamp;
            queue.push_back(v);
          }
        }
        within[depth - 1][source] = static_cast<double>(queue.size() - 1);
        level_begin = level_end;
      }
    }
  });
  return within;
}

// HyperLogLog estimate of a counter's cardinality, with linear counting for small ones.
double Estimate(const std::uint8_t* registers, std::size_t m, double alpha) {
  double sum = 0;
  std::size_t zeros = 0;
  for (std::size_t j = 0; j < m; ++j) {
    sum += std::ldexp(1.0, -static_cast<int>(registers[j]));
    zeros += registers[j] == 0;
  }
  const double md = static_cast<double>(m);
  const double raw = alpha * md * md / sum;
  if (raw <= 2.5 * md && zeros > 0) return md * std::log(md / static_cast<double>(zeros));
  return raw;
}

std::vector<std::vector<double>> HyperBall(const CsrGraph& g, int hops, int precision,
                                           std::uint64_t seed) {
  const std::size_t n = g.num_nodes();
  const std::size_t m = std::size_t{1} << precision;
  const double alpha = 0.7213 / (1.0 + 1.079 / static_cast<double>(m));
  std::vector<std::uint8_t> current(n * m, 0), next(n * m, 0);
  for (std::size_t v = 0; v < n; ++v) {
    SampleRandom hash(seed, v);
    const std::uint64_t h = hash.Next();
    const std::size_t bucket = h >> (64 - precision);
    const std::uint64_t rest = h << precision;
    const int rank = rest == 0 ? 64 - precision + 1 : std::countl_zero(rest) + 1;
    current[v * m + bucket] = static_cast<std::uint8_t>(rank);
  }
  std::vector<std::vector<double>> within(hops, std::vector<double>(n, 0.0));
  constexpr std::size_t kChunk = 1024;
  for (int round = 1; round <= hops; ++round) {
    ParallelChunks((n + kChunk - 1) / kChunk, [&](std::size_t c) {
      const std::size_t end = std::min(n, (c + 1) * kChunk);
      for (std::size_t v = c * kChunk; v < end; ++v) {
        std::uint8_t* out = next.data() + v * m;
        std::copy_n(current.data() + v * m, m, out);
        for (const AccountIndex w : g.OutNeighbors(static_cast<AccountIndex>(v))) {
          const std::uint8_t* in = current.data() + std::size_t{w} * m;
          for (std::size_t j = 0; j < m; ++j) out[j] = std::max(out[j], in[j]);
        }
        within[round - 1][v] = std::max(0.0, Estimate(out, m, alpha) - 1.0);
      }
    });
    current.swap(next);
  }
  return within;
}

}  // namespace

double TwoHopWork(const CsrGraph& flow) {
  double work = static_cast<double>(flow.num_edges());
  for (AccountIndex v = 0; v < flow.num_nodes(); ++v) {
    work += static_cast<double>(flow.InDegree(v)) * static_cast<double>(flow.OutDegree(v));
  }
  return work;
}

ReachResult Reach(const CsrGraph& flow, const ReachParams& params) {
  if (params.hops < 1) throw std::invalid_argument("reach: hops must be at least 1");
  if (params.precision < 4 || params.precision > 16) {
    throw std::invalid_argument("reach: the counters' precision must lie in 4..16");
  }
  bool exact = params.method == Estimate::kExact;
  if (params.method == Estimate::kAuto) {
    // Two hops: the searches' own work; further: the all-pairs bound of the path measures.
    exact = params.hops <= 2 ? TwoHopWork(flow) <= kExactWork : UseExact(flow, Estimate::kAuto);
  }
  ReachResult result;
  result.exact = exact;
  if (exact) {
    result.within = ExactReach(flow, params.hops);
  } else {
    result.precision = params.precision;
    result.relative_error = 1.04 / std::sqrt(std::ldexp(1.0, params.precision));
    result.within = HyperBall(flow, params.hops, params.precision, params.seed);
    // One hop is the distinct out-neighbours, known exactly; an estimate never goes below the
    // hop before it.
    for (AccountIndex v = 0; v < flow.num_nodes(); ++v) {
      const auto out = flow.OutNeighbors(v);
      result.within[0][v] = static_cast<double>(out.size() - std::count(out.begin(), out.end(), v));
      for (int k = 1; k < params.hops; ++k) {
        result.within[k][v] = std::max(result.within[k][v], result.within[k - 1][v]);
      }
    }
  }
  return result;
}

}  // namespace agencynet
