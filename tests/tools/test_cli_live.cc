// CLI tests of a long-running `newsfacts ingest --input -` fed through a pipe: lines are stored
// while the pipe stays open (linger), SIGINT prints the summary and exits 0, a hot backup is
// taken by the running writer, and a second writer is told who holds the DB.
#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <chrono>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "tests/test_util.h"
#include "tests/tools/cli_runner.h"

using newsfacts::testing::NewsfactsBinary;
using newsfacts::testing::RunCli;
using newsfacts::testing::TempDir;

namespace {

const std::string kSamples = std::string(NEWSFACTS_SOURCE_DIR) + "/tools/samples";

// How long a wait for a process or a stored line may take (CI machines are slow and loaded;
// a passing run waits only as long as the event takes).
constexpr std::chrono::milliseconds kPatience{60000};

// `newsfacts ARGS` with a pipe on stdin (kept open until Close) and stderr to a file.
class LiveCli {
 public:
  LiveCli(const std::vector<std::string>& args, const std::string& stderr_path) {
    int fds[2];
    REQUIRE(::pipe(fds) == 0);
    pid_ = ::fork();
    REQUIRE(pid_ >= 0);
    if (pid_ == 0) {
      ::dup2(fds[0], 0);
      ::close(fds[0]);
      ::close(fds[1]);
      const int err = ::open(stderr_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
      ::dup2(err, 2);
      std::vector<std::string> argv_s = {NewsfactsBinary()};
      argv_s.insert(argv_s.end(), args.begin(), args.end());
      std::vector<char*> argv;
      for (auto& a : argv_s) argv.push_back(a.data());
      argv.push_back(nullptr);
      ::execv(argv[0], argv.data());
      ::_exit(127);
    }
    ::close(fds[0]);
    in_ = fds[1];
  }
  ~LiveCli() {
    if (in_ >= 0) ::close(in_);
    if (pid_ > 0 && !waited_) {
      ::kill(pid_, SIGKILL);
      ::waitpid(pid_, nullptr, 0);
    }
  }
  void Write(const std::string& text) {
    REQUIRE(::write(in_, text.data(), text.size()) == static_cast<ssize_t>(text.size()));
  }
  void Signal(int sig) { ::kill(pid_, sig); }
  pid_t pid() const { return pid_; }
  // Waits up to `timeout` for the process to exit; its exit code, or -1.
  int Wait(std::chrono::milliseconds timeout) {
    const auto until = std::chrono::steady_clock::now() + timeout;
    while (std::chrono::steady_clock::now() < until) {
      int status = 0;
      if (::waitpid(pid_, &status, WNOHANG) == pid_) {
        waited_ = true;
        return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    return -1;
  }

 private:
  pid_t pid_ = -1;
  int in_ = -1;
  bool waited_ = false;
};

std::vector<std::string> ReadLines(const std::string& path) {
  std::ifstream in(path);
  std::vector<std::string> out;
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

std::string ReadText(const std::string& path) {
  std::ifstream in(path);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

// True when article `id` is stored in `db` (read through a second, read-only process).
bool Stored(const std::string& db, const std::string& id) {
  auto r = RunCli({"show", "article", "--db", db, id});
  return r.exit_code == 0;
}

// Polls until `id` is stored or `timeout` passes; returns the time it took.
std::chrono::milliseconds WaitStored(const std::string& db, const std::string& id,
                                     std::chrono::milliseconds timeout) {
  const auto start = std::chrono::steady_clock::now();
  while (std::chrono::steady_clock::now() - start < timeout) {
    if (Stored(db, id)) {
      return std::chrono::duration_cast<std::chrono::milliseconds>(
          std::chrono::steady_clock::now() - start);
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  return timeout + std::chrono::milliseconds(1);
}

std::string IdOf(const std::string& jsonl_line) {
  const size_t key = jsonl_line.find("\"id\"");
  const size_t p = jsonl_line.find('"', jsonl_line.find(':', key)) + 1;
  return jsonl_line.substr(p, jsonl_line.find('"', p) - p);
}

}  // namespace

TEST_CASE("ingest from an open pipe stores each line promptly and SIGINT prints the summary",
          "[tools][cli][slow]") {
  TempDir dir;
  const std::string db = dir.sub("db");
  const std::string err = dir.sub("stderr.txt");
  const auto seeds = ReadLines(kSamples + "/seeds.jsonl");
  REQUIRE(seeds.size() >= 2);
  LiveCli ingest({"ingest", "--input", "-", "--db", db}, err);
  ingest.Write(seeds[0] + "\n");
  // The first line also waits for the process to start.
  REQUIRE(WaitStored(db, IdOf(seeds[0]), kPatience) <= kPatience);
  // A line written to stdin is stored within 1 s although the pipe stays open (linger 100 ms).
  // Each look is a separate reader process: its own cost (the slowest of three, measured on
  // this machine under its current load) is added to the bound.
  std::chrono::milliseconds look{0};
  for (int i = 0; i < 3; ++i) {
    const auto look_start = std::chrono::steady_clock::now();
    CHECK_FALSE(Stored(db, IdOf(seeds[1])));
    look = std::max(look, std::chrono::duration_cast<std::chrono::milliseconds>(
                              std::chrono::steady_clock::now() - look_start));
  }
  const auto bound = std::chrono::milliseconds(1000) + 2 * look;
  ingest.Write(seeds[1] + "\n");
  const auto took = WaitStored(db, IdOf(seeds[1]), kPatience);
  INFO("stored after " << took.count() << " ms; bound " << bound.count() << " ms");
  CHECK(took <= bound);
  ingest.Signal(SIGINT);
  CHECK(ingest.Wait(kPatience) == 0);
  const std::string summary = ReadText(err);
  CHECK(summary.find("2 lines, 2 articles (2 new") != std::string::npos);
}

TEST_CASE("backup while ingest runs is taken by the running writer and holds every article",
          "[tools][cli][slow]") {
  TempDir dir;
  const std::string db = dir.sub("db");
  const auto seeds = ReadLines(kSamples + "/seeds.jsonl");
  LiveCli ingest({"ingest", "--input", "-", "--db", db}, dir.sub("stderr.txt"));
  for (const auto& line : seeds) ingest.Write(line + "\n");
  for (const auto& line : seeds) {
    REQUIRE(WaitStored(db, IdOf(line), kPatience) <= kPatience);
  }

  // A second writer is told who holds the DB instead of RocksDB's lock error.
  auto reindex = RunCli({"reindex", "--db", db});
  CHECK(reindex.exit_code == 1);
  CHECK(reindex.err.find("in use by newsfacts ingest, pid " + std::to_string(ingest.pid())) !=
        std::string::npos);
  CHECK(reindex.err.find("Resource temporarily unavailable") == std::string::npos);

  const std::string to = dir.sub("checkpoint");
  auto backup = RunCli({"backup", "--db", db, "--to", to, "--timeout", "30"});
  INFO(backup.err);
  REQUIRE(backup.exit_code == 0);
  CHECK(backup.err.find("by the running writer") != std::string::npos);
  for (const auto& line : seeds) CHECK(Stored(to, IdOf(line)));
  auto again = RunCli({"backup", "--db", db, "--to", to});
  CHECK(again.exit_code == 2);  // the destination exists
  ingest.Signal(SIGTERM);
  CHECK(ingest.Wait(kPatience) == 0);
}
