#include "core/load_report.hpp"

namespace agencynet {

void LoadReport::Problem(const std::string& category, const std::string& file, std::uint64_t line,
                         const std::string& message) {
  ++skipped[category];
  ++errors;
  if (examples.size() < kMaxExamples) examples.push_back({file, line, message});
}

std::uint64_t LoadReport::TotalSkipped() const {
  std::uint64_t total = 0;
  for (const auto& [reason, count] : skipped) total += count;
  return total;
}

}  // namespace agencynet
