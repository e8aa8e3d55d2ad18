#include "export/tables.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "core/error.hpp"

namespace agencynet {

std::string FormatDouble(double value) { return fmt::format("{}", value); }

std::string NodeKey(const Account& account) {
  if (!account.id.empty()) return account.id;
  return std::string(ToString(account.platform)) + ":@" + account.handle;
}

std::string DisplayLabel(const Account& account) {
  if (!account.handle.empty()) return account.handle;
  if (!account.name.empty()) return account.name;
  return account.id;
}

std::vector<AccountColumn> AccountColumns(const Network& net, const AccountMetrics& m) {
  const AccountTable& a = net.accounts;
  auto count = [](auto value) { return std::to_string(value); };
  return {
      {"platform", "string", [&a](AccountIndex i) { return std::string(ToString(a[i].platform)); }},
      {"id", "string", [&a](AccountIndex i) { return a[i].id; }},
      {"handle", "string", [&a](AccountIndex i) { return a[i].handle; }},
      {"name", "string", [&a](AccountIndex i) { return a[i].name; }},
      {"role", "string", [&a](AccountIndex i) { return a[i].role; }},
      {"followers", "long",
       [&a](AccountIndex i) {
         return a[i].followers < 0 ? std::string() : std::to_string(a[i].followers);
       }},
      {"posts", "long", [&net, count](AccountIndex i) { return count(net.posts_per_account[i]); }},
      {"in_degree", "long", [&m, count](AccountIndex i) { return count(m.degree.in_degree[i]); }},
      {"out_degree", "long", [&m, count](AccountIndex i) { return count(m.degree.out_degree[i]); }},
      {"in_weight", "long", [&m, count](AccountIndex i) { return count(m.degree.in_weight[i]); }},
      {"out_weight", "long", [&m, count](AccountIndex i) { return count(m.degree.out_weight[i]); }},
      {"pagerank", "double", [&m](AccountIndex i) { return FormatDouble(m.pagerank.scores[i]); }},
      {"betweenness", "double",
       [&m](AccountIndex i) { return FormatDouble(m.betweenness.scores[i]); }},
      {"closeness", "double",
       [&m](AccountIndex i) { return FormatDouble(m.closeness.closeness[i]); }},
      {"harmonic", "double",
       [&m](AccountIndex i) { return FormatDouble(m.closeness.harmonic[i]); }},
      {"eigenvector", "double",
       [&m](AccountIndex i) {
         return m.eigenvector.scores.empty() ? std::string()
                                             : FormatDouble(m.eigenvector.scores[i]);
       }},
      {"hub", "double",
       [&m](AccountIndex i) {
         return m.hits.hubs.empty() ? std::string() : FormatDouble(m.hits.hubs[i]);
       }},
      {"authority", "double",
       [&m](AccountIndex i) {
         return m.hits.authorities.empty() ? std::string() : FormatDouble(m.hits.authorities[i]);
       }},
      {"coreness", "long", [&m, count](AccountIndex i) { return count(m.coreness.coreness[i]); }},
      {"community", "long",
       [&m, count](AccountIndex i) { return count(m.communities.community[i]); }},
      {"constraint", "double",
       [&m](AccountIndex i) {
         const double c = m.constraint.constraint[i];
         return std::isnan(c) ? std::string() : FormatDouble(c);
       }},
      {"effective_size", "double",
       [&m](AccountIndex i) {
         const double e = m.constraint.effective_size[i];
         return std::isnan(e) ? std::string() : FormatDouble(e);
       }},
      // Counts, rounded when HyperBall estimated them.
      {"reach_1", "long",
       [&m](AccountIndex i) { return FormatDouble(std::round(m.reach.within[0][i])); }},
      {"reach_2", "long",
       [&m](AccountIndex i) { return FormatDouble(std::round(m.reach.within[1][i])); }},
  };
}

std::vector<AccountIndex> TopAccounts(const std::vector<double>& score,
                                      const std::vector<bool>& allowed, std::size_t k) {
  std::vector<AccountIndex> order;
  for (AccountIndex v = 0; v < score.size(); ++v) {
    if (allowed[v]) order.push_back(v);
  }
  k = std::min(k, order.size());
  std::partial_sort(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(k), order.end(),
                    [&](AccountIndex a, AccountIndex b) {
                      return score[a] != score[b] ? score[a] > score[b] : a < b;
                    });
  order.resize(k);
  return order;
}

const AccountColumn* FindNumericColumn(const std::vector<AccountColumn>& columns,
                                       std::string_view name) {
  for (const AccountColumn& c : columns) {
    if (c.title == name && c.gexf_type != "string") return &c;
  }
  return nullptr;
}

std::vector<double> NumericColumnValues(const Network& network, const AccountMetrics& metrics,
                                        std::string_view name, std::string_view option) {
  const std::vector<AccountColumn> columns = AccountColumns(network, metrics);
  const AccountColumn* column = FindNumericColumn(columns, name);
  if (!column) {
    throw UsageError("unknown " + std::string(option) + " '" + std::string(name) +
                     "'; give a numeric column of accounts.csv");
  }
  std::vector<double> values(network.accounts.size(), 0.0);
  for (AccountIndex i = 0; i < values.size(); ++i) {
    const std::string text = column->value(i);
    if (!text.empty()) values[i] = std::stod(text);
  }
  return values;
}

std::vector<CommunityTop> LargestCommunities(const AccountMetrics& metrics, std::uint32_t shown,
                                             std::size_t top) {
  const std::vector<std::uint32_t>& community = metrics.communities.community;
  shown = std::min(shown, metrics.communities.count);
  std::vector<CommunityTop> out(shown);
  for (std::uint32_t c = 0; c < shown; ++c) out[c].community = c;
  std::vector<std::vector<AccountIndex>> members(shown);
  for (AccountIndex a = 0; a < community.size(); ++a) {
    if (community[a] < shown) members[community[a]].push_back(a);
  }
  const std::vector<double>& rank = metrics.pagerank.scores;
  for (std::uint32_t c = 0; c < shown; ++c) {
    std::vector<AccountIndex>& list = members[c];
    out[c].size = list.size();
    const std::size_t k = std::min(top, list.size());
    std::partial_sort(list.begin(), list.begin() + static_cast<std::ptrdiff_t>(k), list.end(),
                      [&](AccountIndex a, AccountIndex b) {
                        return rank[a] != rank[b] ? rank[a] > rank[b] : a < b;
                      });
    list.resize(k);
    out[c].top = std::move(list);
  }
  return out;
}

}  // namespace agencynet
