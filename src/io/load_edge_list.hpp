// Internal to src/io: edge lists (SNAP-style `a b [w]`, CSV or TSV with a header naming the
// source/target/kind/weight/time columns), ID lists (one account a row, with an owner given by
// --followers-of / --friends-of) and account tables (the same without an owner: they lend
// handles, names and follower counts, and add no accounts).
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "core/dataset.hpp"
#include "io/load.hpp"

namespace agencynet::detail {

class RecordContext;

/// Loads an edge list line by line. A new loader is made for each file.
class EdgeListLoader {
 public:
  virtual ~EdgeListLoader() = default;
  /// One line of the file (without its line break); `line` is its 1-based number.
  virtual void Line(std::string_view text, std::uint64_t line) = 0;
};

std::unique_ptr<EdgeListLoader> MakeEdgeListLoader(RecordContext& context);

}  // namespace agencynet::detail
