// Every file of ../shared/data/twitter-v2/twarc-csv loads with exact counts, alone, all together,
// and in the pairs that must deduplicate against each other (flat + noflat: the same tweets
// flattened and as pages; the three edited-tweet files: one post). See real_data.hpp for where
// the numbers come from; hand checks: two_tweets, mentions_tweet, quoted_edit,
// streaming_output_with_error (its last line is cut off), edited_before.
#include <gtest/gtest.h>

#include "io/real_data.hpp"
#include "test_support.hpp"

namespace agencynet {
namespace {

using testing::Expected;

const std::vector<Expected>& Table() {
  static const std::vector<Expected> table = {
      {"2sets.jsonl",
       2,
       276,
       6,
       {{"error entry", 1}},
       {{"quote", 11}},
       0,
       15,
       2,
       {55, 143, 15, 13, 0},
       299},
      {"brexit.jsonl", 1, 155, 4, {}, {{"quote", 11}}, 0, 15, 2, {43, 67, 15, 13, 0}, 185},
      {"cashtags.jsonl", 1, 1, 1, {}, {}, 0, 0, 0, {0, 0, 0, 0, 0}, 1},
      {"cotweet.jsonl", 1, 1, 1, {}, {}, 0, 0, 0, {0, 0, 0, 0, 0}, 1},
      {"counts.jsonl", 1, 0, 0, {{"counts page", 1}}, {}, 0, 0, 0, {0, 0, 0, 0, 0}, 0},
      {"edited.jsonl", 1, 1, 2, {}, {}, 0, 0, 0, {0, 0, 0, 0, 0}, 1},
      {"edited_after.jsonl", 1, 1, 2, {}, {}, 0, 0, 0, {0, 0, 0, 0, 0}, 1},
      {"edited_before.jsonl", 1, 1, 2, {}, {}, 0, 0, 0, {0, 0, 0, 0, 0}, 1},
      {"empty.json", 0, 0, 0, {}, {}, 0, 0, 0, {0, 0, 0, 0, 0}, 0},
      {"entities_test.jsonl",
       1,
       650,
       21,
       {{"error entry", 11}},
       {{"quote", 7}},
       0,
       113,
       16,
       {105, 311, 115, 12, 0},
       623},
      {"flat.jsonl", 100, 164, 30, {}, {{"quote", 5}}, 0, 46, 7, {40, 45, 44, 12, 0}, 180},
      {"geo_tweets.jsonl", 2, 3, 0, {}, {}, 0, 1, 0, {2, 0, 1, 0, 0}, 4},
      {"kpop.jsonl", 1, 121, 2, {{"error entry", 1}}, {}, 0, 0, 0, {12, 76, 0, 0, 0}, 114},
      {"lists.jsonl", 2, 0, 0, {{"lists page", 2}}, {}, 0, 0, 0, {0, 0, 0, 0, 0}, 0},
      {"many_urls.jsonl", 1, 2, 1, {}, {}, 0, 0, 1, {0, 0, 0, 0, 0}, 1},
      {"media_policy_violation_off.jsonl",
       1,
       161,
       1,
       {},
       {{"quote", 6}},
       0,
       5,
       3,
       {27, 30, 4, 17, 0},
       54},
      {"media_policy_violation_on.jsonl",
       1,
       160,
       2,
       {},
       {{"quote", 6}},
       0,
       0,
       3,
       {20, 30, 4, 17, 0},
       50},
      {"media_tweet.jsonl", 1, 1, 1, {}, {}, 0, 0, 0, {0, 0, 0, 0, 0}, 1},
      {"mentions_tweet.jsonl", 1, 2, 1, {}, {}, 0, 0, 0, {8, 1, 0, 0, 0}, 10},
      {"noflat.jsonl",
       1,
       164,
       2,
       {{"error entry", 1}},
       {{"quote", 5}},
       0,
       46,
       7,
       {40, 45, 44, 12, 0},
       180},
      {"quoted_edit.jsonl", 1, 2, 2, {}, {}, 0, 1, 0, {0, 0, 1, 1, 0}, 2},
      {"streaming_output_with_error.jsonl",
       8,
       11,
       0,
       {{"truncated last line", 1}},
       {},
       0,
       3,
       0,
       {0, 0, 3, 1, 0},
       11},
      {"tweets_compliance.jsonl",
       2,
       0,
       0,
       {{"compliance event", 2}},
       {},
       0,
       0,
       0,
       {0, 0, 0, 0, 0},
       0},
      {"two_tweets.jsonl", 1, 2, 0, {}, {}, 0, 0, 0, {0, 1, 0, 0, 0}, 2},
      {"users.jsonl",
       1,
       0,
       0,
       {{"error entry", 8}, {"profile snapshot post", 52}, {"user lookup page", 1}},
       {},
       0,
       0,
       0,
       {0, 0, 0, 0, 0},
       0},
      {"users_compliance.jsonl",
       2,
       0,
       0,
       {{"compliance event", 2}},
       {},
       0,
       0,
       0,
       {0, 0, 0, 0, 0},
       0},
      {"verified_type.jsonl", 1, 1, 1, {}, {}, 0, 0, 0, {0, 0, 0, 0, 0}, 1},
      {"withheld.jsonl",
       5,
       284,
       1,
       {{"error entry", 5}},
       {{"quote", 9}, {"retweet", 30}},
       0,
       64,
       10,
       {76, 39, 51, 0, 0},
       215},
      {"ALL",
       142,
       1561,
       686,
       {{"compliance event", 4},
        {"counts page", 1},
        {"error entry", 27},
        {"lists page", 2},
        {"profile snapshot post", 52},
        {"truncated last line", 1},
        {"user lookup page", 1}},
       {{"quote", 38}, {"retweet", 30}},
       0,
       248,
       39,
       {313, 570, 234, 56, 0},
       1401},
      {"PAIR:flat+noflat",
       101,
       164,
       196,
       {{"error entry", 1}},
       {{"quote", 5}},
       0,
       46,
       7,
       {40, 45, 44, 12, 0},
       180},
      {"PAIR:edited", 3, 1, 8, {}, {}, 0, 0, 0, {0, 0, 0, 0, 0}, 1},
  };
  return table;
}

class RealDataV2Test : public ::testing::TestWithParam<Expected> {};

TEST_P(RealDataV2Test, LoadsWithExactCounts) {
  AGENCYNET_REQUIRE_DATA(data);
  const std::filesystem::path root = data / "twitter-v2" / "twarc-csv";
  const std::string& name = GetParam().name;
  std::vector<std::filesystem::path> files;
  if (name == "ALL") {
    files = testing::SortedFiles(root);
  } else if (name == "PAIR:flat+noflat") {
    files = {root / "flat.jsonl", root / "noflat.jsonl"};
  } else if (name == "PAIR:edited") {
    files = {root / "edited_before.jsonl", root / "edited_after.jsonl", root / "edited.jsonl"};
  } else {
    files = {root / name};
  }
  testing::ExpectCounts(files, GetParam());
}

INSTANTIATE_TEST_SUITE_P(TwitterV2, RealDataV2Test, ::testing::ValuesIn(Table()),
                         [](const auto& info) { return testing::ParamName(info.param.name); });

}  // namespace
}  // namespace agencynet
