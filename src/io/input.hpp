// Reading input files: whole-file reads with transparent gzip, padded for simdjson.
#pragma once

#include <string>

namespace agencynet {

/// Bytes of zeroed slack kept after the content so the JSON parser may read past the end.
inline constexpr std::size_t kInputPadding = 64;

/// The content of `path`, gunzipped when it starts with the gzip magic bytes (whatever its name).
/// The returned string has at least kInputPadding bytes of capacity beyond its size.
/// Throws InputError when the file cannot be opened or the gzip stream is corrupt or cut short.
std::string ReadInputFile(const std::string& path);

/// The size of `path` on disk in bytes, or 0 if unknown.
std::uint64_t FileSizeOnDisk(const std::string& path);

}  // namespace agencynet
