#include "core/graph.hpp"

#include <algorithm>
#include <numeric>

#include "core/dataset.hpp"

namespace agencynet {

CsrGraph BuildGraph(std::size_t num_nodes, std::span<const Interaction> interactions,
                    std::uint32_t kind_mask) {
  // Counting sort by source into a scratch array of (target, weight, time).
  struct Item {
    AccountIndex target;
    std::uint32_t weight;
    Timestamp time;
  };
  std::vector<EdgeIndex> start(num_nodes + 1, 0);
  for (const Interaction& e : interactions) {
    if (kind_mask & KindBit(e.kind)) ++start[e.source + 1];
  }
  std::partial_sum(start.begin(), start.end(), start.begin());
  std::vector<Item> items(start[num_nodes]);
  {
    std::vector<EdgeIndex> fill(start.begin(), start.end() - 1);
    for (const Interaction& e : interactions) {
      if (kind_mask & KindBit(e.kind)) items[fill[e.source]++] = {e.target, e.weight, e.time};
    }
  }

  CsrGraph g;
  const bool timed = std::any_of(items.begin(), items.end(),
                                 [](const Item& item) { return item.time != kNoTime; });
  g.offsets_.assign(num_nodes + 1, 0);
  g.targets_.reserve(items.size());
  g.weights_.reserve(items.size());
  if (timed) {
    g.first_seen_.reserve(items.size());
    g.last_seen_.reserve(items.size());
  }
  for (std::size_t u = 0; u < num_nodes; ++u) {
    auto begin = items.begin() + static_cast<std::ptrdiff_t>(start[u]);
    auto end = items.begin() + static_cast<std::ptrdiff_t>(start[u + 1]);
    std::sort(begin, end, [](const Item& a, const Item& b) { return a.target < b.target; });
    for (auto it = begin; it != end; ++it) {
      if (g.targets_.size() > g.offsets_[u] && g.targets_.back() == it->target) {
        g.weights_.back() += it->weight;
        if (timed && it->time != kNoTime) {
          Timestamp& first = g.first_seen_.back();
          Timestamp& last = g.last_seen_.back();
          if (first == kNoTime || it->time < first) first = it->time;
          if (last == kNoTime || it->time > last) last = it->time;
        }
        continue;
      }
      g.targets_.push_back(it->target);
      g.weights_.push_back(it->weight);
      if (timed) {
        g.first_seen_.push_back(it->time);
        g.last_seen_.push_back(it->time);
      }
    }
    g.offsets_[u + 1] = g.targets_.size();
  }

  if (std::all_of(g.weights_.begin(), g.weights_.end(), [](std::uint32_t w) { return w == 1; })) {
    std::vector<std::uint32_t>().swap(g.weights_);
  }

  // Reverse adjacency: counting sort of forward edges by target; sources come out ascending
  // because forward edges are visited in source order.
  const std::size_t m = g.targets_.size();
  g.rev_offsets_.assign(num_nodes + 1, 0);
  for (const AccountIndex v : g.targets_) ++g.rev_offsets_[v + 1];
  std::partial_sum(g.rev_offsets_.begin(), g.rev_offsets_.end(), g.rev_offsets_.begin());
  g.sources_.resize(m);
  if (g.weighted()) g.in_weights_.resize(m);
  std::vector<EdgeIndex> fill(g.rev_offsets_.begin(), g.rev_offsets_.end() - 1);
  for (std::size_t u = 0; u < num_nodes; ++u) {
    for (EdgeIndex e = g.offsets_[u]; e < g.offsets_[u + 1]; ++e) {
      const EdgeIndex slot = fill[g.targets_[e]]++;
      g.sources_[slot] = static_cast<AccountIndex>(u);
      if (g.weighted()) g.in_weights_[slot] = g.weights_[e];
    }
  }
  return g;
}

std::size_t CsrGraph::MemoryBytes() const {
  return offsets_.capacity() * sizeof(EdgeIndex) + targets_.capacity() * sizeof(AccountIndex) +
         weights_.capacity() * sizeof(std::uint32_t) +
         (first_seen_.capacity() + last_seen_.capacity()) * sizeof(Timestamp) +
         rev_offsets_.capacity() * sizeof(EdgeIndex) + sources_.capacity() * sizeof(AccountIndex) +
         in_weights_.capacity() * sizeof(std::uint32_t);
}

CsrGraph BuildFlowGraph(std::size_t num_nodes, std::span<const Interaction> interactions,
                        std::uint32_t kind_mask) {
  std::vector<Interaction> flow;
  flow.reserve(interactions.size());
  for (const Interaction& e : interactions) {
    if (!(kind_mask & KindBit(e.kind))) continue;
    Interaction f = e;
    if (e.kind == EdgeKind::kFollow || e.kind == EdgeKind::kRetweet || e.kind == EdgeKind::kQuote) {
      std::swap(f.source, f.target);
    }
    flow.push_back(f);
  }
  return BuildGraph(num_nodes, flow, kAllKinds);
}

LayeredGraph BuildLayeredGraph(std::size_t num_nodes, std::span<const Interaction> interactions,
                               std::uint32_t selected) {
  LayeredGraph lg;
  lg.selected = selected;
  for (int k = 0; k < kEdgeKindCount; ++k) {
    lg.layers[k] = BuildGraph(num_nodes, interactions, KindBit(static_cast<EdgeKind>(k)));
  }
  lg.combined = BuildGraph(num_nodes, interactions, selected);
  lg.flow = BuildFlowGraph(num_nodes, interactions, selected);
  return lg;
}

}  // namespace agencynet
