#include "core/account_table.hpp"

#include <gtest/gtest.h>

namespace agencynet {
namespace {

TEST(AccountTableTest, TwitterIdsAboveTwoToThe53StayExact) {
  AccountTable table;
  // 2^53 + 1 cannot be held by a double; both neighbours must stay distinct accounts.
  const AccountIndex a = table.InternTwitter(9007199254740993ull);
  const AccountIndex b = table.InternTwitter(9007199254740992ull);
  EXPECT_NE(a, b);
  EXPECT_EQ(table[a].id, "9007199254740993");
  EXPECT_EQ(table.FindId(Platform::kTwitter, "9007199254740993"), a);
  EXPECT_EQ(table.InternId(Platform::kTwitter, "18446744073709551615"),
            table.InternTwitter(18446744073709551615ull));
}

TEST(AccountTableTest, PlatformsNeverMerge) {
  AccountTable table;
  const AccountIndex t = table.InternId(Platform::kTwitter, "12");
  const AccountIndex m = table.InternId(Platform::kMastodon, "12");
  EXPECT_NE(t, m);
}

TEST(AccountTableTest, HandleShownAsLastSeenByTime) {
  AccountTable table;
  const AccountIndex a = table.InternTwitter(7);
  table.SeeHandle(a, "NewName", 200);
  table.SeeHandle(a, "OldName", 100);  // older sighting read later
  EXPECT_EQ(table[a].handle, "NewName");
  table.SeeHandle(a, "Undated", kNoTime);
  EXPECT_EQ(table[a].handle, "NewName");
  EXPECT_EQ(table.FindHandle(Platform::kTwitter, "@oldname"), a);
}

TEST(AccountTableTest, HandleOnlyMergesWithMostRecentHolderOfTheHandle) {
  AccountTable table;
  const AccountIndex first = table.InternTwitter(1);   // held @POTUS until t=100
  const AccountIndex second = table.InternTwitter(2);  // holds it from t=500
  table.SeeHandle(second, "POTUS", 500);
  table.SeeHandle(first, "POTUS", 100);
  const AccountIndex ref = table.InternHandle(Platform::kTwitter, "@potus");
  const AccountIndex orphan = table.InternHandle(Platform::kTwitter, "nobody_has_me");
  table[ref].name = "from the mention";
  const std::vector<AccountIndex> remap = table.MergeHandleOnly();
  EXPECT_EQ(remap[ref], remap[second]);
  EXPECT_NE(remap[orphan], kNoAccount);
  EXPECT_EQ(table.size(), 3u);
  EXPECT_EQ(table[remap[second]].name, "from the mention");
  EXPECT_TRUE(table[remap[orphan]].id.empty());
}

TEST(AccountTableTest, KeepCompactsAndReindexes) {
  AccountTable table;
  table.InternTwitter(10);
  table.InternTwitter(20);
  table.InternTwitter(30);
  const auto remap = table.Keep({true, false, true});
  EXPECT_EQ(remap[1], kNoAccount);
  EXPECT_EQ(table.size(), 2u);
  EXPECT_EQ(table.FindId(Platform::kTwitter, "30"), 1u);
  EXPECT_EQ(table.FindId(Platform::kTwitter, "20"), kNoAccount);
}

TEST(AccountTableTest, ProfileFillsOnlyFromNewerSightings) {
  AccountTable table;
  const AccountIndex a = table.InternTwitter(5);
  table.SeeProfile(a, "Name at 200", 900, 200);
  table.SeeProfile(a, "Name at 100", 800, 100);
  EXPECT_EQ(table[a].name, "Name at 200");
  EXPECT_EQ(table[a].followers, 900);
}

TEST(ParseUint64Test, RejectsWhatIsNotAnExactUnsignedInteger) {
  std::uint64_t v = 0;
  EXPECT_TRUE(ParseUint64("18446744073709551615", v));
  EXPECT_FALSE(ParseUint64("18446744073709551616", v));
  EXPECT_FALSE(ParseUint64("-1", v));
  EXPECT_FALSE(ParseUint64("1.5e18", v));
  EXPECT_FALSE(ParseUint64("", v));
}

}  // namespace
}  // namespace agencynet
