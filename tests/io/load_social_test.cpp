// Hand-written records for shapes the real files lack: Jetstream commits, Bluesky reposts,
// follows and likes, a Mastodon reblog, an ActivityPub export that deduplicates against REST
// data, a v2 repost of a quote, and v1.1 + v2 copies of the same tweet.
#include <gtest/gtest.h>

#include "core/error.hpp"
#include "io/load.hpp"
#include "test_support.hpp"

namespace agencynet {
namespace {

using testing::LoadSnippet;

std::uint32_t Weight(const Network& net, Platform platform, EdgeKind kind, const std::string& s,
                     const std::string& t) {
  const AccountIndex a = net.accounts.FindId(platform, s);
  const AccountIndex b = net.accounts.FindId(platform, t);
  std::uint32_t w = 0;
  for (const Interaction& e : net.interactions) {
    if (e.kind == kind && e.source == a && e.target == b) w += e.weight;
  }
  return w;
}

TEST(LoadBlueskyTest, JetstreamCommits) {
  // alice posts (mentioning bob, replying to carol's post, quoting dave's post); bob reposts it;
  // bob follows alice; a like, a delete and an identity event are counted and skipped.
  const std::string text =
      R"({"did":"did:plc:alice","time_us":1700000000000000,"kind":"commit","commit":{"operation":"create","collection":"app.bsky.feed.post","rkey":"p1","record":{"$type":"app.bsky.feed.post","text":"hi @bob","createdAt":"2024-05-01T10:00:00.000Z","facets":[{"features":[{"$type":"app.bsky.richtext.facet#mention","did":"did:plc:bob"}]}],"reply":{"root":{"uri":"at://did:plc:carol/app.bsky.feed.post/c0"},"parent":{"uri":"at://did:plc:carol/app.bsky.feed.post/c1"}},"embed":{"$type":"app.bsky.embed.recordWithMedia","record":{"record":{"uri":"at://did:plc:dave/app.bsky.feed.post/d1"}}}}}}
{"did":"did:plc:bob","time_us":1700000100000000,"kind":"commit","commit":{"operation":"create","collection":"app.bsky.feed.repost","rkey":"r1","record":{"$type":"app.bsky.feed.repost","subject":{"uri":"at://did:plc:alice/app.bsky.feed.post/p1"},"createdAt":"2024-05-01T10:05:00.000Z"}}}
{"did":"did:plc:bob","time_us":1700000200000000,"kind":"commit","commit":{"operation":"create","collection":"app.bsky.graph.follow","rkey":"f1","record":{"$type":"app.bsky.graph.follow","subject":"did:plc:alice","createdAt":"2024-05-01T10:06:00.000Z"}}}
{"did":"did:plc:bob","time_us":1700000300000000,"kind":"commit","commit":{"operation":"create","collection":"app.bsky.feed.like","rkey":"l1","record":{"$type":"app.bsky.feed.like","subject":{"uri":"at://did:plc:alice/app.bsky.feed.post/p1"}}}}
{"did":"did:plc:bob","time_us":1700000400000000,"kind":"commit","commit":{"operation":"delete","collection":"app.bsky.feed.post","rkey":"zz"}}
{"did":"did:plc:bob","time_us":1700000500000000,"kind":"identity","identity":{"did":"did:plc:bob","handle":"bob.example.com"}}
)";
  const Network net = LoadSnippet(text);
  EXPECT_EQ(net.report.posts, 2u);
  const Platform b = Platform::kBluesky;
  EXPECT_EQ(Weight(net, b, EdgeKind::kMention, "did:plc:alice", "did:plc:bob"), 1u);
  EXPECT_EQ(Weight(net, b, EdgeKind::kReply, "did:plc:alice", "did:plc:carol"), 1u);
  EXPECT_EQ(Weight(net, b, EdgeKind::kQuote, "did:plc:alice", "did:plc:dave"), 1u);
  EXPECT_EQ(Weight(net, b, EdgeKind::kRetweet, "did:plc:bob", "did:plc:alice"), 1u);
  EXPECT_EQ(Weight(net, b, EdgeKind::kFollow, "did:plc:bob", "did:plc:alice"), 1u);
  EXPECT_EQ(net.interactions.size(), 5u);
  EXPECT_EQ(net.report.skipped.at("bluesky app.bsky.feed.like"), 1u);
  EXPECT_EQ(net.report.skipped.at("bluesky delete"), 1u);
  EXPECT_EQ(net.report.skipped.at("bluesky identity event"), 1u);
  EXPECT_EQ(net.accounts[net.accounts.FindId(b, "did:plc:bob")].handle, "bob.example.com");
  EXPECT_EQ(net.accounts.size(), 4u);
}

TEST(LoadBlueskyTest, RepositoryRecordsPage) {
  const std::string text = R"({"records":[
    {"uri":"at://did:plc:gov/app.bsky.feed.post/1","value":{"$type":"app.bsky.feed.post","text":"x","createdAt":"2024-01-01T00:00:00Z"}},
    {"uri":"at://did:plc:gov/app.bsky.graph.follow/2","value":{"$type":"app.bsky.graph.follow","subject":"did:plc:city","createdAt":"2024-01-01T00:00:00Z"}},
    {"uri":"at://did:plc:gov/app.bsky.actor.profile/self","value":{"$type":"app.bsky.actor.profile"}}
  ],"cursor":"abc"})";
  const Network net = LoadSnippet(text);
  EXPECT_EQ(net.report.posts, 1u);
  EXPECT_EQ(Weight(net, Platform::kBluesky, EdgeKind::kFollow, "did:plc:gov", "did:plc:city"), 1u);
  EXPECT_EQ(net.report.skipped.at("bluesky app.bsky.actor.profile"), 1u);
}

