#include "io/input.hpp"

#include <zlib.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <memory>

#include "core/error.hpp"

namespace agencynet {

namespace {

struct FileCloser {
  void operator()(std::FILE* f) const { std::fclose(f); }
};

std::string Gunzip(const std::string& path, const std::string& compressed) {
  z_stream stream{};
  if (inflateInit2(&stream, 15 + 32) != Z_OK) {
    throw InputError(path, 0, "cannot start the gzip decoder");
  }
  std::string out;
  out.resize(compressed.size() * 4 + 1024);
  stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(compressed.data()));
  stream.avail_in = static_cast<uInt>(compressed.size());
  int rc = Z_OK;
  while (true) {
    if (stream.total_out == out.size()) out.resize(out.size() * 2);
    stream.next_out = reinterpret_cast<Bytef*>(out.data() + stream.total_out);
    stream.avail_out = static_cast<uInt>(out.size() - stream.total_out);
    rc = inflate(&stream, Z_NO_FLUSH);
    if (rc == Z_STREAM_END) {
      // Concatenated gzip members (as `cat a.gz b.gz` makes) continue.
      if (stream.avail_in == 0) break;
      const uLong done = stream.total_out;
      inflateReset(&stream);
      stream.total_out = done;
      continue;
    }
    if (rc != Z_OK && rc != Z_BUF_ERROR) break;
    if (rc == Z_BUF_ERROR && stream.avail_in == 0) break;
  }
  const std::size_t produced = stream.total_out;
  inflateEnd(&stream);
  if (rc != Z_STREAM_END) {
    throw InputError(path, 0,
                     "the gzip data is corrupt or cut short; check the download or re-compress "
                     "the file");
  }
  out.resize(produced);
  return out;
}

}  // namespace

std::uint64_t FileSizeOnDisk(const std::string& path) {
  std::error_code ec;
  const auto size = std::filesystem::file_size(path, ec);
  return ec ? 0 : size;
}

std::string ReadInputFile(const std::string& path) {
  std::unique_ptr<std::FILE, FileCloser> file(std::fopen(path.c_str(), "rb"));
  if (!file) {
    throw InputError(path, 0, std::string("cannot open: ") + std::strerror(errno));
  }
  if (std::filesystem::is_directory(path)) {
    throw InputError(path, 0, "is a directory; name the files inside it");
  }
  std::string content;
  char buffer[1 << 16];
  std::size_t got = 0;
  while ((got = std::fread(buffer, 1, sizeof buffer, file.get())) > 0) content.append(buffer, got);
  if (std::ferror(file.get())) {
    throw InputError(path, 0, std::string("read error: ") + std::strerror(errno));
  }
  if (content.size() >= 2 && static_cast<unsigned char>(content[0]) == 0x1f &&
      static_cast<unsigned char>(content[1]) == 0x8b) {
    content = Gunzip(path, content);
  }
  content.reserve(content.size() + kInputPadding);
  return content;
}

}  // namespace agencynet
