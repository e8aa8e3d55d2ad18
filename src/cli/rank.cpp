#include "cli/rank.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <numeric>

#include "core/error.hpp"
#include "export/escape.hpp"
#include "export/tables.hpp"
#include "export/write_report.hpp"

namespace agencynet {

namespace {

// Display width of UTF-8 text, one column per code point (good enough for aligned tables).
std::size_t Width(std::string_view text) {
  std::size_t width = 0;
  for (const char c : text) width += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return width;
}

std::string Pad(const std::string& text, std::size_t width) {
  return text + std::string(width > Width(text) ? width - Width(text) : 0, ' ');
}

}  // namespace

std::string FormatRank(const Prepared& p, const RankOptions& options) {
  const std::vector<AccountColumn> columns = AccountColumns(p.network, p.metrics);
  const AccountColumn* metric = FindNumericColumn(columns, options.metric);
  if (!metric) {
    std::string names;
    for (const AccountColumn& c : columns) {
      if (c.gexf_type != "string") names += (names.empty() ? "" : ", ") + std::string(c.title);
    }
    throw UsageError("unknown --metric '" + options.metric + "'; expected one of " + names);
  }
  const AccountTable& accounts = p.network.accounts;
  std::vector<AccountIndex> rows;
  std::vector<double> value(accounts.size(), 0.0);
  std::vector<bool> has(accounts.size(), false);
  for (AccountIndex i = 0; i < accounts.size(); ++i) {
    if (!options.role.empty() && !HasRole(accounts[i], options.role)) continue;
    const std::string text = metric->value(i);
    has[i] = !text.empty();
    if (has[i]) value[i] = std::stod(text);
    rows.push_back(i);
  }
  std::stable_sort(rows.begin(), rows.end(), [&](AccountIndex a, AccountIndex b) {
    if (has[a] != has[b]) return static_cast<bool>(has[a]);
    return value[a] > value[b];
  });
  if (options.top > 0 && rows.size() > options.top) rows.resize(options.top);

  const std::string title(metric->title);
  std::string out;
  if (options.format == TableFormat::kCsv) {
    out = "rank,platform,id,handle,name,role," + title + "\n";
    for (std::size_t r = 0; r < rows.size(); ++r) {
      const Account& a = accounts[rows[r]];
      out += fmt::format("{},{},{},{},{},{},{}\n", r + 1, ToString(a.platform), CsvField(a.id),
                         CsvField(a.handle), CsvField(a.name), CsvField(a.role),
                         metric->value(rows[r]));
    }
    return out;
  }
  if (options.format == TableFormat::kJson) {
    out = "[";
    for (std::size_t r = 0; r < rows.size(); ++r) {
      const Account& a = accounts[rows[r]];
      const std::string v = metric->value(rows[r]);
      out += fmt::format(
          "{}\n  {{\"rank\": {}, \"platform\": {}, \"id\": {}, \"handle\": {}, \"name\": {}, "
          "\"role\": {}, {}: {}}}",
          r ? "," : "", r + 1, JsonQuote(ToString(a.platform)), JsonQuote(a.id),
          JsonQuote(a.handle), JsonQuote(a.name), JsonQuote(a.role), JsonQuote(title),
          v.empty() ? "null" : v);
    }
    out += rows.empty() ? "]\n" : "\n]\n";
    return out;
  }
  // Aligned text: one line per account, names cut to keep the table readable.
  std::vector<std::vector<std::string>> cells;
  cells.push_back({"rank", "account", "name", "role", title});
  for (std::size_t r = 0; r < rows.size(); ++r) {
    const Account& a = accounts[rows[r]];
    std::string name = OneLineText(a.name);
    if (Width(name) > 32) {
      std::string cut;
      std::size_t w = 0;
      for (const char c : name) {
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80 && ++w > 31) break;
        cut += c;
      }
      name = cut + "…";
    }
    const std::string handle = a.handle.empty() ? a.id : "@" + OneLineText(a.handle);
    cells.push_back({std::to_string(r + 1), handle, name, a.role, metric->value(rows[r])});
  }
  std::vector<std::size_t> width(5, 0);
  for (const auto& row : cells) {
    for (std::size_t c = 0; c < row.size(); ++c) width[c] = std::max(width[c], Width(row[c]));
  }
  for (const auto& row : cells) {
    std::string line;
    for (std::size_t c = 0; c < row.size(); ++c) {
      line += c + 1 < row.size() ? Pad(row[c], width[c] + 2) : row[c];
    }
    out += line + "\n";
  }
  return out;
}

