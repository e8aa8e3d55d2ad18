#include "export/write_scorecard.hpp"

#include <fmt/format.h>

#include <cmath>

#include "export/escape.hpp"
#include "export/tables.hpp"

namespace agencynet {

namespace {

std::string Share(std::uint64_t part, std::uint64_t whole) {
  return whole == 0 ? std::string() : FormatDouble(static_cast<double>(part) / whole);
}

std::string Known(std::int64_t value) { return value < 0 ? std::string() : std::to_string(value); }

std::string Known(double value) { return value < 0 ? std::string() : FormatDouble(value); }

}  // namespace

std::string FormatScorecardCsv(const Network& network, const std::vector<ScorecardRow>& rows,
                               const ReachResult& reach) {
  std::string out =
      "platform,id,handle,name,role,posts,push,pull,networking,customer_service,"
      "dominant_strategy,networking_partners_government,networking_partners_public,"
      "reciprocated_share,public_mentions,answered_share,median_answer_hours,followers,"
      "mentions_received,replies_received,reposts_received,quotes_received,original_posts,"
      "amplification,potential_reach,audience,reach_1,reach_2\n";
  for (const ScorecardRow& r : rows) {
    const Account& a = network.accounts[r.account];
    auto reach_at = [&](int k) {
      return reach.within.size() > static_cast<std::size_t>(k)
                 ? FormatDouble(std::round(reach.within[k][r.account]))
                 : std::string();
    };
    const std::uint64_t partners = r.partners_government + r.partners_public;
    out += fmt::format(
        "{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{}\n",
        ToString(a.platform), CsvField(a.id), CsvField(a.handle), CsvField(a.name),
        CsvField(a.role), r.posts, Share(r.by_strategy[0], r.posts),
        Share(r.by_strategy[1], r.posts), Share(r.by_strategy[2], r.posts),
        Share(r.by_strategy[3], r.posts), CsvField(ToString(r.dominant)), r.partners_government,
        r.partners_public, partners ? FormatDouble(r.reciprocated_share) : std::string(),
        r.public_mentions, Share(r.answered, r.public_mentions),
        r.median_answer_seconds < 0 ? std::string() : FormatDouble(r.median_answer_seconds / 3600),
        Known(r.followers), r.mentions_received, r.replies_received, r.reposts_received,
        r.quotes_received, r.original_posts, Known(r.amplification), Known(r.potential_reach),
        Known(r.audience), reach_at(0), reach_at(1));
  }
  return out;
}

std::string FormatCascadesCsv(const Network& network, const std::vector<Cascade>& cascades) {
  std::string out =
      "platform,post_id,author_id,author_handle,author_role,time,reposts,quotes,"
      "reposters_government,reposters_public,first_repost_seconds,potential_reach,audience,"
      "amplification\n";
  for (const Cascade& c : cascades) {
    const Post& post = network.posts[c.post];
    const Account& a = network.accounts[post.author];
    out += fmt::format("{},{},{},{},{},{},{},{},{},{},{},{},{},{}\n", ToString(post.platform),
                       CsvField(network.PostId(c.post)), CsvField(a.id), CsvField(a.handle),
                       CsvField(a.role), FormatIsoTime(post.time), c.reposts, c.quotes,
                       c.reposters_government, c.reposters_public, Known(c.first_repost_after),
                       Known(c.potential_reach), Known(c.audience), Known(c.amplification));
  }
  return out;
}

}  // namespace agencynet