const char* kRestStatuses = R"([
  {"id":"1","uri":"https://city.social/users/mayor/statuses/1","created_at":"2024-03-01T09:00:00.000Z",
   "account":{"id":"10","username":"mayor","acct":"mayor","url":"https://city.social/@mayor","display_name":"The Mayor","followers_count":900},
   "in_reply_to_account_id":"11","mentions":[{"id":"11","username":"ann","acct":"ann","url":"https://city.social/@ann"},
   {"id":"12","username":"Bob","acct":"Bob@other.example","url":"https://other.example/@Bob"}],"reblog":null},
  {"id":"2","uri":"https://city.social/users/ann/statuses/2/activity","created_at":"2024-03-01T09:10:00.000Z",
   "account":{"id":"11","username":"ann","acct":"ann","url":"https://city.social/@ann"},"mentions":[],
   "reblog":{"id":"1","uri":"https://city.social/users/mayor/statuses/1","created_at":"2024-03-01T09:00:00.000Z",
     "account":{"id":"10","username":"mayor","acct":"mayor","url":"https://city.social/@mayor"},"mentions":[]}},
  {"id":"3","uri":"https://city.social/users/mayor/statuses/3","created_at":"2024-03-01T09:20:00.000Z",
   "account":{"id":"10","username":"mayor","acct":"mayor","url":"https://city.social/@mayor"},
   "in_reply_to_account_id":"999","mentions":[],"reblog":null}
])";

TEST(LoadMastodonTest, ReblogsRepliesByLocalIdAndUserAtHost) {
  const Network net = LoadSnippet(kRestStatuses);
  EXPECT_EQ(net.report.posts, 3u);
  EXPECT_EQ(net.report.duplicate_posts, 1u);  // the reblogged status, embedded again
  const Platform m = Platform::kMastodon;
  EXPECT_EQ(Weight(net, m, EdgeKind::kReply, "mayor@city.social", "ann@city.social"), 1u);
  EXPECT_EQ(Weight(net, m, EdgeKind::kMention, "mayor@city.social", "bob@other.example"), 1u);
  EXPECT_EQ(Weight(net, m, EdgeKind::kMention, "mayor@city.social", "ann@city.social"), 0u);
  EXPECT_EQ(Weight(net, m, EdgeKind::kRetweet, "ann@city.social", "mayor@city.social"), 1u);
  EXPECT_EQ(net.report.unresolved.at("reply"), 1u);  // account 999 appears nowhere in the file
  EXPECT_EQ(net.report.excluded.at("mention of reply target"), 1u);
  const Account& mayor = net.accounts[net.accounts.FindId(m, "mayor@city.social")];
  EXPECT_EQ(mayor.name, "The Mayor");
  EXPECT_EQ(mayor.followers, 900);
}

