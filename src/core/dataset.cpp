#include "core/dataset.hpp"

#include <algorithm>
#include <stdexcept>
#include <tuple>

namespace agencynet {

PostIndex Dataset::InternTwitterPost(std::uint64_t id) {
  bool inserted = false;
  const PostIndex post = twitter_posts_.Insert(id, static_cast<PostIndex>(posts_.size()), inserted);
  if (inserted) posts_.emplace_back().key = id;
  return post;
}

PostIndex Dataset::InternPost(Platform platform, std::string_view key) {
  std::string full(1, static_cast<char>('0' + static_cast<int>(platform)));
  full += key;
  const auto [it, inserted] =
      other_posts_.try_emplace(std::move(full), static_cast<PostIndex>(posts_.size()));
  if (inserted) {
    Post& post = posts_.emplace_back();
    post.platform = platform;
    post.key = post_keys_.size();
    post_keys_.emplace_back(key);
  }
  return it->second;
}

void Dataset::AliasTwitterPost(std::uint64_t alias, PostIndex post) {
  bool inserted = false;
  const PostIndex existing = twitter_posts_.Insert(alias, post, inserted);
  if (!inserted && existing != post && !posts_[existing].loaded) {
    redirects_[existing] = post;
    twitter_posts_.Set(alias, post);
  }
}

void Dataset::AddDirect(const Interaction& interaction) {
  if (interaction.source == kNoAccount || interaction.target == kNoAccount) {
    throw std::invalid_argument("an interaction needs two accounts");
  }
  direct_.push_back(interaction);
}

void Dataset::SetReferencedAuthor(PostIndex post, AccountIndex author) {
  if (posts_[post].author == kNoAccount) posts_[post].author = author;
}

bool Dataset::AddPost(PostIndex index, const PostFields& fields) {
  Post& post = posts_[index];
  if (post.loaded) {
    ++report.duplicate_posts;
    if (post.author == kNoAccount) post.author = fields.author;
    if (post.time == kNoTime) post.time = fields.time;
    return false;
  }
  post.loaded = true;
  post.author = fields.author;
  post.time = fields.time;
  post.repost_of = fields.repost_of;
  post.quote_of = fields.quote_of;
  post.reply_to = fields.reply_to;
  post.reply_to_post = fields.reply_to_post;
  post.text = fields.text;
  post.is_repost = fields.is_repost || fields.repost_of != kNoPost;
  post.is_quote = fields.is_quote || fields.quote_of != kNoPost;
  post.mentions_begin = static_cast<std::uint32_t>(mention_pool_.size());
  post.mentions_count = static_cast<std::uint32_t>(fields.mentions.size());
  mention_pool_.insert(mention_pool_.end(), fields.mentions.begin(), fields.mentions.end());
  ++report.posts;
  return true;
}

namespace {

AccountIndex Remapped(const std::vector<AccountIndex>& remap, AccountIndex a) {
  return a == kNoAccount ? kNoAccount : remap[a];
}

}  // namespace

Network Network::Resolve(Dataset&& dataset, const ResolveOptions& options) {
  Network net;
  net.report = std::move(dataset.report);
  const std::vector<AccountIndex> merged = dataset.accounts.MergeHandleOnly();
  const std::size_t n = dataset.accounts.size();
  std::vector<bool> has_row(n, false);
  std::vector<std::uint32_t> posts(n, 0);
  std::vector<Interaction>& out = net.interactions;

  auto add = [&](AccountIndex source, AccountIndex target, EdgeKind kind, Timestamp time,
                 std::uint32_t weight) {
    has_row[source] = true;
    has_row[target] = true;
    if (source == target && !options.keep_self_loops) {
      ++net.report.self_loops_dropped;
      return;
    }
    out.push_back({source, target, time, weight, kind});
  };

  // The post a reference lands on: itself, or the post an edited tweet's other ID names.
  auto land = [&dataset](PostIndex p) {
    for (int hops = 0; p != kNoPost && hops < 8; ++hops) {
      const auto it = dataset.redirects_.find(p);
      if (it == dataset.redirects_.end()) break;
      p = it->second;
    }
    return p;
  };
  auto target = [&](PostIndex p) -> const Post* {
    p = land(p);
    return p == kNoPost ? nullptr : &dataset.posts_[p];
  };
  std::vector<AccountIndex> mentions;
  for (const Post& post : dataset.posts_) {
    if (!post.loaded) continue;
    const AccountIndex author = Remapped(merged, post.author);
    if (author == kNoAccount) continue;  // loaders only load posts with an author
    has_row[author] = true;
    ++posts[author];
    if (post.is_repost) {
      const Post* original = target(post.repost_of);
      if (original && original->author != kNoAccount) {
        add(author, merged[original->author], EdgeKind::kRetweet, post.time, 1);
      } else {
        ++net.report.unresolved["retweet"];
      }
      continue;
    }
    if (post.is_quote) {
      const Post* quoted = target(post.quote_of);
      if (quoted && quoted->author != kNoAccount) {
        add(author, merged[quoted->author], EdgeKind::kQuote, post.time, 1);
      } else {
        ++net.report.unresolved["quote"];
      }
    }
    const AccountIndex reply_to = Remapped(merged, post.reply_to);
    if (reply_to != kNoAccount) add(author, reply_to, EdgeKind::kReply, post.time, 1);
    mentions.clear();
    for (std::uint32_t i = 0; i < post.mentions_count; ++i) {
      mentions.push_back(merged[dataset.mention_pool_[post.mentions_begin + i]]);
    }
    std::sort(mentions.begin(), mentions.end());
    mentions.erase(std::unique(mentions.begin(), mentions.end()), mentions.end());
    for (const AccountIndex m : mentions) {
      if (m == author) {
        ++net.report.excluded["self-mention"];
      } else if (m == reply_to) {
        ++net.report.excluded["mention of reply target"];
      } else {
        add(author, m, EdgeKind::kMention, post.time, 1);
      }
    }
  }
  // Follow data is a set: a pair listed again (on another ID page, in another file) counts once.
  std::vector<Interaction>& direct = dataset.direct_;
  for (Interaction& e : direct) {
    e.source = merged[e.source];
    e.target = merged[e.target];
  }
  std::stable_sort(direct.begin(), direct.end(), [](const Interaction& a, const Interaction& b) {
    const bool fa = a.kind == EdgeKind::kFollow, fb = b.kind == EdgeKind::kFollow;
    if (fa != fb) return fa < fb;
    if (!fa) return false;
    return std::tie(a.source, a.target) < std::tie(b.source, b.target);
  });
  for (std::size_t i = 0; i < direct.size(); ++i) {
    const Interaction& e = direct[i];
    if (e.kind == EdgeKind::kFollow && i > 0 && direct[i - 1].kind == EdgeKind::kFollow &&
        direct[i - 1].source == e.source && direct[i - 1].target == e.target) {
      ++net.report.repeated_follows;
      continue;
    }
    add(e.source, e.target, e.kind, e.time, e.kind == EdgeKind::kFollow ? 1 : e.weight);
  }

  net.accounts = std::move(dataset.accounts);
  const std::vector<AccountIndex> kept = net.accounts.Keep(has_row);
  for (Interaction& e : out) {
    e.source = kept[e.source];
    e.target = kept[e.target];
  }
  // The posts, with accounts renumbered and references landing where they resolve.
  auto renumber = [&](AccountIndex a) { return a == kNoAccount ? kNoAccount : kept[merged[a]]; };
  net.posts = std::move(dataset.posts_);
  for (Post& post : net.posts) {
    post.author = renumber(post.author);
    post.reply_to = renumber(post.reply_to);
    post.repost_of = land(post.repost_of);
    post.quote_of = land(post.quote_of);
    post.reply_to_post = land(post.reply_to_post);
  }
  net.mention_pool = std::move(dataset.mention_pool_);
  for (AccountIndex& m : net.mention_pool) m = renumber(m);
  net.post_keys_ = std::move(dataset.post_keys_);
  net.posts_per_account.assign(net.accounts.size(), 0);
  for (AccountIndex i = 0; i < n; ++i) {
    if (kept[i] != kNoAccount) net.posts_per_account[kept[i]] = posts[i];
  }
  return net;
}

void Network::KeepAccounts(const std::vector<bool>& keep) {
  const std::vector<AccountIndex> remap = accounts.Keep(keep);
  std::vector<Interaction> kept;
  kept.reserve(interactions.size());
  for (Interaction e : interactions) {
    if (remap[e.source] == kNoAccount || remap[e.target] == kNoAccount) continue;
    e.source = remap[e.source];
    e.target = remap[e.target];
    kept.push_back(e);
  }
  interactions = std::move(kept);
  std::vector<std::uint32_t> counts(accounts.size(), 0);
  for (std::size_t i = 0; i < remap.size(); ++i) {
    if (remap[i] != kNoAccount) counts[remap[i]] = posts_per_account[i];
  }
  posts_per_account = std::move(counts);
  auto renumber = [&remap](AccountIndex a) { return a == kNoAccount ? kNoAccount : remap[a]; };
  for (Post& post : posts) {
    post.author = renumber(post.author);
    post.reply_to = renumber(post.reply_to);
  }
  for (AccountIndex& m : mention_pool) m = renumber(m);
}

std::string Network::PostId(PostIndex post) const {
  const Post& p = posts[post];
  return p.platform == Platform::kTwitter ? std::to_string(p.key) : post_keys_[p.key];
}

}  // namespace agencynet
