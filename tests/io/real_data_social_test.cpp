// Mastodon and Bluesky files of ../shared/data load with exact counts (see real_data.hpp for
// where the numbers come from; the Mastodon identities were also recomputed with jq, and the two
// Bluesky captures counted by eye: atproto.com replies to itself 6 times and quotes itself twice).
#include <gtest/gtest.h>

#include "io/real_data.hpp"
#include "test_support.hpp"

namespace agencynet {
namespace {

using testing::Expected;

TEST(RealDataSocialTest, MastodonPublicTimeline) {
  AGENCYNET_REQUIRE_DATA(data);
  // 1040 statuses, no reblogs; all 81 replies are self-replies (threads), resolved through the
  // file's server-local account IDs; 11 self-mentions.
  testing::ExpectCounts(
      {data / "mastodon/public-timeline/mastodon_data_public_timeline_2023.json"},
      Expected{"mastodon", 1040, 1040, 0, {}, {}, 11, 0, 81, {58, 0, 0, 0, 0}, 875});
}

TEST(RealDataSocialTest, MastodonAccountsAreUserAtHost) {
  AGENCYNET_REQUIRE_DATA(data);
  Dataset dataset;
  LoadFile((data / "mastodon/public-timeline/mastodon_data_public_timeline_2023.json").string(),
           dataset);
  const Network net = Network::Resolve(std::move(dataset));
  // A local account (acct "muhalifcomtr") takes the host of its url.
  const AccountIndex local =
      net.accounts.FindId(Platform::kMastodon, "muhalifcomtr@mastodon.social");
  ASSERT_NE(local, kNoAccount);
  EXPECT_EQ(net.accounts[local].name, "Muhalif.");
  for (const Account& a : net.accounts.accounts()) {
    EXPECT_NE(a.id.find('@'), std::string::npos) << a.id;
    EXPECT_EQ(a.id, AsciiLower(a.id));
  }
}

TEST(RealDataSocialTest, BlueskyCaptures) {
  AGENCYNET_REQUIRE_DATA(data);
  const auto dir = data / "bluesky/indigo-posts";
  testing::ExpectCounts({dir / "capture_atprotocom.json"},
                        Expected{"atproto", 1, 20, 0, {}, {}, 0, 0, 8, {3, 0, 2, 2, 0}, 8});
  testing::ExpectCounts({dir / "capture_hackerdarkweb.json"},
                        Expected{"hackerdarkweb", 1, 20, 0, {}, {}, 0, 0, 0, {10, 0, 9, 0, 0}, 11});
  Dataset dataset;
  LoadFile((dir / "capture_atprotocom.json").string(), dataset);
  const Network net = Network::Resolve(std::move(dataset));
  const AccountIndex atproto =
      net.accounts.FindId(Platform::kBluesky, "did:plc:ewvi7nxzyoun6zhxrhs64oiz");
  ASSERT_NE(atproto, kNoAccount);
  EXPECT_EQ(net.accounts[atproto].handle, "atproto.com");
}

}  // namespace
}  // namespace agencynet

namespace agencynet {
namespace {

// One run over three platforms: the accounts add up (141 + 875 + 8, each counted alone), since an
// account never merges across platforms, and the edges of each file keep their platform.
TEST(RealDataSocialTest, PlatformsMixInOneRunWithoutMerging) {
  AGENCYNET_REQUIRE_DATA(data);
  Dataset dataset;
  LoadFile((data / "twitter-v1/tweepy-congress/tweets/110545675.json").string(), dataset);
  LoadFile((data / "mastodon/public-timeline/mastodon_data_public_timeline_2023.json").string(),
           dataset);
  LoadFile((data / "bluesky/indigo-posts/capture_atprotocom.json").string(), dataset);
  const Network net = Network::Resolve(std::move(dataset));
  ASSERT_EQ(net.accounts.size(), 141u + 875u + 8u);
  std::array<int, kPlatformCount> per_platform{};
  for (const Account& a : net.accounts.accounts()) ++per_platform[static_cast<int>(a.platform)];
  EXPECT_EQ(per_platform[static_cast<int>(Platform::kTwitter)], 141);
  EXPECT_EQ(per_platform[static_cast<int>(Platform::kMastodon)], 875);
  EXPECT_EQ(per_platform[static_cast<int>(Platform::kBluesky)], 8);
  for (const Interaction& e : net.interactions) {
    EXPECT_EQ(net.accounts[e.source].platform, net.accounts[e.target].platform);
  }
  EXPECT_EQ(net.report.posts, 260u + 1040u + 20u);
}

}  // namespace
}  // namespace agencynet
