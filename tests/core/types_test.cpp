#include "core/types.hpp"

#include <gtest/gtest.h>

namespace agencynet {
namespace {

TEST(TypesTest, IsoTimeRoundTripsKnownDates) {
  EXPECT_EQ(FormatIsoTime(0), "1970-01-01T00:00:00Z");
  EXPECT_EQ(FormatIsoTime(MakeUtcTime(2018, 9, 12, 18, 1, 2)), "2018-09-12T18:01:02Z");
  EXPECT_EQ(MakeUtcTime(2018, 9, 12, 18, 1, 2), 1536775262);
  EXPECT_EQ(FormatIsoTime(MakeUtcTime(2024, 2, 29, 23, 59, 59)), "2024-02-29T23:59:59Z");
  EXPECT_EQ(FormatIsoTime(-1), "1969-12-31T23:59:59Z");
  EXPECT_EQ(FormatIsoTime(kNoTime), "");
}

TEST(TypesTest, ParsesLayerNames) {
  EXPECT_EQ(ParseEdgeKind("mention"), EdgeKind::kMention);
  EXPECT_EQ(ParseEdgeKind("Retweets"), EdgeKind::kRetweet);
  EXPECT_EQ(ParseEdgeKind("repost"), EdgeKind::kRetweet);
  EXPECT_EQ(ParseEdgeKind("follow"), EdgeKind::kFollow);
  EXPECT_EQ(ParseEdgeKind("like"), std::nullopt);
  EXPECT_EQ(ParsePlatform("Mastodon"), Platform::kMastodon);
  EXPECT_EQ(ParsePlatform("myspace"), std::nullopt);
}

}  // namespace
}  // namespace agencynet
