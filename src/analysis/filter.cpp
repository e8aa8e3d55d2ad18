#include "analysis/filter.hpp"

#include <algorithm>
#include <charconv>
#include <numeric>
#include <sstream>
#include <tuple>

#include "analysis/coreness.hpp"
#include "analysis/summary.hpp"
#include "core/error.hpp"
#include "io/load.hpp"

namespace agencynet {

std::uint32_t ParseLayers(const std::string& text) {
  if (text.empty() || text == "all") return kAllKinds;
  std::uint32_t mask = 0;
  std::stringstream stream(text);
  std::string item;
  while (std::getline(stream, item, ',')) {
    const auto kind = ParseEdgeKind(item);
    if (!kind) {
      throw UsageError("unknown layer '" + item +
                       "' in --layers; expected a comma-separated list of mention, retweet, "
                       "reply, quote, follow (or all)");
    }
    mask |= KindBit(*kind);
  }
  return mask;
}

Timestamp ParseWhen(const std::string& text) {
  std::int64_t seconds = 0;
  const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), seconds);
  if (ec == std::errc() && ptr == text.data() + text.size()) return seconds;
  Timestamp t = ParseIsoTime(text);
  if (t == kNoTime && text.size() == 10) t = ParseIsoTime(text + "T00:00:00Z");
  if (t == kNoTime) {
    throw UsageError("cannot read the time '" + text +
                     "'; write a date (2024-03-01), an ISO 8601 time (2024-03-01T12:00:00Z) or "
                     "UTC seconds");
  }
  return t;
}

namespace {

void EdgeFilters(Network& net, const FilterOptions& o, FilterReport& report) {
  std::vector<Interaction>& list = net.interactions;
  std::erase_if(list, [&](const Interaction& e) {
    if (!(o.layers & KindBit(e.kind))) {
      ++report.interactions_outside_layers;
      return true;
    }
    if ((o.since != kNoTime || o.until != kNoTime) &&
        (e.time == kNoTime || (o.since != kNoTime && e.time < o.since) ||
         (o.until != kNoTime && e.time >= o.until))) {
      ++report.interactions_outside_window;
      return true;
    }
    return false;
  });
  if (o.min_weight <= 1) return;
  // Sum each layer edge's weight, then drop the interactions of light edges.
  std::vector<std::size_t> order(list.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  auto key = [&](std::size_t i) { return std::tie(list[i].kind, list[i].source, list[i].target); };
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return key(a) < key(b); });
  std::vector<bool> drop(list.size(), false);
  for (std::size_t i = 0; i < order.size();) {
    std::size_t j = i;
    std::uint64_t weight = 0;
    while (j < order.size() && key(order[j]) == key(order[i])) weight += list[order[j++]].weight;
    if (weight < o.min_weight) {
      for (std::size_t k = i; k < j; ++k) drop[order[k]] = true;
    }
    i = j;
  }
  std::vector<Interaction> kept;
  for (std::size_t i = 0; i < list.size(); ++i) {
    if (drop[i]) {
      ++report.interactions_below_min_weight;
    } else {
      kept.push_back(list[i]);
    }
  }
  list = std::move(kept);
}

// Undirected adjacency of the current interactions, for ego networks.
std::vector<std::vector<AccountIndex>> Neighbours(const Network& net) {
  std::vector<std::vector<AccountIndex>> adj(net.accounts.size());
  for (const Interaction& e : net.interactions) {
    adj[e.source].push_back(e.target);
    adj[e.target].push_back(e.source);
  }
  return adj;
}

void Keep(Network& net, const std::vector<bool>& keep, FilterReport& report) {
  const auto kept = static_cast<std::size_t>(std::count(keep.begin(), keep.end(), true));
  report.accounts_removed += net.accounts.size() - kept;
  net.KeepAccounts(keep);
}

}  // namespace

AccountIndex FindAccount(const Network& net, const std::string& ego, const std::string& option) {
  std::string_view text = ego;
  for (int p = 0; p < kPlatformCount; ++p) {
    const Platform platform = static_cast<Platform>(p);
    AccountIndex a = net.accounts.FindId(platform, text);
    if (a == kNoAccount && platform == Platform::kMastodon) {
      a = net.accounts.FindId(platform, AsciiLower(text.substr(text[0] == '@' ? 1 : 0)));
    }
    if (a == kNoAccount) a = net.accounts.FindHandle(platform, text);
    if (a != kNoAccount) return a;
  }
  throw UsageError(option + " " + ego +
                   ": no such account in the input; give an ID, a DID, user@host or @handle");
}

FilterReport ApplyFilters(Network& net, const FilterOptions& o) {
  FilterReport report;
  EdgeFilters(net, o, report);
  if (!o.role.empty()) {
    std::vector<bool> keep(net.accounts.size());
    for (AccountIndex i = 0; i < keep.size(); ++i) keep[i] = HasRole(net.accounts[i], o.role);
    Keep(net, keep, report);
  }
  if (!o.ego.empty()) {
    const AccountIndex ego = FindAccount(net, o.ego, "--ego");
    const auto adj = Neighbours(net);
    std::vector<std::uint32_t> depth(net.accounts.size(), UINT32_MAX);
    std::vector<AccountIndex> queue{ego};
    depth[ego] = 0;
    for (std::size_t head = 0; head < queue.size(); ++head) {
      const AccountIndex u = queue[head];
      if (depth[u] == o.hops) continue;
      for (const AccountIndex v : adj[u]) {
        if (depth[v] != UINT32_MAX) continue;
        depth[v] = depth[u] + 1;
        queue.push_back(v);
      }
    }
    std::vector<bool> keep(net.accounts.size());
    for (std::size_t i = 0; i < keep.size(); ++i) keep[i] = depth[i] != UINT32_MAX;
    Keep(net, keep, report);
  }
  if (o.largest_component && net.accounts.size() > 0) {
    // Components are numbered by their lowest account, so the first of equal sizes wins.
    const GraphSummary summary =
        Summarize(BuildGraph(net.accounts.size(), net.interactions, kAllKinds));
    std::vector<std::size_t> sizes(summary.weak_components, 0);
    for (const std::uint32_t c : summary.weak_component) ++sizes[c];
    const auto largest =
        static_cast<std::uint32_t>(std::max_element(sizes.begin(), sizes.end()) - sizes.begin());
    std::vector<bool> keep(net.accounts.size());
    for (std::size_t i = 0; i < keep.size(); ++i) keep[i] = summary.weak_component[i] == largest;
    Keep(net, keep, report);
  }
  if (o.kcore > 0) {
    const CsrGraph g = BuildGraph(net.accounts.size(), net.interactions, kAllKinds);
    const CorenessResult core = Coreness(g);
    std::vector<bool> keep(net.accounts.size());
    for (std::size_t i = 0; i < keep.size(); ++i) keep[i] = core.coreness[i] >= o.kcore;
    Keep(net, keep, report);
  }
  return report;
}

}  // namespace agencynet
