#include "core/account_table.hpp"

#include <algorithm>
#include <charconv>

namespace agencynet {

bool ParseUint64(std::string_view text, std::uint64_t& out) {
  if (text.empty()) return false;
  const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
  return ec == std::errc() && ptr == text.data() + text.size();
}

namespace {
std::string_view StripAt(std::string_view handle) {
  if (!handle.empty() && handle.front() == '@') handle.remove_prefix(1);
  return handle;
}
}  // namespace

std::string AccountTable::HandleKey(Platform platform, std::string_view handle) {
  std::string key(1, static_cast<char>('0' + static_cast<int>(platform)));
  key += AsciiLower(StripAt(handle));
  return key;
}

std::string AccountTable::IdKey(Platform platform, std::string_view id) {
  std::string key(1, static_cast<char>('0' + static_cast<int>(platform)));
  key += id;
  return key;
}

AccountIndex AccountTable::InternTwitter(std::uint64_t id) {
  const auto [it, inserted] =
      twitter_ids_.try_emplace(id, static_cast<AccountIndex>(accounts_.size()));
  if (inserted) {
    Account account;
    account.platform = Platform::kTwitter;
    account.id = std::to_string(id);
    accounts_.push_back(std::move(account));
  }
  return it->second;
}

AccountIndex AccountTable::InternId(Platform platform, std::string_view id) {
  if (platform == Platform::kTwitter) {
    std::uint64_t numeric = 0;
    if (ParseUint64(id, numeric)) return InternTwitter(numeric);
  }
  const auto [it, inserted] =
      other_ids_.try_emplace(IdKey(platform, id), static_cast<AccountIndex>(accounts_.size()));
  if (inserted) {
    Account account;
    account.platform = platform;
    account.id = std::string(id);
    accounts_.push_back(std::move(account));
  }
  return it->second;
}

AccountIndex AccountTable::InternHandle(Platform platform, std::string_view handle) {
  HandleEntry& entry = handles_[HandleKey(platform, handle)];
  if (entry.placeholder == kNoAccount) {
    entry.placeholder = static_cast<AccountIndex>(accounts_.size());
    Account account;
    account.platform = platform;
    account.handle = std::string(StripAt(handle));
    accounts_.push_back(std::move(account));
  }
  return entry.placeholder;
}

void AccountTable::SeeHandle(AccountIndex account, std::string_view handle, Timestamp when) {
  handle = StripAt(handle);
  if (handle.empty()) return;
  Account& a = accounts_[account];
  if (!a.has_handle_sighting ||
      (when != kNoTime && (a.handle_time == kNoTime || when >= a.handle_time))) {
    a.handle = std::string(handle);
    a.handle_time = when;
    a.has_handle_sighting = true;
  }
  if (a.id.empty()) return;  // placeholders are found through their own entry
  HandleEntry& entry = handles_[HandleKey(a.platform, handle)];
  if (entry.account == kNoAccount ||
      (when != kNoTime && (entry.time == kNoTime || when >= entry.time))) {
    entry.account = account;
    entry.time = when;
  }
}

void AccountTable::SeeProfile(AccountIndex account, std::string_view name, std::int64_t followers,
                              Timestamp when) {
  Account& a = accounts_[account];
  a.most_followers = std::max(a.most_followers, followers);
  const bool newer = !a.has_profile_sighting ||
                     (when != kNoTime && (a.profile_time == kNoTime || when >= a.profile_time));
  if (newer) {
    if (!name.empty()) a.name.assign(name);
    if (followers >= 0) a.followers = followers;
    a.profile_time = when;
    a.has_profile_sighting = true;
  } else {
    if (a.name.empty()) a.name = std::string(name);
    if (a.followers < 0) a.followers = followers;
  }
}

std::vector<AccountIndex> AccountTable::MergeHandleOnly() {
  std::vector<AccountIndex> target(accounts_.size());
  std::vector<bool> keep(accounts_.size(), true);
  for (AccountIndex i = 0; i < target.size(); ++i) target[i] = i;
  for (const auto& [key, entry] : handles_) {
    if (entry.placeholder == kNoAccount || entry.account == kNoAccount) continue;
    target[entry.placeholder] = entry.account;
    keep[entry.placeholder] = false;
    Account& into = accounts_[entry.account];
    const Account& from = accounts_[entry.placeholder];
    if (into.name.empty()) into.name = from.name;
    if (into.followers < 0) into.followers = from.followers;
    into.most_followers = std::max(into.most_followers, from.most_followers);
  }
  const std::vector<AccountIndex> compact = Keep(keep);
  for (AccountIndex& t : target) t = compact[t];
  return target;
}

std::vector<AccountIndex> AccountTable::Keep(const std::vector<bool>& keep) {
  std::vector<AccountIndex> remap(accounts_.size(), kNoAccount);
  std::vector<Account> kept;
  kept.reserve(accounts_.size());
  for (AccountIndex i = 0; i < accounts_.size(); ++i) {
    if (!keep[i]) continue;
    remap[i] = static_cast<AccountIndex>(kept.size());
    kept.push_back(std::move(accounts_[i]));
  }
  accounts_ = std::move(kept);
  std::vector<HandleEntry*> entries(accounts_.size(), nullptr);
  for (AccountIndex i = 0; i < remap.size(); ++i) {
    if (remap[i] != kNoAccount && i < handle_entry_.size()) entries[remap[i]] = handle_entry_[i];
  }
  handle_entry_ = std::move(entries);
  for (auto& [key, entry] : handles_) {
    entry.account = entry.account == kNoAccount ? kNoAccount : remap[entry.account];
    entry.placeholder = entry.placeholder == kNoAccount ? kNoAccount : remap[entry.placeholder];
  }
  Reindex();
  return remap;
}

void AccountTable::Reindex() {
  twitter_ids_.clear();
  other_ids_.clear();
  for (AccountIndex i = 0; i < accounts_.size(); ++i) {
    const Account& a = accounts_[i];
    if (a.id.empty()) continue;
    std::uint64_t numeric = 0;
    if (a.platform == Platform::kTwitter && ParseUint64(a.id, numeric)) {
      twitter_ids_[numeric] = i;
    } else {
      other_ids_[IdKey(a.platform, a.id)] = i;
    }
  }
}

AccountIndex AccountTable::FindId(Platform platform, std::string_view id) const {
  std::uint64_t numeric = 0;
  if (platform == Platform::kTwitter && ParseUint64(id, numeric)) {
    const auto it = twitter_ids_.find(numeric);
    return it == twitter_ids_.end() ? kNoAccount : it->second;
  }
  const auto it = other_ids_.find(IdKey(platform, id));
  return it == other_ids_.end() ? kNoAccount : it->second;
}

AccountIndex AccountTable::FindHandle(Platform platform, std::string_view handle) const {
  const auto it = handles_.find(HandleKey(platform, handle));
  if (it == handles_.end()) return kNoAccount;
  return it->second.account != kNoAccount ? it->second.account : it->second.placeholder;
}

}  // namespace agencynet
