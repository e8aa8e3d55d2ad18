#include "export/write_report.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "export/atomic_file.hpp"
#include "export/escape.hpp"
#include "export/tables.hpp"

namespace agencynet {

namespace {

void JsonCounts(std::string& out, std::string_view name,
                const std::map<std::string, std::uint64_t>& counts, bool last = false) {
  out += fmt::format("  {}: {{", JsonQuote(name));
  bool first = true;
  for (const auto& [key, value] : counts) {
    out += fmt::format("{}\n    {}: {}", first ? "" : ",", JsonQuote(key), value);
    first = false;
  }
  out += first ? "}" : "\n  }";
  out += last ? "\n" : ",\n";
}

}  // namespace

void WriteSummaryJson(const std::string& path, const Network& network, const LayeredGraph& graph,
                      const AccountMetrics& metrics) {
  WriteFileAtomically(path, FormatSummaryJson(network, graph, metrics));
}

std::string FormatSummaryJson(const Network& network, const LayeredGraph& graph,
                              const AccountMetrics& metrics) {
  const GraphSummary& s = metrics.summary;
  std::map<std::string, std::uint64_t> roles;
  for (const Account& a : network.accounts.accounts()) ++roles[a.role];
  std::map<std::string, std::uint64_t> layers;
  std::string selected;
  for (int k = 0; k < kEdgeKindCount; ++k) {
    const EdgeKind kind = static_cast<EdgeKind>(k);
    layers[std::string(ToString(kind))] = graph.layers[k].num_edges();
    if (graph.selected & KindBit(kind)) {
      selected += fmt::format("{}{}", selected.empty() ? "" : ", ", JsonQuote(ToString(kind)));
    }
  }
  std::uint64_t posts = 0;
  for (const std::uint32_t p : network.posts_per_account) posts += p;

  std::string out = "{\n";
  out += fmt::format("  \"accounts\": {},\n", network.accounts.size());
  JsonCounts(out, "accounts_by_role", roles);
  out += fmt::format("  \"posts\": {},\n", posts);
  out += fmt::format("  \"layers\": [{}],\n", selected);
  JsonCounts(out, "edges_by_kind", layers);
  out += fmt::format("  \"unique_edges\": {},\n", s.edges);
  out += fmt::format("  \"edges_with_duplicates\": {},\n", s.edges_with_duplicates);
  out += fmt::format("  \"interactions\": {},\n", s.total_weight);
  out += fmt::format("  \"self_loops_dropped\": {},\n", network.report.self_loops_dropped);
  out += fmt::format("  \"self_loops_kept\": {},\n", s.self_loops);
  out += fmt::format("  \"reciprocity\": {},\n", FormatDouble(s.reciprocity));
  out += fmt::format("  \"density\": {},\n", FormatDouble(s.density));
  auto defined = [](bool ok, int iterations, const std::string& reason) {
    return ok ? fmt::format("{{\"defined\": true, \"iterations\": {}}}", iterations)
              : fmt::format("{{\"defined\": false, \"reason\": {}}}", JsonQuote(reason));
  };
  out += fmt::format("  \"eigenvector\": {},\n",
                     defined(!metrics.eigenvector.scores.empty(), metrics.eigenvector.iterations,
                             metrics.eigenvector.reason));
  out += fmt::format("  \"hits\": {},\n", defined(!metrics.hits.hubs.empty(),
                                                  metrics.hits.iterations, metrics.hits.reason));
  out += fmt::format("  \"communities\": {},\n", metrics.communities.count);
  // The largest communities with their top accounts by PageRank.
  const std::vector<CommunityTop> largest = LargestCommunities(metrics, 10, 5);
  out += "  \"largest_communities\": [";
  for (const CommunityTop& c : largest) {
    std::string names;
    for (std::size_t k = 0; k < c.top.size(); ++k) {
      names +=
          fmt::format("{}{}", k ? ", " : "", JsonQuote(DisplayLabel(network.accounts[c.top[k]])));
    }
    out += fmt::format("{}\n    {{\"community\": {}, \"accounts\": {}, \"top_by_pagerank\": [{}]}}",
                       c.community ? "," : "", c.community, c.size, names);
  }
  out += largest.empty() ? "],\n" : "\n  ],\n";
  out += fmt::format("  \"modularity\": {},\n", FormatDouble(metrics.communities.modularity));
  const BetweennessResult& b = metrics.betweenness;
  out +=
      b.exact
          ? std::string("  \"betweenness\": {\"exact\": true},\n")
          : fmt::format(
                "  \"betweenness\": {{\"exact\": false, \"method\": "
                "\"riondato-kornaropoulos\", \"samples\": {}, \"epsilon\": {}, \"delta\": {}, "
                "\"vertex_diameter_bound\": {}}},\n",
                b.samples, FormatDouble(b.epsilon), FormatDouble(b.delta), b.vertex_diameter_bound);
  const ClosenessResult& c = metrics.closeness;
  out += c.exact ? std::string("  \"closeness\": {\"exact\": true},\n")
                 : fmt::format(
                       "  \"closeness\": {{\"exact\": false, \"method\": \"eppstein-wang\", "
                       "\"pivots\": {}, \"epsilon\": {}, \"delta\": {}}},\n",
                       c.samples, FormatDouble(c.epsilon), FormatDouble(c.delta));
  const ReachResult& reach = metrics.reach;
  out += reach.exact ? std::string("  \"reach\": {\"exact\": true},\n")
                     : fmt::format(
                           "  \"reach\": {{\"exact\": false, \"method\": \"hyperball\", "
                           "\"registers\": {}, \"relative_standard_error\": {}}},\n",
                           1u << reach.precision, FormatDouble(reach.relative_error));
  out += fmt::format("  \"diameter\": {},\n", metrics.closeness.diameter);
  out += fmt::format("  \"diameter_is_lower_bound\": {},\n", c.exact ? "false" : "true");
  out += fmt::format("  \"average_distance\": {},\n",
                     FormatDouble(metrics.closeness.average_distance));
  out += fmt::format("  \"transitivity\": {},\n", FormatDouble(metrics.clustering.transitivity));
  out += fmt::format("  \"average_clustering\": {},\n",
                     FormatDouble(metrics.clustering.average_clustering));
  out += fmt::format("  \"weak_components\": {},\n", s.weak_components);
  out += fmt::format("  \"largest_weak_component\": {},\n", s.largest_weak_component);
  out += fmt::format("  \"strong_components\": {},\n", s.strong_components);
  out += fmt::format("  \"largest_strong_component\": {},\n", s.largest_strong_component);
  out +=
      fmt::format("  \"pagerank\": {{\"damping\": 0.85, \"iterations\": {}, \"converged\": {}}},\n",
                  metrics.pagerank.iterations, metrics.pagerank.converged ? "true" : "false");
  const LoadReport& r = network.report;
  out += fmt::format(
      "  \"load\": {{\"files\": {}, \"records\": {}, \"posts\": {}, \"duplicate_posts\": {}, "
      "\"skipped\": {}, \"problems\": {}, \"repeated_follows\": {}}},\n",
      r.files, r.records, r.posts, r.duplicate_posts, r.TotalSkipped(), r.errors,
      r.repeated_follows);
  JsonCounts(out, "skipped_by_reason", r.skipped);
  JsonCounts(out, "unresolved", r.unresolved);
  JsonCounts(out, "excluded_mentions", r.excluded, true);
  out += "}\n";
  return out;
}

std::string FormatLoadReport(const LoadReport& r) {
  std::string out = "agencynet load report\n\n";
  out += fmt::format("files read:        {}\n", r.files);
  out += fmt::format("records read:      {}\n", r.records);
  out += fmt::format("posts loaded:      {}\n", r.posts);
  out += fmt::format("duplicate posts:   {} (later copies of a post already loaded)\n",
                     r.duplicate_posts);
  out += fmt::format("self-loops dropped: {}\n", r.self_loops_dropped);
  if (r.repeated_follows) {
    out += fmt::format("repeated follows:  {} (a follow pair listed again counts once)\n",
                       r.repeated_follows);
  }
  auto section = [&out](std::string_view title,
                        const std::map<std::string, std::uint64_t>& counts) {
    out += fmt::format("\n{}:{}\n", title, counts.empty() ? " none" : "");
    for (const auto& [reason, count] : counts) out += fmt::format("  {:>8}  {}\n", count, reason);
  };
  section("skipped, by reason", r.skipped);
  section("references that made no edge (target post or author not in the input)", r.unresolved);
  section("mentions excluded by definition", r.excluded);
  out += fmt::format(
      "\nproblems: {}{}\n", r.errors,
      r.errors > r.examples.size() ? fmt::format(" (the first {} below)", r.examples.size()) : "");
  for (const Diagnostic& d : r.examples) {
    out += fmt::format("  {}{}: {}\n", OneLineText(d.file),
                       d.line ? fmt::format(":{}", d.line) : "", OneLineText(d.reason));
  }
  return out;
}

void WriteLoadReport(const std::string& path, const LoadReport& report) {
  WriteFileAtomically(path, FormatLoadReport(report));
}

}  // namespace agencynet
