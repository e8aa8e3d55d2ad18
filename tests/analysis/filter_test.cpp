#include "analysis/filter.hpp"

#include <gtest/gtest.h>

#include "core/error.hpp"
#include "test_support.hpp"

namespace agencynet {
namespace {

// Accounts 1..6 (Twitter IDs); roles: 1, 2, 3 agencies, the rest public.
//   1 -mention(t=100)-> 2 ;  2 -reply(t=200)-> 3 ;  3 -retweet(t=300, twice)-> 1
//   4 -mention(t=400)-> 1 ;  5 -mention(no time)-> 6
Network Sample() {
  std::string text;
  int post = 100;
  auto tweet = [&](int author, const std::string& rest, const std::string& time) {
    text += R"({"id_str":")" + std::to_string(post++) + R"(","text":"x","user":{"id_str":")" +
            std::to_string(author) + "\"}" +
            (time.empty() ? "" : R"(,"created_at":")" + time + "\"") + rest + "}\n";
  };
  auto mention = [](int id) {
    return R"(,"entities":{"user_mentions":[{"id_str":")" + std::to_string(id) + R"("}]})";
  };
  tweet(1, mention(2), "Thu Jan 01 00:01:40 +0000 1970");
  tweet(2, R"(,"in_reply_to_user_id_str":"3")", "Thu Jan 01 00:03:20 +0000 1970");
  text += R"({"id_str":"900","text":"o","user":{"id_str":"1"}})"
          "\n";
  for (int i = 0; i < 2; ++i) {
    text +=
        R"({"id_str":")" + std::to_string(901 + i) +
        R"(","text":"RT","created_at":"Thu Jan 01 00:05:00 +0000 1970","user":{"id_str":"3"},"retweeted_status":{"id_str":"900","text":"o","user":{"id_str":"1"}}})"
        "\n";
  }
  tweet(4, mention(1), "Thu Jan 01 00:06:40 +0000 1970");
  tweet(5, mention(6), "");
  Network net = testing::LoadSnippet(text);
  for (const char* id : {"1", "2", "3"}) {
    net.accounts[net.accounts.FindId(Platform::kTwitter, id)].role = "agency";
  }
  return net;
}

std::size_t Weight(const Network& net) {
  std::size_t w = 0;
  for (const Interaction& e : net.interactions) w += e.weight;
  return w;
}

TEST(FilterTest, LayersTimeWindowAndMinimumWeight) {
  Network net = Sample();
  ASSERT_EQ(net.accounts.size(), 6u);
  ASSERT_EQ(Weight(net), 6u);
  FilterReport r = ApplyFilters(net, FilterOptions{.layers = KindBit(EdgeKind::kMention)});
  EXPECT_EQ(r.interactions_outside_layers, 3u);
  EXPECT_EQ(Weight(net), 3u);
  EXPECT_EQ(net.accounts.size(), 6u);  // edge filters keep every account

  net = Sample();
  r = ApplyFilters(net, FilterOptions{.since = 150, .until = 400});
  EXPECT_EQ(r.interactions_outside_window, 3u);  // t=100, t=400, and the one without a time
  EXPECT_EQ(Weight(net), 3u);                    // the reply and the two retweets

  net = Sample();
  r = ApplyFilters(net, FilterOptions{.min_weight = 2});
  EXPECT_EQ(r.interactions_below_min_weight, 4u);
  EXPECT_EQ(Weight(net), 2u);  // only 3 -retweet-> 1 was made twice
}

TEST(FilterTest, RoleEgoComponentAndCore) {
  Network net = Sample();
  FilterReport r = ApplyFilters(net, FilterOptions{.role = "government"});
  EXPECT_EQ(net.accounts.size(), 3u);
  EXPECT_EQ(r.accounts_removed, 3u);
  EXPECT_EQ(Weight(net), 4u);

  net = Sample();
  ApplyFilters(net, FilterOptions{.ego = "4", .hops = 1});
  EXPECT_EQ(net.accounts.size(), 2u);  // 4 and 1
  net = Sample();
  ApplyFilters(net, FilterOptions{.ego = "4", .hops = 2});
  EXPECT_EQ(net.accounts.size(), 4u);  // + 2 and 3, via 1
  net = Sample();
  EXPECT_THROW(ApplyFilters(net, FilterOptions{.ego = "77"}), UsageError);

  net = Sample();
  ApplyFilters(net, FilterOptions{.largest_component = true});
  EXPECT_EQ(net.accounts.size(), 4u);  // 5 -> 6 is the other component

  net = Sample();
  ApplyFilters(net, FilterOptions{.kcore = 2});
  EXPECT_EQ(net.accounts.size(), 3u);  // the 1-2-3 cycle; 4, 5, 6 have total degree 1
}

TEST(FilterTest, ParsesTimesAndLayers) {
  EXPECT_EQ(ParseWhen("2024-03-01"), MakeUtcTime(2024, 3, 1, 0, 0, 0));
  EXPECT_EQ(ParseWhen("2024-03-01T12:30:00Z"), MakeUtcTime(2024, 3, 1, 12, 30, 0));
  EXPECT_EQ(ParseWhen("1700000000"), 1700000000);
  EXPECT_THROW(ParseWhen("yesterday"), UsageError);
  EXPECT_EQ(ParseLayers("mention,replies"),
            KindBit(EdgeKind::kMention) | KindBit(EdgeKind::kReply));
  EXPECT_THROW(ParseLayers("likes"), UsageError);
}

}  // namespace
}  // namespace agencynet
