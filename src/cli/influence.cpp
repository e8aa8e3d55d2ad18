#include "cli/influence.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <numeric>
#include <stdexcept>

#include "analysis/pagerank.hpp"
#include "core/error.hpp"
#include "export/escape.hpp"
#include "export/tables.hpp"

namespace agencynet {

namespace {

struct Row {
  std::string name;
  std::vector<AccountIndex> picks;
  SpreadEstimate spread;
};

}  // namespace

std::string FormatInfluence(const Prepared& p, const InfluenceOptions& o) {
  const AccountTable& accounts = p.network.accounts;
  const CsrGraph& flow = p.graph.flow;
  const std::size_t n = accounts.size();
  InfluenceParams params;
  params.k = o.k;
  if (o.model == "ic") {
    params.model = DiffusionModel::kIndependentCascade;
  } else if (o.model == "lt") {
    params.model = DiffusionModel::kLinearThreshold;
  } else {
    throw UsageError("unknown --model '" + o.model + "'; expected ic or lt");
  }
  params.probability = ParseEdgeProbability(o.probability);
  if (!(o.epsilon > 0 && o.epsilon < 1)) throw UsageError("--imm-epsilon must lie in (0, 1)");
  if (o.k == 0) throw UsageError("--k must be at least 1");
  params.epsilon = o.epsilon;
  params.seed = o.seed;
  std::vector<bool> allowed(n, true);
  if (!o.role.empty()) {
    for (AccountIndex v = 0; v < n; ++v) allowed[v] = HasRole(accounts[v], o.role);
    if (std::find(allowed.begin(), allowed.end(), true) == allowed.end()) {
      throw UsageError("--role " + o.role + ": no account has this role");
    }
    params.candidates = allowed;
  }
  if (!o.seed_from.empty()) {
    for (AccountIndex v = 0; v < n; ++v) {
      if (HasRole(accounts[v], o.seed_from)) params.fixed.push_back(v);
    }
    if (params.fixed.empty()) {
      throw UsageError("--seed-from " + o.seed_from +
                       ": no account has this role; give a registry with --registry");
    }
    for (const AccountIndex v : params.fixed) allowed[v] = false;
  }
  InfluenceResult result;
  try {
    result = MaximizeInfluence(flow, params);
  } catch (const std::invalid_argument& e) {
    throw UsageError(e.what());
  }

  // The same number of accounts by PageRank (on the arrows, as in accounts.csv) and by out-
  // degree along the flow (direct audience), among the same candidates.
  const std::size_t k = result.picks.size();
  const std::vector<double> pagerank = PageRank(p.graph.combined).scores;
  std::vector<double> degree(n);
  for (AccountIndex v = 0; v < n; ++v) degree[v] = static_cast<double>(flow.OutDegree(v));
  std::vector<Row> rows(3);
  rows[0].name = "IMM picks";
  for (const InfluencePick& pick : result.picks) rows[0].picks.push_back(pick.account);
  rows[1].name = fmt::format("top {} by PageRank", k);
  rows[1].picks = TopAccounts(pagerank, allowed, k);
  rows[2].name = fmt::format("top {} by flow degree", k);
  rows[2].picks = TopAccounts(degree, allowed, k);
  Row fixed_only{"senders alone", {}, {}};
  for (Row& row : rows) {
    std::vector<AccountIndex> seeds = params.fixed;
    seeds.insert(seeds.end(), row.picks.begin(), row.picks.end());
    row.spread = SimulateSpread(flow, seeds, params.model, params.probability, o.simulations);
  }
  if (!params.fixed.empty()) {
    fixed_only.spread =
        SimulateSpread(flow, params.fixed, params.model, params.probability, o.simulations);
  }

  std::string out;
  const std::string model = params.model == DiffusionModel::kIndependentCascade
                                ? "independent cascade"
                                : "linear threshold";
  if (o.format == TableFormat::kCsv) {
    out = "rank,platform,id,handle,name,role,marginal_gain\n";
    for (std::size_t i = 0; i < k; ++i) {
      const Account& a = accounts[result.picks[i].account];
      out += fmt::format("{},{},{},{},{},{},{}\n", i + 1, ToString(a.platform), CsvField(a.id),
                         CsvField(a.handle), CsvField(a.name), CsvField(a.role),
                         FormatDouble(result.picks[i].marginal_gain));
    }
    return out;
  }
  if (o.format == TableFormat::kJson) {
    out = fmt::format(
        "{{\n  \"model\": {},\n  \"probability\": {},\n  \"epsilon\": {},\n  \"rr_sets\": {},\n"
        "  \"estimated_spread\": {},\n  \"senders\": {},\n  \"picks\": [",
        JsonQuote(o.model), JsonQuote(o.probability), FormatDouble(result.effective_epsilon),
        result.rr_sets, FormatDouble(result.estimated_spread), params.fixed.size());
    for (std::size_t i = 0; i < k; ++i) {
      const Account& a = accounts[result.picks[i].account];
      out += fmt::format(
          "{}\n    {{\"account\": {}, \"handle\": {}, \"role\": {}, "
          "\"marginal_gain\": {}}}",
          i ? "," : "", JsonQuote(NodeKey(a)), JsonQuote(a.handle), JsonQuote(a.role),
          FormatDouble(result.picks[i].marginal_gain));
    }
    out += k ? "\n  ],\n  \"simulated\": [" : "],\n  \"simulated\": [";
    for (std::size_t i = 0; i < rows.size(); ++i) {
      out += fmt::format(
          "{}\n    {{\"seeds\": {}, \"mean\": {}, \"standard_error\": {}, "
          "\"runs\": {}}}",
          i ? "," : "", JsonQuote(rows[i].name), FormatDouble(rows[i].spread.mean),
          FormatDouble(rows[i].spread.standard_error), rows[i].spread.runs);
    }
    out += "\n  ]\n}\n";
    return out;
  }
  out += fmt::format(
      "influence along information flow: {}, {} probabilities\n"
      "IMM with ε = {}: spread at least (1 − 1/e − ε) of the best possible, with probability at "
      "least 1 − 1/n ({} reverse-reachable sets)\n",
      model, o.probability, FormatDouble(o.epsilon), result.rr_sets);
  if (result.capped) {
    out += fmt::format(
        "note: IMM asked for more sets than the {} kept in memory; the guarantee holds for ε = "
        "{:.3f}\n",
        kMaxRrSets, result.effective_epsilon);
  }
  if (!params.fixed.empty()) {
    out += fmt::format("the message starts from the {} accounts of role {}; picks add to them\n",
                       params.fixed.size(), o.seed_from);
  }
  out += fmt::format("\n{:>3}  {:<32} {:<12} {:>14}\n", "#", "account", "role", "marginal gain");
  for (std::size_t i = 0; i < k; ++i) {
    const Account& a = accounts[result.picks[i].account];
    out += fmt::format("{:>3}  {:<32} {:<12} {:>14.1f}\n", i + 1, OneLineText(DisplayLabel(a)),
                       OneLineText(a.role), result.picks[i].marginal_gain);
  }
  out += fmt::format(
      "\nexpected spread (accounts reached, senders included; Monte Carlo, {} runs, "
      "± 1.96 standard errors)\n",
      o.simulations);
  if (!params.fixed.empty()) rows.insert(rows.begin(), fixed_only);
  for (const Row& row : rows) {
    out += fmt::format("  {:<28} {:>10.1f} ± {:.1f}\n", row.name, row.spread.mean,
                       1.96 * row.spread.standard_error);
  }
  return out;
}

}  // namespace agencynet
