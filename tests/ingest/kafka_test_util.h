#pragma once
// Helpers for the broker tests ([kafka]): a throw-away local broker (tools/kafka), producing
// and inspecting topics, group offsets, and the real `newsfacts` binary as a child process.
// Every helper REQUIREs success (Catch2), so a broken environment fails the test loudly.

#include <sys/types.h>

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "ingest/kafka_client.h"
#include "store/store.h"
#include "tests/test_util.h"

namespace newsfacts::testing {

using ::newsfacts::testing::TempDir;

// A broker started by `tools/kafka start` in its own temp dir; stopped (both JVMs killed)
// by the destructor.
class LocalBroker {
 public:
  explicit LocalBroker(int default_partitions = 4);
  ~LocalBroker();
  const std::string& bootstrap() const { return bootstrap_; }
  // The client properties file the broker needs (api.version.request=false, ...).
  std::string client_config() const { return (dir_ / "client.properties").string(); }
  // Client properties for in-process clients (bootstrap.servers + client_config()).
  ingest::KafkaProperties ClientProperties() const;
  void CreateTopic(const std::string& name, int partitions);
  // Produces every payload (keyed by its position, so they spread over the partitions) and
  // waits for delivery.
  void Produce(const std::string& topic, const std::vector<std::string>& payloads);
  // High watermark per partition (queried from the broker).
  std::map<int32_t, int64_t> EndOffsets(const std::string& topic, int partitions);
  // Offsets committed by `group` per partition (-1 = none).
  std::map<int32_t, int64_t> Committed(const std::string& group, const std::string& topic,
                                       int partitions);
  // Waits until `group` has committed the end offset of every partition of `topic` (an
  // empty partition needs no commit). Returns false on timeout.
  bool WaitCaughtUp(const std::string& group, const std::string& topic, int partitions,
                    std::chrono::seconds timeout);
  // Reads every message of `topic` from the beginning up to its end offsets at the call
  // (CHECKs that it got there within 120 s).
  std::vector<std::string> ReadAll(const std::string& topic);

 private:
  std::filesystem::path dir_;
  std::string bootstrap_;
};

// A running `newsfacts` child process; stderr goes to a file.
class Child {
 public:
  Child(const std::vector<std::string>& args, const std::string& stderr_path);
  ~Child();  // SIGKILLs the child if still running
  pid_t pid() const { return pid_; }
  void Signal(int sig);
  // Waits for exit; returns the exit status (WEXITSTATUS, or 128+signal) or -1 on timeout.
  int Wait(std::chrono::milliseconds timeout);
  bool running();

 private:
  pid_t pid_ = -1;
  bool reaped_ = false;
  int status_ = 0;
};

std::string NewsfactsBinary();

// Articles with ids "<prefix>-<i>", built from the corpus bodies (cycled) so they carry
// real figures; each is one JSON line.
std::vector<std::string> MakeArticles(const std::string& prefix, size_t n);

// Article ids stored in a DB (opened after the daemon stopped). The store is keyed by id, so
// one DB never lists an id twice: a duplicate shows up across DBs (RecordsPerId) or as
// re-reads in the daemon's log.
std::multiset<std::string> StoredIds(const std::string& db_path);

// Stored article records per article id, summed over every DB given (each opened after its
// daemon stopped, or an open in-process store). An article that two consumers both stored
// counts 2.
std::map<std::string, size_t> RecordsPerId(const std::vector<std::string>& db_paths);
std::map<std::string, size_t> RecordsPerId(const std::vector<const store::Store*>& stores);
// The ids with more than one record, as "<id> x<count>"; empty when every id is stored once.
std::vector<std::string> Duplicates(const std::map<std::string, size_t>& records);

// Waits until the last "stats: <n>" line of a daemon's stderr log reports n > 0 stored
// articles. Returns false at the deadline.
bool WaitForStoredArticles(const std::filesystem::path& log, std::chrono::seconds timeout);
std::string ReadText(const std::filesystem::path& path);

}  // namespace newsfacts::testing
