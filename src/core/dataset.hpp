// What the loaders fill: accounts, posts (deduplicated by platform and post ID) with the
// references they make, and direct interactions (follows). Resolve() turns it into interactions
// following the edge semantics contract of DESIGN.md.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/account_table.hpp"
#include "core/flat_map.hpp"
#include "core/load_report.hpp"
#include "core/types.hpp"

namespace agencynet {

using PostIndex = std::uint32_t;
inline constexpr PostIndex kNoPost = 0xFFFFFFFFu;

/// One post. A post that is only referenced (by a retweet or quote ID) has `loaded == false`.
struct Post {
  AccountIndex author = kNoAccount;
  Timestamp time = kNoTime;
  PostIndex repost_of = kNoPost;  ///< set for a retweet/reblog/repost: the only edge it makes
  PostIndex quote_of = kNoPost;
  AccountIndex reply_to = kNoAccount;
  PostIndex reply_to_post = kNoPost;  ///< the post it answers, when the input names it
  std::uint32_t mentions_begin = 0;   ///< range in the mention pool
  std::uint32_t mentions_count = 0;
  /// The post's own ID: a Twitter ID, else an index into the post keys.
  std::uint64_t key = 0;
  Platform platform = Platform::kTwitter;
  std::uint8_t text = 0;  ///< PostTextFlag bits
  bool loaded = false;
  bool is_repost = false;  ///< a repost, even when its original could not be identified
  bool is_quote = false;
};

/// One interaction: `source` acted upon `target`. `weight` counts distinct posts (or an edge
/// list's weight); `time` is the post time or kNoTime.
struct Interaction {
  AccountIndex source = kNoAccount;
  AccountIndex target = kNoAccount;
  Timestamp time = kNoTime;
  std::uint32_t weight = 1;
  EdgeKind kind = EdgeKind::kMention;
};

/// The references a post object makes, as a loader found them.
struct PostFields {
  AccountIndex author = kNoAccount;
  Timestamp time = kNoTime;
  PostIndex repost_of = kNoPost;
  PostIndex quote_of = kNoPost;
  AccountIndex reply_to = kNoAccount;
  std::vector<AccountIndex> mentions;
  bool is_repost = false;  ///< set even when the original has no usable ID (then unresolved)
  bool is_quote = false;
  PostIndex reply_to_post = kNoPost;
  std::uint8_t text = 0;  ///< PostTextFlag bits (core/post_text.hpp)
};

/// Everything loaded from all inputs, before resolution.
class Dataset {
 public:
  Dataset() = default;
  Dataset(Dataset&&) = default;
  Dataset& operator=(Dataset&&) = default;
  Dataset(const Dataset&) = delete;
  Dataset& operator=(const Dataset&) = delete;

  /// The post with this Twitter ID, adding a not-yet-loaded entry if new.
  PostIndex InternTwitterPost(std::uint64_t id);
  /// The post with this platform post key (a Mastodon URI, an AT-URI), adding it if new.
  PostIndex InternPost(Platform platform, std::string_view key);

  /// Makes the Twitter post ID `alias` name `post` too (the other versions of an edited tweet).
  /// A reference made earlier to `alias` follows it when resolved.
  void AliasTwitterPost(std::uint64_t alias, PostIndex post);

  /// Sets the author of a post known only by reference when its ID itself names the author (a
  /// Bluesky AT-URI holds the author's DID), so references to it resolve without the post.
  void SetReferencedAuthor(PostIndex post, AccountIndex author);

  /// Sets a loaded post's reply target once it is known (Mastodon resolves server-local account
  /// IDs only at the end of a file).
  void SetReplyTo(PostIndex post, AccountIndex account) { posts_[post].reply_to = account; }
  void SetReplyToPost(PostIndex post, PostIndex answered) { posts_[post].reply_to_post = answered; }

  /// Loads a post object into `post`. The first copy wins; a later copy only fills a missing
  /// author or time and is counted in report.duplicate_posts. Returns true for the first copy.
  bool AddPost(PostIndex post, const PostFields& fields);

  /// Adds an interaction that does not come from a post (a follow, an edge-list row). Throws
  /// std::invalid_argument if an end is kNoAccount (a loader bug, never bad input).
  void AddDirect(const Interaction& interaction);

  AccountTable accounts;
  LoadReport report;

  const std::vector<Post>& posts() const { return posts_; }
  const std::vector<AccountIndex>& mention_pool() const { return mention_pool_; }
  const std::vector<Interaction>& direct() const { return direct_; }

 private:
  friend class Network;
  std::vector<Post> posts_;
  std::vector<AccountIndex> mention_pool_;
  std::vector<Interaction> direct_;
  FlatMap64 twitter_posts_;
  std::unordered_map<PostIndex, PostIndex> redirects_;  ///< earlier references to an alias
  std::unordered_map<std::string, PostIndex> other_posts_;
  std::vector<std::string> post_keys_;  ///< IDs of the posts that are not Twitter's
};

struct ResolveOptions {
  bool keep_self_loops = false;
};

/// The resolved input: accounts that get a row (authors of loaded posts and both ends of every
/// interaction), their interactions, and how many posts each wrote.
class Network {
 public:
  /// Resolves `dataset` by the contract: merges handle-only accounts, turns each loaded post into
  /// its edges (a repost makes only the repost edge; mentions exclude the author and the reply
  /// target), drops self-loops unless asked, counts what made no edge, and keeps the accounts
  /// that get a row. Time complexity: O(posts + mentions + accounts).
  static Network Resolve(Dataset&& dataset, const ResolveOptions& options = {});

  Network(Network&&) = default;
  Network& operator=(Network&&) = default;
  Network(const Network&) = delete;
  Network& operator=(const Network&) = delete;

  /// Keeps the accounts with `keep[i]` true and the interactions between them.
  void KeepAccounts(const std::vector<bool>& keep);

  /// The ID of a post as its platform writes it (a Twitter ID, a Mastodon URI, an AT-URI).
  std::string PostId(PostIndex post) const;

  AccountTable accounts;
  std::vector<Interaction> interactions;
  std::vector<std::uint32_t> posts_per_account;
  LoadReport report;
  /// Every post of the input with accounts renumbered like `accounts` (kNoAccount for an
  /// account without a row) and references to edited tweets' other IDs followed; for the
  /// scorecard and the cascades. Mentions index `mention_pool`.
  std::vector<Post> posts;
  std::vector<AccountIndex> mention_pool;

 private:
  std::vector<std::string> post_keys_;

  Network() = default;
};

}  // namespace agencynet
