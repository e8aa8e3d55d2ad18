#include "analysis/influence.hpp"

#include <algorithm>
#include <cmath>
#include <stdexcept>

#include "analysis/parallel.hpp"
#include "analysis/random.hpp"
#include "core/error.hpp"

namespace agencynet {

namespace {

// p(u, v) for the edges of one graph under one rule.
class Probabilities {
 public:
  Probabilities(const CsrGraph& g, const EdgeProbability& rule) : g_(g), rule_(rule) {
    if (rule.kind == EdgeProbability::Kind::kFromWeights) {
      in_total_.assign(g.num_nodes(), 0.0);
      for (AccountIndex v = 0; v < g.num_nodes(); ++v) {
        const WeightView w = g.InWeights(v);
        for (std::size_t i = 0; i < w.size(); ++i) in_total_[v] += w[i];
      }
    }
  }
  // The i-th in-edge of v.
  double In(AccountIndex v, std::size_t i) const { return Of(v, g_.InWeights(v)[i]); }
  // The i-th out-edge of u, to v.
  double Out(AccountIndex u, std::size_t i, AccountIndex v) const {
    return Of(v, g_.OutWeights(u)[i]);
  }

 private:
  const CsrGraph& g_;
  EdgeProbability rule_;
  std::vector<double> in_total_;

