// A small RFC 4180 CSV reader: quoted fields, doubled quotes, embedded newlines, CRLF.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace agencynet {

class CsvReader {
 public:
  /// Reads from `content`, which must outlive the reader.
  explicit CsvReader(std::string_view content, char delimiter = ',');

  /// Reads the next record into `fields`; false at the end of input. An unterminated quoted
  /// field is returned as read up to the end, with `ok()` false.
  bool Next(std::vector<std::string>& fields);

  /// The line the last record returned started on (1-based).
  std::uint64_t line() const { return record_line_; }
  /// False when the last record had an unterminated quote.
  bool ok() const { return ok_; }

 private:
  std::string_view content_;
  std::size_t pos_ = 0;
  std::uint64_t line_ = 1;
  std::uint64_t record_line_ = 0;
  char delimiter_;
  bool ok_ = true;
};

}  // namespace agencynet
