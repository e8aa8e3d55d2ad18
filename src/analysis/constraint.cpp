#include "analysis/constraint.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

#include "analysis/parallel.hpp"

namespace agencynet {

namespace {

struct Tie {
  AccountIndex other;
  double weight;  // mutual weight: both directions added
};

}  // namespace

ConstraintResult Constraint(const CsrGraph& graph) {
  const std::size_t n = graph.num_nodes();
  // Each account's neighbours in either direction, sorted, with mutual weights; self-loops out.
  std::vector<std::size_t> start(n + 1, 0);
  std::vector<Tie> ties;
  std::vector<double> total(n, 0.0);
  for (AccountIndex u = 0; u < n; ++u) {
    const auto out = graph.OutNeighbors(u);
    const auto out_w = graph.OutWeights(u);
    const auto in = graph.InNeighbors(u);
    const auto in_w = graph.InWeights(u);
    std::size_t i = 0, j = 0;
    while (i < out.size() || j < in.size()) {
      AccountIndex v;
      double w = 0;
      if (j >= in.size() || (i < out.size() && out[i] < in[j])) {
        v = out[i];
        w = out_w[i++];
      } else if (i >= out.size() || in[j] < out[i]) {
        v = in[j];
        w = in_w[j++];
      } else {
        v = out[i];
        w = out_w[i++] + static_cast<double>(in_w[j++]);
      }
      if (v == u) continue;
      ties.push_back({v, w});
      total[u] += w;
    }
    start[u + 1] = ties.size();
  }
  // p(u, v): the share of u's ties that go to v.
  auto share = [&](AccountIndex u, AccountIndex v) {
    const auto begin = ties.begin() + static_cast<std::ptrdiff_t>(start[u]);
    const auto end = ties.begin() + static_cast<std::ptrdiff_t>(start[u + 1]);
    const auto it =
        std::lower_bound(begin, end, v, [](const Tie& t, AccountIndex x) { return t.other < x; });
    return it != end && it->other == v && total[u] > 0 ? it->weight / total[u] : 0.0;
  };
  // The strongest tie of each account, for the redundancy of effective size.
  std::vector<double> strongest(n, 0.0);
  for (std::size_t u = 0; u < n; ++u) {
    for (std::size_t a = start[u]; a < start[u + 1]; ++a) {
      strongest[u] = std::max(strongest[u], ties[a].weight);
    }
  }
  ConstraintResult result;
  result.constraint.assign(n, std::numeric_limits<double>::quiet_NaN());
  result.effective_size.assign(n, std::numeric_limits<double>::quiet_NaN());
  constexpr std::size_t kChunk = 256;
  ParallelChunks((n + kChunk - 1) / kChunk, [&](std::size_t c) {
    const std::size_t end = std::min(n, (c + 1) * kChunk);
    for (std::size_t u = c * kChunk; u < end; ++u) {
      if (start[u] == start[u + 1]) continue;
      // One pass over pairs of contacts (v, q) gives both measures: constraint adds the indirect
      // tie u -> q -> v, effective size the redundancy of v through q (m(v,q) / max m(v,·)).
      double sum = 0;
      double size = 0;
      for (std::size_t a = start[u]; a < start[u + 1]; ++a) {
        const AccountIndex v = ties[a].other;
        double indirect = 0;
        double redundancy = 0;
        for (std::size_t b = start[u]; b < start[u + 1]; ++b) {
          const AccountIndex q = ties[b].other;
          if (q == v) continue;
          indirect += ties[b].weight / total[u] * share(q, v);
          if (strongest[v] != 0) {
            redundancy += ties[b].weight / total[u] * share(v, q) * total[v] / strongest[v];
          }
        }
        const double local = ties[a].weight / total[u] + indirect;
        sum += local * local;
        size += 1 - redundancy;
      }
      result.constraint[u] = sum;
      result.effective_size[u] = size;
    }
  });
  return result;
}

}  // namespace agencynet
