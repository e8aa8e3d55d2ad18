#include "io/load_registry.hpp"

#include <yaml-cpp/yaml.h>

#include <array>
#include <vector>

#include "core/error.hpp"
#include "io/csv.hpp"
#include "io/input.hpp"

namespace agencynet {

namespace {

std::string Trim(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\r')) {
    text.remove_suffix(1);
  }
  return std::string(text);
}

}  // namespace

Registry LoadRegistryCsv(const std::string& path, LoadReport& report) {
  const std::string content = ReadInputFile(path);
  CsvReader reader(content);
  std::vector<std::string> fields;
  if (!reader.Next(fields)) throw InputError(path, 0, "the registry is empty; expected a header");
  enum Column { kPlatform, kId, kHandle, kName, kType, kLevel, kParent, kColumns };
  // Header names of each column; the first is the contract's, the others are what other lists
  // of government accounts call it (a bioguide-to-twitter_id table, for instance).
  static const std::array<std::vector<std::string_view>, kColumns> kNames = {{
      {"platform"},
      {"id", "twitter_id", "user_id", "account_id", "did"},
      {"handle", "screen_name", "username", "twitter"},
      {"name", "display_name"},
      {"type", "role"},
      {"level"},
      {"parent", "bioguide_id", "bioguide"},
  }};
  std::array<int, kColumns> at;
  at.fill(-1);
  for (std::size_t i = 0; i < fields.size(); ++i) {
    const std::string name = AsciiLower(Trim(fields[i]));
    for (int c = 0; c < kColumns; ++c) {
      for (const std::string_view known : kNames[c]) {
        if (name == known && at[c] < 0) at[c] = static_cast<int>(i);
      }
    }
  }
  if (at[kId] < 0 && at[kHandle] < 0) {
    throw InputError(path, 1,
                     "the registry header has neither an 'id' nor a 'handle' column; expected "
                     "platform,id,handle,name,type,level,parent");
  }
  Registry registry;
  while (reader.Next(fields)) {
    auto get = [&](Column c) {
      return at[c] >= 0 && static_cast<std::size_t>(at[c]) < fields.size() ? Trim(fields[at[c]])
                                                                           : std::string();
    };
    RegistryEntry entry;
    const std::string platform = get(kPlatform);
    if (!platform.empty()) {
      entry.platform = ParsePlatform(platform);
      if (!entry.platform) {
        report.Problem("registry row with unknown platform", path, reader.line(),
                       "unknown platform '" + platform +
                           "'; expected twitter, mastodon, bluesky or empty (any)");
        continue;
      }
    }
    entry.id = get(kId);
    entry.handle = get(kHandle);
    if (!entry.handle.empty() && entry.handle.front() == '@') entry.handle.erase(0, 1);
    if (entry.id.empty() && entry.handle.empty()) {
      report.Problem("registry row without id or handle", path, reader.line(),
                     "the row has neither an id nor a handle; fill one of them");
      continue;
    }
    entry.name = get(kName);
    entry.type = get(kType);
    if (entry.type.empty()) entry.type = "government";
    entry.level = get(kLevel);
    entry.parent = get(kParent);
    registry.entries.push_back(std::move(entry));
  }
  return registry;
}

