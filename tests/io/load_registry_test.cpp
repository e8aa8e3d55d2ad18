#include "io/load_registry.hpp"

#include <gtest/gtest.h>

#include "core/error.hpp"
#include "test_support.hpp"

namespace agencynet {
namespace {

TEST(RegistryTest, MatchesByIdThenHandleFirstRowWins) {
  testing::TempDir dir;
  testing::WriteText(dir / "registry.csv",
                     "platform,id,handle,name,type,level,parent\n"
                     "twitter,1,,\"Dept. of Roads, North\",agency,state,\n"
                     ",,@CITYHALL,City Hall,official,local,\n"
                     "twitter,1,,Duplicate row,legislator,federal,\n"
                     "twitter,77,cityhall,Wrong ID,agency,local,\n"
                     "myspace,5,,x,agency,,\n"
                     "twitter,,,,agency,,\n");
  LoadReport report;
  const Registry registry = LoadRegistryCsv((dir / "registry.csv").string(), report);
  EXPECT_EQ(registry.entries.size(), 4u);
  EXPECT_EQ(report.skipped.at("registry row with unknown platform"), 1u);
  EXPECT_EQ(report.skipped.at("registry row without id or handle"), 1u);
  ASSERT_EQ(report.examples.size(), 2u);
  EXPECT_EQ(report.examples[0].line, 6u);

  AccountTable accounts;
  const AccountIndex roads = accounts.InternTwitter(1);
  const AccountIndex city = accounts.InternTwitter(2);
  const AccountIndex person = accounts.InternTwitter(3);
  accounts.SeeHandle(city, "CityHall", 10);
  accounts.SeeHandle(person, "someone", 10);
  accounts[city].name = "Name from the data";
  EXPECT_EQ(ApplyRegistry(registry, accounts), 2u);
  EXPECT_EQ(accounts[roads].role, "agency");
  EXPECT_EQ(accounts[roads].level, "state");
  EXPECT_EQ(accounts[roads].name, "Dept. of Roads, North");  // the data had no name
  EXPECT_EQ(accounts[city].role, "official");
  EXPECT_EQ(accounts[city].name, "Name from the data");
  EXPECT_EQ(accounts[person].role, "public");
}

TEST(RegistryTest, HeaderWithoutIdOrHandleIsAnError) {
  testing::TempDir dir;
  testing::WriteText(dir / "bad.csv", "name,type\nx,agency\n");
  LoadReport report;
  EXPECT_THROW(LoadRegistryCsv((dir / "bad.csv").string(), report), InputError);
}

}  // namespace
}  // namespace agencynet

#include <algorithm>

#include "core/dataset.hpp"
#include "io/load.hpp"

namespace agencynet {
namespace {

// legislators-social-media.yaml: 519 members, 506 with a Twitter account (409 with twitter_id,
// 97 by handle only), 13 with Mastodon; 188 twitter_ids exceed 2^53, the largest
// 1612865196489412608 (counted with PyYAML and a regex over the raw text).
TEST(RegistryYamlTest, LegislatorsSocialMediaRowsAndExactIds) {
  AGENCYNET_REQUIRE_DATA(data);
  LoadReport report;
  const Registry registry = LoadRegistry(
      (data / "registry/congress-legislators/legislators-social-media.yaml").string(), report);
  std::size_t twitter = 0, with_id = 0, mastodon = 0, above_2_53 = 0;
  std::uint64_t max_id = 0;
  for (const RegistryEntry& e : registry.entries) {
    EXPECT_EQ(e.type, "legislator");
    EXPECT_EQ(e.level, "federal");
    EXPECT_FALSE(e.parent.empty());
    if (e.platform == Platform::kTwitter) {
      ++twitter;
      std::uint64_t id = 0;
      if (!e.id.empty()) {
        ASSERT_TRUE(ParseUint64(e.id, id)) << e.id;
        ++with_id;
        above_2_53 += id > (std::uint64_t{1} << 53);
        max_id = std::max(max_id, id);
      }
    } else if (e.platform == Platform::kMastodon) {
      ++mastodon;
    }
  }
  EXPECT_EQ(twitter, 506u);
  EXPECT_EQ(with_id, 409u);
  EXPECT_EQ(mastodon, 13u);
  EXPECT_EQ(above_2_53, 188u);
  EXPECT_EQ(max_id, 1612865196489412608ull);
  const auto norton =
      std::find_if(registry.entries.begin(), registry.entries.end(), [](const auto& e) {
        return e.platform == Platform::kMastodon &&
               e.handle == "CongresswomanNorton@Mastodon.social";
      });
  ASSERT_NE(norton, registry.entries.end());
  EXPECT_EQ(norton->id, "congresswomannorton@mastodon.social");
  EXPECT_EQ(report.errors, 0u);
}

// The 2016 timelines of tweepy-congress against today's legislators: 965 accounts get a row and
// 46 of them are legislators in the YAML, all matched by ID (e.g. 2962868158 RepDonBeyer,
// 40302336 RepJerryNadler). Names come from legislators-current.yaml by bioguide ID.
TEST(RegistryYamlTest, AssignsLegislatorRolesToTheCongressTimelines) {
  AGENCYNET_REQUIRE_DATA(data);
  Dataset dataset;
  for (const auto& entry :
       std::filesystem::directory_iterator(data / "twitter-v1/tweepy-congress/tweets")) {
    LoadFile(entry.path().string(), dataset);
  }
  Network net = Network::Resolve(std::move(dataset));
  ASSERT_EQ(net.accounts.size(), 965u);
  LoadReport report;
  const auto dir = data / "registry/congress-legislators";
  Registry registry = LoadRegistry((dir / "legislators-social-media.yaml").string(), report);
  MergeRegistry(registry, LoadRegistry((dir / "legislators-current.yaml").string(), report));
  EXPECT_EQ(ApplyRegistry(registry, net.accounts), 46u);
  const Account& beyer = net.accounts[net.accounts.FindId(Platform::kTwitter, "2962868158")];
  EXPECT_EQ(beyer.role, "legislator");
  EXPECT_EQ(beyer.parent, "B001292");
  const Account& nadler = net.accounts[net.accounts.FindId(Platform::kTwitter, "40302336")];
  EXPECT_EQ(nadler.role, "legislator");
  // Boyle's 2016 timeline account is not the one the YAML lists today.
  EXPECT_EQ(net.accounts[net.accounts.FindId(Platform::kTwitter, "231108733")].role, "public");
  // An account never seen with a name takes the official name from legislators-current.yaml.
  const Account& moran = net.accounts[net.accounts.FindId(Platform::kTwitter, "18632666")];
  EXPECT_EQ(moran.role, "legislator");
  EXPECT_EQ(moran.name, "Jerry Moran");
}

}  // namespace
}  // namespace agencynet

