#pragma once
// Hot backup: a consistent checkpoint of a DB that a running writer (`newsfacts ingest`)
// holds. RocksDB allows one writer per DB, so `newsfacts backup` cannot open it; instead it
// asks the writer, through files in the DB directory (so only users who may write the DB can
// ask) and a signal:
//   1. the client writes BACKUP-REQUEST (temp file + rename) with the destination directory;
//   2. it sends SIGUSR1 to the lock holder (store::Store::LockHolder);
//   3. the writer, between batches, takes a RocksDB checkpoint there (Store::Backup) and writes
//      BACKUP-RESULT: "ok" or "error: <message>";
//   4. the client waits (bounded) for BACKUP-RESULT, removes it and reports.
// The checkpoint holds every article stored before it (writes are atomic WriteBatches).
// Thread-safety: free functions; one request at a time per DB (a second waits or times out).

#include <chrono>
#include <string>

#include "common/status.h"
#include "store/store.h"

namespace newsfacts::ingest {

// Client side. REQUIRES: `pid` holds the DB's lock (Store::LockHolder) and handles SIGUSR1
// with ServeHotBackup. Errors: InvalidArgument (destination exists), IoError (cannot write
// the request or signal the process), Unavailable (no answer within `timeout`), and the
// writer's own error (as IoError) when the checkpoint failed.
[[nodiscard]] common::Status RequestHotBackup(const std::string& db_dir, int pid,
                                              const std::string& destination,
                                              std::chrono::milliseconds timeout);

// Writer side: when a request is pending, takes the checkpoint and writes the result.
// Returns true when a request was served (successfully or not). REQUIRES: `store` is the
// writable store opened at `db_dir`.
bool ServeHotBackup(store::Store* store, const std::string& db_dir);

}  // namespace newsfacts::ingest
