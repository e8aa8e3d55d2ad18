#include "io/input.hpp"

#include <zlib.h>

#include <cerrno>
#include <cstring>
#include <filesystem>

#include "core/error.hpp"

namespace agencynet {

struct InputStream::State {
  gzFile file = nullptr;
};

InputStream::InputStream(const std::string& path) : path_(path), state_(std::make_unique<State>()) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) {
    throw InputError(path, 0, "is a directory; name the files inside it");
  }
  state_->file = gzopen(path.c_str(), "rb");
  if (!state_->file) {
    throw InputError(path, 0, std::string("cannot open: ") + std::strerror(errno));
  }
  gzbuffer(state_->file, 1 << 18);
  disk_size_ = FileSizeOnDisk(path);
}

InputStream::~InputStream() {
  if (state_->file) gzclose(state_->file);
}

std::size_t InputStream::Read(char* out, std::size_t size) {
  std::size_t total = 0;
  while (total < size) {
    const unsigned chunk = static_cast<unsigned>(std::min<std::size_t>(size - total, 1u << 30));
    const int got = gzread(state_->file, out + total, chunk);
    if (got < 0) {
      int code = 0;
      const char* message = gzerror(state_->file, &code);
      throw InputError(
          path_, 0,
          std::string("cannot read: ") + (code == Z_ERRNO ? std::strerror(errno) : message) +
              "; the gzip data may be corrupt, check the download or re-compress the file");
    }
    if (got == 0) {
      int code = 0;
      gzerror(state_->file, &code);
      if (code == Z_BUF_ERROR) {
        throw InputError(path_, 0,
                         "the gzip data is cut short; the file was probably not completely "
                         "written or downloaded");
      }
      break;
    }
    total += static_cast<std::size_t>(got);
  }
  return total;
}

std::uint64_t InputStream::disk_offset() const {
  const auto offset = gzoffset(state_->file);
  return offset < 0 ? 0 : static_cast<std::uint64_t>(offset);
}

std::uint64_t FileSizeOnDisk(const std::string& path) {
  std::error_code ec;
  const auto size = std::filesystem::file_size(path, ec);
  return ec ? 0 : size;
}

std::string ReadInputFile(const std::string& path) {
  InputStream stream(path);
  std::string content;
  std::size_t used = 0;
  content.resize(std::max<std::uint64_t>(stream.disk_size(), 1 << 16));
  while (true) {
    if (used == content.size()) content.resize(content.size() * 2);
    const std::size_t got = stream.Read(content.data() + used, content.size() - used);
    if (got == 0) break;
    used += got;
  }
  content.resize(used);
  content.reserve(used + kInputPadding);
  return content;
}

}  // namespace agencynet
