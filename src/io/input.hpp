// Reading input files: plain or gzip (detected from the bytes, whatever the name), in chunks so a
// large JSON Lines file never has to fit in memory whole.
#pragma once

#include <cstdint>
#include <memory>
#include <string>

namespace agencynet {

/// Bytes of slack kept after buffered content so the JSON parser may read past the end.
inline constexpr std::size_t kInputPadding = 64;

/// A sequential reader over a file, gunzipping transparently (concatenated gzip members too).
class InputStream {
 public:
  /// Opens `path`. Throws InputError if it cannot be opened or is a directory.
  explicit InputStream(const std::string& path);
  ~InputStream();
  InputStream(const InputStream&) = delete;
  InputStream& operator=(const InputStream&) = delete;

  /// Reads up to `size` bytes into `out`; returns 0 at the end. Throws InputError when the gzip
  /// data is corrupt or cut short.
  std::size_t Read(char* out, std::size_t size);

  /// Bytes of the file on disk consumed so far (compressed bytes for gzip), for progress.
  std::uint64_t disk_offset() const;
  /// The file's size on disk.
  std::uint64_t disk_size() const { return disk_size_; }
  const std::string& path() const { return path_; }

 private:
  struct State;
  std::string path_;
  std::uint64_t disk_size_ = 0;
  std::unique_ptr<State> state_;
};

/// The whole content of `path` (gunzipped), with at least kInputPadding bytes of capacity beyond
/// its size. Throws InputError when the file cannot be read.
std::string ReadInputFile(const std::string& path);

/// The size of `path` on disk in bytes, or 0 if unknown.
std::uint64_t FileSizeOnDisk(const std::string& path);

}  // namespace agencynet