TEST(LoadMastodonTest, ActivityPubExportDeduplicatesAgainstRestData) {
  // The mayor's own export: the same status 1 as a Create, a reply by URI, and an Announce of a
  // bare URI whose path names its author, and one whose path does not.
  const std::string outbox =
      R"({"@context":"https://www.w3.org/ns/activitystreams","type":"OrderedCollection","orderedItems":[
    {"type":"Create","actor":"https://city.social/users/mayor","published":"2024-03-01T09:00:00Z",
     "object":{"id":"https://city.social/users/mayor/statuses/1","type":"Note","attributedTo":"https://city.social/users/mayor",
       "inReplyTo":"https://city.social/users/ann/statuses/0","published":"2024-03-01T09:00:00Z",
       "tag":[{"type":"Mention","href":"https://other.example/users/bob","name":"@bob@other.example"},{"type":"Hashtag","name":"#x"}]}},
    {"id":"https://city.social/users/mayor/statuses/4/activity","type":"Announce","actor":"https://city.social/users/mayor",
     "published":"2024-03-02T09:00:00Z","object":"https://news.example/@editor/55"},
    {"id":"https://city.social/users/mayor/statuses/5/activity","type":"Announce","actor":"https://city.social/users/mayor",
     "published":"2024-03-02T10:00:00Z","object":"https://news.example/notes/abc"},
    {"type":"Like","actor":"https://city.social/users/mayor","object":"https://x.example/1"}
  ]})";
  Network net = LoadSnippet(outbox);
  const Platform m = Platform::kMastodon;
  EXPECT_EQ(net.report.posts, 3u);
  EXPECT_EQ(Weight(net, m, EdgeKind::kReply, "mayor@city.social", "ann@city.social"), 1u);
  EXPECT_EQ(Weight(net, m, EdgeKind::kMention, "mayor@city.social", "bob@other.example"), 1u);
  EXPECT_EQ(Weight(net, m, EdgeKind::kRetweet, "mayor@city.social", "editor@news.example"), 1u);
  EXPECT_EQ(net.report.unresolved.at("retweet"), 1u);
  EXPECT_EQ(net.report.skipped.at("activity: Like"), 1u);

  Dataset both;
  LoadContent("statuses.json", kRestStatuses, both);
  LoadContent("outbox.json", outbox, both);
  net = Network::Resolve(std::move(both));
  EXPECT_EQ(net.report.posts, 3u + 2u);  // status 1 is the same post in both
  EXPECT_EQ(net.report.duplicate_posts, 2u);
}