namespace agencynet {
namespace {

// The other registry files: legislators-current.yaml names 537 members by bioguide ID and lists
// no accounts; executive.yaml names 67 of its 80 office holders by bioguide ID; the committees
// list neither. tweepy-congress's 2016 bioguide-to-twitter_id table (538 rows, 18 without an ID)
// reads as a registry CSV; 122 of the 965 accounts of the 2016 timelines are in it (counted with
// a separate Python loader).
TEST(RegistryYamlTest, OtherCongressFilesAndTheBioguideTable) {
  AGENCYNET_REQUIRE_DATA(data);
  const auto dir = data / "registry/congress-legislators";
  LoadReport report;
  Registry current = LoadRegistry((dir / "legislators-current.yaml").string(), report);
  EXPECT_EQ(current.entries.size(), 0u);
  EXPECT_EQ(current.names_by_parent.size(), 537u);
  const Registry executive = LoadRegistry((dir / "executive.yaml").string(), report);
  EXPECT_EQ(executive.entries.size(), 0u);
  EXPECT_EQ(executive.names_by_parent.size(), 67u);
  const Registry committees = LoadRegistry((dir / "committees-current.yaml").string(), report);
  EXPECT_EQ(committees.entries.size(), 0u);
  EXPECT_EQ(committees.names_by_parent.size(), 0u);
  EXPECT_EQ(report.errors, 0u);

  const Registry table = LoadRegistry(
      (data / "twitter-v1/tweepy-congress/legislators-on-twitter.csv").string(), report);
  EXPECT_EQ(table.entries.size(), 520u);
  EXPECT_EQ(report.skipped.at("registry row without id or handle"), 18u);
  Dataset dataset;
  for (const auto& entry :
       std::filesystem::directory_iterator(data / "twitter-v1/tweepy-congress/tweets")) {
    LoadFile(entry.path().string(), dataset);
  }
  Network net = Network::Resolve(std::move(dataset));
  EXPECT_EQ(ApplyRegistry(table, net.accounts), 122u);
  const Account& nadler = net.accounts[net.accounts.FindId(Platform::kTwitter, "40302336")];
  EXPECT_EQ(nadler.role, "government");  // the table has no type column
  EXPECT_EQ(nadler.parent, "N000002");
}

TEST(RegistryYamlTest, BadYamlNamesTheLine) {
  testing::TempDir dir;
  testing::WriteText(dir / "bad.yaml", "- id:\n    bioguide: X\n  social: [unclosed\n");
  LoadReport report;
  try {
    LoadRegistry((dir / "bad.yaml").string(), report);
    FAIL();
  } catch (const InputError& e) {
    EXPECT_GT(e.line(), 0u) << e.what();
  }
}

}  // namespace
}  // namespace agencynet
