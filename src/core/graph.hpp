// Compressed-sparse-row directed graphs, one per interaction layer, with merged edge weights,
// first/last seen times and the reverse (incoming) adjacency. Only BuildGraph makes them.
#pragma once

#include <array>
#include <cstdint>
#include <span>
#include <vector>

#include "core/types.hpp"

namespace agencynet {

struct Interaction;

using EdgeIndex = std::uint64_t;

/// Weights of a run of edges, aligned with the neighbours they go with: 1 each when the graph
/// stores no weights.
class WeightView {
 public:
  WeightView(const std::uint32_t* data, std::size_t size) : data_(data), size_(size) {}
  std::uint32_t operator[](std::size_t i) const { return data_ ? data_[i] : 1u; }
  std::size_t size() const { return size_; }

 private:
  const std::uint32_t* data_;
  std::size_t size_;
};

/// A directed graph in CSR form. Out-edges of `u` are positions [offsets[u], offsets[u+1]) of
/// the edge arrays, sorted by target; in-edges are kept the same way in the reverse arrays, each
/// with a copy of its weight, so a kernel reading either direction streams one array pair. That
/// is 16 bytes an edge (4 + 4 each way), 8 when every weight is 1 (the weights are then not
/// stored); first/last seen times add 16 more and are kept only when some interaction has a
/// time. No mutators.
class CsrGraph {
 public:
  CsrGraph() = default;
  CsrGraph(CsrGraph&&) = default;
  CsrGraph& operator=(CsrGraph&&) = default;
  CsrGraph(const CsrGraph&) = delete;
  CsrGraph& operator=(const CsrGraph&) = delete;

  std::size_t num_nodes() const { return offsets_.empty() ? 0 : offsets_.size() - 1; }
  std::size_t num_edges() const { return targets_.size(); }

  std::span<const AccountIndex> OutNeighbors(AccountIndex u) const {
    return {targets_.data() + offsets_[u], targets_.data() + offsets_[u + 1]};
  }
  WeightView OutWeights(AccountIndex u) const {
    return {weights_.empty() ? nullptr : weights_.data() + offsets_[u], OutDegree(u)};
  }
  std::span<const AccountIndex> InNeighbors(AccountIndex v) const {
    return {sources_.data() + rev_offsets_[v], sources_.data() + rev_offsets_[v + 1]};
  }
  /// Weights of v's in-edges, aligned with InNeighbors(v).
  WeightView InWeights(AccountIndex v) const {
    return {in_weights_.empty() ? nullptr : in_weights_.data() + rev_offsets_[v], InDegree(v)};
  }
  EdgeIndex EdgeBegin(AccountIndex u) const { return offsets_[u]; }
  EdgeIndex EdgeEnd(AccountIndex u) const { return offsets_[u + 1]; }
  std::size_t OutDegree(AccountIndex u) const { return offsets_[u + 1] - offsets_[u]; }
  std::size_t InDegree(AccountIndex v) const { return rev_offsets_[v + 1] - rev_offsets_[v]; }

  AccountIndex target(EdgeIndex e) const { return targets_[e]; }
  std::uint32_t weight(EdgeIndex e) const { return weights_.empty() ? 1u : weights_[e]; }
  /// False when every edge weighs 1.
  bool weighted() const { return !weights_.empty(); }
  /// kNoTime when the edge's interactions carry no time.
  Timestamp first_seen(EdgeIndex e) const { return first_seen_.empty() ? kNoTime : first_seen_[e]; }
  Timestamp last_seen(EdgeIndex e) const { return last_seen_.empty() ? kNoTime : last_seen_[e]; }
  /// Bytes held by the graph's arrays (capacity, not size).
  std::size_t MemoryBytes() const;

 private:
  friend CsrGraph BuildGraph(std::size_t, std::span<const Interaction>, std::uint32_t);
  std::vector<EdgeIndex> offsets_;
  std::vector<AccountIndex> targets_;
  std::vector<std::uint32_t> weights_;
  std::vector<Timestamp> first_seen_;
  std::vector<Timestamp> last_seen_;
  std::vector<EdgeIndex> rev_offsets_;
  std::vector<AccountIndex> sources_;
  std::vector<std::uint32_t> in_weights_;
};

/// Builds a CSR graph on `num_nodes` nodes from the interactions whose kind is in `kind_mask`
/// (bit i = EdgeKind i). Parallel interactions merge into one edge: weights add up, first/last
/// seen are the earliest and latest known times. Self-loops are kept if present (the resolver
/// decides). Time complexity: O(n + m log d) for m interactions and maximum out-degree d.
CsrGraph BuildGraph(std::size_t num_nodes, std::span<const Interaction> interactions,
                    std::uint32_t kind_mask);

/// The graph information travels on (DESIGN.md): an edge u -> v when content of u reaches v.
/// Follow, repost and quote interactions are turned around; mentions and replies kept as they
/// are. Only the kinds in `kind_mask`; weights as in BuildGraph.
CsrGraph BuildFlowGraph(std::size_t num_nodes, std::span<const Interaction> interactions,
                        std::uint32_t kind_mask);

/// Bit mask with every layer set.
inline constexpr std::uint32_t kAllKinds = (1u << kEdgeKindCount) - 1;
inline constexpr std::uint32_t KindBit(EdgeKind kind) { return 1u << static_cast<int>(kind); }

/// One graph per layer plus the union of the selected layers (parallel edges of different
/// kinds merged, weights summed), on which the metrics are computed, and the information-flow
/// graph of the selected layers, on which reach and influence are.
struct LayeredGraph {
  std::array<CsrGraph, kEdgeKindCount> layers;
  CsrGraph combined;
  CsrGraph flow;
  std::uint32_t selected = kAllKinds;
};

/// Builds every layer, the union of the layers in `selected` and their flow graph.
LayeredGraph BuildLayeredGraph(std::size_t num_nodes, std::span<const Interaction> interactions,
                               std::uint32_t selected);

}  // namespace agencynet