TEST(LoadTwitterV2Test, RepostOfAQuoteAndV1CopiesDeduplicate) {
  // bob (3) retweets alice's (2) tweet 41, which quotes the agency's (1) tweet 40.
  const std::string page =
      R"({"data":[{"id":"42","text":"RT @alice: wow","author_id":"3","created_at":"2024-01-01T00:02:00.000Z",
    "referenced_tweets":[{"type":"retweeted","id":"41"}],"entities":{"mentions":[{"username":"alice","id":"2"}]}}],
    "includes":{"users":[{"id":"1","username":"agency","name":"The Agency"},{"id":"2","username":"alice"},{"id":"3","username":"bob"}],
    "tweets":[{"id":"41","text":"wow @agency","author_id":"2","created_at":"2024-01-01T00:01:00.000Z",
      "referenced_tweets":[{"type":"quoted","id":"40"}],"entities":{"mentions":[{"username":"agency"}]}},
      {"id":"40","text":"news","author_id":"1","created_at":"2024-01-01T00:00:00.000Z"}]}})";
  Network net = LoadSnippet(page);
  EXPECT_EQ(net.report.posts, 3u);
  EXPECT_EQ(testing::EdgeWeight(net, EdgeKind::kRetweet, "3", "2"), 1u);
  EXPECT_EQ(testing::EdgeWeight(net, EdgeKind::kQuote, "2", "1"), 1u);
  EXPECT_EQ(testing::EdgeWeight(net, EdgeKind::kMention, "2", "1"), 1u);  // username via includes
  EXPECT_EQ(net.interactions.size(), 3u);
  EXPECT_EQ(net.accounts[net.accounts.FindId(Platform::kTwitter, "1")].name, "The Agency");

  // The same tweet 40 archived with v1.1: one post.
  Dataset both;
  LoadContent("v2.jsonl", page, both);
  LoadContent("v1.jsonl",
              R"({"id_str":"40","text":"news","user":{"id_str":"1","screen_name":"agency"}})",
              both);
  net = Network::Resolve(std::move(both));
  EXPECT_EQ(net.report.posts, 3u);
  EXPECT_EQ(net.report.duplicate_posts, 1u);
}

}  // namespace
}  // namespace agencynet

namespace agencynet {
namespace {

// Inputs found by fuzzing the loaders under AddressSanitizer: each once crashed or lost data.
TEST(LoadRobustnessTest, FuzzFindingsStayFixed) {
  // A Mastodon account or mention with neither acct nor username.
  Network net = LoadSnippet(R"({"uri":"https://m.s/1","account":{"id":"1"}})");
  EXPECT_EQ(net.report.skipped.at("post without author"), 1u);
  net = LoadSnippet(
      R"([{"uri":"https://m.s/2","account":{"id":"1","acct":"a","url":"https://m.s/@a"},"mentions":[{"id":"9"}],"reblog":null}])");
  EXPECT_EQ(net.report.posts, 1u);
  // A Bluesky follow or Jetstream event whose DID is blank.
  net = LoadSnippet(
      R"({"uri":"at:// /app.bsky.graph.follow/1","value":{"$type":"app.bsky.graph.follow","subject":"did:plc:b"}})");
  EXPECT_EQ(net.interactions.size(), 0u);
  net = LoadSnippet(
      R"({"did":" ","time_us":1,"kind":"commit","commit":{"operation":"create","collection":"app.bsky.graph.follow","rkey":"r","record":{"$type":"app.bsky.graph.follow","subject":"did:plc:b"}}})");
  EXPECT_EQ(net.interactions.size(), 0u);
  // A blank owner for an ID page.
  Dataset dataset;
  EXPECT_THROW(LoadContent("ids.json", R"({"ids":[1,2]})", dataset,
                           LoadOptions{.owner = {FollowOwner::Side::kFollowersOf, " "}}),
               InputError);
  EXPECT_THROW(LoadContent("ids.json", R"({"ids":[1,2]})", dataset,
                           LoadOptions{.owner = {FollowOwner::Side::kFriendsOf, "@"}}),
               InputError);
}

TEST(LoadRobustnessTest, ByteOrderMarkIsDroppedInEveryFraming) {
  const std::string bom = "\xEF\xBB\xBF";
  const std::string tweet = R"({"id_str":"1","text":"x","user":{"id_str":"2"}})";
  EXPECT_EQ(LoadSnippet(bom + tweet).report.posts, 1u);  // one line
  EXPECT_EQ(LoadSnippet(bom + tweet + "\n" + R"({"id_str":"3","text":"y","user":{"id_str":"2"}})")
                .report.posts,
            2u);
  EXPECT_EQ(LoadSnippet(bom + "[\n" + tweet + "\n]").report.posts, 1u);  // an array
  EXPECT_EQ(LoadSnippet(bom + "{\n \"statuses\": [" + tweet + "]\n}").report.posts, 1u);
  const Network edges =
      LoadSnippet(bom + "source,target\n1,2\n", LoadOptions{.edge_kind = EdgeKind::kMention});
  EXPECT_EQ(edges.interactions.size(), 1u);
}

}  // namespace
}  // namespace agencynet
