// Follow data and edge lists from ../shared/data load with exact counts: SNAP edge lists
// (Higgs mention and reply networks, ego-Twitter follows), the Bluesky follow edge CSV and
// follower/follows lists bound to their owner, and Twitter follower/friend ID pages. The numbers
// come from a separate Python implementation of the contract and awk/sort counts of the raw
// files (see real_data.hpp).
#include <gtest/gtest.h>

#include "core/error.hpp"
#include "io/real_data.hpp"
#include "test_support.hpp"

namespace agencynet {
namespace {

using testing::Expected;

LoadOptions Kind(EdgeKind kind) { return LoadOptions{.edge_kind = kind}; }

LoadOptions Owner(FollowOwner::Side side, const std::string& account) {
  return LoadOptions{.owner = FollowOwner{side, account}};
}

constexpr auto kFollowersOf = FollowOwner::Side::kFollowersOf;
constexpr auto kFriendsOf = FollowOwner::Side::kFriendsOf;
const std::string kNytimes = "did:plc:eclio37ymobqex2ncko63h4r";

TEST(RealDataFollowTest, HiggsMentionNetwork) {
  AGENCYNET_REQUIRE_DATA(data);
  // 150818 rows "a b w": 5353 self-mentions dropped; weights sum to 164156 on the kept edges.
  testing::ExpectCounts(
      {{data / "edgelists/snap-higgs/higgs-mention_network.edgelist", Kind(EdgeKind::kMention)}},
      Expected{"higgs-mention", 150818, 0, 0, {}, {}, 0, 0, 5353, {145465, 0, 0, 0, 0}, 116408});
}

TEST(RealDataFollowTest, HiggsReplyNetwork) {
  AGENCYNET_REQUIRE_DATA(data);
  testing::ExpectCounts(
      {{data / "edgelists/snap-higgs/higgs-reply_network.edgelist", Kind(EdgeKind::kReply)}},
      Expected{"higgs-reply", 32523, 0, 0, {}, {}, 0, 0, 343, {0, 0, 32180, 0, 0}, 38918});
}

TEST(RealDataFollowTest, SnapEgoFollowNetworks) {
  AGENCYNET_REQUIRE_DATA(data);
  // 12831.edges holds one self-follow (8003822 8003822).
  testing::ExpectCounts({{data / "edgelists/snap-ego/12831.edges", Kind(EdgeKind::kFollow)}},
                        Expected{"12831", 2478, 0, 0, {}, {}, 0, 0, 1, {0, 0, 0, 0, 2477}, 236});
  testing::ExpectCounts({{data / "edgelists/snap-ego/13212502.edges", Kind(EdgeKind::kFollow)}},
                        Expected{"13212502", 2262, 0, 0, {}, {}, 0, 0, 0, {0, 0, 0, 0, 2262}, 170});
}

TEST(RealDataFollowTest, BlueskyFollowEdgesAndListsBoundToTheirOwner) {
  AGENCYNET_REQUIRE_DATA(data);
  const auto dir = data / "bluesky/keegan-follows";
  testing::ExpectCounts({{dir / "ego_nytimes_follow_edges.csv", Kind(EdgeKind::kFollow)}},
                        Expected{"edges", 1311, 0, 0, {}, {}, 0, 0, 0, {0, 0, 0, 0, 1311}, 101});
  testing::ExpectCounts(
      {{dir / "part01_followers.csv", Owner(kFollowersOf, kNytimes)}},
      Expected{"followers", 1713, 0, 0, {}, {}, 0, 0, 0, {0, 0, 0, 0, 1713}, 1714});
  testing::ExpectCounts({{dir / "part01_follows.csv", Owner(kFriendsOf, kNytimes)}},
                        Expected{"follows", 116, 0, 0, {}, {}, 0, 0, 0, {0, 0, 0, 0, 116}, 117});

  // All three: the 100 sampled follows of nytimes.com in the edge file repeat pairs of its
  // follows list, and follow data is a set.
  Dataset dataset;
  LoadFile((dir / "part01_followers.csv").string(), dataset, Owner(kFollowersOf, kNytimes));
  LoadFile((dir / "part01_follows.csv").string(), dataset, Owner(kFriendsOf, kNytimes));
  LoadFile((dir / "ego_nytimes_follow_edges.csv").string(), dataset, Kind(EdgeKind::kFollow));
  const Network net = Network::Resolve(std::move(dataset));
  EXPECT_EQ(net.report.repeated_follows, 100u);
  EXPECT_EQ(net.interactions.size(), 1713u + 116u + 1311u - 100u);
  const AccountIndex nyt = net.accounts.FindId(Platform::kBluesky, kNytimes);
  ASSERT_NE(nyt, kNoAccount);
  EXPECT_EQ(net.accounts[nyt].platform, Platform::kBluesky);
}

TEST(RealDataFollowTest, TwitterIdPagesNeedAnOwnerAndFormASet) {
  AGENCYNET_REQUIRE_DATA(data);
  const auto dir = data / "twitter-v1/python-twitter";
  // Two cursor pages of one account's followers: 5000 + 2885 distinct IDs, no overlap.
  testing::ExpectCounts({{dir / "get_follower_ids_0.json", Owner(kFollowersOf, "783214")},
                         {dir / "get_follower_ids_1.json", Owner(kFollowersOf, "783214")}},
                        Expected{"pages", 2, 0, 0, {}, {}, 0, 0, 0, {0, 0, 0, 0, 7885}, 7886});
  // IDs as strings; 2 of them also appear on page 0, so the union has 9998 followers.
  Dataset dataset;
  LoadFile((dir / "get_follower_ids_0.json").string(), dataset, Owner(kFollowersOf, "@twitter"));
  LoadFile((dir / "get_follower_ids_stringify.json").string(), dataset,
           Owner(kFollowersOf, "@Twitter"));
  LoadFile((dir / "get_friend_ids_0.json").string(), dataset, Owner(kFriendsOf, "@TWITTER"));
  const Network net = Network::Resolve(std::move(dataset));
  EXPECT_EQ(net.report.repeated_follows, 2u);
  EXPECT_EQ(net.interactions.size(), 9998u + 5000u);
  // Without an owner the page is skipped with a message, not loaded as something else.
  testing::ExpectCounts(
      {dir / "get_friend_ids_0.json"},
      Expected{
          "no owner", 1, 0, 0, {{"ID page without owner", 1}}, {}, 0, 0, 0, {0, 0, 0, 0, 0}, 0});
}

TEST(RealDataFollowTest, BlueskyNodeTableLendsHandlesAndFollowerCounts) {
  AGENCYNET_REQUIRE_DATA(data);
  const auto dir = data / "bluesky/keegan-follows";
  // 101 rows (did,handle,followers_count,...) describe the accounts of the 1311 follow edges.
  testing::ExpectCounts({{dir / "ego_nytimes_nodes.csv", LoadOptions{}},
                         {dir / "ego_nytimes_follow_edges.csv", Kind(EdgeKind::kFollow)}},
                        Expected{"nodes+edges",
                                 101 + 1311,
                                 0,
                                 0,
                                 {{"account table row (lends names only)", 101}},
                                 {},
                                 0,
                                 0,
                                 0,
                                 {0, 0, 0, 0, 1311},
                                 101});
  Dataset dataset;
  LoadFile((dir / "ego_nytimes_nodes.csv").string(), dataset);
  LoadFile((dir / "ego_nytimes_follow_edges.csv").string(), dataset, Kind(EdgeKind::kFollow));
  const Network net = Network::Resolve(std::move(dataset));
  const Account& nyt = net.accounts[net.accounts.FindId(Platform::kBluesky, kNytimes)];
  EXPECT_EQ(nyt.handle, "nytimes.com");
  EXPECT_EQ(nyt.followers, 1326483);
}

TEST(RealDataFollowTest, CollectionMetadataIsRejectedWithAClearMessage) {
  AGENCYNET_REQUIRE_DATA(data);
  for (const char* name :
       {"ego_nytimes_collection_metadata.json", "part01_collection_metadata.json"}) {
    Dataset dataset;
    try {
      LoadFile((data / "bluesky/keegan-follows" / name).string(), dataset);
      ADD_FAILURE() << name << " loaded";
    } catch (const InputError& e) {
      EXPECT_NE(std::string(e.what()).find("not recognised"), std::string::npos) << e.what();
    }
  }
}

}  // namespace
}  // namespace agencynet
