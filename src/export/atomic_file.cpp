#include "export/atomic_file.hpp"

#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

#include "core/error.hpp"

namespace agencynet {

AtomicFile::AtomicFile(std::string path)
    : path_(std::move(path)), temp_path_(path_ + ".tmp." + std::to_string(::getpid())) {
  stream_.open(temp_path_, std::ios::binary | std::ios::trunc);
  if (!stream_) {
    throw OutputError("cannot create " + temp_path_ + ": " + std::strerror(errno) +
                      "; check that the output folder exists and is writable");
  }
}

AtomicFile::~AtomicFile() {
  if (!committed_) {
    stream_.close();
    std::remove(temp_path_.c_str());
  }
}

void AtomicFile::Commit() {
  stream_.flush();
  const bool ok = static_cast<bool>(stream_);
  stream_.close();
  if (!ok || stream_.fail()) {
    std::remove(temp_path_.c_str());
    committed_ = true;
    throw OutputError("cannot write " + path_ + " (is the disk full?)");
  }
  if (std::rename(temp_path_.c_str(), path_.c_str()) != 0) {
    const std::string reason = std::strerror(errno);
    std::remove(temp_path_.c_str());
    committed_ = true;
    throw OutputError("cannot rename " + temp_path_ + " to " + path_ + ": " + reason);
  }
  committed_ = true;
}

void WriteFileAtomically(const std::string& path, const std::string& content) {
  AtomicFile file(path);
  file.out().write(content.data(), static_cast<std::streamsize>(content.size()));
  file.Commit();
}

}  // namespace agencynet
