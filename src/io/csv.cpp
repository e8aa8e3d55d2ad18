#include "io/csv.hpp"

namespace agencynet {

CsvReader::CsvReader(std::string_view content, char delimiter)
    : content_(content), delimiter_(delimiter) {
  if (content_.substr(0, 3) == "\xEF\xBB\xBF") pos_ = 3;
}

bool CsvReader::Next(std::vector<std::string>& fields) {
  fields.clear();
  ok_ = true;
  // Blank lines between records are skipped.
  while (pos_ < content_.size() && (content_[pos_] == '\n' || content_[pos_] == '\r')) {
    if (content_[pos_] == '\n') ++line_;
    ++pos_;
  }
  if (pos_ >= content_.size()) return false;
  record_line_ = line_;
  std::string field;
  bool quoted = false;
  bool field_started = false;
  while (pos_ < content_.size()) {
    const char c = content_[pos_++];
    if (quoted) {
      if (c == '"') {
        if (pos_ < content_.size() && content_[pos_] == '"') {
          field += '"';
          ++pos_;
        } else {
          quoted = false;
        }
      } else {
        if (c == '\n') ++line_;
        field += c;
      }
      continue;
    }
    if (c == '"' && !field_started) {
      quoted = true;
      field_started = true;
    } else if (c == delimiter_) {
      fields.push_back(std::move(field));
      field.clear();
      field_started = false;
    } else if (c == '\n' || c == '\r') {
      if (c == '\r' && pos_ < content_.size() && content_[pos_] == '\n') ++pos_;
      ++line_;
      fields.push_back(std::move(field));
      return true;
    } else {
      field += c;
      field_started = true;
    }
  }
  if (quoted) ok_ = false;
  fields.push_back(std::move(field));
  return true;
}

}  // namespace agencynet
