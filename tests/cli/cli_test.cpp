// The agencynet binary end to end: exit codes, messages, and the golden outputs of `analyze` on
// the bundled sample, byte for byte.
#include <fmt/format.h>
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <algorithm>
#include <cstdio>

#include "io/input.hpp"
#include "test_support.hpp"

namespace agencynet {
namespace {

using testing::CommandResult;
using testing::Shell;

CommandResult Agencynet(const std::string& args) {
  return Shell(std::string(AGENCYNET_BINARY) + " " + args);
}

TEST(CliTest, HelpAndVersion) {
  CommandResult run = Agencynet("--help");
  EXPECT_EQ(run.code, 0);
  EXPECT_NE(run.output.find("analyze"), std::string::npos);
  run = Agencynet("--version");
  EXPECT_EQ(run.code, 0);
  EXPECT_EQ(run.output.rfind("agencynet ", 0), 0u) << run.output;
  run = Agencynet("analyze --help");
  EXPECT_EQ(run.code, 0);
  EXPECT_NE(run.output.find("--registry"), std::string::npos);
}

TEST(CliTest, BadUsageExitsWithTwo) {
  EXPECT_EQ(Agencynet("").code, 2);
  EXPECT_EQ(Agencynet("analyze").code, 2);
  EXPECT_EQ(Agencynet("frobnicate").code, 2);
  EXPECT_EQ(Agencynet("analyze /definitely/not/here.json").code, 2);
  testing::TempDir dir;
  testing::WriteText(dir / "a.json", R"({"id_str":"1","text":"x","user":{"id_str":"2"}})");
  const CommandResult run = Agencynet("analyze " + (dir / "a.json").string() +
                                      " --layers mention,likes -o " + (dir / "out").string());
  EXPECT_EQ(run.code, 2);
  EXPECT_NE(run.output.find("unknown layer 'likes'"), std::string::npos) << run.output;
}

TEST(CliTest, BadInputExitsWithOneNamingFileAndLine) {
  testing::TempDir dir;
  const std::string file = (dir / "posts.jsonl").string();
  testing::WriteText(file,
                     "{\"id_str\":\"1\",\"text\":\"x\",\"user\":{\"id_str\":\"2\"}}\n{oops}\n"
                     "{\"id_str\":\"3\",\"text\":\"y\",\"user\":{\"id_str\":\"2\"}}\n");
  const std::string out = (dir / "out").string();
  CommandResult run = Agencynet("analyze " + file + " --strict -o " + out);
  EXPECT_EQ(run.code, 1);
  EXPECT_NE(run.output.find(file + ":2:"), std::string::npos) << run.output;
  EXPECT_FALSE(std::filesystem::exists(dir / "out" / "accounts.csv"));

  run = Agencynet("analyze " + file + " -o " + out);  // not strict: goes on, counts it
  EXPECT_EQ(run.code, 0) << run.output;
  const std::string report = testing::ReadText(dir / "out" / "load-report.txt");
  EXPECT_NE(report.find("posts loaded:      2"), std::string::npos) << report;
  EXPECT_NE(report.find(file + ":2: not valid JSON"), std::string::npos) << report;

  testing::WriteText(dir / "notes.txt", "hello\n");
  run = Agencynet("analyze " + (dir / "notes.txt").string() + " -o " + out);
  EXPECT_EQ(run.code, 1);
  EXPECT_NE(run.output.find("not JSON"), std::string::npos) << run.output;
}

// Outputs of `analyze` on graphs/sample are compared with graphs/expected/ (stored gzip-
// compressed to keep the repository small). scripts/update-golden regenerates them.
TEST(CliTest, AnalyzeSampleReproducesGoldenOutputsByteForByte) {
  const auto sample = testing::SourceDir() / "graphs" / "sample";
  const auto expected = testing::SourceDir() / "graphs" / "expected";
  ASSERT_TRUE(std::filesystem::exists(sample / "tweets.jsonl.gz"));
  testing::TempDir dir;
  const CommandResult run =
      Agencynet("analyze " + (sample / "tweets.jsonl.gz").string() + " --registry " +
                (sample / "registry.csv").string() + " -o " + dir.path().string());
  ASSERT_EQ(run.code, 0) << run.output;
  int compared = 0;
  for (const char* name :
       {"accounts.csv", "edges.csv", "network.gexf", "network.graphml", "network.dot",
        "interagency.dot", "scorecard.csv", "cascades.csv", "summary.json", "load-report.txt"}) {
    const auto golden = expected / (std::string(name) + ".gz");
    ASSERT_TRUE(std::filesystem::exists(golden)) << golden;
    const std::string want = ReadInputFile(golden.string());
    const std::string got = testing::ReadText(dir / name);
    EXPECT_EQ(got.size(), want.size()) << name;
    EXPECT_TRUE(got == want) << name << " differs from " << golden
                             << "; if the change is intended, run scripts/update-golden";
    ++compared;
  }
  EXPECT_EQ(compared, 10);
  // The pictures (not compared byte for byte: they depend on the Graphviz version) are
  // well-formed SVG and show the top accounts.
  for (const char* name : {"network.svg", "interagency.svg"}) {
    const CommandResult lint = Shell("xmllint --noout --nonet '" + (dir / name).string() + "'");
    EXPECT_EQ(lint.code, 0) << name << ": " << lint.output;
    const std::string svg = testing::ReadText(dir / name);
    EXPECT_NE(svg.find(">NatWeatherBureau</text>"), std::string::npos) << name;
  }
  EXPECT_NE(testing::ReadText(dir / "interagency.svg").find("government accounts by PageRank"),
            std::string::npos);

  // The files open in the tools people use: the GEXF validates against the GEXF 1.3 Relax NG
  // schema with xmllint, and Graphviz lays out and renders the DOT.
  AGENCYNET_REQUIRE_DATA(data);
  const auto schema = data.parent_path() / "gexf-schema" / "1.3" / "gexf.rng";
  const CommandResult xmllint = Shell("xmllint --noout --relaxng '" + schema.string() + "' '" +
                                      (dir / "network.gexf").string() + "'");
  EXPECT_EQ(xmllint.code, 0) << xmllint.output;
  EXPECT_NE(xmllint.output.find("validates"), std::string::npos) << xmllint.output;
  const CommandResult dot = Shell("dot -Tsvg -o '" + (dir / "network.svg").string() + "' '" +
                                  (dir / "network.dot").string() + "'");
  EXPECT_EQ(dot.code, 0) << dot.output;
  EXPECT_NE(testing::ReadText(dir / "network.svg").find("</svg>"), std::string::npos);
}

}  // namespace
}  // namespace agencynet

