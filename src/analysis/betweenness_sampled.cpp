#include <algorithm>
#include <cmath>
#include <memory>
#include <span>
#include <stdexcept>
#include <string>

#include "analysis/betweenness.hpp"
#include "analysis/parallel.hpp"
#include "analysis/random.hpp"
#include "analysis/summary.hpp"

namespace agencynet {

namespace {

// Hops from `root` to the farthest account of its own component `label[root]`, following out-
// (forward) or in-arrows. `distance` is all -1 on entry and on return.
std::uint64_t RadiusWithin(const CsrGraph& g, AccountIndex root,
                           const std::vector<std::uint32_t>& label, bool forward,
                           std::vector<std::int32_t>& distance, std::vector<AccountIndex>& queue) {
  queue.assign(1, root);
  distance[root] = 0;
  for (std::size_t head = 0; head < queue.size(); ++head) {
    const AccountIndex u = queue[head];
    for (const AccountIndex v : forward ? g.OutNeighbors(u) : g.InNeighbors(u)) {
      if (distance[v] >= 0 || label[v] != label[root]) continue;
      distance[v] = distance[u] + 1;
      queue.push_back(v);
    }
  }
  const auto radius = static_cast<std::uint64_t>(distance[queue.back()]);
  for (const AccountIndex v : queue) distance[v] = -1;
  return radius;
}

// Per-thread state of the bidirectional searches, reset through the touched list.
struct PathScratch {
  std::vector<std::int32_t> from_source, to_target;  // hops; -1 = not reached
  std::vector<double> sigma_source, sigma_target;    // shortest-path counts
  std::vector<AccountIndex> touched, frontier_s, frontier_t, next;
  std::vector<std::pair<AccountIndex, AccountIndex>> meeting;  // edges u->w joining the sides

