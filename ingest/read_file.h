#pragma once
// The one whole-file reader of the project's I/O side (ingest/ and tools/; extract/ and common/
// do no I/O). Used for config files, the hot-backup handshake files, /proc files and CLI input.
// Thread-safety: a free function; reentrant.

#include <string>

#include "common/status.h"

namespace newsfacts::ingest {

// Reads the whole file at `path` ("-" = stdin) as bytes; works for /proc files (size 0).
// Errors: NotFound (no such file), IoError (cannot open, read error).
[[nodiscard]] common::Result<std::string> ReadFile(const std::string& path);

}  // namespace newsfacts::ingest
