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
