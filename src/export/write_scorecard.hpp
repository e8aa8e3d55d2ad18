// scorecard.csv (one row per government account: Mergel's four strategies and the business-case
// figures) and cascades.csv (one row per original post that was reposted or quoted).
#pragma once

#include <string>
#include <vector>

#include "analysis/reach.hpp"
#include "analysis/scorecard.hpp"
#include "core/dataset.hpp"

namespace agencynet {

/// The scorecard as CSV: platform,id,handle,name,role,posts,push,pull,networking,
/// customer_service (shares of posts), dominant_strategy, networking_partners_government,
/// networking_partners_public, reciprocated_share, public_mentions, answered_share,
/// median_answer_hours, followers, mentions_received, replies_received, reposts_received,
/// quotes_received, original_posts, amplification, potential_reach, audience, reach_1, reach_2.
/// Unknown figures are empty cells. `reach` may be empty (then so are the reach columns).
std::string FormatScorecardCsv(const Network& network, const std::vector<ScorecardRow>& rows,
                               const ReachResult& reach);

/// cascades.csv: platform,post_id,author_id,author_handle,author_role,time,reposts,quotes,
/// reposters_government,reposters_public,first_repost_seconds,potential_reach,audience,
/// amplification.
std::string FormatCascadesCsv(const Network& network, const std::vector<Cascade>& cascades);

}  // namespace agencynet
