// Storage faults (issue 13): a DB whose MANIFEST does not match its table files is refused
// by writers and readers and left untouched; `Store::Repair` is the way back; a full disk
// ends a writer with an error (never an abort) and a restart after freeing space loses
// nothing. The DBs are real: written by the child writer process over several opens.
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>

#include "store/store.h"
#include "tests/store/store_test_util.h"

namespace fs = std::filesystem;
namespace ns = newsfacts::store;
using newsfacts::store::testing::TempDir;

namespace {

// Runs the child writer; returns its raw wait status.
int RunWriter(const std::string& db, const std::string& report, long first, long count) {
  const pid_t pid = ::fork();
  if (pid == 0) {
    const std::string f = std::to_string(first), c = std::to_string(count);
    ::execl(NEWSFACTS_STORE_WRITER, NEWSFACTS_STORE_WRITER, db.c_str(), report.c_str(), f.c_str(),
            c.c_str(), "0", static_cast<char*>(nullptr));
    ::_exit(127);
  }
  int status = 0;
  ::waitpid(pid, &status, 0);
  return status;
}

// A real DB with several table files: four writer runs (each close flushes a new SST).
void MakeDb(const std::string& db, const std::string& report) {
  for (int run = 0; run < 4; ++run) {
    const int st = RunWriter(db, report, run * 150, 150);
    REQUIRE(WIFEXITED(st));
    REQUIRE(WEXITSTATUS(st) == 0);
  }
  // One open without writes: RocksDB deletes the inputs of compactions that the last run
  // finished, so every table file left is listed in the MANIFEST.
  REQUIRE(ns::Store::Open(db, ns::OpenOptions()).ok());
}

// name -> (size, mtime ns) of every file under `dir`.
std::map<std::string, std::pair<uintmax_t, long long>> Snapshot(const std::string& dir) {
  std::map<std::string, std::pair<uintmax_t, long long>> out;
  for (const auto& e : fs::recursive_directory_iterator(dir)) {
    struct stat st;
    REQUIRE(::stat(e.path().c_str(), &st) == 0);
    out[fs::relative(e.path(), dir).string()] = {
        static_cast<uintmax_t>(st.st_size), st.st_mtim.tv_sec * 1000000000LL + st.st_mtim.tv_nsec};
  }
  return out;
}

std::string CurrentManifest(const std::string& db) {
  std::ifstream in(db + "/CURRENT");
  std::string name;
  std::getline(in, name);
  return db + "/" + name;
}

std::vector<std::string> TableFiles(const std::string& db) {
  std::vector<std::string> out;
  for (const auto& e : fs::directory_iterator(db))
    if (e.path().extension() == ".sst") out.push_back(e.path().string());
  std::sort(out.begin(), out.end());
  return out;
}

size_t CountArticles(ns::Store& s) {
  size_t n = 0;
  REQUIRE(s.ScanArticles([&](const ns::StoredArticle&) { return ++n, true; }).ok());
  return n;
}

// Both a reader and a writer open must fail with Corruption mentioning `what`, and leave
// every file as it was.
void ExpectRefusedUntouched(const std::string& db, const std::string& what) {
  const auto before = Snapshot(db);
  ns::OpenOptions reader;
  reader.read_only = true;
  auto r = ns::Store::Open(db, reader);
  REQUIRE_FALSE(r.ok());
  CHECK(r.status().code() == ns::Status::Code::kCorruption);
  CHECK_THAT(r.status().message(), Catch::Contains(what));
  auto w = ns::Store::Open(db, ns::OpenOptions());
  REQUIRE_FALSE(w.ok());
  CHECK(w.status().code() == ns::Status::Code::kCorruption);
  CHECK_THAT(w.status().message(), Catch::Contains(what));
  CHECK_THAT(w.status().message(), Catch::Contains("newsfacts repair"));
  CHECK(Snapshot(db) == before);
}

}  // namespace

TEST_CASE("a DB whose MANIFEST lost its last records is refused and nothing is deleted",
          "[store][faults]") {
  TempDir dir("faults");
  const std::string db = dir.sub("db"), copy = dir.sub("copy");
  MakeDb(db, dir.sub("report"));
  // One more writer run: its MANIFEST has flush records after the initial snapshot; then
  // cut those records off a copy.
  const int st = RunWriter(db, dir.sub("report"), 600, 50);
  REQUIRE(WIFEXITED(st));
  REQUIRE(WEXITSTATUS(st) == 0);
  fs::copy(db, copy, fs::copy_options::recursive);
  const std::string manifest = CurrentManifest(copy);
  const auto tables = TableFiles(copy);
  REQUIRE(tables.size() >= 2);

  SECTION("cut to half its length") {
    fs::resize_file(manifest, fs::file_size(manifest) / 2);
    const auto before = Snapshot(copy);
    ns::OpenOptions reader;
    reader.read_only = true;
    CHECK_FALSE(ns::Store::Open(copy, reader).ok());
    auto w = ns::Store::Open(copy, ns::OpenOptions());
    REQUIRE_FALSE(w.ok());
    CHECK(Snapshot(copy) == before);  // no table file deleted, no new MANIFEST
    CHECK(TableFiles(copy) == tables);
  }
  SECTION("records after the snapshot cut off: the unlisted table files are named") {
    // Remove the newest table file from what the MANIFEST knows by cutting the MANIFEST back
    // to the size it had before the last flush: replay the same DB up to that point.
    const std::string older = dir.sub("older");
    // The MANIFEST of the last open is [snapshot][flush edits]: shrink it step by step until
    // it no longer lists every table file (each step removes a record's tail).
    const auto full = fs::file_size(manifest);
    std::string bytes = newsfacts::testing::ReadFile(manifest);
    bool refused = false;
    for (uintmax_t cut = full - 1; cut > full / 2 && !refused; cut -= 16) {
      std::ofstream(manifest, std::ios::binary | std::ios::trunc)
          .write(bytes.data(), static_cast<long>(cut));
      ns::OpenOptions reader;
      reader.read_only = true;
      auto r = ns::Store::Open(copy, reader);
      refused = !r.ok();
      if (refused) {
        CHECK(r.status().code() == ns::Status::Code::kCorruption);
        CHECK_THAT(r.status().message(), Catch::Contains("not listed in it"));
      } else {
        CHECK(CountArticles(**r) == 650);  // a cut that loses nothing is accepted
      }
    }
    REQUIRE(refused);
    ExpectRefusedUntouched(copy, "not listed");

    // The documented way back: repair (here in place, on the copy), then everything is there.
    REQUIRE(ns::Store::Repair(copy).ok());
    auto s = ns::Store::Open(copy, ns::OpenOptions());
    REQUIRE(s.ok());
    CHECK(CountArticles(**s) == 650);
  }
}

