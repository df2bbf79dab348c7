#include "ingest/file_source.h"

#include <stdio.h>  // getline (POSIX)

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <string_view>

namespace newsfacts::ingest {

Result<std::unique_ptr<FileSource>> FileSource::Open(const std::string& path) {
  if (path == "-") {
    return std::unique_ptr<FileSource>(new FileSource(stdin, false, "file:-"));
  }
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (f == nullptr) {
    const int e = errno;
    std::string msg = "cannot open " + path + ": " + std::strerror(e);
    return e == ENOENT ? Status::NotFound(msg) : Status::IoError(msg);
  }
  return std::unique_ptr<FileSource>(new FileSource(f, true, "file:" + path));
}

FileSource::FileSource(std::FILE* file, bool owned, std::string name)
    : file_(file), owned_(owned), source_name_(std::move(name)) {}

FileSource::~FileSource() {
  if (owned_ && file_ != nullptr) std::fclose(file_);
  std::free(buf_);
}

Status FileSource::Poll(size_t max_messages, std::chrono::milliseconds /*timeout*/,
                        std::vector<Message>* out) {
  size_t added = 0;
  while (added < max_messages && !at_end_) {
    errno = 0;
    const ssize_t n = ::getline(&buf_, &cap_, file_);
    if (n < 0) {
      if (std::ferror(file_)) {
        return Status::IoError("read error in " + source_name_.substr(5) + " after line " +
                               std::to_string(next_line_) + ": " + std::strerror(errno));
      }
      at_end_ = true;
      break;
    }
    std::string_view line(buf_, static_cast<size_t>(n));
    const int64_t line_no = next_line_++;
    if (!line.empty() && line.back() == '\n') line.remove_suffix(1);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.find_first_not_of(" \t") == std::string_view::npos) continue;
    Message m;
    m.payload.assign(line);
    m.position = {source_name_, 0, line_no};
    out->push_back(std::move(m));
    ++added;
  }
  return Status::Ok();
}

}  // namespace newsfacts::ingest
