// The account table: interns platform identities into dense indices and keeps what the input says
// about each account (handle as last seen, name, follower count, role).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/types.hpp"

namespace agencynet {

/// One account. `id` is the platform identity as text (a Twitter ID in decimal, a Mastodon
/// `user@host`, a Bluesky DID); it is empty for an account known only by handle.
struct Account {
  Platform platform = Platform::kTwitter;
  std::string id;
  std::string handle;
  std::string name;
  std::int64_t followers = -1;       ///< -1 when no profile said.
  std::int64_t most_followers = -1;  ///< the largest follower count any sighting gave
  std::string role = "public";
  std::string level;
  std::string parent;
  Timestamp handle_time = kNoTime;   ///< post time of the sighting `handle` comes from
  Timestamp profile_time = kNoTime;  ///< post time of the sighting `name`/`followers` come from
  bool has_handle_sighting = false;
  bool has_profile_sighting = false;
};

/// Whether an account is a government account: any role from a registry (every role but
/// "public").
inline bool IsGovernment(const Account& account) { return account.role != "public"; }

/// Whether an account has `role`, where "government" stands for every role but "public".
inline bool HasRole(const Account& account, std::string_view role) {
  return role == "government" ? IsGovernment(account) : account.role == role;
}

/// Maps identities to dense indices. Twitter IDs are unsigned 64-bit integers and are never
/// converted through a floating-point type; handles match case-insensitively.
class AccountTable {
 public:
  AccountTable() = default;
  AccountTable(AccountTable&&) = default;
  AccountTable& operator=(AccountTable&&) = default;
  AccountTable(const AccountTable&) = delete;
  AccountTable& operator=(const AccountTable&) = delete;

  /// The index of the Twitter account with this numeric ID, adding it if new. O(1) expected.
  AccountIndex InternTwitter(std::uint64_t id);

  /// The index of the account with this platform identity (Mastodon `user@host`, Bluesky DID,
  /// or a Twitter ID in decimal), adding it if new. O(1) expected.
  AccountIndex InternId(Platform platform, std::string_view id);

  /// A placeholder for an account named only by handle (a leading `@` is ignored). `Finalize`
  /// later merges it with the account that has this handle and an ID, if any.
  AccountIndex InternHandle(Platform platform, std::string_view handle);

  /// Records that `account` used `handle` at `when` (kNoTime if unknown). The displayed handle is
  /// the one seen at the latest time; a sighting without a time only fills a missing handle.
  void SeeHandle(AccountIndex account, std::string_view handle, Timestamp when);

  /// Records a profile sighting (display name, follower count or -1), with the same rule.
  void SeeProfile(AccountIndex account, std::string_view name, std::int64_t followers,
                  Timestamp when);

  /// Merges every handle-only placeholder into the ID'd account most recently seen with that
  /// handle, and returns the old-to-new index map. Placeholders with no such account stay.
  std::vector<AccountIndex> MergeHandleOnly();

  /// Keeps the accounts with `keep[i]` true, in order, and returns the old-to-new index map
  /// (kNoAccount for dropped accounts).
  std::vector<AccountIndex> Keep(const std::vector<bool>& keep);

  /// Index of the account with this identity, or kNoAccount.
  AccountIndex FindId(Platform platform, std::string_view id) const;

  /// Index of the account most recently seen with this handle (any case, leading `@` ignored),
  /// or kNoAccount.
  AccountIndex FindHandle(Platform platform, std::string_view handle) const;

  std::size_t size() const { return accounts_.size(); }
  const Account& operator[](AccountIndex i) const { return accounts_[i]; }
  Account& operator[](AccountIndex i) { return accounts_[i]; }
  const std::vector<Account>& accounts() const { return accounts_; }

 private:
  struct HandleEntry {
    AccountIndex account = kNoAccount;  ///< ID'd account most recently seen with the handle
    Timestamp time = kNoTime;
    AccountIndex placeholder = kNoAccount;  ///< handle-only account, if any
  };
  static std::string HandleKey(Platform platform, std::string_view handle);
  static std::string IdKey(Platform platform, std::string_view id);
  void Reindex();

  std::vector<Account> accounts_;
  /// The handles_ entry of each account's displayed handle (entries are never erased, so the
  /// pointers stay valid): the common sighting of the same handle skips building a key.
  std::vector<HandleEntry*> handle_entry_;
  std::unordered_map<std::uint64_t, AccountIndex> twitter_ids_;
  std::unordered_map<std::string, AccountIndex> other_ids_;
  std::unordered_map<std::string, HandleEntry> handles_;
};

/// Parses a decimal unsigned 64-bit integer exactly; false on anything else (sign, overflow).
bool ParseUint64(std::string_view text, std::uint64_t& out);

}  // namespace agencynet
