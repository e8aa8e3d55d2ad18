// The account columns shared by every writer (accounts.csv, GEXF attributes), so each metric is
// named, typed and formatted in one place.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "analysis/metrics.hpp"
#include "core/dataset.hpp"

namespace agencynet {

struct AccountColumn {
  std::string_view title;
  std::string_view gexf_type;                      ///< "string", "long", "double"
  std::function<std::string(AccountIndex)> value;  ///< empty string = no value
};

/// The columns of accounts.csv, in order: identity, profile, role, then every metric.
std::vector<AccountColumn> AccountColumns(const Network& network, const AccountMetrics& metrics);

/// A stable, unique node identifier: the platform ID, or `platform:@handle` for an account known
/// only by handle.
std::string NodeKey(const Account& account);

/// The label shown for an account: its handle, else its name, else its ID.
std::string DisplayLabel(const Account& account);

/// Shortest decimal text that reads back as the same double.
std::string FormatDouble(double value);

/// The accounts with `allowed[a]` and the highest `score`, at most k, highest first (ties to the
/// lower index).
std::vector<AccountIndex> TopAccounts(const std::vector<double>& score,
                                      const std::vector<bool>& allowed, std::size_t k);

/// The numeric column `name` of `columns` (not a string column), or nullptr.
const AccountColumn* FindNumericColumn(const std::vector<AccountColumn>& columns,
                                       std::string_view name);

/// The values of the numeric column `name`, 0 where a cell is empty. Throws UsageError naming
/// `option` for an unknown or non-numeric column.
std::vector<double> NumericColumnValues(const Network& network, const AccountMetrics& metrics,
                                        std::string_view name, std::string_view option);

/// One of the largest communities: its number, its size and its top accounts by PageRank.
struct CommunityTop {
  std::uint32_t community = 0;
  std::size_t size = 0;
  std::vector<AccountIndex> top;
};

/// Communities 0 .. shown−1 (numbered by size, largest first), each with its `top` accounts of
/// highest PageRank (ties to the lower index).
std::vector<CommunityTop> LargestCommunities(const AccountMetrics& metrics, std::uint32_t shown,
                                             std::size_t top);

}  // namespace agencynet
