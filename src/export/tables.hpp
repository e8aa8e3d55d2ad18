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

}  // namespace agencynet