Registry LoadRegistryYaml(const std::string& path, LoadReport& report) {
  YAML::Node root;
  try {
    root = YAML::Load(ReadInputFile(path));
  } catch (const YAML::Exception& e) {
    throw InputError(path, e.mark.line >= 0 ? static_cast<std::uint64_t>(e.mark.line) + 1 : 0,
                     "not valid YAML: " + e.msg);
  }
  if (!root.IsSequence()) {
    throw InputError(path, 0, "expected a YAML list of members (the congress-legislators format)");
  }
  auto text = [](const YAML::Node& node) {
    return node && node.IsScalar() ? node.Scalar() : std::string();
  };
  // A child of a map, or a null node (yaml-cpp throws when indexing a missing child's child).
  auto child = [](const YAML::Node& node, const char* key) {
    if (!node || !node.IsMap()) return YAML::Node();
    const YAML::Node found = node[key];
    return found ? found : YAML::Node();
  };
  Registry registry;
  for (const YAML::Node& member : root) {
    if (!member.IsMap()) continue;
    const std::string bioguide = text(child(child(member, "id"), "bioguide"));
    const YAML::Node name = child(member, "name");
    if (name && name.IsMap() && !bioguide.empty()) {
      std::string full = text(child(name, "official_full"));
      if (full.empty()) full = text(child(name, "first")) + " " + text(child(name, "last"));
      registry.names_by_parent[bioguide] = full;
    }
    const YAML::Node social = child(member, "social");
    if (!social || !social.IsMap()) continue;
    RegistryEntry entry;
    entry.type = "legislator";
    entry.level = "federal";
    entry.parent = bioguide;
    const std::string twitter = text(child(social, "twitter"));
    const std::string twitter_id = text(child(social, "twitter_id"));
    if (!twitter.empty() || !twitter_id.empty()) {
      std::uint64_t id = 0;
      if (!twitter_id.empty() && !ParseUint64(twitter_id, id)) {
        report.Problem(
            "registry row with bad ID", path,
            member.Mark().line >= 0 ? static_cast<std::uint64_t>(member.Mark().line) + 1 : 0,
            "twitter_id '" + twitter_id + "' is not a whole number; the row is skipped");
      } else {
        RegistryEntry row = entry;
        row.platform = Platform::kTwitter;
        row.id = twitter_id;
        row.handle = twitter;
        registry.entries.push_back(std::move(row));
      }
    }
    std::string mastodon = text(child(social, "mastodon"));
    if (!mastodon.empty()) {
      if (mastodon.front() == '@') mastodon.erase(0, 1);
      RegistryEntry row = entry;
      row.platform = Platform::kMastodon;
      row.id = AsciiLower(mastodon);  // a Mastodon identity is its full user@host
      row.handle = mastodon;
      registry.entries.push_back(std::move(row));
    }
  }
  return registry;
}

Registry LoadRegistry(const std::string& path, LoadReport& report) {
  const std::string lower = AsciiLower(path);
  const auto ends = [&](std::string_view suffix) {
    return lower.size() >= suffix.size() &&
           lower.compare(lower.size() - suffix.size(), suffix.size(), suffix) == 0;
  };
  return ends(".yaml") || ends(".yml") || ends(".yaml.gz") || ends(".yml.gz")
             ? LoadRegistryYaml(path, report)
             : LoadRegistryCsv(path, report);
}

void MergeRegistry(Registry& into, Registry&& more) {
  for (RegistryEntry& entry : more.entries) into.entries.push_back(std::move(entry));
  into.names_by_parent.merge(more.names_by_parent);
  for (RegistryEntry& entry : into.entries) {
    if (!entry.name.empty() || entry.parent.empty()) continue;
    const auto it = into.names_by_parent.find(entry.parent);
    if (it != into.names_by_parent.end()) entry.name = it->second;
  }
}

std::size_t ApplyRegistry(const Registry& registry, AccountTable& accounts) {
  std::vector<bool> matched(accounts.size(), false);
  std::size_t count = 0;
  auto assign = [&](AccountIndex a, const RegistryEntry& entry) {
    if (a == kNoAccount || matched[a]) return;
    matched[a] = true;
    ++count;
    Account& account = accounts[a];
    account.role = entry.type;
    account.level = entry.level;
    account.parent = entry.parent;
    if (account.name.empty()) account.name = entry.name;
  };
  auto each_platform = [](const RegistryEntry& entry, auto&& fn) {
    if (entry.platform) {
      fn(*entry.platform);
    } else {
      for (int p = 0; p < kPlatformCount; ++p) fn(static_cast<Platform>(p));
    }
  };
  for (const RegistryEntry& entry : registry.entries) {
    if (entry.id.empty()) continue;
    each_platform(entry, [&](Platform p) { assign(accounts.FindId(p, entry.id), entry); });
  }
  for (const RegistryEntry& entry : registry.entries) {
    if (entry.handle.empty()) continue;
    each_platform(entry, [&](Platform p) {
      const AccountIndex a = accounts.FindHandle(p, entry.handle);
      if (a != kNoAccount && (entry.id.empty() || accounts[a].id.empty())) assign(a, entry);
    });
  }
  return count;
}

}  // namespace agencynet