namespace agencynet {
namespace {

TEST(CliTest, FollowerOptionsBindToTheNextFile) {
  testing::TempDir dir;
  testing::WriteText(dir / "followers.json", R"({"ids":[1,2,3],"next_cursor_str":"0"})");
  testing::WriteText(dir / "friends.json", R"({"ids":["3","4"],"next_cursor_str":"0"})");
  testing::WriteText(dir / "edges.txt", "# a b weight\n5 6 2\n6 5 1\n");
  const std::string out = (dir / "out").string();
  CommandResult run =
      Agencynet("analyze --followers-of 100 " + (dir / "followers.json").string() +
                " --friends-of=@agency " + (dir / "friends.json").string() +
                " --edge-kind mention " + (dir / "edges.txt").string() + " -o " + out);
  ASSERT_EQ(run.code, 0) << run.output;
  const std::string edges = testing::ReadText(dir / "out" / "edges.csv");
  EXPECT_NE(edges.find("twitter,1,,100,,follow,1,,"), std::string::npos) << edges;
  EXPECT_NE(edges.find("twitter,,agency,4,,follow,1,,"), std::string::npos) << edges;
  EXPECT_NE(edges.find("twitter,5,,6,,mention,2,,"), std::string::npos) << edges;

  run = Agencynet("analyze " + (dir / "followers.json").string() + " --followers-of 100 -o " + out);
  EXPECT_EQ(run.code, 2);
  EXPECT_NE(run.output.find("names no file after it"), std::string::npos) << run.output;
  run = Agencynet("analyze " + (dir / "edges.txt").string() + " -o " + out);
  EXPECT_EQ(run.code, 1);
  EXPECT_NE(run.output.find("--edge-kind"), std::string::npos) << run.output;
}

}  // namespace
}  // namespace agencynet

