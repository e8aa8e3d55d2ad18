#include "analysis/eigenvector.hpp"

#include <cmath>
#include <functional>

namespace agencynet {

namespace {

// A positive start vector that differs from the uniform one in every direction that matters: if
// the dominant eigenspace has more than one dimension, the two starts end up apart.
std::vector<double> SecondStart(std::size_t n) {
  std::vector<double> x(n);
  std::uint64_t state = 0x9E3779B97F4A7C15ull;
  for (double& v : x) {
    state = state * 6364136223846793005ull + 1442695040888963407ull;
    v = 0.5 + static_cast<double>(state >> 11) / 9007199254740992.0;  // in [0.5, 1.5)
  }
  return x;
}

void Normalize(std::vector<double>& x, bool euclidean) {
  double norm = 0;
  for (const double v : x) norm += euclidean ? v * v : std::fabs(v);
  if (euclidean) norm = std::sqrt(norm);
  if (norm > 0) {
    for (double& v : x) v /= norm;
  }
}

// Iterates x <- step(x), normalised, from `x` until the L1 change falls below n * tolerance.
// Returns the iterations taken, or -1 without convergence.
int PowerIterate(std::vector<double>& x,
                 const std::function<void(const std::vector<double>&, std::vector<double>&)>& step,
                 bool euclidean, const SpectralParams& params) {
  const std::size_t n = x.size();
  Normalize(x, euclidean);
  std::vector<double> next(n);
  for (int iter = 1; iter <= params.max_iterations; ++iter) {
    step(x, next);
    Normalize(next, euclidean);
    double change = 0;
    for (std::size_t i = 0; i < n; ++i) change += std::fabs(next[i] - x[i]);
    x.swap(next);
    if (change < static_cast<double>(n) * params.tolerance) return iter;
  }
  return -1;
}

bool Differ(const std::vector<double>& a, const std::vector<double>& b) {
  double diff = 0;
  for (std::size_t i = 0; i < a.size(); ++i) diff += std::fabs(a[i] - b[i]);
  return diff > 1e-6;
}

bool HasCycle(const CsrGraph& g) {
  // Kahn's algorithm: the graph is acyclic iff every account can be peeled off.
  const std::size_t n = g.num_nodes();
  std::vector<std::size_t> in(n);
  std::vector<AccountIndex> ready;
  for (AccountIndex v = 0; v < n; ++v) {
    in[v] = g.InDegree(v);
    if (in[v] == 0) ready.push_back(v);
  }
  std::size_t peeled = 0;
  while (!ready.empty()) {
    const AccountIndex u = ready.back();
    ready.pop_back();
    ++peeled;
    for (const AccountIndex v : g.OutNeighbors(u)) {
      if (--in[v] == 0) ready.push_back(v);
    }
  }
  return peeled < n;
}

}  // namespace

EigenvectorResult Eigenvector(const CsrGraph& g, const SpectralParams& params) {
  const std::size_t n = g.num_nodes();
  EigenvectorResult result;
  if (n == 0 || g.num_edges() == 0) {
    result.reason = "no edges";
    return result;
  }
  if (!HasCycle(g)) {
    result.reason = "acyclic graph: every eigenvalue is 0";
    return result;
  }
  // x <- (A + I)^T x: each account gathers the scores of the accounts that point at it.
  const auto step = [&g](const std::vector<double>& x, std::vector<double>& next) {
    for (AccountIndex v = 0; v < g.num_nodes(); ++v) {
      double sum = x[v];
      const auto sources = g.InNeighbors(v);
      const auto weights = g.InWeights(v);
      for (std::size_t i = 0; i < sources.size(); ++i) sum += x[sources[i]] * weights[i];
      next[v] = sum;
    }
  };
  std::vector<double> x(n, 1.0);
  std::vector<double> y = SecondStart(n);
  const int iterations = PowerIterate(x, step, true, params);
  const int other = PowerIterate(y, step, true, params);
  if (iterations < 0 || other < 0) {
    result.reason = "power iteration did not converge";
    return result;
  }
  if (Differ(x, y)) {
    result.reason = "the leading eigenvalue is shared by several components";
    return result;
  }
  result.scores = std::move(x);
  result.iterations = iterations;
  return result;
}

HitsResult Hits(const CsrGraph& g, const SpectralParams& params) {
  const std::size_t n = g.num_nodes();
  HitsResult result;
  if (n == 0 || g.num_edges() == 0) {
    result.reason = "no edges";
    return result;
  }
  // Authorities: a <- A^T A a (each account gathers the hub scores of those pointing at it).
  const auto step = [&g, n](const std::vector<double>& a, std::vector<double>& next) {
    std::vector<double> hub(n, 0.0);
    for (AccountIndex u = 0; u < n; ++u) {
      double sum = 0;
      for (EdgeIndex e = g.EdgeBegin(u); e < g.EdgeEnd(u); ++e) sum += g.weight(e) * a[g.target(e)];
      hub[u] = sum;
    }
    for (AccountIndex v = 0; v < n; ++v) {
      double sum = 0;
      const auto sources = g.InNeighbors(v);
      const auto weights = g.InWeights(v);
      for (std::size_t i = 0; i < sources.size(); ++i) sum += weights[i] * hub[sources[i]];
      next[v] = sum;
    }
  };
  std::vector<double> a(n, 1.0);
  std::vector<double> b = SecondStart(n);
  const int iterations = PowerIterate(a, step, false, params);
  const int other = PowerIterate(b, step, false, params);
  if (iterations < 0 || other < 0) {
    result.reason = "power iteration did not converge";
    return result;
  }
  if (Differ(a, b)) {
    result.reason = "the leading singular value is shared by several components";
    return result;
  }
  // Hubs: h = A a, normalised to sum 1.
  std::vector<double> h(n, 0.0);
  for (AccountIndex u = 0; u < n; ++u) {
    for (EdgeIndex e = g.EdgeBegin(u); e < g.EdgeEnd(u); ++e) h[u] += g.weight(e) * a[g.target(e)];
  }
  Normalize(h, false);
  result.hubs = std::move(h);
  result.authorities = std::move(a);
  result.iterations = iterations;
  return result;
}

}  // namespace agencynet
