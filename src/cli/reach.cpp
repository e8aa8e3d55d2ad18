#include "cli/reach.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <numeric>

#include "analysis/filter.hpp"
#include "core/error.hpp"
#include "export/escape.hpp"
#include "export/tables.hpp"

namespace agencynet {

namespace {

struct Search {
  std::vector<AccountIndex> order;      // reached accounts, nearest first (senders excluded)
  std::vector<std::int32_t> hops;       // -1 = not reached, 0 = a sender
  std::vector<AccountIndex> via;        // the account each is reached from
  std::vector<AccountIndex> first_hop;  // the senders' contact its path starts with
};

// Breadth-first from every sender at once; the first account to reach another is its `via`
// (neighbours in index order, so the result is fixed).
Search Run(const CsrGraph& flow, const std::vector<AccountIndex>& senders, int hops) {
  const std::size_t n = flow.num_nodes();
  Search s;
  s.hops.assign(n, -1);
  s.via.assign(n, kNoAccount);
  s.first_hop.assign(n, kNoAccount);
  std::vector<AccountIndex> queue;
  for (const AccountIndex a : senders) {
    if (s.hops[a] == 0) continue;
    s.hops[a] = 0;
    queue.push_back(a);
  }
  for (std::size_t head = 0; head < queue.size(); ++head) {
    const AccountIndex u = queue[head];
    if (s.hops[u] >= hops) break;
    for (const AccountIndex v : flow.OutNeighbors(u)) {
      if (s.hops[v] >= 0) continue;
      s.hops[v] = s.hops[u] + 1;
      s.via[v] = u;
      s.first_hop[v] = s.hops[u] == 0 ? v : s.first_hop[u];
      queue.push_back(v);
      s.order.push_back(v);
    }
  }
  return s;
}

std::string Who(const Account& a) { return DisplayLabel(a); }

}  // namespace

std::string FormatReach(const Prepared& p, const ReachOptions& options) {
  if (options.hops < 1) throw UsageError("--hops must be at least 1");
  if (options.accounts.empty()) throw UsageError("name at least one sender with --account");
  const AccountTable& accounts = p.network.accounts;
  std::vector<AccountIndex> senders;
  for (const std::string& text : options.accounts) {
    senders.push_back(FindAccount(p.network, text, "--account"));
  }
  // No path is longer than the number of accounts: deeper hops reach nobody new.
  const int hops = static_cast<int>(
      std::min<std::size_t>(static_cast<std::size_t>(options.hops), accounts.size()));
  const Search s = Run(p.graph.flow, senders, hops);

  // Per hop: reached accounts, split government / public.
  std::vector<std::size_t> total(hops + 1, 0), government(hops + 1, 0);
  int deepest = 1;  // the per-hop lines stop at the last hop that reaches anyone
  for (const AccountIndex v : s.order) deepest = std::max(deepest, s.hops[v]);
  // Brokers: accounts reached beyond the first hop through each first-hop account.
  std::vector<std::size_t> brought(accounts.size(), 0);
  for (const AccountIndex v : s.order) {
    ++total[s.hops[v]];
    government[s.hops[v]] += IsGovernment(accounts[v]);
    if (s.hops[v] > 1) ++brought[s.first_hop[v]];
  }
  std::vector<AccountIndex> brokers;
  for (const AccountIndex v : s.order) {
    if (s.hops[v] == 1 && brought[v] > 0) brokers.push_back(v);
  }
  std::stable_sort(brokers.begin(), brokers.end(),
                   [&](AccountIndex a, AccountIndex b) { return brought[a] > brought[b]; });

  std::string names;
  for (const AccountIndex a : senders) names += (names.empty() ? "" : ", ") + Who(accounts[a]);
  const std::size_t shown =
      options.top == 0 ? s.order.size() : std::min(options.top, s.order.size());
  std::string out;
  if (options.format == TableFormat::kCsv) {
    out = "platform,id,handle,name,role,hops,via_id,via_handle,first_hop_id,first_hop_handle\n";
    for (const AccountIndex v : s.order) {
      const Account& a = accounts[v];
      const Account& via = accounts[s.via[v]];
      const Account& first = accounts[s.first_hop[v]];
      out += fmt::format("{},{},{},{},{},{},{},{},{},{}\n", ToString(a.platform), CsvField(a.id),
                         CsvField(a.handle), CsvField(a.name), CsvField(a.role), s.hops[v],
                         CsvField(via.id), CsvField(via.handle), CsvField(first.id),
                         CsvField(first.handle));
    }
    return out;
  }
  if (options.format == TableFormat::kJson) {
    out = "{\n  \"senders\": [";
    for (std::size_t i = 0; i < senders.size(); ++i) {
      out += fmt::format("{}{}", i ? ", " : "", JsonQuote(NodeKey(accounts[senders[i]])));
    }
    out += fmt::format("],\n  \"hops\": {},\n  \"reached\": {},\n  \"by_hop\": [", options.hops,
                       s.order.size());
    for (int h = 1; h <= std::min(hops, deepest); ++h) {
      out += fmt::format("{}{{\"hops\": {}, \"accounts\": {}, \"government\": {}, \"public\": {}}}",
                         h > 1 ? ", " : "", h, total[h], government[h], total[h] - government[h]);
    }
    out += "],\n  \"brokers\": [";
    for (std::size_t i = 0; i < brokers.size(); ++i) {
      out += fmt::format("{}\n    {{\"account\": {}, \"handle\": {}, \"brings\": {}}}",
                         i ? "," : "", JsonQuote(NodeKey(accounts[brokers[i]])),
                         JsonQuote(accounts[brokers[i]].handle), brought[brokers[i]]);
    }
    out += brokers.empty() ? "],\n" : "\n  ],\n";
    out += "  \"accounts\": [";
    for (std::size_t i = 0; i < s.order.size(); ++i) {
      const AccountIndex v = s.order[i];
      out += fmt::format(
          "{}\n    {{\"account\": {}, \"handle\": {}, \"role\": {}, \"hops\": {}, \"via\": {}, "
          "\"first_hop\": {}}}",
          i ? "," : "", JsonQuote(NodeKey(accounts[v])), JsonQuote(accounts[v].handle),
          JsonQuote(accounts[v].role), s.hops[v], JsonQuote(NodeKey(accounts[s.via[v]])),
          JsonQuote(NodeKey(accounts[s.first_hop[v]])));
    }
    out += s.order.empty() ? "]\n}\n" : "\n  ]\n}\n";
    return out;
  }
  out += fmt::format("reach of {} along information flow, {} hop{}\n", names, options.hops,
                     options.hops > 1 ? "s" : "");
  for (int h = 1; h <= std::min(hops, deepest); ++h) {
    out += fmt::format("  hop {}: {:>8} accounts ({} government, {} public)\n", h, total[h],
                       government[h], total[h] - government[h]);
  }
  out += fmt::format("  in all: {:>7} of {} other accounts\n", s.order.size(),
                     accounts.size() - std::count(s.hops.begin(), s.hops.end(), 0));
  if (options.hops > 1 && !brokers.empty()) {
    out += "\nbrokers (first-hop accounts the further reach goes through)\n";
    const std::size_t k = options.top == 0 ? brokers.size() : std::min(options.top, brokers.size());
    for (std::size_t i = 0; i < k; ++i) {
      out += fmt::format("  {:<32} {:>8} accounts  ({})\n", OneLineText(Who(accounts[brokers[i]])),
                         brought[brokers[i]], accounts[brokers[i]].role);
    }
  }
  if (shown > 0) {
    out += fmt::format("\nreached accounts, nearest first ({} of {})\n", shown, s.order.size());
    for (std::size_t i = 0; i < shown; ++i) {
      const AccountIndex v = s.order[i];
      out += fmt::format("  {:<32} hop {}  via {:<24} ({})\n", OneLineText(Who(accounts[v])),
                         s.hops[v], OneLineText(Who(accounts[s.via[v]])), accounts[v].role);
    }
  }
  return out;
}

}  // namespace agencynet
