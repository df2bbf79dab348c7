#include "ingest/hot_backup.h"

#include <signal.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

#include "ingest/read_file.h"

namespace newsfacts::ingest {

namespace fs = std::filesystem;
using common::Status;

namespace {

constexpr const char* kRequest = "BACKUP-REQUEST";
constexpr const char* kResult = "BACKUP-RESULT";

// The file's text, "" when it cannot be read (the caller treats that as no answer).
std::string ReadAll(const fs::path& p) {
  auto text = ReadFile(p.string());
  return text.ok() ? std::move(text).value() : std::string();
}

// Writes `text` to `p` atomically (temp file + rename).
bool WriteAtomically(const fs::path& p, const std::string& text) {
  const fs::path tmp = p.string() + ".tmp";
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    out << text;
    if (!out.flush()) return false;
  }
  std::error_code ec;
  fs::rename(tmp, p, ec);
  return !ec;
}

}  // namespace

Status RequestHotBackup(const std::string& db_dir, int pid, const std::string& destination,
                        std::chrono::milliseconds timeout) {
  std::error_code ec;
  const fs::path dest = fs::absolute(destination, ec);
  if (ec) return Status::InvalidArgument("bad destination " + destination);
  if (fs::exists(dest, ec)) return Status::InvalidArgument(destination + " already exists");
  const fs::path request = fs::path(db_dir) / kRequest;
  const fs::path result = fs::path(db_dir) / kResult;
  fs::remove(result, ec);  // a stale answer from an abandoned request
  if (!WriteAtomically(request, dest.string())) {
    return Status::IoError("cannot write " + request.string());
  }
  if (::kill(pid, SIGUSR1) != 0) {
    fs::remove(request, ec);
    return Status::IoError("cannot signal pid " + std::to_string(pid) + ": " +
                           std::strerror(errno));
  }
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  while (!fs::exists(result, ec)) {
    if (std::chrono::steady_clock::now() >= deadline) {
      fs::remove(request, ec);
      return Status::Unavailable("pid " + std::to_string(pid) + " did not answer the backup " +
                                 "request within " + std::to_string(timeout.count()) + " ms");
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  std::string answer = ReadAll(result);
  fs::remove(result, ec);
  while (!answer.empty() && answer.back() == '\n') answer.pop_back();
  if (answer == "ok") return Status::Ok();
  return Status::IoError(answer.rfind("error: ", 0) == 0 ? answer.substr(7) : answer);
}

bool ServeHotBackup(store::Store* store, const std::string& db_dir) {
  const fs::path request = fs::path(db_dir) / kRequest;
  std::error_code ec;
  if (!fs::exists(request, ec)) return false;
  const std::string dest = ReadAll(request);
  fs::remove(request, ec);
  const Status s =
      dest.empty() ? Status::InvalidArgument("empty backup request") : store->Backup(dest);
  (void)WriteAtomically(fs::path(db_dir) / kResult,
                        s.ok() ? "ok\n" : "error: " + s.message() + "\n");
  return true;
}

}  // namespace newsfacts::ingest
