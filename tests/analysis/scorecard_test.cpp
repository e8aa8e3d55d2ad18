// The strategy scorecard and the cascades on a small archive worked out by hand, and the post
// text flags the loaders set.
#include "analysis/scorecard.hpp"

#include <fmt/format.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>

#include "cli/analyze.hpp"
#include "core/graph.hpp"
#include "core/post_text.hpp"
#include "export/write_scorecard.hpp"
#include "test_support.hpp"

namespace agencynet {
namespace {

TEST(PostTextTest, QuestionsCallsToActionAndLinks) {
  EXPECT_EQ(ClassifyPostText("Wildfire season starts today."), 0);
  EXPECT_EQ(ClassifyPostText("Have you seen the new map?"), kAsksQuestion);
  EXPECT_EQ(ClassifyPostText("地図を見ましたか？"), kAsksQuestion);
  EXPECT_EQ(ClassifyPostText("Apply today"), kCallToAction);
  EXPECT_EQ(ClassifyPostText("Grants: apply."), kCallToAction);
  EXPECT_EQ(ClassifyPostText("LET US KNOW"), kCallToAction);
  EXPECT_EQ(ClassifyPostText("Sign up!"), kCallToAction);
  // Whole words only.
  EXPECT_EQ(ClassifyPostText("We are applying the rule"), 0);
  EXPECT_EQ(ClassifyPostText("Reapply the sunscreen"), 0);
  EXPECT_EQ(ClassifyPostText("signups closed"), 0);
  EXPECT_EQ(ClassifyPostText("commentary"), 0);
  EXPECT_EQ(ClassifyPostText("Read more at https://example.gov"), kCallToAction | kHasLink);
  EXPECT_EQ(ClassifyPostText("see http://example.gov"), kHasLink);
  for (const std::string_view phrase : CallToActionPhrases()) {
    EXPECT_EQ(ClassifyPostText(std::string("Please ") + std::string(phrase) + " now"),
              kCallToAction)
        << phrase;
  }
}

TEST(PostTextTest, PlainTextOfMastodonHtml) {
  EXPECT_EQ(PlainTextOfHtml("<p>Hi &amp; welcome<br>line</p><p>x &#233;&#x1F600; &lt;b&gt;</p>"),
            "Hi & welcome\nline\nx \xC3\xA9\xF0\x9F\x98\x80 <b>\n");
  EXPECT_EQ(PlainTextOfHtml(R"(<p><span class="h-card"><a href="https://m.example/@a" )"
                            R"(class="u-url mention">@<span>a</span></a></span> read )"
                            R"(<a href="https://x.gov/p"><span class="invisible">https://</span>)"
                            R"(<span class="">x.gov/p</span></a></p>)"),
            "@a read https://x.gov/p\n");
  EXPECT_EQ(ClassifyPostText(PlainTextOfHtml("<p>@<span>a</span> thanks</p>")), 0);
  EXPECT_EQ(PlainTextOfHtml("a &unknown; b & c"), "a &unknown; b & c");
}

// Accounts: 1 @agency and 5 @parks (government), 2 @alice and 3 @bob (public).
std::string User(int id) {
  static const char* kHandles[] = {"", "agency", "alice", "bob", "", "parks"};
  static const int kFollowers[] = {0, 500, 10, 7, 0, 300};
  return fmt::format(R"("user":{{"id_str":"{}","screen_name":"{}","followers_count":{}}})", id,
                     kHandles[id], kFollowers[id]);
}

std::string Tweet(const std::string& id, int user, const std::string& time, const std::string& text,
                  const std::string& extra = "") {
  return fmt::format(
      R"({{"id_str":"{}","text":"{}","created_at":"Sun Mar 01 {} +0000 2026",{}{}}})", id, text,
      time, User(user), extra);
}

std::string MentionOf(int id, const char* handle) {
  return fmt::format(R"("entities":{{"user_mentions":[{{"id_str":"{}","screen_name":"{}"}}]}})", id,
                     handle);
}

Network ArchiveByHand() {
  const std::vector<std::string> lines = {
      Tweet("100", 1, "10:00:00", "Wildfire season starts today."),
      Tweet("101", 1, "10:01:00", "Tell us how we did: https://t.co/x",
            R"(,"entities":{"urls":[{"url":"https://t.co/x"}]})"),
      Tweet("102", 1, "10:02:00", "Have you seen the new map?"),
      Tweet("103", 1, "10:03:00", "RT @parks: Open house",
            "," + std::string(R"("retweeted_status":)") +
                Tweet("200", 5, "09:00:00", "Open house Saturday")),
      Tweet("104", 1, "10:04:00", "Thanks @bob", "," + MentionOf(3, "bob")),
      Tweet("105", 2, "11:00:00", "@agency where do I go", "," + MentionOf(1, "agency")),
      Tweet("106", 1, "13:00:00", "@alice at the library",
            R"(,"in_reply_to_status_id_str":"105","in_reply_to_user_id_str":"2",)" +
                MentionOf(2, "alice")),
      Tweet("107", 3, "11:30:00", "@agency smoke here",
            R"(,"in_reply_to_status_id_str":"100","in_reply_to_user_id_str":"1")"),
      Tweet("108", 3, "12:00:00", "RT @agency",
            R"(,"retweeted_status":)" + Tweet("100", 1, "10:00:00", "Wildfire")),
      Tweet("109", 2, "12:30:00", "great", R"(,"quoted_status_id_str":"101")"),
  };
  std::string content;
  for (const std::string& line : lines) content += line + "\n";
  Network net = testing::LoadSnippet(content);
  for (AccountIndex i = 0; i < net.accounts.size(); ++i) {
    if (net.accounts[i].id == "1" || net.accounts[i].id == "5") net.accounts[i].role = "agency";
  }
  return net;
}

AccountIndex Find(const Network& net, const std::string& id) {
  for (AccountIndex i = 0; i < net.accounts.size(); ++i) {
    if (net.accounts[i].id == id) return i;
  }
  ADD_FAILURE() << "no account " << id;
  return 0;
}

TEST(ScorecardTest, StrategiesAndBusinessCaseByHand) {
  const Network net = ArchiveByHand();
  ASSERT_EQ(net.report.posts, 11u);  // ten lines and the embedded 200
  const LayeredGraph graph = BuildLayeredGraph(net.accounts.size(), net.interactions, kAllKinds);
  const std::vector<ScorecardRow> rows = Scorecard(net, graph, {});
  ASSERT_EQ(rows.size(), 2u);
  const ScorecardRow& agency = rows[0].account == Find(net, "1") ? rows[0] : rows[1];
  const ScorecardRow& parks = rows[0].account == Find(net, "5") ? rows[0] : rows[1];
  EXPECT_EQ(agency.posts, 6u);
  // 100 push; 101 (call to action, link), 102 (question) pull; 103 (repost), 104 (mention)
  // networking; 106 (reply to alice) customer service.
  EXPECT_EQ(agency.by_strategy, (std::array<std::uint64_t, 4>{1, 2, 2, 1}));
  EXPECT_EQ(agency.dominant, Strategy::kPull);       // ties go to the earlier strategy
  EXPECT_EQ(agency.partners_government, 1u);         // parks
  EXPECT_EQ(agency.partners_public, 1u);             // bob
  EXPECT_DOUBLE_EQ(agency.reciprocated_share, 0.5);  // bob replied and reposted; parks did not
  // 105 (alice mentions) and 107 (bob replies) ask; 106 answers 105 two hours later.
  EXPECT_EQ(agency.public_mentions, 2u);
  EXPECT_EQ(agency.answered, 1u);
  EXPECT_DOUBLE_EQ(agency.median_answer_seconds, 7200);
  EXPECT_EQ(agency.followers, 500);
  EXPECT_EQ(agency.mentions_received, 1u);
  EXPECT_EQ(agency.replies_received, 1u);
  EXPECT_EQ(agency.reposts_received, 1u);
  EXPECT_EQ(agency.quotes_received, 1u);
  EXPECT_EQ(agency.original_posts, 5u);
  EXPECT_DOUBLE_EQ(agency.amplification, 0.2);
  EXPECT_EQ(agency.potential_reach, 500 + 7 + 10);  // bob reposted, alice quoted
  EXPECT_EQ(agency.audience, -1);                   // no follow layer
  EXPECT_EQ(parks.posts, 1u);
  EXPECT_EQ(parks.by_strategy, (std::array<std::uint64_t, 4>{1, 0, 0, 0}));
  EXPECT_EQ(parks.reposts_received, 1u);
  EXPECT_EQ(parks.public_mentions, 0u);

  // The window: from 10:02 on, 100 and 101 are out.
  const Timestamp since = ParseIsoTime("2026-03-01T10:02:00Z");
  const std::vector<ScorecardRow> later = Scorecard(net, graph, {.since = since});
  ASSERT_EQ(later.size(), 1u);  // parks' only post is at 09:00
  EXPECT_EQ(later[0].posts, 4u);
}

TEST(ScorecardTest, AnswersCountOnlyWithinSevenDaysAfter) {
  // Alice asks on March 1; the agency replies to her (not to the post) on March 9.
  std::string content =
      Tweet("1", 2, "10:00:00", "@agency hours?", "," + MentionOf(1, "agency")) + "\n" +
      R"({"id_str":"2","text":"@alice 9 to 5","created_at":"Mon Mar 09 10:00:00 +0000 2026",)" +
      User(1) + R"(,"in_reply_to_user_id_str":"2"})" + "\n";
  Network net = testing::LoadSnippet(content);
  for (AccountIndex i = 0; i < net.accounts.size(); ++i) {
    if (net.accounts[i].id == "1") net.accounts[i].role = "agency";
  }
  const LayeredGraph graph = BuildLayeredGraph(net.accounts.size(), net.interactions, kAllKinds);
  const std::vector<ScorecardRow> rows = Scorecard(net, graph, {});
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].public_mentions, 1u);
  EXPECT_EQ(rows[0].answered, 0u);  // eight days later
  EXPECT_EQ(rows[0].median_answer_seconds, -1);
}

TEST(ScorecardTest, CascadesByHand) {
  const Network net = ArchiveByHand();
  const LayeredGraph graph = BuildLayeredGraph(net.accounts.size(), net.interactions, kAllKinds);
  const std::vector<Cascade> cascades = Cascades(net, graph, {});
  ASSERT_EQ(cascades.size(), 3u);
  EXPECT_EQ(net.PostId(cascades[0].post), "100");
  EXPECT_EQ(cascades[0].reposts, 1u);
  EXPECT_EQ(cascades[0].reposters_public, 1u);
  EXPECT_EQ(cascades[0].first_repost_after, 7200);
  EXPECT_EQ(cascades[0].potential_reach, 507);
  EXPECT_DOUBLE_EQ(cascades[0].amplification, 7.0 / 500);
  EXPECT_EQ(net.PostId(cascades[1].post), "101");
  EXPECT_EQ(cascades[1].quotes, 1u);
  EXPECT_EQ(cascades[1].first_repost_after, 2 * 3600 + 29 * 60);
  EXPECT_EQ(net.PostId(cascades[2].post), "200");
  EXPECT_EQ(cascades[2].reposters_government, 1u);
  EXPECT_EQ(cascades[2].first_repost_after, 3600 + 180);
  const std::string csv = FormatCascadesCsv(net, cascades);
  EXPECT_NE(
      csv.find("\ntwitter,100,1,agency,agency,2026-03-01T10:00:00Z,1,0,0,1,7200,507,,0.014\n"),
      std::string::npos)
      << csv;
}

TEST(ScorecardTest, AudienceFromTheFollowLayer) {
  Network net = ArchiveByHand();
  // Followers: 2 and 3 follow the agency; 3 and 6 follow bob (who reposted it).
  const AccountIndex agency = Find(net, "1"), bob = Find(net, "3"), alice = Find(net, "2");
  std::vector<Interaction> interactions = net.interactions;
  interactions.push_back({alice, agency, kNoTime, 1, EdgeKind::kFollow});
  interactions.push_back({bob, agency, kNoTime, 1, EdgeKind::kFollow});
  const LayeredGraph graph = BuildLayeredGraph(net.accounts.size(), interactions, kAllKinds);
  const std::vector<Cascade> cascades = Cascades(net, graph, {});
  EXPECT_EQ(cascades[0].audience, 2);  // alice and bob follow the agency; nobody follows bob
}

// The tweepy-congress timelines with the legislators registry: every government account's posts
// by strategy, its networking partners and how many answer back, against an independent
// classification in Python (scripts/reference-scorecard, whose output these rows are).
TEST(ScorecardTest, CongressTimelinesMatchTheReference) {
  AGENCYNET_REQUIRE_DATA(data);
  struct Want {
    const char* id;
    std::uint64_t posts;
    std::array<std::uint64_t, 4> by_strategy;
    std::uint64_t partners_government, partners_public, reciprocated;
  };
  const std::vector<Want> want = {
      {"15764644", 2, {0, 1, 1, 0}, 0, 2, 1},
      {"17494010", 1, {0, 0, 1, 0}, 1, 3, 1},
      {"18632666", 1, {0, 1, 0, 0}, 0, 0, 0},
      {"19318314", 2, {1, 1, 0, 0}, 0, 0, 0},
      {"24195214", 2, {0, 1, 1, 0}, 0, 1, 0},
      {"28599820", 3, {1, 1, 1, 0}, 0, 1, 0},
      {"38254095", 2, {1, 0, 1, 0}, 0, 1, 0},
      {"40302336", 200, {31, 45, 124, 0}, 7, 112, 26},
      {"85396297", 1, {0, 1, 0, 0}, 0, 0, 0},
      {"140519774", 1, {0, 0, 1, 0}, 0, 1, 0},
      {"234014087", 1, {1, 0, 0, 0}, 0, 0, 0},
      {"303861808", 1, {0, 1, 0, 0}, 0, 0, 0},
      {"976969338", 1, {0, 0, 1, 0}, 0, 5, 1},
      {"1037321378", 1, {1, 0, 0, 0}, 0, 0, 0},
      {"1071402577", 1, {0, 1, 0, 0}, 0, 0, 0},
      {"1209417007", 1, {0, 0, 1, 0}, 0, 1, 1},
      {"2962868158", 200, {16, 14, 166, 4}, 13, 155, 27},
      {"4304448314", 1, {0, 1, 0, 0}, 0, 0, 0},
  };
  AnalyzeOptions options;
  for (const auto& entry :
       std::filesystem::directory_iterator(data / "twitter-v1/tweepy-congress/tweets")) {
    options.inputs.push_back({.path = entry.path().string()});
  }
  std::sort(options.inputs.begin(), options.inputs.end(),
            [](const InputSpec& a, const InputSpec& b) { return a.path < b.path; });
  ASSERT_EQ(options.inputs.size(), 8u);
  options.registries = {
      (data / "registry/congress-legislators/legislators-social-media.yaml").string()};
  options.compute_metrics = false;
  const Prepared p = Prepare(options);
  const std::vector<ScorecardRow> rows = Scorecard(p.network, p.graph, {});
  ASSERT_EQ(rows.size(), want.size());
  std::uint64_t total = 0;
  for (const ScorecardRow& row : rows) {
    const Account& a = p.network.accounts[row.account];
    const auto w =
        std::find_if(want.begin(), want.end(), [&](const Want& x) { return a.id == x.id; });
    ASSERT_NE(w, want.end()) << "unexpected government account " << a.id;
    EXPECT_EQ(row.posts, w->posts) << a.id;
    EXPECT_EQ(row.by_strategy, w->by_strategy) << a.id;
    EXPECT_EQ(row.partners_government, w->partners_government) << a.id;
    EXPECT_EQ(row.partners_public, w->partners_public) << a.id;
    const std::uint64_t partners = w->partners_government + w->partners_public;
    if (partners > 0) {
      EXPECT_DOUBLE_EQ(row.reciprocated_share,
                       static_cast<double>(w->reciprocated) / static_cast<double>(partners))
          << a.id;
    }
    total += row.posts;
  }
  EXPECT_EQ(total, 422u);
}

}  // namespace
}  // namespace agencynet
