#include "core/dataset.hpp"

#include <gtest/gtest.h>

namespace agencynet {
namespace {

// Posts: p1 by A (mentions B, C, A), p2 by B retweets p1 (and "mentions" C: ignored),
// p3 by C quotes p9 (never loaded), replies to A and mentions A, D.
//
//   B --retweet--> A,  A --mention--> B, A --mention--> C,  C --reply--> A,  C --mention--> D
TEST(ResolveTest, FollowsTheEdgeSemanticsContract) {
  Dataset ds;
  const AccountIndex a = ds.accounts.InternTwitter(1);
  const AccountIndex b = ds.accounts.InternTwitter(2);
  const AccountIndex c = ds.accounts.InternTwitter(3);
  const AccountIndex d = ds.accounts.InternTwitter(4);
  const AccountIndex lurker = ds.accounts.InternTwitter(5);  // seen, never an edge end
  (void)lurker;
  const PostIndex p1 = ds.InternTwitterPost(101);
  const PostIndex p2 = ds.InternTwitterPost(102);
  const PostIndex p3 = ds.InternTwitterPost(103);
  const PostIndex p9 = ds.InternTwitterPost(109);
  ds.AddPost(p1, PostFields{.author = a, .time = 10, .mentions = {b, c, a, b}});
  ds.AddPost(p2, PostFields{.author = b, .time = 20, .repost_of = p1, .mentions = {c}});
  ds.AddPost(
      p3, PostFields{.author = c, .time = 30, .quote_of = p9, .reply_to = a, .mentions = {a, d}});
  EXPECT_FALSE(ds.AddPost(p1, PostFields{.author = b, .time = 99}));  // later copy loses
  const Network net = Network::Resolve(std::move(ds));

  EXPECT_EQ(net.accounts.size(), 4u);  // the lurker has no row
  EXPECT_EQ(net.report.posts, 3u);
  EXPECT_EQ(net.report.duplicate_posts, 1u);
  EXPECT_EQ(net.report.unresolved.at("quote"), 1u);
  EXPECT_EQ(net.report.excluded.at("self-mention"), 1u);
  EXPECT_EQ(net.report.excluded.at("mention of reply target"), 1u);
  ASSERT_EQ(net.interactions.size(), 5u);
  auto has = [&](AccountIndex s, AccountIndex t, EdgeKind k, Timestamp time) {
    for (const Interaction& e : net.interactions) {
      if (e.source == s && e.target == t && e.kind == k && e.time == time) return true;
    }
    return false;
  };
  // Indices are unchanged: accounts 0..3 keep their order.
  EXPECT_TRUE(has(0, 1, EdgeKind::kMention, 10));
  EXPECT_TRUE(has(0, 2, EdgeKind::kMention, 10));
  EXPECT_TRUE(has(1, 0, EdgeKind::kRetweet, 20));
  EXPECT_TRUE(has(2, 0, EdgeKind::kReply, 30));
  EXPECT_TRUE(has(2, 3, EdgeKind::kMention, 30));
  EXPECT_EQ(net.posts_per_account, (std::vector<std::uint32_t>{1, 1, 1, 0}));
}

TEST(ResolveTest, SelfLoopsDroppedAndCountedUnlessKept) {
  auto build = [] {
    Dataset ds;
    const AccountIndex a = ds.accounts.InternTwitter(1);
    const PostIndex p1 = ds.InternTwitterPost(1);
    const PostIndex p2 = ds.InternTwitterPost(2);
    ds.AddPost(p1, PostFields{.author = a, .time = 1});
    ds.AddPost(p2, PostFields{.author = a, .time = 2, .reply_to = a});  // a thread
    return ds;
  };
  const Network dropped = Network::Resolve(build());
  EXPECT_EQ(dropped.interactions.size(), 0u);
  EXPECT_EQ(dropped.report.self_loops_dropped, 1u);
  EXPECT_EQ(dropped.accounts.size(), 1u);
  const Network kept = Network::Resolve(build(), ResolveOptions{.keep_self_loops = true});
  EXPECT_EQ(kept.interactions.size(), 1u);
  EXPECT_EQ(kept.report.self_loops_dropped, 0u);
}

TEST(ResolveTest, HandleOnlyMentionMergesWithTheAccountThatHasTheHandle) {
  Dataset ds;
  const AccountIndex a = ds.accounts.InternTwitter(1);
  const AccountIndex b = ds.accounts.InternTwitter(2);
  ds.accounts.SeeHandle(b, "CityHall", 5);
  const AccountIndex by_handle = ds.accounts.InternHandle(Platform::kTwitter, "cityhall");
  const AccountIndex unknown = ds.accounts.InternHandle(Platform::kTwitter, "ghost");
  ds.AddPost(ds.InternTwitterPost(1),
             PostFields{.author = a, .time = 9, .mentions = {by_handle, unknown}});
  const Network net = Network::Resolve(std::move(ds));
  ASSERT_EQ(net.accounts.size(), 3u);
  const AccountIndex city = net.accounts.FindId(Platform::kTwitter, "2");
  const AccountIndex ghost = net.accounts.FindHandle(Platform::kTwitter, "ghost");
  ASSERT_NE(ghost, kNoAccount);
  EXPECT_TRUE(net.accounts[ghost].id.empty());
  int to_city = 0, to_ghost = 0;
  for (const Interaction& e : net.interactions) {
    to_city += e.target == city;
    to_ghost += e.target == ghost;
  }
  EXPECT_EQ(to_city, 1);
  EXPECT_EQ(to_ghost, 1);
}

}  // namespace
}  // namespace agencynet
