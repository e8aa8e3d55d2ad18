#include <gtest/gtest.h>
#include <zlib.h>

#include "core/error.hpp"
#include "io/load.hpp"
#include "test_support.hpp"

namespace agencynet {
namespace {

using testing::CountKind;
using testing::EdgeWeight;
using testing::LoadSnippet;

// Accounts: 1 @agency, 2 @alice, 3 @bob, 4 @carol. Times are one minute apart.
constexpr const char* kUser1 =
    R"("user":{"id":1,"id_str":"1","screen_name":"agency","name":"The Agency","followers_count":500})";
constexpr const char* kUser2 =
    R"("user":{"id":2,"id_str":"2","screen_name":"alice","name":"Alice","followers_count":10})";
constexpr const char* kUser3 =
    R"("user":{"id":3,"id_str":"3","screen_name":"bob","name":"Bob","followers_count":7})";

std::string Mention(int id, const char* handle) {
  return std::string(R"({"screen_name":")") + handle + R"(","name":"x","id":)" +
         std::to_string(id) + R"(,"id_str":")" + std::to_string(id) + R"(","indices":[0,1]})";
}

TEST(LoadTwitterV1Test, RetweetMakesOnlyTheRetweetEdgeAndTheOriginalLoadsOnItsOwn) {
  // Line 1: alice retweets agency's post 10, which mentions bob. The retweet's own entities
  // repeat @agency and must not make a mention edge.
  const std::string line =
      std::string(
          R"({"id_str":"11","text":"RT @agency: hi @bob","created_at":"Sun Mar 01 10:01:00 +0000 2026",)") +
      kUser2 + R"(,"entities":{"user_mentions":[)" + Mention(1, "agency") + "," +
      Mention(3, "bob") +
      R"(]},"retweeted_status":{"id_str":"10","text":"hi @bob","created_at":"Sun Mar 01 10:00:00 +0000 2026",)" +
      kUser1 + R"(,"entities":{"user_mentions":[)" + Mention(3, "bob") + "]}}}\n";
  const Network net = LoadSnippet(line);
  EXPECT_EQ(net.report.posts, 2u);
  EXPECT_EQ(net.interactions.size(), 2u);
  EXPECT_EQ(EdgeWeight(net, EdgeKind::kRetweet, "2", "1"), 1u);
  EXPECT_EQ(EdgeWeight(net, EdgeKind::kMention, "1", "3"), 1u);
  EXPECT_EQ(EdgeWeight(net, EdgeKind::kMention, "2", "1"), 0u);
  const Account& agency = net.accounts[net.accounts.FindId(Platform::kTwitter, "1")];
  EXPECT_EQ(agency.handle, "agency");
  EXPECT_EQ(agency.name, "The Agency");
  EXPECT_EQ(agency.followers, 500);
}

TEST(LoadTwitterV1Test, ExtendedTweetEntitiesWinAndReplyTargetIsNotAMention) {
  // alice replies to agency; the short entities list only @agency, extended_tweet lists
  // @agency and @bob. Mentions of the reply target are excluded and counted.
  const std::string line =
      std::string(
          R"({"id_str":"20","text":"@agency when…","truncated":true,"created_at":"Sun Mar 01 10:00:00 +0000 2026",)") +
      kUser2 +
      R"(,"in_reply_to_user_id_str":"1","in_reply_to_screen_name":"Agency","entities":{"user_mentions":[)" +
      Mention(1, "agency") +
      R"(]},"extended_tweet":{"full_text":"@agency when will @bob know?","entities":{"user_mentions":[)" +
      Mention(1, "agency") + "," + Mention(3, "bob") + "]}}}\n";
  const Network net = LoadSnippet(line);
  EXPECT_EQ(EdgeWeight(net, EdgeKind::kReply, "2", "1"), 1u);
  EXPECT_EQ(EdgeWeight(net, EdgeKind::kMention, "2", "3"), 1u);
  EXPECT_EQ(EdgeWeight(net, EdgeKind::kMention, "2", "1"), 0u);
  EXPECT_EQ(net.report.excluded.at("mention of reply target"), 1u);
}

TEST(LoadTwitterV1Test, QuoteByIdResolvesAcrossTheWholeInputAndUnknownQuotesAreCounted) {
  const std::string text =
      std::string(
          R"({"id_str":"31","text":"look","quoted_status_id_str":"30","is_quote_status":true,)") +
      kUser3 + "}\n" +
      R"({"id_str":"32","text":"and this","quoted_status_id_str":"99","is_quote_status":true,)" +
      kUser3 + "}\n" + R"({"id_str":"30","text":"original",)" + kUser1 + "}\n";
  const Network net = LoadSnippet(text);
  EXPECT_EQ(EdgeWeight(net, EdgeKind::kQuote, "3", "1"), 1u);
  EXPECT_EQ(CountKind(net, EdgeKind::kQuote), 1u);
  EXPECT_EQ(net.report.unresolved.at("quote"), 1u);
}

TEST(LoadTwitterV1Test, RetweetOfAQuoteMakesNoQuoteEdgeForTheRetweeter) {
  // bob retweets alice's post 41, which quotes agency's post 40; Twitter copies the quoted
  // status to the retweet's top level too.
  const std::string original = std::string(R"({"id_str":"40","text":"news",)") + kUser1 + "}";
  const std::string quote =
      std::string(R"({"id_str":"41","text":"wow","quoted_status_id_str":"40","quoted_status":)") +
      original + "," + kUser2 + "}";
  const std::string retweet =
      std::string(R"({"id_str":"42","text":"RT @alice: wow","retweeted_status":)") + quote +
      R"(,"quoted_status_id_str":"40","quoted_status":)" + original + "," + kUser3 + "}\n";
  const Network net = LoadSnippet(retweet);
  EXPECT_EQ(net.report.posts, 3u);
  EXPECT_EQ(net.report.duplicate_posts, 1u);  // the top-level copy of post 40
  EXPECT_EQ(EdgeWeight(net, EdgeKind::kRetweet, "3", "2"), 1u);
  EXPECT_EQ(EdgeWeight(net, EdgeKind::kQuote, "2", "1"), 1u);
  EXPECT_EQ(EdgeWeight(net, EdgeKind::kQuote, "3", "1"), 0u);
  EXPECT_EQ(net.interactions.size(), 2u);
}

TEST(LoadTwitterV1Test, WrappersNoticesAndNullsAreCountedByType) {
  const std::string text =
      std::string(R"({"statuses":[{"id_str":"50","text":"a",)") + kUser1 + R"(},null]})" + "\n";
  Network net = LoadSnippet(text);
  EXPECT_EQ(net.report.posts, 1u);
  EXPECT_EQ(net.report.skipped.at("null entry"), 1u);

  const std::string stream = R"({"delete":{"status":{"id":6832057002,"user_id":18378841}}})"
                             "\n"
                             R"({"limit":{"track":121564}})"
                             "\n"
                             R"({"for_user":"6358481","message":{"friends":[6377362,4933401]}})"
                             "\n"
                             R"({"warning":{"code":"FALLING_BEHIND"}})"
                             "\n"
                             R"({"errors":[{"code":88,"message":"Rate limit exceeded"}]})"
                             "\n";
  net = LoadSnippet(stream);
  EXPECT_EQ(net.report.records, 5u);
  EXPECT_EQ(net.report.skipped.at("stream notice: delete"), 1u);
  EXPECT_EQ(net.report.skipped.at("stream notice: limit"), 1u);
  EXPECT_EQ(net.report.skipped.at("stream notice: friends"), 1u);
  EXPECT_EQ(net.report.skipped.at("stream notice: warning"), 1u);
  EXPECT_EQ(net.report.skipped.at("error response"), 1u);
  EXPECT_EQ(net.report.errors, 0u);

  const std::string lookup =
      std::string(R"({"id":{"60":{"id_str":"60","text":"a",)") + kUser1 + R"(},"61":null}})";
  net = LoadSnippet(lookup);
  EXPECT_EQ(net.report.posts, 1u);
  EXPECT_EQ(net.report.skipped.at("null lookup entry"), 1u);
}

TEST(LoadTwitterV1Test, PrettyPrintedArrayReportsTheLineOfABadElement) {
  const std::string text = std::string("[\n  {\"id_str\": \"70\", \"text\": \"a\", ") + kUser1 +
                           "},\n  null,\n  \"oops\",\n  {\"id_str\": \"71\", \"text\": \"b\", " +
                           kUser2 + "}\n]\n";
  const Network net = LoadSnippet(text);
  EXPECT_EQ(net.report.records, 4u);
  EXPECT_EQ(net.report.posts, 2u);
  EXPECT_EQ(net.report.skipped.at("null entry"), 1u);
  EXPECT_EQ(net.report.skipped.at("unrecognised record"), 1u);
  ASSERT_EQ(net.report.examples.size(), 1u);
  EXPECT_EQ(net.report.examples[0].file, "snippet.json");
  EXPECT_EQ(net.report.examples[0].line, 4u);
}

TEST(LoadTwitterV1Test, DuplicateKeysLastOneWins) {
  const std::string text = std::string(R"({"id_str":"80","id_str":"81","text":"a",)") + kUser1 +
                           R"(,"in_reply_to_user_id_str":"2","in_reply_to_user_id_str":"3"})";
  const Network net = LoadSnippet(text);
  EXPECT_EQ(EdgeWeight(net, EdgeKind::kReply, "1", "3"), 1u);
  EXPECT_EQ(EdgeWeight(net, EdgeKind::kReply, "1", "2"), 0u);
}

TEST(LoadTwitterV1Test, OldTweetsWithoutIdStrAndLargeNumericIdsStayExact) {
  // 2009 style: integer ids only, created_at null. 1234567890123456789 > 2^53.
  const std::string text =
      R"({"id":1234567890123456789,"text":"@bob hi","created_at":null,"user":{"id":9007199254740993,"screen_name":"old"},"in_reply_to_user_id":3,"in_reply_to_screen_name":"bob"})";
  const Network net = LoadSnippet(text);
  EXPECT_EQ(net.report.posts, 1u);
  EXPECT_EQ(EdgeWeight(net, EdgeKind::kReply, "9007199254740993", "3"), 1u);
  EXPECT_NE(net.accounts.FindId(Platform::kTwitter, "9007199254740993"), kNoAccount);
  EXPECT_EQ(net.accounts.FindId(Platform::kTwitter, "9007199254740992"), kNoAccount);
}

TEST(LoadTwitterV1Test, TrimUserStatusesTakeHandlesFromMentionsElsewhere) {
  const std::string text =
      std::string(R"({"id_str":"90","text":"x","user":{"id":3,"id_str":"3"}})") + "\n" +
      R"({"id_str":"91","text":"@bob","user":{"id":1,"id_str":"1"},"entities":{"user_mentions":[)" +
      Mention(3, "bob") + "]}}\n";
  const Network net = LoadSnippet(text);
  EXPECT_EQ(net.accounts[net.accounts.FindId(Platform::kTwitter, "3")].handle, "bob");
  EXPECT_EQ(net.accounts[net.accounts.FindId(Platform::kTwitter, "1")].handle, "");
}

TEST(LoadTwitterV1Test, BadLinesAreCountedWithTheirLineAndStrictStops) {
  const std::string good = std::string(R"({"id_str":"100","text":"a",)") + kUser1 + "}";
  const std::string text = good + "\n{\"id_str\": oops}\n\n" + good + "\n{\"id_str\":\"101\",\"te";
  const Network net = LoadSnippet(text);
  EXPECT_EQ(net.report.posts, 1u);
  EXPECT_EQ(net.report.duplicate_posts, 1u);
  EXPECT_EQ(net.report.skipped.at("invalid JSON"), 1u);
  EXPECT_EQ(net.report.skipped.at("truncated last line"), 1u);
  ASSERT_EQ(net.report.examples.size(), 2u);
  EXPECT_EQ(net.report.examples[0].line, 2u);
  EXPECT_EQ(net.report.examples[1].line, 5u);

  Dataset dataset;
  try {
    LoadContent("strict.jsonl", text, dataset, LoadOptions{.strict = true});
    FAIL() << "strict loading went past a bad line";
  } catch (const InputError& e) {
    EXPECT_EQ(e.file(), "strict.jsonl");
    EXPECT_EQ(e.line(), 2u);
  }
}

TEST(LoadTwitterV1Test, ProfileSnapshotsSkippedUnlessAsked) {
  const std::string text =
      R"({"users":[{"id_str":"5","screen_name":"eve","name":"Eve","followers_count":3,"status":{"id_str":"500","text":"hi @bob","entities":{"user_mentions":[{"id_str":"3","screen_name":"bob"}]}}}]})";
  Network net = LoadSnippet(text);
  EXPECT_EQ(net.report.posts, 0u);
  EXPECT_EQ(net.report.skipped.at("profile snapshot post"), 1u);
  EXPECT_EQ(net.accounts.size(), 0u);  // user objects lend names but make no rows
  net = LoadSnippet(text, LoadOptions{.user_page_posts = true});
  EXPECT_EQ(net.report.posts, 1u);
  EXPECT_EQ(EdgeWeight(net, EdgeKind::kMention, "5", "3"), 1u);
  EXPECT_EQ(net.accounts[net.accounts.FindId(Platform::kTwitter, "5")].name, "Eve");
}

TEST(LoadTwitterV1Test, FormatIsDetectedFromContentAndCanBeForced) {
  Dataset dataset;
  EXPECT_THROW(LoadContent("x.csv", "a,b\n1,2\n", dataset), InputError);
  const std::string v2 = R"({"data":[{"id":"1","text":"a","author_id":"2"}],"includes":{}})";
  Network net = LoadSnippet(v2);
  EXPECT_EQ(net.report.posts, 1u);  // detected as Twitter API v2
  net = LoadSnippet(v2, LoadOptions{.format = InputFormat::kTwitterV1});
  EXPECT_EQ(net.report.posts, 0u);  // forced v1: the page is not a v1.1 record
  EXPECT_EQ(net.report.skipped.at("unrecognised record"), 1u);
  try {
    LoadContent("other.json", R"({"foo":1,"bar":[2]})", dataset);
    FAIL() << "an unknown JSON shape loaded";
  } catch (const InputError& e) {
    EXPECT_NE(std::string(e.what()).find("not recognised"), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("--format"), std::string::npos) << e.what();
  }
  Dataset empty;
  LoadContent("empty.json", "", empty);
  EXPECT_EQ(empty.report.records, 0u);
  EXPECT_EQ(empty.report.files, 1u);
  EXPECT_EQ(ParseInputFormat("twitter-v2"), InputFormat::kTwitterV2);
  EXPECT_THROW(ParseInputFormat("myspace"), UsageError);
}

TEST(LoadTwitterV1Test, ReadsGzipTransparently) {
  testing::TempDir dir;
  const std::string text = std::string(R"({"id_str":"110","text":"a",)") + kUser1 + "}\n";
  const std::string path = (dir / "posts.jsonl.gz").string();
  gzFile gz = gzopen(path.c_str(), "wb");
  ASSERT_NE(gz, nullptr);
  gzwrite(gz, text.data(), static_cast<unsigned>(text.size()));
  gzclose(gz);
  Dataset dataset;
  LoadFile(path, dataset);
  EXPECT_EQ(dataset.report.posts, 1u);
  EXPECT_THROW(LoadFile((dir / "missing.json").string(), dataset), InputError);
}

TEST(ParseTwitterTimeTest, HandlesOffsetsAndRejectsJunk) {
  EXPECT_EQ(ParseTwitterTime("Wed Aug 27 13:08:45 +0000 2008"),
            MakeUtcTime(2008, 8, 27, 13, 8, 45));
  EXPECT_EQ(ParseTwitterTime("Wed Aug 27 13:08:45 +0130 2008"),
            MakeUtcTime(2008, 8, 27, 11, 38, 45));
  EXPECT_EQ(ParseTwitterTime("2008-08-27T13:08:45Z"), kNoTime);
  EXPECT_EQ(ParseTwitterTime("Wed Foo 27 13:08:45 +0000 2008"), kNoTime);
}

}  // namespace
}  // namespace agencynet

namespace agencynet {
namespace {

TEST(InputTest, GzipCutShortIsAnErrorNotSilentlyShorterData) {
  testing::TempDir dir;
  std::string text;
  for (int i = 0; i < 2000; ++i) {
    text += R"({"id_str":")" + std::to_string(i + 1) + R"(","text":"post number )" +
            std::to_string(i) + R"(","user":{"id_str":"7"}})" + "\n";
  }
  const std::string path = (dir / "posts.jsonl.gz").string();
  gzFile gz = gzopen(path.c_str(), "wb");
  ASSERT_NE(gz, nullptr);
  gzwrite(gz, text.data(), static_cast<unsigned>(text.size()));
  gzclose(gz);
  const std::string whole = testing::ReadText(path);
  testing::WriteText(dir / "cut.jsonl.gz", whole.substr(0, whole.size() / 2));
  Dataset dataset;
  try {
    LoadFile((dir / "cut.jsonl.gz").string(), dataset);
    FAIL() << "a truncated gzip file loaded without an error";
  } catch (const InputError& e) {
    EXPECT_NE(std::string(e.what()).find("cut.jsonl.gz"), std::string::npos) << e.what();
  }
  Dataset full;
  LoadFile(path, full);
  EXPECT_EQ(full.report.posts, 2000u);
}

}  // namespace
}  // namespace agencynet