  // An edge into v of the given weight.
  double Of(AccountIndex v, std::uint32_t weight) const {
    switch (rule_.kind) {
      case EdgeProbability::Kind::kWeightedCascade:
        return 1.0 / static_cast<double>(g_.InDegree(v));
      case EdgeProbability::Kind::kUniform:
        return rule_.uniform;
      case EdgeProbability::Kind::kFromWeights:
        return weight / in_total_[v];
    }
    return 0.0;
  }
};

// Reverse-reachable sets, flattened: set i is members[begin[i] .. begin[i+1]). A set that meets
// a fixed account is stored empty: it is covered whatever is picked.
struct RrSets {
  std::vector<AccountIndex> members;
  std::vector<std::uint64_t> begin{0};
  std::uint64_t size() const { return begin.size() - 1; }
};

struct RrScratch {
  std::vector<std::uint32_t> seen;
  std::uint32_t stamp = 0;
  std::vector<AccountIndex> set;
};

// One random RR set from a uniformly drawn root, appended to `out` (empty if it meets `fixed`).
void MakeRrSet(const CsrGraph& g, const Probabilities& p, DiffusionModel model,
               const std::vector<bool>& fixed, SampleRandom& random, RrScratch& s,
               std::vector<AccountIndex>& out) {
  const std::size_t n = g.num_nodes();
  if (++s.stamp == 0) {
    std::fill(s.seen.begin(), s.seen.end(), 0);
    s.stamp = 1;
  }
  const auto root = static_cast<AccountIndex>(random.Below(n));
  s.set.assign(1, root);
  s.seen[root] = s.stamp;
  bool blocked = !fixed.empty() && fixed[root];
  if (model == DiffusionModel::kIndependentCascade) {
    for (std::size_t head = 0; head < s.set.size() && !blocked; ++head) {
      const AccountIndex v = s.set[head];
      const auto in = g.InNeighbors(v);
      for (std::size_t i = 0; i < in.size(); ++i) {
        const AccountIndex u = in[i];
        if (s.seen[u] == s.stamp || random.Unit() >= p.In(v, i)) continue;
        s.seen[u] = s.stamp;
        s.set.push_back(u);
        if (!fixed.empty() && fixed[u]) {
          blocked = true;
          break;
        }
      }
    }
  } else {
    // Each account keeps at most one live in-edge: a random walk backwards until it stops or
    // comes back to the set.
    for (AccountIndex v = root; !blocked;) {
      const auto in = g.InNeighbors(v);
      double x = random.Unit();
      AccountIndex next = kNoAccount;
      for (std::size_t i = 0; i < in.size(); ++i) {
        x -= p.In(v, i);
        if (x < 0) {
          next = in[i];
          break;
        }
      }
      if (next == kNoAccount || s.seen[next] == s.stamp) break;
      s.seen[next] = s.stamp;
      s.set.push_back(next);
      blocked = !fixed.empty() && fixed[next];
      v = next;
    }
  }
  if (!blocked) out.insert(out.end(), s.set.begin(), s.set.end());
}

// Appends sets until there are `target`, set i drawn from SampleRandom(seed, i + offset).
void Extend(const CsrGraph& g, const Probabilities& p, const InfluenceParams& params,
            const std::vector<bool>& fixed, std::uint64_t offset, std::uint64_t target,
            RrSets& sets) {
  const std::uint64_t first = sets.size();
  if (target <= first) return;
  constexpr std::uint64_t kChunk = 4096;
  const std::uint64_t chunks = (target - first + kChunk - 1) / kChunk;
  struct Part {
    std::vector<AccountIndex> members;
    std::vector<std::uint64_t> ends;
  };
  std::vector<Part> parts(chunks);
  ParallelChunks(
      chunks,
      [&](std::size_t c) {
        thread_local RrScratch scratch;
        if (scratch.seen.size() != g.num_nodes()) {
          scratch.seen.assign(g.num_nodes(), 0);
          scratch.stamp = 0;
        }
        Part& part = parts[c];
        const std::uint64_t begin = first + c * kChunk;
        const std::uint64_t end = std::min(target, begin + kChunk);
        for (std::uint64_t i = begin; i < end; ++i) {
          SampleRandom random(params.seed, offset + i);
          MakeRrSet(g, p, params.model, fixed, random, scratch, part.members);
          part.ends.push_back(part.members.size());
        }
      },
      [&](std::size_t c) {
        const std::uint64_t base = sets.members.size();
        sets.members.insert(sets.members.end(), parts[c].members.begin(), parts[c].members.end());
        for (const std::uint64_t e : parts[c].ends) sets.begin.push_back(base + e);
        Part().members.swap(parts[c].members);
      });
}

struct Selection {
  std::vector<AccountIndex> picks;
  std::vector<std::uint64_t> gains;  // sets newly covered by each pick
  std::uint64_t covered = 0;         // by the picks (not counting the fixed accounts' sets)
};

// Greedy maximum coverage of the sets by k candidates; ties go to the lower account index.
Selection Select(const RrSets& sets, std::size_t n, std::size_t k,
                 const std::vector<bool>& allowed) {
  std::vector<std::uint64_t> count(n + 1, 0);
  for (const AccountIndex v : sets.members) ++count[v + 1];
  std::vector<std::uint64_t> start(n + 1, 0);
  for (std::size_t v = 0; v < n; ++v) start[v + 1] = start[v] + count[v + 1];
  std::vector<std::uint64_t> holding(sets.members.size());  // set ids by account
  {
    std::vector<std::uint64_t> fill(start.begin(), start.end() - 1);
    for (std::uint64_t s = 0; s < sets.size(); ++s) {
      for (std::uint64_t i = sets.begin[s]; i < sets.begin[s + 1]; ++i) {
        holding[fill[sets.members[i]]++] = s;
      }
    }
  }
  std::vector<std::uint64_t> degree(n);
  for (std::size_t v = 0; v < n; ++v) degree[v] = start[v + 1] - start[v];
  std::vector<bool> covered(sets.size(), false);
  std::vector<bool> picked(n, false);
  Selection result;
  for (std::size_t round = 0; round < k; ++round) {
    std::size_t best = n;
    for (std::size_t v = 0; v < n; ++v) {
      if (picked[v] || !allowed[v]) continue;
      if (best == n || degree[v] > degree[best]) best = v;
    }
    if (best == n) break;
    picked[best] = true;
    result.picks.push_back(static_cast<AccountIndex>(best));
    result.gains.push_back(degree[best]);
    result.covered += degree[best];
    for (std::uint64_t i = start[best]; i < start[best + 1]; ++i) {
      const std::uint64_t s = holding[i];
      if (covered[s]) continue;
      covered[s] = true;
      for (std::uint64_t j = sets.begin[s]; j < sets.begin[s + 1]; ++j) --degree[sets.members[j]];
    }
  }
  return result;
}

double LogChoose(double n, double k) {
  return std::lgamma(n + 1) - std::lgamma(k + 1) - std::lgamma(n - k + 1);
}

void CheckLinearThreshold(const CsrGraph& g, const Probabilities& p, DiffusionModel model) {
  if (model != DiffusionModel::kLinearThreshold) return;
  for (AccountIndex v = 0; v < g.num_nodes(); ++v) {
    double sum = 0;
    for (std::size_t i = 0; i < g.InDegree(v); ++i) sum += p.In(v, i);
    if (sum > 1 + 1e-9) {
      throw std::invalid_argument(
          "linear threshold: an account's incoming probabilities add up to more than 1; use "
          "weighted-cascade, from-weights or a smaller uniform probability");
    }
  }
}

}  // namespace

EdgeProbability ParseEdgeProbability(const std::string& text) {
  EdgeProbability p;
  if (text == "weighted-cascade") return p;
  if (text == "from-weights") {
    p.kind = EdgeProbability::Kind::kFromWeights;
    return p;
  }
  if (text.rfind("uniform:", 0) == 0) {
    p.kind = EdgeProbability::Kind::kUniform;
    char* end = nullptr;
    const std::string number = text.substr(8);
    p.uniform = std::strtod(number.c_str(), &end);
    if (!number.empty() && *end == '\0' && p.uniform > 0 && p.uniform <= 1) return p;
  }
  throw UsageError("unknown --probability '" + text +
                   "'; expected weighted-cascade, from-weights or uniform:P with 0 < P <= 1");
}

InfluenceResult MaximizeInfluence(const CsrGraph& flow, const InfluenceParams& params) {
  if (!(params.epsilon > 0 && params.epsilon < 1) || !(params.ell > 0)) {
    throw std::invalid_argument("influence: epsilon must lie in (0, 1) and ell be positive");
  }
  const std::size_t n = flow.num_nodes();
  const Probabilities p(flow, params.probability);
  CheckLinearThreshold(flow, p, params.model);
  std::vector<bool> fixed;
  if (!params.fixed.empty()) {
    fixed.assign(n, false);
    for (const AccountIndex a : params.fixed) fixed[a] = true;
  }
  std::vector<bool> allowed =
      params.candidates.empty() ? std::vector<bool>(n, true) : params.candidates;
  for (const AccountIndex a : params.fixed) allowed[a] = false;
  const auto candidates =
      static_cast<std::size_t>(std::count(allowed.begin(), allowed.end(), true));
  const std::size_t k = std::min(params.k, candidates);
  InfluenceResult result;
  if (n < 2 || k == 0) return result;

  const double nd = static_cast<double>(n);
  const double log_n = std::log(nd);
  const double ell = params.ell + std::log(2.0) / log_n;  // so both phases together fail ≤ 1/n^ℓ
  const double log_choose = LogChoose(static_cast<double>(candidates), static_cast<double>(k));
  // Phase 1: a lower bound on the optimum by halving guesses x (Tang et al., Algorithm 2).
  const double eps1 = std::sqrt(2.0) * params.epsilon;
  const double lambda1 = (2 + 2 * eps1 / 3) *
                         (log_choose + ell * log_n + std::log(std::max(1.0, std::log2(nd)))) * nd /
                         (eps1 * eps1);
  double lower_bound = 1.0;
  {
    RrSets sets;
    for (int i = 1; i < static_cast<int>(std::log2(nd)); ++i) {
      const double x = nd / std::ldexp(1.0, i);
      const double wanted = std::ceil(lambda1 / x);
      const bool over = wanted > static_cast<double>(kMaxRrSets);
      Extend(flow, p, params, fixed, 0, over ? kMaxRrSets : static_cast<std::uint64_t>(wanted),
             sets);
      const Selection s = Select(sets, n, k, allowed);
      const double spread = nd * static_cast<double>(s.covered) / static_cast<double>(sets.size());
      if (spread >= (1 + eps1) * x || over) {
        // Past the memory cap the test cannot go on: the bound is what these sets show.
        lower_bound = std::max(1.0, spread / (1 + eps1));
        result.capped = over;
        break;
      }
    }
  }
  // Phase 2: fresh sets (so the selection does not depend on the sets that fixed their number,
  // as Chen, arXiv:1808.09363, advises), as many as the bound asks.
  const double e = std::exp(1.0);
  const double alpha = std::sqrt(ell * log_n + std::log(2.0));
  const double beta = std::sqrt((1 - 1 / e) * (log_choose + ell * log_n + std::log(2.0)));
  const double lambda2 =
      2 * nd * std::pow((1 - 1 / e) * alpha + beta, 2) / (params.epsilon * params.epsilon);
  const double wanted = std::ceil(lambda2 / lower_bound);
  std::uint64_t theta = kMaxRrSets;
  result.effective_epsilon = params.epsilon;
  if (wanted > static_cast<double>(kMaxRrSets)) {
    // ε grows as 1/√θ in the bound.
    result.capped = true;
    result.effective_epsilon = params.epsilon * std::sqrt(wanted / static_cast<double>(kMaxRrSets));
  } else {
    theta = static_cast<std::uint64_t>(wanted);
  }
  RrSets sets;
  Extend(flow, p, params, fixed, std::uint64_t{1} << 40, theta, sets);
  const Selection s = Select(sets, n, k, allowed);
  std::uint64_t blocked = 0;  // sets the fixed accounts cover
  for (std::uint64_t i = 0; i < sets.size(); ++i) blocked += sets.begin[i] == sets.begin[i + 1];
  const double scale = nd / static_cast<double>(sets.size());
  for (std::size_t i = 0; i < s.picks.size(); ++i) {
    result.picks.push_back({s.picks[i], scale * static_cast<double>(s.gains[i])});
  }
  result.estimated_spread = scale * static_cast<double>(s.covered + blocked);
  result.rr_sets = sets.size();
  result.lower_bound = lower_bound;
  return result;
}

SpreadEstimate SimulateSpread(const CsrGraph& flow, const std::vector<AccountIndex>& seeds,
                              DiffusionModel model, const EdgeProbability& probability,
                              std::uint64_t runs, std::uint64_t seed) {
  const std::size_t n = flow.num_nodes();
  const Probabilities p(flow, probability);
  CheckLinearThreshold(flow, p, model);
  SpreadEstimate result;
  result.runs = runs;
  if (runs == 0 || n == 0) return result;
  constexpr std::uint64_t kChunk = 64;
  const std::uint64_t chunks = (runs + kChunk - 1) / kChunk;
  std::vector<std::uint64_t> sum(chunks, 0);
  std::vector<double> squares(chunks, 0.0);  // a sum of squared spreads can pass 2^64
  ParallelChunks(chunks, [&](std::size_t c) {
    thread_local std::vector<std::uint32_t> seen;
    thread_local std::vector<double> load;       // linear threshold: incoming weight so far
    thread_local std::vector<double> threshold;  // drawn when first needed
    thread_local std::uint32_t stamp = 0;
    thread_local std::vector<AccountIndex> active;
    if (seen.size() != n) {
      seen.assign(n, 0);
      load.assign(n, 0.0);
      threshold.assign(n, 0.0);
      stamp = 0;
    }
    const std::uint64_t end = std::min(runs, (c + 1) * kChunk);
    for (std::uint64_t r = c * kChunk; r < end; ++r) {
      // seen[v] == stamp: active; == stamp + 1: touched (threshold drawn), not yet active.
      stamp += 2;
      if (stamp < 2) {
        std::fill(seen.begin(), seen.end(), 0);
        stamp = 2;
      }
      SampleRandom random(seed, r);
      active.clear();
      for (const AccountIndex s : seeds) {
        if (seen[s] == stamp) continue;
        seen[s] = stamp;
        active.push_back(s);
      }
      for (std::size_t head = 0; head < active.size(); ++head) {
        const AccountIndex u = active[head];
        const auto out = flow.OutNeighbors(u);
        for (std::size_t i = 0; i < out.size(); ++i) {
          const AccountIndex v = out[i];
          if (seen[v] == stamp) continue;
          const double pv = p.Out(u, i, v);
          if (model == DiffusionModel::kIndependentCascade) {
            if (random.Unit() >= pv) continue;
          } else {
            if (seen[v] != stamp + 1) {
              seen[v] = stamp + 1;
              load[v] = 0.0;
              threshold[v] = random.Unit();
            }
            load[v] += pv;
            if (load[v] < threshold[v]) continue;
          }
          seen[v] = stamp;
          active.push_back(v);
        }
      }
      sum[c] += active.size();
      squares[c] += static_cast<double>(active.size()) * static_cast<double>(active.size());
    }
  });
  std::uint64_t total = 0;
  double total_sq = 0;
  for (std::uint64_t c = 0; c < chunks; ++c) {
    total += sum[c];
    total_sq += squares[c];
  }
  const double r = static_cast<double>(runs);
  result.mean = static_cast<double>(total) / r;
  const double variance =
      runs > 1
          ? std::max(0.0, (static_cast<double>(total_sq) - r * result.mean * result.mean) / (r - 1))
          : 0.0;
  result.standard_error = std::sqrt(variance / r);
  return result;
}

}  // namespace agencynet
