#pragma once
// FileSource: a JSONL file (or stdin) as a Source. One line = one message; empty lines are
// skipped, and so is a UTF-8 byte order mark at the start of the file. Positions: source
// "file:<path>" ("file:-" for stdin), partition 0, offset = the 0-based line number (users
// see line numbers 1-based: offset + 1).
// Bounded memory: a line longer than `max_line_bytes` is never held whole; it becomes an
// `oversized` Message (prefix, size, hash; see source.h). A Poll stops adding lines once
// they hold `max_batch_bytes` (always at least one line), or when a pipe stays silent (see
// FileSourceOptions::linger); with nothing to read, Poll returns an empty batch after its
// timeout, or at once when a signal interrupts the wait (so stop and backup requests are
// served promptly).
// Thread-safety: one thread. Ownership: owns the open stream and its read buffer.

#include <chrono>
#include <cstdio>
#include <memory>
#include <string>

#include "common/status.h"
#include "ingest/source.h"

namespace newsfacts::ingest {

using common::Result;

struct FileSourceOptions {
  size_t max_line_bytes = 8 << 20;
  size_t max_batch_bytes = 64 << 20;
  // Lines before this 0-based line number are read past without being returned (resume
  // after the position stored in the DB).
  int64_t start_line = 0;
  // A pipe that has nothing to read ends the batch once it holds a line and nothing more
  // arrived for this long (`kcat -C ... | newsfacts ingest --input -` stores each line within
  // about linger_ms). Files are never waited for.
  std::chrono::milliseconds linger{100};
};

class FileSource final : public Source {
 public:
  // Opens `path` ("-" = stdin). Errors: NotFound / IoError when it cannot be opened.
  [[nodiscard]] static Result<std::unique_ptr<FileSource>> Open(const std::string& path,
                                                                FileSourceOptions options = {});
  ~FileSource() override;

  Status Poll(size_t max_messages, std::chrono::milliseconds timeout,
              std::vector<Message>* out) override;
  bool AtEnd() const override { return at_end_; }
  Status Commit(const std::vector<store::SourcePosition>&) override { return Status::Ok(); }

  // Bytes of the input consumed so far (lines returned or skipped), for progress lines.
  uint64_t bytes_consumed() const { return bytes_read_ - (block_end_ - block_pos_); }

  // The source name of `path` in the store ("file:<path>").
  static std::string SourceName(const std::string& path) { return "file:" + path; }

 private:
  FileSource(std::FILE* file, bool owned, std::string name, FileSourceOptions options);
  // Reads the next line (without its '\n') into line_, or as much of it as the limit
  // allows (then line_oversized_, line_size_, line_hash_). False at end of file.
  [[nodiscard]] Status ReadLine(bool* got);
  // True when a read would not block (data, end of file or an error), false when nothing
  // arrived within `wait` or a signal interrupted the wait.
  bool Readable(std::chrono::milliseconds wait) const;

  std::FILE* file_;
  bool owned_;
  std::string source_name_;
  FileSourceOptions options_;
  int64_t next_line_ = 0;
  bool at_end_ = false;
  std::string block_;  // read buffer
  size_t block_pos_ = 0, block_end_ = 0;
  uint64_t bytes_read_ = 0;  // read(2) so far
  std::string line_;
  bool line_oversized_ = false;
  uint64_t line_size_ = 0, line_hash_ = 0;
};

}  // namespace newsfacts::ingest
