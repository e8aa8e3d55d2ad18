// Internal to src/io: what the framing code hands to a format loader for each JSON record, and
// small helpers over simdjson's DOM. Only .cpp files of src/io include this header.
#pragma once

#include <simdjson.h>

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

#include "core/dataset.hpp"
#include "io/load.hpp"

namespace agencynet::detail {

/// Where the current record is and where its results go.
class RecordContext {
 public:
  RecordContext(const std::string& file, Dataset& dataset, const LoadOptions& options)
      : file_(file), dataset_(dataset), options_(options) {}

  /// Counts a bad record under `category` with a file:line example; throws InputError instead
  /// when loading is strict.
  void Problem(const std::string& category, const std::string& message);

  const std::string& file() const { return file_; }
  std::uint64_t line() const { return line_; }
  void set_line(std::uint64_t line) { line_ = line; }
  Dataset& dataset() { return dataset_; }
  const LoadOptions& options() const { return options_; }

 private:
  const std::string& file_;
  Dataset& dataset_;
  const LoadOptions& options_;
  std::uint64_t line_ = 1;
};

/// Loads the records of one file in one format. A new loader is made for each file.
class FormatLoader {
 public:
  virtual ~FormatLoader() = default;
  /// Loads one top-level record (a JSON Lines line, an array element or a whole document).
  virtual void Record(simdjson::dom::element record) = 0;
  /// Called after the file's last record, for what needs the whole file (server-local IDs).
  virtual void Finish() {}
};

/// The values of the fields named in `keys`, found in one pass over the object. When a key
/// repeats, the last value wins (as in Python, JavaScript and jq).
template <std::size_t N>
class PickedFields {
 public:
  PickedFields(simdjson::dom::object object, const std::array<std::string_view, N>& keys) {
    for (const auto field : object) {
      for (std::size_t i = 0; i < N; ++i) {
        if (field.key == keys[i]) {
          values_[i] = field.value;
          present_[i] = true;
          break;
        }
      }
    }
  }
  bool has(std::size_t i) const { return present_[i] && !values_[i].is_null(); }
  bool present(std::size_t i) const { return present_[i]; }
  simdjson::dom::element operator[](std::size_t i) const { return values_[i]; }

 private:
  std::array<simdjson::dom::element, N> values_{};
  std::array<bool, N> present_{};
};

/// An unsigned 64-bit ID from a JSON string of digits or a JSON integer; false for anything else
/// (a floating-point number is never accepted, since it may have lost digits).
bool JsonId(simdjson::dom::element value, std::uint64_t& out);

/// The string value, or empty when the value is not a string.
std::string_view JsonString(simdjson::dom::element value);

/// Whether `object` has the field `key` (whatever its value, null included).
inline bool JsonHas(simdjson::dom::object object, const char* key) { return !object[key].error(); }

/// The string value of `object[key]`, or empty when the key is missing or not a string.
std::string_view JsonStringField(simdjson::dom::object object, const char* key);

/// The integer value, or `fallback` when the value is not an integer.
std::int64_t JsonInt(simdjson::dom::element value, std::int64_t fallback);

}  // namespace agencynet::detail
