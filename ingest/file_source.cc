#include "ingest/file_source.h"

#include <poll.h>
#include <stdio.h>  // getline (POSIX)
#include <unistd.h>
#include <xxhash.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <string_view>

namespace newsfacts::ingest {

namespace {
constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";
constexpr size_t kBlockBytes = 1 << 16;
}  // namespace

Result<std::unique_ptr<FileSource>> FileSource::Open(const std::string& path,
                                                     FileSourceOptions options) {
  if (path == "-") {
    return std::unique_ptr<FileSource>(new FileSource(stdin, false, SourceName("-"), options));
  }
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (f == nullptr) {
    const int e = errno;
    std::string msg = "cannot open " + path + ": " + std::strerror(e);
    return e == ENOENT ? Status::NotFound(msg) : Status::IoError(msg);
  }
  return std::unique_ptr<FileSource>(new FileSource(f, true, SourceName(path), options));
}

FileSource::FileSource(std::FILE* file, bool owned, std::string name, FileSourceOptions options)
    : file_(file), owned_(owned), source_name_(std::move(name)), options_(options) {
  block_.resize(kBlockBytes);
}

FileSource::~FileSource() {
  if (owned_ && file_ != nullptr) std::fclose(file_);
}

Status FileSource::ReadLine(bool* got) {
  line_.clear();
  line_oversized_ = false;
  line_size_ = 0;
  line_hash_ = 0;
  XXH3_state_t* state = nullptr;  // created once the line is over the limit
  bool any = false;
  for (;;) {
    if (block_pos_ == block_end_) {
      // read(2), not fread: returns what a pipe has now instead of waiting for a full block.
      ssize_t n;
      do {
        n = ::read(::fileno(file_), block_.data(), block_.size());
      } while (n < 0 && errno == EINTR);
      if (n < 0) {
        if (state) XXH3_freeState(state);
        return Status::IoError("read error in " + source_name_.substr(5) + " after line " +
                               std::to_string(next_line_) + ": " + std::strerror(errno));
      }
      block_pos_ = 0;
      block_end_ = static_cast<size_t>(n);
      bytes_read_ += static_cast<uint64_t>(n);
      if (n == 0) break;  // end of file
    }
    any = true;
    const char* start = block_.data() + block_pos_;
    const size_t avail = block_end_ - block_pos_;
    const char* nl = static_cast<const char*>(std::memchr(start, '\n', avail));
    const size_t take = nl != nullptr ? static_cast<size_t>(nl - start) : avail;
    block_pos_ += take + (nl != nullptr ? 1 : 0);
    line_size_ += take;
    if (!line_oversized_ && line_.size() + take > options_.max_line_bytes) {
      line_oversized_ = true;
      state = XXH3_createState();
      XXH3_64bits_reset(state);
      XXH3_64bits_update(state, line_.data(), line_.size());
      if (line_.size() > kOversizedPrefixBytes) line_.resize(kOversizedPrefixBytes);
      line_.shrink_to_fit();
    }
    if (line_oversized_) {
      XXH3_64bits_update(state, start, take);
      if (line_.size() < kOversizedPrefixBytes)
        line_.append(start, std::min(take, kOversizedPrefixBytes - line_.size()));
    } else {
      line_.append(start, take);
    }
    if (nl != nullptr) break;
  }
  if (state) {
    line_hash_ = XXH3_64bits_digest(state);
    XXH3_freeState(state);
  }
  *got = any;
  return Status::Ok();
}

bool FileSource::Readable(std::chrono::milliseconds wait) const {
  struct pollfd p = {};
  p.fd = ::fileno(file_);
  p.events = POLLIN;
  const int n = ::poll(&p, 1, static_cast<int>(wait.count()));
  return n > 0;  // 0: timed out; < 0: EINTR (a signal) or an error the read will report
}

Status FileSource::Poll(size_t max_messages, std::chrono::milliseconds timeout,
                        std::vector<Message>* out) {
  size_t added = 0, bytes = 0;
  while (added < max_messages && bytes < options_.max_batch_bytes && !at_end_) {
    // Nothing buffered: wait for the pipe only so long (regular files are always readable).
    if (block_pos_ == block_end_ && !Readable(added > 0 ? options_.linger : timeout)) break;
    bool got = false;
    NEWSFACTS_RETURN_IF_ERROR(ReadLine(&got));
    if (!got) {
      at_end_ = true;
      break;
    }
    const int64_t line_no = next_line_++;
    std::string_view line(line_);
    if (line_no == 0 && line.substr(0, kUtf8Bom.size()) == kUtf8Bom) {
      line.remove_prefix(kUtf8Bom.size());
    }
    if (line_no < options_.start_line) continue;
    if (!line_oversized_ && !line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.find_first_not_of(" \t") == std::string_view::npos) continue;
    Message m;
    m.payload.assign(line);
    m.position = {source_name_, 0, line_no};
    if (line_oversized_) {
      m.oversized = true;
      m.size = line_size_;
      m.hash = line_hash_;
    }
    bytes += m.payload.size();
    out->push_back(std::move(m));
    ++added;
  }
  // Do not keep the buffer of one long line for the rest of the file.
  if (line_.capacity() > (1 << 20)) std::string().swap(line_);
  return Status::Ok();
}

}  // namespace newsfacts::ingest
