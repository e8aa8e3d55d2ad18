// What loading read, skipped and could not resolve, with the first problems and where they were.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace agencynet {

/// One problem found in the input, located by file and line (line 0 = the whole file).
struct Diagnostic {
  std::string file;
  std::uint64_t line = 0;
  std::string reason;
};

/// Counts of everything loading saw. Every record read ends up either loaded or counted under a
/// reason in `skipped`; nothing is dropped silently.
struct LoadReport {
  static constexpr std::size_t kMaxExamples = 20;

  std::uint64_t files = 0;
  std::uint64_t records = 0;                        ///< top-level JSON values or lines read
  std::uint64_t posts = 0;                          ///< distinct posts loaded
  std::uint64_t duplicate_posts = 0;                ///< later copies of a post already loaded
  std::map<std::string, std::uint64_t> skipped;     ///< records or posts skipped, by reason
  std::map<std::string, std::uint64_t> unresolved;  ///< references that made no edge, by kind
  std::map<std::string, std::uint64_t> excluded;    ///< self-mentions, reply-target mentions
  std::uint64_t self_loops_dropped = 0;
  std::uint64_t repeated_follows = 0;  ///< follow pairs seen again (follow data is a set)
  std::uint64_t errors = 0;            ///< diagnostics raised (bad records)
  std::vector<Diagnostic> examples;    ///< the first kMaxExamples diagnostics

  /// Counts `reason` under `skipped`.
  void Skip(const std::string& reason, std::uint64_t count = 1) { skipped[reason] += count; }
  /// Counts a bad record under `skipped[category]` and keeps `message` with its place as an
  /// example while there is room.
  void Problem(const std::string& category, const std::string& file, std::uint64_t line,
               const std::string& message);
  std::uint64_t TotalSkipped() const;
};

}  // namespace agencynet
