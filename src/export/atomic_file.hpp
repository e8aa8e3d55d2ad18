// Output files appear whole or not at all: written to a temporary name beside the target, then
// renamed over it.
#pragma once

#include <fstream>
#include <string>

namespace agencynet {

class AtomicFile {
 public:
  /// Opens `path`'s temporary twin for writing. Throws OutputError if it cannot be created.
  explicit AtomicFile(std::string path);
  /// Removes the temporary file if Commit() was not called.
  ~AtomicFile();
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;

  std::ostream& out() { return stream_; }

  /// Flushes, closes and renames the temporary file to the target. Throws OutputError on any
  /// write failure (disk full), leaving the target as it was.
  void Commit();

 private:
  std::string path_;
  std::string temp_path_;
  std::ofstream stream_;
  bool committed_ = false;
};

/// Writes `content` to `path` atomically.
void WriteFileAtomically(const std::string& path, const std::string& content);

}  // namespace agencynet
