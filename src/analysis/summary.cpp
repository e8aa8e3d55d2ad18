#include "analysis/summary.hpp"

#include <algorithm>
#include <numeric>

namespace agencynet {

namespace {

std::uint32_t Find(std::vector<std::uint32_t>& parent, std::uint32_t x) {
  while (parent[x] != x) {
    parent[x] = parent[parent[x]];
    x = parent[x];
  }
  return x;
}

}  // namespace

// Tarjan's algorithm (SIAM J. Comput. 1972) with an explicit stack, so deep graphs cannot
// overflow the call stack.
StrongComponents FindStrongComponents(const CsrGraph& graph) {
  const std::size_t n = graph.num_nodes();
  constexpr std::uint32_t kUnvisited = 0xFFFFFFFFu;
  std::vector<std::uint32_t> index(n, kUnvisited), low(n, 0);
  std::vector<bool> on_stack(n, false);
  std::vector<AccountIndex> stack;
  std::vector<std::pair<AccountIndex, EdgeIndex>> calls;  // (account, next out-edge to look at)
  StrongComponents result;
  result.label.assign(n, 0);
  std::uint32_t counter = 0;
  for (AccountIndex root = 0; root < n; ++root) {
    if (index[root] != kUnvisited) continue;
    calls.emplace_back(root, graph.EdgeBegin(root));
    index[root] = low[root] = counter++;
    stack.push_back(root);
    on_stack[root] = true;
    while (!calls.empty()) {
      auto& [u, e] = calls.back();
      if (e < graph.EdgeEnd(u)) {
        const AccountIndex v = graph.target(e++);
        if (index[v] == kUnvisited) {
          index[v] = low[v] = counter++;
          stack.push_back(v);
          on_stack[v] = true;
          calls.emplace_back(v, graph.EdgeBegin(v));
        } else if (on_stack[v]) {
          low[u] = std::min(low[u], index[v]);
        }
        continue;
      }
      const AccountIndex done = u;
      calls.pop_back();
      if (!calls.empty()) {
        const AccountIndex parent = calls.back().first;
        low[parent] = std::min(low[parent], low[done]);
      }
      if (low[done] == index[done]) {
        const auto number = static_cast<std::uint32_t>(result.size.size());
        std::uint64_t size = 0;
        AccountIndex w;
        do {
          w = stack.back();
          stack.pop_back();
          on_stack[w] = false;
          result.label[w] = number;
          ++size;
        } while (w != done);
        result.size.push_back(size);
      }
    }
  }
  return result;
}

GraphSummary Summarize(const CsrGraph& graph) {
  GraphSummary s;
  const std::size_t n = graph.num_nodes();
  s.nodes = n;
  s.edges = graph.num_edges();
  std::uint64_t reciprocated = 0;
  std::vector<std::uint32_t> parent(n);
  std::iota(parent.begin(), parent.end(), 0u);
  for (AccountIndex u = 0; u < n; ++u) {
    for (EdgeIndex e = graph.EdgeBegin(u); e < graph.EdgeEnd(u); ++e) {
      const AccountIndex v = graph.target(e);
      s.total_weight += graph.weight(e);
      if (graph.weight(e) > 1) ++s.edges_with_duplicates;
      if (u == v) {
        ++s.self_loops;
        continue;
      }
      const auto back = graph.OutNeighbors(v);
      if (std::binary_search(back.begin(), back.end(), u)) ++reciprocated;
      const std::uint32_t a = Find(parent, u);
      const std::uint32_t b = Find(parent, v);
      if (a != b) parent[std::max(a, b)] = std::min(a, b);
    }
  }
  s.reciprocity =
      s.edges == 0 ? 0.0 : static_cast<double>(reciprocated) / static_cast<double>(s.edges);
  s.density =
      n < 2 ? 0.0
            : static_cast<double>(s.edges) / (static_cast<double>(n) * static_cast<double>(n - 1));
  s.weak_component.assign(n, 0);
  std::vector<std::uint32_t> number(n, 0xFFFFFFFFu);
  std::vector<std::uint64_t> sizes;
  for (AccountIndex u = 0; u < n; ++u) {
    const std::uint32_t root = Find(parent, u);
    if (number[root] == 0xFFFFFFFFu) {
      number[root] = static_cast<std::uint32_t>(sizes.size());
      sizes.push_back(0);
    }
    s.weak_component[u] = number[root];
    ++sizes[number[root]];
  }
  s.weak_components = sizes.size();
  s.largest_weak_component = sizes.empty() ? 0 : *std::max_element(sizes.begin(), sizes.end());
  const std::vector<std::uint64_t> strong = FindStrongComponents(graph).size;
  s.strong_components = strong.size();
  s.largest_strong_component = strong.empty() ? 0 : *std::max_element(strong.begin(), strong.end());
  return s;
}

}  // namespace agencynet
