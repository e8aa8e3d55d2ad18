#include "export/write_html.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <numeric>

#include "export/colors.hpp"
#include "export/escape.hpp"
#include "export/tables.hpp"
#include "export/write_report.hpp"

namespace agencynet {

namespace {

constexpr std::string_view kStyle = R"(
body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Helvetica, Arial, sans-serif;
       color: #1f2328; max-width: 1100px; margin: 2em auto; padding: 0 1em; }
h1 { font-size: 1.8em; margin-bottom: 0.2em; } h2 { border-bottom: 1px solid #d0d7de;
     padding-bottom: 0.2em; margin-top: 2em; }
table { border-collapse: collapse; margin: 0.5em 0 1em; font-size: 0.92em; }
th, td { padding: 0.25em 0.7em; border-bottom: 1px solid #eaeef2; text-align: left;
         vertical-align: top; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
.lead { color: #57606a; } .cols { display: flex; gap: 2em; flex-wrap: wrap; }
figure { margin: 1em 0; } figure svg { width: 100%; height: auto; max-height: 85vh;
         border: 1px solid #eaeef2; } figcaption { color: #57606a; font-size: 0.9em; }
.legend span { display: inline-block; margin-right: 1em; }
.sw { display: inline-block; width: 0.8em; height: 0.8em; margin-right: 0.3em; }
pre { background: #f6f8fa; padding: 1em; overflow-x: auto; font-size: 0.85em; }
@media print { body { max-width: none; margin: 0; } figure svg { max-height: none; }
               section { break-inside: avoid-page; } }
)";

// The four strategies' colours, in Strategy order.
constexpr std::array<std::string_view, kStrategyCount> kStrategyColors = {"#9e9e9e", "#1f77b4",
                                                                          "#2ca02c", "#d62728"};

// Text from the data, on one line, at most 80 code points, escaped.
std::string Escape(std::string_view text) { return XmlEscape(Shorten(OneLineText(text), 80)); }

std::string Number(double value, int digits) { return fmt::format("{:.{}f}", value, digits); }

// The SVG element of Graphviz's output, without its XML declaration and doctype.
std::string InlineSvg(const std::string& svg) {
  const std::size_t start = svg.find("<svg");
  return start == std::string::npos ? std::string() : svg.substr(start);
}

// A horizontal bar of the four strategy shares.
std::string StrategyBar(const ScorecardRow& row) {
  std::string out = "<svg width=\"160\" height=\"12\" role=\"img\" aria-label=\"strategy shares\">";
  double x = 0;
  for (int s = 0; s < kStrategyCount; ++s) {
    const double width = row.posts ? 160.0 * row.by_strategy[s] / row.posts : 0.0;
    out += fmt::format("<rect x=\"{:.2f}\" y=\"0\" width=\"{:.2f}\" height=\"12\" fill=\"{}\"/>", x,
                       width, kStrategyColors[s]);
    x += width;
  }
  return out + "</svg>";
}

// Government (or public) accounts by a score, highest first, at most k.
std::vector<AccountIndex> Top(const Network& net, const std::vector<double>& score, bool government,
                              std::size_t k) {
  std::vector<bool> allowed(net.accounts.size());
  for (AccountIndex a = 0; a < allowed.size(); ++a) {
    allowed[a] = IsGovernment(net.accounts[a]) == government;
  }
  return TopAccounts(score, allowed, k);
}

std::string TopTable(const Network& net, const AccountMetrics& m,
                     const std::vector<AccountIndex>& rows) {
  std::string out =
      "<table><tr><th>account</th><th>role</th><th class=\"n\">PageRank</th>"
      "<th class=\"n\">betweenness</th><th class=\"n\">reach in 2 hops</th></tr>";
  for (const AccountIndex a : rows) {
    const Account& account = net.accounts[a];
    out += fmt::format(
        "<tr><td>{}</td><td>{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td>"
        "<td class=\"n\">{}</td></tr>",
        Escape(DisplayLabel(account)), Escape(account.role), Number(m.pagerank.scores[a], 5),
        Number(m.betweenness.scores[a], 0),
        m.reach.within.size() > 1 ? Number(m.reach.within[1][a], 0) : std::string("–"));
  }
  return out + "</table>";
}

}  // namespace

std::string FormatReportHtml(const Network& net, const LayeredGraph& graph, const AccountMetrics& m,
                             const ReportParts& parts) {
  const GraphSummary& s = m.summary;
  std::uint64_t posts = 0;
  for (const std::uint32_t p : net.posts_per_account) posts += p;
  std::size_t government = 0;
  for (const Account& a : net.accounts.accounts()) government += IsGovernment(a);

  std::string out;
  out +=
      "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
      "style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      "<title>agencynet report</title>\n<style>";
  out += kStyle;
  out += "</style>\n</head>\n<body>\n";
  out += fmt::format(
      "<header><h1>How agencies and the public interact</h1><p class=\"lead\">{} posts by {} "
      "accounts ({} government), {} interactions between them. Made by agencynet.</p>"
      "</header>\n",
      posts, net.accounts.size(), government, s.total_weight);

  // At a glance.
  out += "<section id=\"overview\"><h2>The network at a glance</h2><table>";
  auto row = [&out](std::string_view name, const std::string& value, std::string_view note) {
    out += fmt::format("<tr><th>{}</th><td class=\"n\">{}</td><td class=\"lead\">{}</td></tr>",
                       name, value, note);
  };
  row("accounts", std::to_string(net.accounts.size()), "every author and everyone acted upon");
  row("unique edges", std::to_string(s.edges), "who acted on whom, kinds merged");
  row("edges made more than once", std::to_string(s.edges_with_duplicates), "");
  row("self-loops dropped", std::to_string(net.report.self_loops_dropped), "threads, self-reposts");
  row("reciprocity", Number(s.reciprocity, 3), "share of edges answered by an edge back");
  row("density", fmt::format("{:.2e}", s.density), "edges over all possible");
  row("components", std::to_string(s.weak_components),
      fmt::format("the largest holds {} accounts", s.largest_weak_component));
  row(m.closeness.exact ? "diameter" : "diameter (at least)", std::to_string(m.closeness.diameter),
      "the longest shortest path, in hops");
  row("average distance", Number(m.closeness.average_distance, 2), "hops between accounts joined");
  row("communities", std::to_string(m.communities.count),
      fmt::format("modularity {}", Number(m.communities.modularity, 3)));
  out += "</table></section>\n";

  // Maps.
  out += "<section id=\"maps\"><h2>Maps</h2><p class=\"legend\">Colour: ";
  for (const std::string_view role : {"agency", "legislator", "official", "public"}) {
    out += fmt::format("<span><i class=\"sw\" style=\"background:{}\"></i>{}</span>",
                       RoleColor(role).Hex(), role);
  }
  out += "Size: PageRank. Edges coloured by their main kind.</p>";
  out += "<figure>" + InlineSvg(parts.interagency_svg) +
         "<figcaption>The interagency network: government accounts and the edges among "
         "them.</figcaption></figure>";
  out += "<figure>" + InlineSvg(parts.network_svg) +
         "<figcaption>The whole network: the accounts with the highest PageRank and the edges "
         "among them.</figcaption></figure></section>\n";

  // Who matters.
  out +=
      "<section id=\"top\"><h2>Who matters</h2><div class=\"cols\"><div><h3>Government "
      "accounts by PageRank</h3>";
  out += TopTable(net, m, Top(net, m.pagerank.scores, true, 10));
  out += "</div><div><h3>Public accounts by PageRank</h3>";
  out += TopTable(net, m, Top(net, m.pagerank.scores, false, 10));
  out += "</div><div><h3>Brokers by betweenness</h3>";
  std::vector<AccountIndex> brokers = Top(net, m.betweenness.scores, true, 5);
  const std::vector<AccountIndex> public_brokers = Top(net, m.betweenness.scores, false, 5);
  brokers.insert(brokers.end(), public_brokers.begin(), public_brokers.end());
  out += TopTable(net, m, brokers);
  out += "</div></div>";
  if (!parts.influence.empty()) {
    out +=
        "<h3>Citizens who would carry the agencies' message furthest</h3><p class=\"lead\">"
        "Picked one by one for the most accounts added to the government accounts' own "
        "spread (independent cascade, IMM).</p><table><tr><th>#</th><th>account</th>"
        "<th class=\"n\">accounts added</th></tr>";
    for (std::size_t i = 0; i < parts.influence.size(); ++i) {
      out += fmt::format("<tr><td>{}</td><td>{}</td><td class=\"n\">{}</td></tr>", i + 1,
                         Escape(DisplayLabel(net.accounts[parts.influence[i].account])),
                         Number(parts.influence[i].marginal_gain, 1));
    }
    out += "</table>";
  }
  out += "</section>\n";

  // Scorecard.
  out += "<section id=\"scorecard\"><h2>Strategy scorecard</h2><p class=\"legend\">";
  for (int k = 0; k < kStrategyCount; ++k) {
    out += fmt::format("<span><i class=\"sw\" style=\"background:{}\"></i>{}</span>",
                       kStrategyColors[k], ToString(static_cast<Strategy>(k)));
  }
  out += "</p>";
  if (parts.scorecard.empty()) {
    out +=
        "<p>No government account has posts in the input: give a registry of government "
        "accounts.</p>";
  } else {
    std::vector<ScorecardRow> rows = parts.scorecard;
    std::stable_sort(rows.begin(), rows.end(), [](const ScorecardRow& a, const ScorecardRow& b) {
      return a.posts > b.posts;
    });
    out +=
        "<table><tr><th>account</th><th class=\"n\">posts</th><th>strategies</th>"
        "<th>dominant</th><th class=\"n\">answered</th><th class=\"n\">median hours</th>"
        "<th class=\"n\">reposts per post</th></tr>";
    for (const ScorecardRow& r : rows) {
      out += fmt::format(
          "<tr><td>{}</td><td class=\"n\">{}</td><td>{}</td><td>{}</td><td class=\"n\">{}</td>"
          "<td class=\"n\">{}</td><td class=\"n\">{}</td></tr>",
          Escape(DisplayLabel(net.accounts[r.account])), r.posts, StrategyBar(r),
          ToString(r.dominant),
          r.public_mentions ? Number(100.0 * r.answered / r.public_mentions, 0) + "%" : "–",
          r.median_answer_seconds < 0 ? "–" : Number(r.median_answer_seconds / 3600, 1),
          r.amplification < 0 ? "–" : Number(r.amplification, 2));
    }
    out += "</table>";
  }
  out += "</section>\n";

  // Communities.
  out +=
      "<section id=\"communities\"><h2>Communities</h2><table><tr><th>#</th>"
      "<th class=\"n\">accounts</th><th>top accounts by PageRank</th></tr>";
  for (const CommunityTop& c : LargestCommunities(m, 10, 5)) {
    std::string names;
    for (std::size_t i = 0; i < c.top.size(); ++i) {
      names += (i ? ", " : "") + Escape(DisplayLabel(net.accounts[c.top[i]]));
    }
    out += fmt::format("<tr><td>{}</td><td class=\"n\">{}</td><td>{}</td></tr>", c.community,
                       c.size, names);
  }
  out += "</table></section>\n";

  // Load report.
  out += "<section id=\"load\"><h2>What was read</h2><pre>" +
         XmlEscape(FormatLoadReport(net.report)) + "</pre></section>\n";
  out += "</body>\n</html>\n";
  return out;
}

}  // namespace agencynet
