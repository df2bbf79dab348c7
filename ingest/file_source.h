#pragma once
// FileSource: a JSONL file (or stdin) as a Source. One line = one message; empty lines are
// skipped. Positions: source "file:<path>" ("file:-" for stdin), partition 0, offset = the
// 0-based line number (users see line numbers 1-based: offset + 1).
// Thread-safety: one thread. Ownership: owns the open stream.

#include <cstdio>
#include <memory>
#include <string>

#include "common/status.h"
#include "ingest/source.h"

namespace newsfacts::ingest {

using common::Result;

class FileSource final : public Source {
 public:
  // Opens `path` ("-" = stdin). Errors: NotFound / IoError when it cannot be opened.
  [[nodiscard]] static Result<std::unique_ptr<FileSource>> Open(const std::string& path);
  ~FileSource() override;

  Status Poll(size_t max_messages, std::chrono::milliseconds timeout,
              std::vector<Message>* out) override;
  bool AtEnd() const override { return at_end_; }
  Status Commit(const std::vector<store::SourcePosition>&) override { return Status::Ok(); }

 private:
  FileSource(std::FILE* file, bool owned, std::string name);
  std::FILE* file_;
  bool owned_;
  std::string source_name_;
  int64_t next_line_ = 0;
  bool at_end_ = false;
  char* buf_ = nullptr;  // getline buffer (malloc-owned)
  size_t cap_ = 0;
};

}  // namespace newsfacts::ingest