PageRankResult PersonalizedPageRank(const Prepared& p, const std::string& role) {
  const AccountTable& accounts = p.network.accounts;
  std::vector<double> weights(accounts.size(), 0.0);
  bool any = false;
  for (AccountIndex i = 0; i < accounts.size(); ++i) {
    if (HasRole(accounts[i], role)) {
      weights[i] = 1.0;
      any = true;
    }
  }
  if (!any) {
    throw UsageError("--personalize " + role +
                     ": no account has this role; give a registry "
                     "with --registry, or another role");
  }
  return PageRank(p.graph.combined, PageRankParams{.personalization = std::move(weights)});
}

std::string FormatStats(const Prepared& p, TableFormat format) {
  const std::string json = FormatSummaryJson(p.network, p.graph, p.metrics);
  if (format == TableFormat::kJson) return json;
  const GraphSummary& s = p.metrics.summary;
  std::string out;
  auto line = [&out](std::string_view name, const std::string& value) {
    out += fmt::format("{:<28}{}\n", name, value);
  };
  line("accounts", std::to_string(p.network.accounts.size()));
  std::uint64_t posts = 0;
  for (const std::uint32_t n : p.network.posts_per_account) posts += n;
  line("posts", std::to_string(posts));
  line("unique edges", std::to_string(s.edges));
  line("edges with duplicates", std::to_string(s.edges_with_duplicates));
  line("interactions", std::to_string(s.total_weight));
  line("self-loops dropped", std::to_string(p.network.report.self_loops_dropped));
  line("reciprocity", FormatDouble(s.reciprocity));
  line("density", FormatDouble(s.density));
  const ClosenessResult& c = p.metrics.closeness;
  line(c.exact ? "diameter" : "diameter (at least)", std::to_string(c.diameter));
  line(c.exact ? "average distance" : "average distance (estimated)",
       FormatDouble(c.average_distance));
  const BetweennessResult& b = p.metrics.betweenness;
  line("betweenness",
       b.exact ? std::string("exact")
               : fmt::format("sampled, {} paths, within {}·n(n−1) at {}% confidence", b.samples,
                             FormatDouble(b.epsilon), FormatDouble(100 * (1 - b.delta))));
  const ReachResult& reach = p.metrics.reach;
  line("reach", reach.exact
                    ? std::string("exact")
                    : fmt::format("HyperBall, {} registers, relative standard error {}",
                                  1u << reach.precision, FormatDouble(reach.relative_error)));
  line("transitivity", FormatDouble(p.metrics.clustering.transitivity));
  line("average clustering", FormatDouble(p.metrics.clustering.average_clustering));
  line("weak components", std::to_string(s.weak_components));
  line("largest weak component", std::to_string(s.largest_weak_component));
  line("strong components", std::to_string(s.strong_components));
  line("largest strong component", std::to_string(s.largest_strong_component));
  line("communities", std::to_string(p.metrics.communities.count));
  line("modularity", FormatDouble(p.metrics.communities.modularity));
  for (int k = 0; k < kEdgeKindCount; ++k) {
    if (!(p.graph.selected & (1u << k))) continue;
    line(std::string(ToString(static_cast<EdgeKind>(k))) + " edges",
         std::to_string(p.graph.layers[k].num_edges()));
  }
  return out;
}

}  // namespace agencynet
