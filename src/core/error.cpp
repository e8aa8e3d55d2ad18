#include "core/error.hpp"

#include <utility>

namespace agencynet {

namespace {
std::string Where(const std::string& file, std::uint64_t line) {
  return line == 0 ? file : file + ":" + std::to_string(line);
}
}  // namespace

InputError::InputError(std::string file, std::uint64_t line, const std::string& reason)
    : std::runtime_error(Where(file, line) + ": " + reason),
      file_(std::move(file)),
      line_(line),
      reason_(reason) {}

}  // namespace agencynet