  void Prepare(std::size_t n) {
    if (from_source.size() == n) return;
    from_source.assign(n, -1);
    to_target.assign(n, -1);
    sigma_source.assign(n, 0.0);
    sigma_target.assign(n, 0.0);
  }
  void Reset() {
    for (const AccountIndex v : touched) {
      from_source[v] = to_target[v] = -1;
      sigma_source[v] = sigma_target[v] = 0.0;
    }
    touched.clear();
  }
};

// Sum of the degrees (along the search direction) of a frontier: the cost of expanding it.
std::uint64_t FrontierCost(const CsrGraph& g, const std::vector<AccountIndex>& frontier,
                           bool forward) {
  std::uint64_t cost = 0;
  for (const AccountIndex v : frontier) cost += forward ? g.OutDegree(v) : g.InDegree(v);
  return cost;
}

// Expands one whole level of one side. Returns whether the sides met. Invariant on entry: the
// sides are at depths a and b and d(s, t) > a + b; so an edge from this side's frontier into the
// other side's reached set lies on a shortest path, and every shortest path crosses one.
bool ExpandLevel(const CsrGraph& g, bool forward, PathScratch& p) {
  std::vector<AccountIndex>& frontier = forward ? p.frontier_s : p.frontier_t;
  std::vector<std::int32_t>& mine = forward ? p.from_source : p.to_target;
  std::vector<std::int32_t>& other = forward ? p.to_target : p.from_source;
  std::vector<double>& sigma = forward ? p.sigma_source : p.sigma_target;
  p.next.clear();
  p.meeting.clear();
  for (const AccountIndex u : frontier) {
    const std::int32_t depth = mine[u] + 1;
    for (const AccountIndex w : forward ? g.OutNeighbors(u) : g.InNeighbors(u)) {
      if (w == u) continue;
      if (other[w] >= 0) {
        if (forward) {
          p.meeting.emplace_back(u, w);
        } else {
          p.meeting.emplace_back(w, u);
        }
      }
      if (mine[w] < 0) {
        if (other[w] < 0) p.touched.push_back(w);
        mine[w] = depth;
        p.next.push_back(w);
      }
      if (mine[w] == depth) sigma[w] += sigma[u];
    }
  }
  frontier.swap(p.next);
  return !p.meeting.empty();
}

// Picks among `candidates` (neighbours of `v` one hop nearer the end `distance` measures from)
// with probability proportional to their path counts, which sum to `total`.
AccountIndex PickStep(std::span<const AccountIndex> candidates,
                      const std::vector<std::int32_t>& distance, const std::vector<double>& sigma,
                      std::int32_t want, double total, SampleRandom& random) {
  double x = random.Unit() * total;
  AccountIndex last = candidates.front();
  for (const AccountIndex c : candidates) {
    if (distance[c] != want) continue;
    last = c;
    x -= sigma[c];
    if (x < 0) return c;
  }
  return last;  // rounding left a sliver: the last candidate takes it
}

// Samples one shortest path from s to t uniformly, appending its inner accounts to `inner`.
void SamplePath(const CsrGraph& g, AccountIndex s, AccountIndex t, PathScratch& p,
                SampleRandom& random, std::vector<AccountIndex>& inner) {
  p.from_source[s] = 0;
  p.sigma_source[s] = 1;
  p.to_target[t] = 0;
  p.sigma_target[t] = 1;
  p.touched.assign({s, t});
  p.frontier_s.assign(1, s);
  p.frontier_t.assign(1, t);
  bool met = false;
  while (!met && !p.frontier_s.empty() && !p.frontier_t.empty()) {
    const bool forward =
        FrontierCost(g, p.frontier_s, true) <= FrontierCost(g, p.frontier_t, false);
    met = ExpandLevel(g, forward, p);
  }
  if (met) {
    double total = 0;
    for (const auto& [u, w] : p.meeting) total += p.sigma_source[u] * p.sigma_target[w];
    double x = random.Unit() * total;
    auto chosen = p.meeting.back();
    for (const auto& edge : p.meeting) {
      x -= p.sigma_source[edge.first] * p.sigma_target[edge.second];
      if (x < 0) {
        chosen = edge;
        break;
      }
    }
    for (AccountIndex u = chosen.first; u != s;) {
      inner.push_back(u);
      u = PickStep(g.InNeighbors(u), p.from_source, p.sigma_source, p.from_source[u] - 1,
                   p.sigma_source[u], random);
    }
    for (AccountIndex w = chosen.second; w != t;) {
      inner.push_back(w);
      w = PickStep(g.OutNeighbors(w), p.to_target, p.sigma_target, p.to_target[w] - 1,
                   p.sigma_target[w], random);
    }
  }
  p.Reset();
}

}  // namespace

std::uint64_t VertexDiameterBound(const CsrGraph& g) {
  const std::size_t n = g.num_nodes();
  if (n == 0) return 0;
  const StrongComponents scc = FindStrongComponents(g);
  const std::size_t count = scc.size.size();
  // Accounts grouped by component, components in increasing number (successors first).
  std::vector<std::size_t> start(count + 1, 0);
  for (const std::uint32_t c : scc.label) ++start[c + 1];
  for (std::size_t c = 0; c < count; ++c) start[c + 1] += start[c];
  std::vector<AccountIndex> members(n);
  {
    std::vector<std::size_t> fill(start.begin(), start.end() - 1);
    for (AccountIndex v = 0; v < n; ++v) members[fill[scc.label[v]]++] = v;
  }
  std::vector<std::int32_t> distance(n, -1);
  std::vector<AccountIndex> queue;
  std::vector<std::uint64_t> chain(count, 0);  // heaviest chain starting in each component
  std::uint64_t best = 0;
  for (std::size_t c = 0; c < count; ++c) {
    std::uint64_t weight = scc.size[c];
    if (weight > 2) {
      // Any two accounts of the component are joined inside it through the root.
      const AccountIndex root = members[start[c]];
      weight = std::min(weight, 1 + RadiusWithin(g, root, scc.label, true, distance, queue) +
                                    RadiusWithin(g, root, scc.label, false, distance, queue));
    }
    std::uint64_t after = 0;
    for (std::size_t i = start[c]; i < start[c + 1]; ++i) {
      for (const AccountIndex w : g.OutNeighbors(members[i])) {
        if (scc.label[w] != c) after = std::max(after, chain[scc.label[w]]);
      }
    }
    chain[c] = weight + after;
    best = std::max(best, chain[c]);
  }
  return best;
}

std::uint64_t BetweennessSampleSize(std::uint64_t vertex_diameter, double epsilon, double delta) {
  // No account lies strictly inside a path of fewer than three accounts.
  const double log_term =
      vertex_diameter < 3 ? 0.0 : std::floor(std::log2(static_cast<double>(vertex_diameter - 2)));
  const double r = std::ceil(0.5 / (epsilon * epsilon) * (log_term + 1.0 + std::log(1.0 / delta)));
  // Saturate rather than overflow; ApproxBetweenness refuses sizes past kMaxBetweennessSamples.
  return r >= 0x1p63 ? std::uint64_t{1} << 63 : static_cast<std::uint64_t>(r);
}

bool UseExact(const CsrGraph& graph, Estimate choice) {
  if (choice != Estimate::kAuto) return choice == Estimate::kExact;
  return static_cast<double>(graph.num_nodes()) * static_cast<double>(graph.num_edges()) <=
         kExactWork;
}

BetweennessResult ApproxBetweenness(const CsrGraph& graph, const ApproxBetweennessParams& params) {
  if (!(params.epsilon > 0 && params.epsilon < 1) || !(params.delta > 0 && params.delta < 1)) {
    throw std::invalid_argument("betweenness estimate: epsilon and delta must lie in (0, 1)");
  }
  const std::size_t n = graph.num_nodes();
  BetweennessResult result;
  result.exact = false;
  result.epsilon = params.epsilon;
  result.delta = params.delta;
  result.scores.assign(n, 0.0);
  if (n < 3) return result;
  result.vertex_diameter_bound = VertexDiameterBound(graph);
  const std::uint64_t r =
      BetweennessSampleSize(result.vertex_diameter_bound, params.epsilon, params.delta);
  if (r > kMaxBetweennessSamples) {
    throw std::invalid_argument(
        "betweenness estimate: epsilon " + std::to_string(params.epsilon) + " would need " +
        std::to_string(r) +
        " sampled paths; give a larger --epsilon, or --betweenness exact for the exact scores");
  }
  result.samples = r;
  // Hits are counted as integers, so the merge order cannot change them.
  std::vector<std::uint64_t> hits(n, 0);
  constexpr std::uint64_t kChunk = 256;
  const std::size_t chunks = (r + kChunk - 1) / kChunk;
  std::vector<std::vector<AccountIndex>> inner(chunks);
  ParallelChunks(
      chunks,
      [&](std::size_t c) {
        thread_local PathScratch scratch;
        scratch.Prepare(n);
        const std::uint64_t end = std::min<std::uint64_t>(r, (c + 1) * kChunk);
        for (std::uint64_t i = c * kChunk; i < end; ++i) {
          SampleRandom random(params.seed, i);
          const auto s = static_cast<AccountIndex>(random.Below(n));
          auto t = static_cast<AccountIndex>(random.Below(n - 1));
          if (t >= s) ++t;
          SamplePath(graph, s, t, scratch, random, inner[c]);
        }
      },
      [&](std::size_t c) {
        for (const AccountIndex v : inner[c]) ++hits[v];
        std::vector<AccountIndex>().swap(inner[c]);
      });
  const double scale = static_cast<double>(n) * static_cast<double>(n - 1) / static_cast<double>(r);
  for (std::size_t v = 0; v < n; ++v) result.scores[v] = static_cast<double>(hits[v]) * scale;
  return result;
}

}  // namespace agencynet
