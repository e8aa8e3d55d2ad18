// Exceptions thrown by the library; only the CLI turns them into messages and exit codes.
#pragma once

#include <cstdint>
#include <stdexcept>
#include <string>

namespace agencynet {

/// Bad input data: a file that cannot be read or a record that cannot be used.
/// `file` and `line` say where (line 0 = the whole file); `what()` is the full message.
class InputError : public std::runtime_error {
 public:
  InputError(std::string file, std::uint64_t line, const std::string& reason);
  const std::string& file() const { return file_; }
  std::uint64_t line() const { return line_; }
  const std::string& reason() const { return reason_; }

 private:
  std::string file_;
  std::uint64_t line_;
  std::string reason_;
};

/// A wrong request by the user: an unknown layer, a missing option, conflicting flags.
class UsageError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// A failure writing output (disk full, permission denied).
class OutputError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

}  // namespace agencynet
