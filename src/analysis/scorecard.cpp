#include "analysis/scorecard.hpp"

#include <algorithm>
#include <limits>
#include <tuple>

namespace agencynet {

namespace {

// Distinct followers of `accounts` in the follow layer (f -> g: f follows g), counted with a
// stamp array shared between calls.
class FollowerUnion {
 public:
  explicit FollowerUnion(const CsrGraph& follow) : follow_(follow), seen_(follow.num_nodes(), 0) {}
  bool available() const { return follow_.num_edges() > 0; }
  std::int64_t Count(const std::vector<AccountIndex>& accounts) {
    ++stamp_;
    std::int64_t count = 0;
    for (const AccountIndex a : accounts) {
      for (const AccountIndex f : follow_.InNeighbors(a)) {
        if (seen_[f] == stamp_) continue;
        seen_[f] = stamp_;
        ++count;
      }
    }
    return count;
  }

 private:
  const CsrGraph& follow_;
  std::vector<std::uint32_t> seen_;
  std::uint32_t stamp_ = 0;
};

// The known follower counts of `accounts` added up (saturating: counts come from the input);
// -1 when none is known.
std::int64_t FollowerSum(const AccountTable& table, const std::vector<AccountIndex>& accounts) {
  std::int64_t total = -1;
  for (const AccountIndex a : accounts) {
    const std::int64_t f = table[a].most_followers;
    if (f < 0) continue;
    total = std::max<std::int64_t>(total, 0);
    if (__builtin_add_overflow(total, f, &total)) total = std::numeric_limits<std::int64_t>::max();
  }
  return total;
}

// Followers of the first account plus those of the others; -1 when no count is known.
std::int64_t PotentialReach(const AccountTable& accounts, AccountIndex first,
                            std::vector<AccountIndex> others) {
  others.push_back(first);
  return FollowerSum(accounts, others);
}

std::uint64_t InWeight(const CsrGraph& layer, AccountIndex a) {
  std::uint64_t sum = 0;
  const WeightView w = layer.InWeights(a);
  for (std::size_t i = 0; i < w.size(); ++i) sum += w[i];
  return sum;
}

const CsrGraph& Layer(const LayeredGraph& graph, EdgeKind kind) {
  return graph.layers[static_cast<int>(kind)];
}

}  // namespace

std::string_view ToString(Strategy strategy) {
  switch (strategy) {
    case Strategy::kPush:
      return "push";
    case Strategy::kPull:
      return "pull";
    case Strategy::kNetworking:
      return "networking";
    case Strategy::kCustomerService:
      return "customer service";
  }
  return "";
}

bool PostWindow::Contains(const Post& post) const {
  if (!post.loaded || post.author == kNoAccount) return false;
  if (since == kNoTime && until == kNoTime) return true;
  if (post.time == kNoTime) return false;
  return (since == kNoTime || post.time >= since) && (until == kNoTime || post.time < until);
}

Strategy ClassifyPost(const Network& network, const Post& post) {
  const AccountIndex author = post.author;
  const bool replies = !post.is_repost && post.reply_to != kNoAccount && post.reply_to != author;
  if (replies && !IsGovernment(network.accounts[post.reply_to])) {
    return Strategy::kCustomerService;
  }
  if (post.is_repost || post.is_quote || replies) return Strategy::kNetworking;
  for (std::uint32_t i = 0; i < post.mentions_count; ++i) {
    const AccountIndex m = network.mention_pool[post.mentions_begin + i];
    if (m != kNoAccount && m != author) return Strategy::kNetworking;
  }
  return post.text != 0 ? Strategy::kPull : Strategy::kPush;
}

std::vector<ScorecardRow> Scorecard(const Network& network, const LayeredGraph& graph,
                                    const PostWindow& window) {
  const AccountTable& accounts = network.accounts;
  const std::size_t n = accounts.size();
  const std::vector<Post>& posts = network.posts;
  std::vector<std::int64_t> row_of(n, -1);
  std::vector<ScorecardRow> rows;
  for (const Post& post : posts) {
    if (!window.Contains(post) || !IsGovernment(accounts[post.author])) continue;
    if (row_of[post.author] < 0) row_of[post.author] = 0;
  }
  for (AccountIndex a = 0; a < n; ++a) {
    if (row_of[a] < 0) continue;
    row_of[a] = static_cast<std::int64_t>(rows.size());
    rows.push_back({.account = a});
  }

  std::vector<std::pair<AccountIndex, AccountIndex>> partners;   // (government author, partner)
  std::vector<std::pair<AccountIndex, AccountIndex>> reposters;  // (government author, reposter)
  std::vector<std::pair<AccountIndex, PostIndex>> asks;          // (government account, post)
  struct Reply {
    AccountIndex author, to;
    PostIndex to_post;
    Timestamp time;
  };
  std::vector<Reply> replies;  // by government accounts
  for (PostIndex p = 0; p < posts.size(); ++p) {
    const Post& post = posts[p];
    if (!window.Contains(post)) continue;
    const AccountIndex a = post.author;
    // The other account whose post this one reposts or quotes, if any.
    const PostIndex original = post.is_repost ? post.repost_of : post.quote_of;
    AccountIndex passed_from = original == kNoPost ? kNoAccount : posts[original].author;
    if (passed_from == a) passed_from = kNoAccount;
    if (passed_from != kNoAccount && row_of[passed_from] >= 0) {
      reposters.emplace_back(passed_from, a);
    }
    if (row_of[a] >= 0) {
      ScorecardRow& row = rows[row_of[a]];
      ++row.posts;
      row.original_posts += !post.is_repost;
      const Strategy s = ClassifyPost(network, post);
      ++row.by_strategy[static_cast<int>(s)];
      if (s == Strategy::kNetworking) {
        if (passed_from != kNoAccount) partners.emplace_back(a, passed_from);
        if (!post.is_repost && post.reply_to != kNoAccount && post.reply_to != a) {
          partners.emplace_back(a, post.reply_to);
        }
        for (std::uint32_t i = 0; i < post.mentions_count; ++i) {
          const AccountIndex m = network.mention_pool[post.mentions_begin + i];
          if (m != kNoAccount && m != a) partners.emplace_back(a, m);
        }
      }
      if (!post.is_repost && post.reply_to != kNoAccount) {
        replies.push_back({a, post.reply_to, post.reply_to_post, post.time});
      }
    } else if (!IsGovernment(accounts[a]) && !post.is_repost) {
      // A public post naming government accounts: a question to them, as far as the data says.
      std::vector<AccountIndex> named;
      if (post.reply_to != kNoAccount) named.push_back(post.reply_to);
      for (std::uint32_t i = 0; i < post.mentions_count; ++i) {
        named.push_back(network.mention_pool[post.mentions_begin + i]);
      }
      std::sort(named.begin(), named.end());
      named.erase(std::unique(named.begin(), named.end()), named.end());
      for (const AccountIndex t : named) {
        if (t != kNoAccount && t != a && row_of[t] >= 0) asks.emplace_back(t, p);
      }
    }
  }

  // Networking partners and how many answer back.
  std::sort(partners.begin(), partners.end());
  partners.erase(std::unique(partners.begin(), partners.end()), partners.end());
  std::vector<std::uint64_t> reciprocated(rows.size(), 0);
  for (const auto& [a, b] : partners) {
    ScorecardRow& row = rows[row_of[a]];
    (IsGovernment(accounts[b]) ? row.partners_government : row.partners_public) += 1;
    const auto back = graph.combined.OutNeighbors(b);
    reciprocated[row_of[a]] += std::binary_search(back.begin(), back.end(), a);
  }

  // Customer service: the earliest reply by the account to the post or its author, within the
  // answer window after the post.
  std::sort(replies.begin(), replies.end(), [](const Reply& x, const Reply& y) {
    return std::tie(x.author, x.to, x.time) < std::tie(y.author, y.to, y.time);
  });
  std::vector<Reply> by_post = replies;
  std::sort(by_post.begin(), by_post.end(), [](const Reply& x, const Reply& y) {
    return std::tie(x.author, x.to_post, x.time) < std::tie(y.author, y.to_post, y.time);
  });
  std::vector<std::vector<Timestamp>> delays(rows.size());
  for (const auto& [t, p] : asks) {
    ScorecardRow& row = rows[row_of[t]];
    ++row.public_mentions;
    const Post& asked = posts[p];
    bool answered = false;
    Timestamp delay = -1;
    auto consider = [&](const Reply& r, bool same_post) {
      if (asked.time == kNoTime || r.time == kNoTime) {
        if (same_post) answered = true;  // no times: the reply to the post itself counts
        return;
      }
      if (r.time < asked.time || r.time - asked.time > kAnswerWindow) return;
      answered = true;
      if (delay < 0 || r.time - asked.time < delay) delay = r.time - asked.time;
    };
    // Replies to the post itself.
    auto it =
        std::lower_bound(by_post.begin(), by_post.end(), std::make_pair(t, p),
                         [](const Reply& r, const std::pair<AccountIndex, PostIndex>& key) {
                           return std::tie(r.author, r.to_post) < std::tie(key.first, key.second);
                         });
    for (; it != by_post.end() && it->author == t && it->to_post == p; ++it) consider(*it, true);
    // Replies to its author within the window after the post (a post without a time can only
    // be answered by a reply to the post itself).
    if (asked.time != kNoTime) {
      auto jt = std::lower_bound(
          replies.begin(), replies.end(), Reply{t, asked.author, kNoPost, asked.time},
          [](const Reply& x, const Reply& y) {
            return std::tie(x.author, x.to, x.time) < std::tie(y.author, y.to, y.time);
          });
      for (; jt != replies.end() && jt->author == t && jt->to == asked.author &&
             jt->time - asked.time <= kAnswerWindow;
           ++jt) {
        consider(*jt, false);
      }
    }
    if (answered) {
      ++row.answered;
      if (delay >= 0) delays[row_of[t]].push_back(delay);
    }
  }

  // Who reposted or quoted each account's posts, for reach and audience.
  std::sort(reposters.begin(), reposters.end());
  reposters.erase(std::unique(reposters.begin(), reposters.end()), reposters.end());
  FollowerUnion followers(Layer(graph, EdgeKind::kFollow));
  std::vector<AccountIndex> group;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    ScorecardRow& row = rows[i];
    const AccountIndex a = row.account;
    int best = 0;
    for (int s = 1; s < kStrategyCount; ++s) {
      if (row.by_strategy[s] > row.by_strategy[best]) best = s;
    }
    row.dominant = static_cast<Strategy>(best);
    const std::uint64_t partner_count = row.partners_government + row.partners_public;
    if (partner_count > 0) {
      row.reciprocated_share =
          static_cast<double>(reciprocated[i]) / static_cast<double>(partner_count);
    }
    std::vector<Timestamp>& d = delays[i];
    if (!d.empty()) {
      std::sort(d.begin(), d.end());
      row.median_answer_seconds =
          d.size() % 2 ? static_cast<double>(d[d.size() / 2])
                       : (static_cast<double>(d[d.size() / 2 - 1]) + d[d.size() / 2]) / 2;
    }
    row.followers = accounts[a].most_followers;
    row.mentions_received = InWeight(Layer(graph, EdgeKind::kMention), a);
    row.replies_received = InWeight(Layer(graph, EdgeKind::kReply), a);
    row.reposts_received = InWeight(Layer(graph, EdgeKind::kRetweet), a);
    row.quotes_received = InWeight(Layer(graph, EdgeKind::kQuote), a);
    if (row.original_posts > 0) {
      row.amplification =
          static_cast<double>(row.reposts_received) / static_cast<double>(row.original_posts);
    }
    group.clear();
    auto it =
        std::lower_bound(reposters.begin(), reposters.end(), std::make_pair(a, AccountIndex{0}));
    for (; it != reposters.end() && it->first == a; ++it) group.push_back(it->second);
    row.potential_reach = PotentialReach(accounts, a, group);
    if (followers.available()) {
      group.push_back(a);
      row.audience = followers.Count(group);
    }
  }
  return rows;
}

