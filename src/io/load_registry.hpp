// Registries of government accounts: which accounts are agencies, legislators, committees.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/account_table.hpp"
#include "core/load_report.hpp"

namespace agencynet {

/// One registry row. `platform` empty = any platform; at least one of `id`/`handle` is set.
struct RegistryEntry {
  std::optional<Platform> platform;
  std::string id;
  std::string handle;  ///< without a leading '@'
  std::string name;
  std::string type;  ///< becomes the account's role ("agency", "legislator", ...)
  std::string level;
  std::string parent;
};

struct Registry {
  std::vector<RegistryEntry> entries;
  /// Names by parent ID (a legislator's bioguide ID), from files that name people but list no
  /// accounts (legislators-current.yaml); they fill the names of entries with that parent.
  std::map<std::string, std::string> names_by_parent;
};

/// Reads a registry CSV with the header `platform,id,handle,name,type,level,parent` (columns in
/// any order, names case-insensitive; only one of id/handle is required). Rows without id and
/// handle, or with an unknown platform, are counted in `report` with file:line and skipped.
/// Throws InputError when the file cannot be read or the header lacks both id and handle.
Registry LoadRegistryCsv(const std::string& path, LoadReport& report);

/// Reads the unitedstates/congress-legislators YAML: from legislators-social-media.yaml a
/// Twitter row for each `social.twitter`/`social.twitter_id` and a Mastodon row for each
/// `social.mastodon`, typed `legislator`, level `federal`, parent = the bioguide ID (IDs are kept
/// as written, exact past 2^53); from legislators-current.yaml the official names by bioguide ID.
/// Throws InputError when the file is not YAML or not a list of members.
Registry LoadRegistryYaml(const std::string& path, LoadReport& report);

/// Reads a registry, YAML when the name ends in .yaml/.yml, else CSV.
Registry LoadRegistry(const std::string& path, LoadReport& report);

/// Appends `more` to `into` and fills empty names from the names by parent ID.
void MergeRegistry(Registry& into, Registry&& more);

/// Gives each account its registry role: by ID first (rows with an ID match only by ID), then by
/// handle, case-insensitive (rows without an ID, or accounts known only by handle). The first
/// matching row wins; the registry's name fills only a missing name. Returns the number of
/// accounts matched. Time complexity: O(rows + accounts).
std::size_t ApplyRegistry(const Registry& registry, AccountTable& accounts);

}  // namespace agencynet
