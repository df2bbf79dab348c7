#include "ingest/read_file.h"

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace newsfacts::ingest {

common::Result<std::string> ReadFile(const std::string& path) {
  std::FILE* f = path == "-" ? stdin : std::fopen(path.c_str(), "rb");
  if (f == nullptr) {
    const int e = errno;
    std::string msg = "cannot open " + path + ": " + std::strerror(e);
    return e == ENOENT ? common::Status::NotFound(msg) : common::Status::IoError(msg);
  }
  std::string out;
  char buf[1 << 16];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) out.append(buf, n);
  const bool failed = std::ferror(f) != 0;
  if (f != stdin) std::fclose(f);
  if (failed) return common::Status::IoError("read error in " + path);
  return out;
}

}  // namespace newsfacts::ingest
