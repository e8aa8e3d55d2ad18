#include "cli/scorecard.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>

#include "analysis/scorecard.hpp"
#include "export/escape.hpp"
#include "export/tables.hpp"
#include "export/write_scorecard.hpp"
#include "io/csv.hpp"

namespace agencynet {

namespace {

std::string Percent(std::uint64_t part, std::uint64_t whole) {
  return whole == 0 ? std::string("-")
                    : fmt::format("{:.0f}%", 100.0 * static_cast<double>(part) / whole);
}

// CSV text as JSON objects, numbers left bare.
std::string CsvToJson(const std::string& csv) {
  CsvReader reader(csv);
  std::vector<std::string> header, row;
  if (!reader.Next(header)) return "[]\n";
  std::string out = "[";
  bool first = true;
  while (reader.Next(row)) {
    out += first ? "\n  {" : ",\n  {";
    first = false;
    for (std::size_t i = 0; i < header.size() && i < row.size(); ++i) {
      const std::string& v = row[i];
      // The ID and text columns stay strings even when they look like numbers.
      char* end = nullptr;
      const bool text_column = i < 5 || header[i] == "dominant_strategy";
      const bool number =
          !text_column && !v.empty() && (std::strtod(v.c_str(), &end), *end == '\0');
      out += fmt::format("{}{}: {}", i ? ", " : "", JsonQuote(header[i]),
                         v.empty() ? std::string("null")
                         : number  ? v
                                   : JsonQuote(v));
    }
    out += "}";
  }
  out += first ? "]\n" : "\n]\n";
  return out;
}

}  // namespace

std::string FormatScorecard(const Prepared& p, const AnalyzeOptions& options, TableFormat format) {
  const PostWindow window{options.filter.since, options.filter.until};
  std::vector<ScorecardRow> rows = Scorecard(p.network, p.graph, window);
  if (format != TableFormat::kText) {
    const std::string csv = FormatScorecardCsv(p.network, rows, p.metrics.reach);
    return format == TableFormat::kCsv ? csv : CsvToJson(csv);
  }
  std::stable_sort(rows.begin(), rows.end(),
                   [](const ScorecardRow& a, const ScorecardRow& b) { return a.posts > b.posts; });
  std::string out = fmt::format("{:<28} {:>6} {:>5} {:>5} {:>5} {:>5}  {:<17} {:>8} {:>8} {:>7}\n",
                                "account", "posts", "push", "pull", "netw", "cust", "dominant",
                                "answered", "median_h", "amplif");
  for (const ScorecardRow& r : rows) {
    const Account& a = p.network.accounts[r.account];
    out += fmt::format(
        "{:<28} {:>6} {:>5} {:>5} {:>5} {:>5}  {:<17} {:>8} {:>8} {:>7}\n",
        OneLineText(DisplayLabel(a)).substr(0, 28), r.posts, Percent(r.by_strategy[0], r.posts),
        Percent(r.by_strategy[1], r.posts), Percent(r.by_strategy[2], r.posts),
        Percent(r.by_strategy[3], r.posts), ToString(r.dominant),
        Percent(r.answered, r.public_mentions),
        r.median_answer_seconds < 0 ? std::string("-")
                                    : fmt::format("{:.1f}", r.median_answer_seconds / 3600),
        r.amplification < 0 ? std::string("-") : fmt::format("{:.2f}", r.amplification));
  }
  if (rows.empty()) {
    out += "(no government account has posts in the input: give a registry with --registry)\n";
  }
  return out;
}

}  // namespace agencynet