std::vector<Cascade> Cascades(const Network& network, const LayeredGraph& graph,
                              const PostWindow& window) {
  const AccountTable& accounts = network.accounts;
  const std::vector<Post>& posts = network.posts;
  // (original, passer-on post) for every repost and quote in the window.
  std::vector<std::pair<PostIndex, PostIndex>> passed;
  for (PostIndex p = 0; p < posts.size(); ++p) {
    const Post& post = posts[p];
    if (!window.Contains(post)) continue;
    if (post.is_repost && post.repost_of != kNoPost) passed.emplace_back(post.repost_of, p);
    if (!post.is_repost && post.is_quote && post.quote_of != kNoPost) {
      passed.emplace_back(post.quote_of, p);
    }
  }
  std::sort(passed.begin(), passed.end());
  FollowerUnion followers(Layer(graph, EdgeKind::kFollow));
  std::vector<Cascade> out;
  std::vector<AccountIndex> who;
  for (std::size_t i = 0; i < passed.size();) {
    const PostIndex o = passed[i].first;
    std::size_t j = i;
    while (j < passed.size() && passed[j].first == o) ++j;
    const Post& original = posts[o];
    if (!window.Contains(original) || original.is_repost) {
      i = j;
      continue;
    }
    Cascade c{.post = o};
    who.clear();
    for (std::size_t k = i; k < j; ++k) {
      const Post& by = posts[passed[k].second];
      (by.is_repost ? c.reposts : c.quotes) += 1;
      if (by.author != original.author) who.push_back(by.author);
      if (original.time != kNoTime && by.time != kNoTime && by.time >= original.time &&
          (c.first_repost_after < 0 || by.time - original.time < c.first_repost_after)) {
        c.first_repost_after = by.time - original.time;
      }
    }
    std::sort(who.begin(), who.end());
    who.erase(std::unique(who.begin(), who.end()), who.end());
    for (const AccountIndex a : who) {
      (IsGovernment(accounts[a]) ? c.reposters_government : c.reposters_public) += 1;
    }
    c.potential_reach = PotentialReach(accounts, original.author, who);
    const std::int64_t theirs = FollowerSum(accounts, who);
    const std::int64_t own = accounts[original.author].most_followers;
    if (own > 0 && theirs >= 0) c.amplification = static_cast<double>(theirs) / own;
    if (followers.available()) {
      who.push_back(original.author);
      c.audience = followers.Count(who);
    }
    out.push_back(c);
    i = j;
  }
  std::stable_sort(out.begin(), out.end(), [](const Cascade& a, const Cascade& b) {
    return a.reposts + a.quotes > b.reposts + b.quotes;
  });
  return out;
}

}  // namespace agencynet