TEST_CASE("a missing or truncated table file is refused by readers and writers",
          "[store][faults]") {
  TempDir dir("faults");
  const std::string db = dir.sub("db");
  MakeDb(db, dir.sub("report"));
  const auto tables = TableFiles(db);
  REQUIRE(tables.size() >= 2);
  const std::string victim = tables[tables.size() / 2];
  const std::string name = fs::path(victim).stem().string();  // RocksDB may say .ldb
  SECTION("deleted") {
    fs::remove(victim);
    ExpectRefusedUntouched(db, name);
  }
  SECTION("truncated") {
    fs::resize_file(victim, fs::file_size(victim) - 100);
    ExpectRefusedUntouched(db, name);
  }
}

TEST_CASE("a healthy DB still opens, also while a writer has it open", "[store][faults]") {
  TempDir dir("faults");
  const std::string db = dir.sub("db");
  MakeDb(db, dir.sub("report"));
  auto w = ns::Store::Open(db, ns::OpenOptions());
  REQUIRE(w.ok());
  ns::OpenOptions reader;
  reader.read_only = true;
  auto r = ns::Store::Open(db, reader);
  REQUIRE(r.ok());
  CHECK(CountArticles(**r) == 600);
  auto st = (*r)->Stats();
  REQUIRE(st.ok());
  CHECK(st->articles == 600);
}

TEST_CASE("a full disk ends the writer with an error, never an abort, and nothing is lost",
          "[store][faults][slow]") {
  if (::geteuid() != 0) {
    WARN("skipped: mounting a small tmpfs needs root");
    return;
  }
  TempDir dir("enospc");
  const std::string mnt = dir.sub("mnt");
  fs::create_directory(mnt);
  if (::mount("tmpfs", mnt.c_str(), "tmpfs", 0, "size=12m") != 0) {
    WARN("skipped: cannot mount a tmpfs here: " << std::strerror(errno));
    return;
  }
  struct Unmount {
    std::string p;
    ~Unmount() { ::umount2(p.c_str(), MNT_DETACH); }
  } unmount{mnt};
  const std::string db = mnt + "/db", report = dir.sub("report"), filler = mnt + "/filler";

  // 1. The disk fills up while writing: exit 1 with a message, not SIGABRT. (Other data
  // takes 7 of the 12 MB, so that freeing it later makes room for recovery.)
  {
    std::ofstream f(filler, std::ios::binary);
    std::string mb(1 << 20, 'x');
    for (int i = 0; i < 7; ++i) f.write(mb.data(), static_cast<long>(mb.size()));
  }
  {
    const int st = RunWriter(db, report, 0, 200000);
    INFO("wait status " << st);
    REQUIRE(WIFEXITED(st));
    CHECK(WEXITSTATUS(st) == 1);
  }
  // 2. Open on a completely full disk (the info log, MANIFEST and OPTIONS writes fail).
  for (int attempt = 0; attempt < 6; ++attempt) {
    {
      std::ofstream f(filler, std::ios::binary | std::ios::app);
      std::string mb(1 << 20, 'x');
      while (f.write(mb.data(), static_cast<long>(mb.size()))) {
      }
    }
    const int st = RunWriter(db, report, 1000000, 10);
    INFO("attempt " << attempt << " wait status " << st);
    REQUIRE(WIFEXITED(st));
    CHECK(WEXITSTATUS(st) == 1);
  }
  // 3. Space freed: a restart opens, every acknowledged article is there, writing resumes.
  fs::remove(filler);
  std::set<std::string> reported;
  {
    std::ifstream in(report);
    std::string id, version;
    while (in >> id >> version) reported.insert(id);
  }
  REQUIRE(reported.size() > 10);
  {
    auto s = ns::Store::Open(db, ns::OpenOptions());
    INFO(s.status().ToString());
    REQUIRE(s.ok());
    for (const auto& id : reported) {
      auto a = (*s)->GetArticle(id);
      REQUIRE(a.ok());
      CHECK(a->has_value());
    }
  }
  const int st = RunWriter(db, dir.sub("report2"), 2000000, 20);
  REQUIRE(WIFEXITED(st));
  CHECK(WEXITSTATUS(st) == 0);
}