namespace agencynet {
namespace {

TEST(CliTest, RankAndStatsOnTheSample) {
  const auto sample = testing::SourceDir() / "graphs" / "sample";
  const std::string inputs =
      (sample / "tweets.jsonl.gz").string() + " --registry " + (sample / "registry.csv").string();
  CommandResult run = Agencynet("rank " + inputs + " --metric pagerank --role public --top 5");
  ASSERT_EQ(run.code, 0) << run.output;
  EXPECT_EQ(std::count(run.output.begin(), run.output.end(), '\n'), 6);  // header + 5 rows
  EXPECT_EQ(run.output.rfind("rank  ", 0), 0u) << run.output;
  EXPECT_EQ(run.output.find(" agency "), std::string::npos) << run.output;

  run = Agencynet("rank " + inputs + " --metric betweenness --role government --top 3 --csv");
  ASSERT_EQ(run.code, 0) << run.output;
  EXPECT_EQ(run.output.rfind("rank,platform,id,handle,name,role,betweenness\n1,twitter,", 0), 0u)
      << run.output;

  run = Agencynet("rank " + inputs + " --metric followers --top 2 --json");
  ASSERT_EQ(run.code, 0) << run.output;
  EXPECT_EQ(run.output.rfind("[\n  {\"rank\": 1,", 0), 0u) << run.output;

  EXPECT_EQ(Agencynet("rank " + inputs + " --metric charisma").code, 2);
  run = Agencynet("rank " + inputs + " --personalize government --role public --top 3 --csv");
  ASSERT_EQ(run.code, 0) << run.output;
  EXPECT_EQ(std::count(run.output.begin(), run.output.end(), '\n'), 4);
  EXPECT_EQ(Agencynet("rank " + inputs + " --personalize astronaut").code, 2);

  run = Agencynet("stats " + inputs + " --role government");
  ASSERT_EQ(run.code, 0) << run.output;
  EXPECT_NE(run.output.find("accounts                    31\n"), std::string::npos) << run.output;
  run = Agencynet("stats " + inputs + " --json");
  ASSERT_EQ(run.code, 0) << run.output;
  EXPECT_EQ(run.output,
            ReadInputFile((testing::SourceDir() / "graphs/expected/summary.json.gz").string()));
}

// analyze on real archives of three platforms: the GEXF validates and opens in graphology and
// NetworkX, the GraphML in NetworkX, all with as many accounts as accounts.csv has rows.
TEST(CliTest, RealDataExportsOpenInEveryReader) {
  AGENCYNET_REQUIRE_DATA(data);
  testing::TempDir dir;
  const std::string inputs =
      (data / "twitter-v1/tweepy-congress/tweets/40302336.json").string() + " " +
      (data / "mastodon/public-timeline/mastodon_data_public_timeline_2023.json").string() + " " +
      (data / "bluesky/indigo-posts/capture_atprotocom.json").string() + " --registry " +
      (data / "registry/congress-legislators/legislators-social-media.yaml").string();
  const CommandResult run =
      Agencynet("analyze " + inputs + " --timeline --layout sfdp -o " + dir.path().string());
  ASSERT_EQ(run.code, 0) << run.output;
  const std::string accounts = testing::ReadText(dir / "accounts.csv");
  const auto rows = std::count(accounts.begin(), accounts.end(), '\n') - 1;
  ASSERT_GT(rows, 100);
  const std::string gexf = (dir / "network.gexf").string();
  const CommandResult lint =
      Shell("xmllint --noout --relaxng '" +
            (data.parent_path() / "gexf-schema/1.3/gexf.rng").string() + "' '" + gexf + "'");
  EXPECT_EQ(lint.code, 0) << lint.output;
  const CommandResult graphology = Shell(
      "node '" + (testing::SourceDir() / "tests/js/read_gexf.mjs").string() + "' '" + gexf + "'");
  ASSERT_EQ(graphology.code, 0) << graphology.output;
  EXPECT_EQ(graphology.output.substr(0, graphology.output.find(' ')), std::to_string(rows));
  const CommandResult networkx =
      Shell("/usr/bin/python3 '" + (testing::SourceDir() / "tests/py/read_gexf.py").string() +
            "' '" + gexf + "'");
  ASSERT_EQ(networkx.code, 0) << networkx.output;
  EXPECT_EQ(networkx.output.substr(0, networkx.output.find(' ')), std::to_string(rows));
  const CommandResult graphml = Shell(
      "/usr/bin/python3 -c 'import sys, networkx as nx; "
      "print(nx.read_graphml(sys.argv[1]).number_of_nodes())' '" +
      (dir / "network.graphml").string() + "'");
  EXPECT_EQ(graphml.output, std::to_string(rows) + "\n");
}

// report.html in headless Chromium (tests/js/check_report.mjs): no console error, no request,
// no script run, not blank; an account named like an HTML injection shows as text.
TEST(CliTest, ReportOpensInChromiumAndRunsNothing) {
  const auto js = testing::SourceDir() / "tests/js";
  ASSERT_TRUE(std::filesystem::exists(js / "node_modules/playwright-core/package.json"))
      << "playwright-core is not installed in " << js << ": run scripts/setup.sh";
  ASSERT_TRUE(std::filesystem::exists("/usr/bin/chromium"))
      << "Chromium is not installed: run scripts/setup.sh (Debian package chromium)";
  testing::TempDir dir;
  // An agency mentioned by an account whose handle and name are an injection attempt.
  const std::string hostile = "<img src=x onerror=alert(1)>";
  testing::WriteText(
      dir / "posts.jsonl",
      R"({"id_str":"1","text":"hi @agency","created_at":"Sun Mar 01 10:00:00 +0000 2026",)"
      R"("user":{"id_str":"7","screen_name":"<img src=x onerror=alert(1)>",)"
      R"("name":"<script>alert(2)</script>"},"entities":{"user_mentions":[{"id_str":"1",)"
      R"("screen_name":"agency"}]}})"
      "\n"
      R"({"id_str":"2","text":"Tell us?","created_at":"Sun Mar 01 11:00:00 +0000 2026",)"
      R"("user":{"id_str":"1","screen_name":"agency"},"in_reply_to_user_id_str":"7"})"
      "\n");
  testing::WriteText(dir / "registry.csv",
                     "platform,id,handle,name,type,level,parent\ntwitter,1,agency,The "
                     "Agency,agency,city,\n");
  CommandResult run = Agencynet("analyze " + (dir / "posts.jsonl").string() + " --registry " +
                                (dir / "registry.csv").string() + " -o " + (dir / "out").string());
  ASSERT_EQ(run.code, 0) << run.output;
  const std::string html = testing::ReadText(dir / "out/report.html");
  EXPECT_EQ(html.find(hostile), std::string::npos) << "the handle went into the page unescaped";
  EXPECT_EQ(html.find("<script>"), std::string::npos);
  run = Shell("node '" + (js / "check_report.mjs").string() + "' '" +
              (dir / "out/report.html").string() + "' '" + hostile + "'");
  EXPECT_EQ(run.code, 0) << run.output;
  // And the sample's report.
  run = Agencynet("analyze " + (testing::SourceDir() / "graphs/sample/tweets.jsonl.gz").string() +
                  " --registry " + (testing::SourceDir() / "graphs/sample/registry.csv").string() +
                  " -o " + (dir / "sample").string());
  ASSERT_EQ(run.code, 0) << run.output;
  run = Shell("node '" + (js / "check_report.mjs").string() + "' '" +
              (dir / "sample/report.html").string() + "' 'Strategy scorecard'");
  EXPECT_EQ(run.code, 0) << run.output;
}

TEST(CliTest, RenderDrawsPngPdfAndSvg) {
  const auto sample = testing::SourceDir() / "graphs/sample";
  const std::string inputs =
      (sample / "tweets.jsonl.gz").string() + " --registry " + (sample / "registry.csv").string();
  testing::TempDir dir;
  CommandResult run =
      Agencynet("render " + inputs + " --format png --top 50 -o " + (dir / "n.png").string());
  ASSERT_EQ(run.code, 0) << run.output;
  EXPECT_EQ(testing::ReadText(dir / "n.png").substr(0, 4), "\x89PNG");
  run = Agencynet("render " + inputs +
                  " --format pdf --engine neato --interagency --color-by "
                  "community --size-by betweenness -o " +
                  (dir / "i.pdf").string());
  ASSERT_EQ(run.code, 0) << run.output;
  EXPECT_EQ(testing::ReadText(dir / "i.pdf").substr(0, 5), "%PDF-");
  run = Agencynet("render " + inputs + " --title 'Q3 <report>' -o " + (dir / "n.svg").string());
  ASSERT_EQ(run.code, 0) << run.output;
  EXPECT_NE(testing::ReadText(dir / "n.svg").find("Q3 &lt;report&gt;"), std::string::npos);
  EXPECT_EQ(Agencynet("render " + inputs + " --format gif").code, 2);
  EXPECT_EQ(Agencynet("render " + inputs + " --engine spring").code, 2);
  EXPECT_EQ(Agencynet("render " + inputs + " --size-by charm").code, 2);
  EXPECT_EQ(Agencynet("render " + inputs + " --color-by mood").code, 2);
}

TEST(CliTest, ReachInfluenceAndScorecardOnTheSample) {
  const auto sample = testing::SourceDir() / "graphs/sample";
  const std::string inputs =
      (sample / "tweets.jsonl.gz").string() + " --registry " + (sample / "registry.csv").string();
  CommandResult run = Agencynet("reach " + inputs + " --account @NatWeatherBureau --hops 2");
  ASSERT_EQ(run.code, 0) << run.output;
  EXPECT_NE(run.output.find("reach of NatWeatherBureau along information flow, 2 hops"),
            std::string::npos)
      << run.output;
  EXPECT_NE(run.output.find("brokers"), std::string::npos) << run.output;
  // CSV: one row per account reached, the same count as the text's total.
  run = Agencynet("reach " + inputs + " --account NatWeatherBureau --hops 2 --csv");
  ASSERT_EQ(run.code, 0) << run.output;
  const auto rows = std::count(run.output.begin(), run.output.end(), '\n') - 1;
  EXPECT_GT(rows, 10);
  const CommandResult json =
      Agencynet("reach " + inputs + " --account NatWeatherBureau --hops 2 --json");
  EXPECT_NE(json.output.find(fmt::format("\"reached\": {},", rows)), std::string::npos)
      << json.output.substr(0, 400);
  EXPECT_EQ(Agencynet("reach " + inputs + " --account @nobody_here").code, 2);
  // Hops beyond the deepest reached level add no lines.
  run = Agencynet("reach " + inputs + " --account NatWeatherBureau --hops 1000000000 --top 0");
  ASSERT_EQ(run.code, 0) << run.output.substr(0, 300);
  EXPECT_EQ(run.output.find("hop 100:"), std::string::npos);
  EXPECT_EQ(Agencynet("reach " + inputs).code, 2);  // --account is required

  const std::string influence =
      "influence " + inputs + " --k 3 --role public --seed-from government --simulations 300";
  run = Agencynet(influence + " --threads 1");
  ASSERT_EQ(run.code, 0) << run.output;
  EXPECT_NE(run.output.find("IMM picks"), std::string::npos) << run.output;
  EXPECT_NE(run.output.find("top 3 by PageRank"), std::string::npos) << run.output;
  EXPECT_NE(run.output.find("senders alone"), std::string::npos) << run.output;
  EXPECT_EQ(Agencynet(influence + " --threads 2").output, run.output);
  run = Agencynet(influence + " --csv");
  ASSERT_EQ(run.code, 0) << run.output;
  EXPECT_EQ(std::count(run.output.begin(), run.output.end(), '\n'), 4) << run.output;
  EXPECT_EQ(run.output.find(",agency,"), std::string::npos)
      << "only public accounts: " << run.output;
  EXPECT_EQ(Agencynet("influence " + inputs + " --model sir").code, 2);
  EXPECT_EQ(Agencynet("influence " + inputs + " --probability uniform:2").code, 2);
  EXPECT_EQ(Agencynet("influence " + inputs + " --model lt --probability uniform:0.9").code, 2);

  run = Agencynet("scorecard " + inputs);
  ASSERT_EQ(run.code, 0) << run.output;
  EXPECT_NE(run.output.find("dominant"), std::string::npos) << run.output;
  run = Agencynet("scorecard " + inputs + " --csv");
  ASSERT_EQ(run.code, 0) << run.output;
  EXPECT_EQ(run.output,
            ReadInputFile((testing::SourceDir() / "graphs/expected/scorecard.csv.gz").string()));
  run = Agencynet("scorecard " + inputs + " --json");
  ASSERT_EQ(run.code, 0) << run.output;
  EXPECT_EQ(run.output.front(), '[');
  EXPECT_NE(run.output.find("\"dominant_strategy\": \""), std::string::npos);
}

TEST(CliTest, SampledMeasuresOnRequestSameWhateverTheThreads) {
  const auto sample = testing::SourceDir() / "graphs/sample";
  const std::string inputs = (sample / "tweets.jsonl.gz").string() +
                             " --betweenness sampled --epsilon 0.01 --closeness sampled "
                             "--closeness-epsilon 0.2";
  CommandResult run = Agencynet("stats " + inputs + " --json --threads 1");
  ASSERT_EQ(run.code, 0) << run.output;
  // 2031 accounts: ⌈ln(2·2031/0.1) / (2·0.2²)⌉ + 1 pivots.
  EXPECT_NE(run.output.find("\"closeness\": {\"exact\": false, \"method\": \"eppstein-wang\", "
                            "\"pivots\": 134, \"epsilon\": 0.2, \"delta\": 0.1}"),
            std::string::npos)
      << run.output;
  EXPECT_NE(run.output.find("\"betweenness\": {\"exact\": false, \"method\": "
                            "\"riondato-kornaropoulos\""),
            std::string::npos)
      << run.output;
  EXPECT_NE(run.output.find("\"diameter_is_lower_bound\": true"), std::string::npos);
  const CommandResult two = Agencynet("stats " + inputs + " --json --threads 2");
  EXPECT_EQ(two.output, run.output);
  run = Agencynet("rank " + inputs + " --metric betweenness --top 3 --threads 1");
  ASSERT_EQ(run.code, 0) << run.output;
  EXPECT_EQ(Agencynet("rank " + inputs + " --metric betweenness --top 3 --threads 2").output,
            run.output);
  const std::string tweets = (sample / "tweets.jsonl.gz").string();
  run = Agencynet("stats " + tweets + " --betweenness maybe");
  EXPECT_EQ(run.code, 2);
  EXPECT_NE(run.output.find("expected auto, exact or sampled"), std::string::npos) << run.output;
  EXPECT_EQ(Agencynet("stats " + tweets + " --epsilon 0").code, 2);
  EXPECT_EQ(Agencynet("stats " + tweets + " --delta 1.5").code, 2);
  run = Agencynet("stats " + tweets + " --betweenness sampled --epsilon 1e-10");
  EXPECT_EQ(run.code, 2);
  EXPECT_NE(run.output.find("give a larger --epsilon"), std::string::npos) << run.output;
}

}  // namespace
}  // namespace agencynet
