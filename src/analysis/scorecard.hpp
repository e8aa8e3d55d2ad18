// Mergel's four strategies measured from the posts (Working the Network, IBM Center for The
// Business of Government, 2012), the business-case figures beside them, and the cascades of
// reposts and quotes each original post set off. Definitions in README.md ("Strategy
// scorecard", "Cascades").
#pragma once

#include <array>
#include <cstdint>
#include <string_view>
#include <vector>

#include "core/dataset.hpp"
#include "core/graph.hpp"

namespace agencynet {

enum class Strategy { kPush, kPull, kNetworking, kCustomerService };
inline constexpr int kStrategyCount = 4;
/// "push", "pull", "networking", "customer service".
std::string_view ToString(Strategy strategy);

/// The strategy of one loaded post by its author, by the scorecard's precedence: a reply to a
/// public account is customer service; a repost, a quote, or a reply to or mention of another
/// account is networking; a question, call to action or link is pull; the rest is push.
Strategy ClassifyPost(const Network& network, const Post& post);

/// Posts taken into account: loaded, with an author that has a row, and inside [since, until)
/// when either is set (then a post without a time is out).
struct PostWindow {
  Timestamp since = kNoTime;
  Timestamp until = kNoTime;
  bool Contains(const Post& post) const;
};

inline constexpr Timestamp kAnswerWindow = 7 * 24 * 3600;

struct ScorecardRow {
  AccountIndex account = 0;
  std::uint64_t posts = 0;
  std::array<std::uint64_t, kStrategyCount> by_strategy{};
  Strategy dominant = Strategy::kPush;  ///< the most posts; ties in the order push, pull, ...
  // Networking: distinct other accounts its networking posts repost, quote, reply to or mention.
  std::uint64_t partners_government = 0;
  std::uint64_t partners_public = 0;
  double reciprocated_share = 0.0;  ///< of those partners, the share with an edge back to it
  // Customer service.
  std::uint64_t public_mentions = 0;  ///< public posts that mention or reply to it
  std::uint64_t answered = 0;         ///< of those, answered within kAnswerWindow
  double median_answer_seconds = -1;  ///< -1 when none was answered with known times
  // The business case.
  std::int64_t followers = -1;  ///< the largest count seen
  std::uint64_t mentions_received = 0, replies_received = 0, reposts_received = 0,
                quotes_received = 0;
  std::uint64_t original_posts = 0;   ///< its posts that are not reposts
  double amplification = -1;          ///< reposts received per original post; -1 without any
  std::int64_t potential_reach = -1;  ///< its followers plus its reposters' (-1: none known)
  std::int64_t audience = -1;         ///< distinct followers of it and its reposters (follow layer)
};

/// One row per government account (role other than public) with a post in the window, in
/// account order. Received counts come from `graph`'s layers (so they follow the filters).
std::vector<ScorecardRow> Scorecard(const Network& network, const LayeredGraph& graph,
                                    const PostWindow& window);

struct Cascade {
  PostIndex post = kNoPost;
  std::uint64_t reposts = 0, quotes = 0;
  std::uint64_t reposters_government = 0, reposters_public = 0;  ///< distinct, quoters too
  Timestamp first_repost_after = -1;  ///< seconds from the post to the first repost or quote
  std::int64_t potential_reach = -1;  ///< author's followers plus the reposters' (-1: unknown)
  std::int64_t audience = -1;         ///< distinct followers of author and reposters
  double amplification = -1;          ///< the reposters' followers over the author's; -1 if unknown
};

/// The original posts in the window that were reposted or quoted (by posts in the window), most
/// reposts and quotes first (ties in input order). Audience needs the follow layer: -1 when it
/// has no edge.
std::vector<Cascade> Cascades(const Network& network, const LayeredGraph& graph,
                              const PostWindow& window);

}  // namespace agencynet
