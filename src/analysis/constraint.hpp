// Burt's constraint and effective size (Structural Holes, 1992): how much an account's contacts
// are tied to each other, so that it has no structural holes to broker; low constraint and a
// large effective size mark a broker. On the
// weighted graph with mutual weights w(u,v) + w(v,u), over neighbours in either direction, as
// NetworkX 2.8's constraint(weight="weight").
#pragma once

#include <vector>

#include "core/graph.hpp"

namespace agencynet {

struct ConstraintResult {
  std::vector<double> constraint;  ///< NaN for an account with no neighbours
  /// Burt's effective size: the number of contacts less their redundancy (how tied they are to
  /// the account's other contacts), as NetworkX 2.8's effective_size(weight="weight"); NaN for an
  /// account with no neighbours.
  std::vector<double> effective_size;
};

/// Constraint and effective size of every account. Time complexity: O(Σ d(u)² log d) over the
/// neighbourhoods.
ConstraintResult Constraint(const CsrGraph& graph);

}  // namespace agencynet
