#include "tests/ingest/kafka_test_util.h"

#include <fcntl.h>
#include <librdkafka/rdkafka.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <catch2/catch.hpp>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <memory>
#include <sstream>
#include <thread>

#include "common/json_writer.h"

extern char** environ;

namespace newsfacts::testing {

namespace fs = std::filesystem;

namespace {

// Runs a shell command that must succeed; returns its stdout.
std::string RunChecked(const std::string& command) {
  std::string out = RunCapture(command + "; echo \"rc=$?\"");
  const size_t rc_at = out.rfind("rc=");
  const bool ok = rc_at != std::string::npos && out.compare(rc_at, 5, "rc=0\n") == 0;
  if (rc_at != std::string::npos) out.resize(rc_at);
  INFO(command << " -> " << out);
  REQUIRE(ok);
  return out;
}

std::string Script() {
  return std::string(NEWSFACTS_SOURCE_DIR) + "/tools/kafka";
}

rd_kafka_t* NewClient(const ingest::KafkaProperties& props, rd_kafka_type_t type) {
  auto conf = ingest::MakeKafkaConf(props);
  REQUIRE(conf.ok());
  char err[512];
  rd_kafka_t* rk = rd_kafka_new(type, *conf, err, sizeof err);
  INFO(err);
  REQUIRE(rk != nullptr);
  return rk;
}

// A JSON string literal of `s`.
std::string Json(const std::string& s) {
  std::string o;
  common::JsonWriter::AppendEscaped(s, &o);
  return o;
}

}  // namespace

LocalBroker::LocalBroker(int default_partitions) {
  static std::atomic<int> counter{0};
  dir_ = fs::temp_directory_path() /
         ("newsfacts_broker_" + std::to_string(::getpid()) + "_" + std::to_string(counter++));
  std::string out = RunChecked(Script() + " start --dir " + dir_.string() + " --partitions " +
                               std::to_string(default_partitions) + " 2>&1 | tail -1");
  bootstrap_ = ReadText(dir_ / "bootstrap");
  while (!bootstrap_.empty() && bootstrap_.back() == '\n') bootstrap_.pop_back();
  REQUIRE(!bootstrap_.empty());
}

LocalBroker::~LocalBroker() {
  std::string cmd = Script() + " stop --dir " + dir_.string() + " >/dev/null 2>&1";
  (void)std::system(cmd.c_str());
}

ingest::KafkaProperties LocalBroker::ClientProperties() const {
  auto props = ingest::ReadKafkaPropertiesFile(client_config());
  REQUIRE(props.ok());
  props->emplace_back("bootstrap.servers", bootstrap_);
  return *props;
}

void LocalBroker::CreateTopic(const std::string& name, int partitions) {
  RunChecked(Script() + " topic create " + name + " --dir " + dir_.string() + " --partitions " +
             std::to_string(partitions) + " 2>&1");
}

namespace {
ingest::KafkaProperties WithoutConsumerKeys(ingest::KafkaProperties props) {
  std::erase_if(props, [](const auto& kv) { return kv.first == "session.timeout.ms"; });
  return props;
}
}  // namespace

void LocalBroker::Produce(const std::string& topic, const std::vector<std::string>& payloads) {
  auto props = WithoutConsumerKeys(ClientProperties());
  props.emplace_back("message.max.bytes", "16000000");
  props.emplace_back("linger.ms", "5");
  auto producer = ingest::KafkaProducer::Open(props);
  REQUIRE(producer.ok());
  // Keyed by position: the key hash spreads the messages over every partition (without a
  // key, librdkafka's sticky partitioner may put a whole quick burst into one partition).
  for (size_t i = 0; i < payloads.size(); ++i) {
    REQUIRE((*producer)->Produce(topic, std::to_string(i), payloads[i]).ok());
  }
  REQUIRE((*producer)->Flush(std::chrono::seconds(60)).ok());
  INFO((*producer)->last_error());
  REQUIRE((*producer)->failed() == 0);
  REQUIRE((*producer)->delivered() == payloads.size());
}

std::map<int32_t, int64_t> LocalBroker::EndOffsets(const std::string& topic, int partitions) {
  rd_kafka_t* rk = NewClient(WithoutConsumerKeys(ClientProperties()), RD_KAFKA_PRODUCER);
  std::map<int32_t, int64_t> out;
  for (int p = 0; p < partitions; ++p) {
    int64_t lo = -1, hi = -1;
    rd_kafka_resp_err_t err =
        rd_kafka_query_watermark_offsets(rk, topic.c_str(), p, &lo, &hi, 10000);
    INFO(rd_kafka_err2str(err));
    REQUIRE(err == RD_KAFKA_RESP_ERR_NO_ERROR);
    out[p] = hi;
  }
  rd_kafka_destroy(rk);
  return out;
}

std::map<int32_t, int64_t> LocalBroker::Committed(const std::string& group,
                                                  const std::string& topic, int partitions) {
  auto props = ClientProperties();
  props.emplace_back("group.id", group);
  rd_kafka_t* rk = NewClient(props, RD_KAFKA_CONSUMER);
  rd_kafka_topic_partition_list_t* list = rd_kafka_topic_partition_list_new(partitions);
  for (int p = 0; p < partitions; ++p) rd_kafka_topic_partition_list_add(list, topic.c_str(), p);
  rd_kafka_resp_err_t err = rd_kafka_committed(rk, list, 10000);
  std::map<int32_t, int64_t> out;
  for (int i = 0; i < list->cnt; ++i) {
    out[list->elems[i].partition] = err == RD_KAFKA_RESP_ERR_NO_ERROR && list->elems[i].offset >= 0
                                        ? list->elems[i].offset
                                        : -1;
  }
  rd_kafka_topic_partition_list_destroy(list);
  rd_kafka_consumer_close(rk);
  rd_kafka_destroy(rk);
  return out;
}

bool LocalBroker::WaitCaughtUp(const std::string& group, const std::string& topic, int partitions,
                               std::chrono::seconds timeout) {
  const auto end = EndOffsets(topic, partitions);
  // Caught up: every partition committed at its end; an empty partition (end 0) has nothing
  // to commit, so "none" (-1) counts there (the producer may leave partitions empty).
  auto caught_up = [&](const std::map<int32_t, int64_t>& committed) {
    for (const auto& [p, e] : end) {
      const auto it = committed.find(p);
      const int64_t c = it == committed.end() ? -1 : it->second;
      if (c != e && !(e == 0 && c == -1)) return false;
    }
    return true;
  };
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  while (std::chrono::steady_clock::now() < deadline) {
    if (caught_up(Committed(group, topic, partitions))) return true;
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
  }
  return false;
}

std::vector<std::string> LocalBroker::ReadAll(const std::string& topic) {
  // Every partition of the topic (from the broker's metadata) and its end offset now.
  int partitions = 0;
  {
    rd_kafka_t* rk = NewClient(WithoutConsumerKeys(ClientProperties()), RD_KAFKA_PRODUCER);
    rd_kafka_topic_t* rkt = rd_kafka_topic_new(rk, topic.c_str(), nullptr);
    const rd_kafka_metadata_t* md = nullptr;
    const rd_kafka_resp_err_t err = rd_kafka_metadata(rk, 0, rkt, &md, 30000);
    INFO(rd_kafka_err2str(err));
    REQUIRE(err == RD_KAFKA_RESP_ERR_NO_ERROR);
    REQUIRE(md->topic_cnt == 1);
    partitions = md->topics[0].partition_cnt;
    rd_kafka_metadata_destroy(md);
    rd_kafka_topic_destroy(rkt);
    rd_kafka_destroy(rk);
  }
  REQUIRE(partitions > 0);
  const auto end = EndOffsets(topic, partitions);
  // Read each partition from its beginning to that end: an explicit assignment (no group
  // join) and a stop at the known end, not after some quiet time (which a slow broker or a
  // loaded machine could exceed mid-topic). The deadline only guards a broken broker.
  auto props = ClientProperties();
  props.emplace_back("group.id", "newsfacts-test-reader");
  props.emplace_back("enable.auto.commit", "false");
  rd_kafka_t* rk = NewClient(props, RD_KAFKA_CONSUMER);
  rd_kafka_poll_set_consumer(rk);
  rd_kafka_topic_partition_list_t* list = rd_kafka_topic_partition_list_new(partitions);
  std::map<int32_t, int64_t> next;
  for (const auto& [p, e] : end) {
    if (e <= 0) continue;
    rd_kafka_topic_partition_list_add(list, topic.c_str(), p)->offset = RD_KAFKA_OFFSET_BEGINNING;
    next[p] = 0;
  }
  REQUIRE(rd_kafka_assign(rk, list) == RD_KAFKA_RESP_ERR_NO_ERROR);
  rd_kafka_topic_partition_list_destroy(list);
  auto done = [&] {
    for (const auto& [p, n] : next) {
      if (n < end.at(p)) return false;
    }
    return true;
  };
  std::vector<std::string> out;
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(120);
  while (!done() && std::chrono::steady_clock::now() < deadline) {
    rd_kafka_message_t* m = rd_kafka_consumer_poll(rk, 200);
    if (m == nullptr) continue;
    if (m->err == RD_KAFKA_RESP_ERR_NO_ERROR) {
      out.emplace_back(static_cast<const char*>(m->payload), m->len);
      next[m->partition] = m->offset + 1;
    }
    rd_kafka_message_destroy(m);
  }
  INFO("read " << out.size() << " messages of " << topic);
  CHECK(done());
  (void)rd_kafka_assign(rk, nullptr);
  rd_kafka_consumer_close(rk);
  rd_kafka_destroy(rk);
  return out;
}

Child::Child(const std::vector<std::string>& args, const std::string& stderr_path) {
  std::vector<char*> argv;
  argv.push_back(const_cast<char*>(args[0].c_str()));
  for (size_t i = 1; i < args.size(); ++i) argv.push_back(const_cast<char*>(args[i].c_str()));
  argv.push_back(nullptr);
  posix_spawn_file_actions_t fa;
  posix_spawn_file_actions_init(&fa);
  posix_spawn_file_actions_addopen(&fa, 2, stderr_path.c_str(), O_WRONLY | O_CREAT | O_APPEND,
                                   0644);
  posix_spawn_file_actions_addopen(&fa, 1, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen(&fa, 0, "/dev/null", O_RDONLY, 0);
  const int rc = posix_spawn(&pid_, argv[0], &fa, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&fa);
  REQUIRE(rc == 0);
}

Child::~Child() {
  if (!reaped_ && pid_ > 0) {
    ::kill(pid_, SIGKILL);
    ::waitpid(pid_, &status_, 0);
  }
}

void Child::Signal(int sig) {
  if (!reaped_) ::kill(pid_, sig);
}

bool Child::running() {
  if (reaped_) return false;
  if (::waitpid(pid_, &status_, WNOHANG) == pid_) reaped_ = true;
  return !reaped_;
}

int Child::Wait(std::chrono::milliseconds timeout) {
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  while (!reaped_) {
    if (::waitpid(pid_, &status_, WNOHANG) == pid_) {
      reaped_ = true;
      break;
    }
    if (std::chrono::steady_clock::now() >= deadline) return -1;
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  if (WIFEXITED(status_)) return WEXITSTATUS(status_);
  if (WIFSIGNALED(status_)) return 128 + WTERMSIG(status_);
  return -1;
}

std::string NewsfactsBinary() {
  return std::string(NEWSFACTS_BINARY_DIR) + "/tools/newsfacts";
}

std::vector<std::string> MakeArticles(const std::string& prefix, size_t n) {
  // Bodies of the Spanish news sample in tests/data (real text with figures), cycled.
  static const std::vector<std::string> bodies = [] {
    std::vector<std::string> b;
    std::ifstream in(std::string(NEWSFACTS_TEST_DATA_DIR) + "/news/es_ancora_sample.jsonl");
    std::string line;
    while (std::getline(in, line) && b.size() < 200) {
      const size_t k = line.find("\"body\": \"");
      if (k == std::string::npos) continue;
      size_t e = k + 9;
      while (e < line.size() && line[e] != '"') e += line[e] == '\\' ? 2 : 1;
      std::string body = line.substr(k + 9, e - k - 9);
      if (body.size() > 1500) {
        size_t cut = 1500;
        while (cut > 0 && (static_cast<unsigned char>(body[cut]) & 0xC0) == 0x80) --cut;
        body.resize(cut);
        while (!body.empty() && body.back() == '\\') body.pop_back();
      }
      b.push_back(body);  // still JSON-escaped
    }
    return b;
  }();
  REQUIRE(!bodies.empty());
  std::vector<std::string> out;
  out.reserve(n);
  for (size_t i = 0; i < n; ++i) {
    out.push_back("{\"id\":" + Json(prefix + "-" + std::to_string(i)) +
                  ",\"lang\":\"es\",\"title\":\"Nvidia vende 1,5 millones de chips\",\"body\":\"" +
                  bodies[i % bodies.size()] + "\"}");
  }
  return out;
}

std::multiset<std::string> StoredIds(const std::string& db_path) {
  std::multiset<std::string> ids;
  store::OpenOptions o;
  o.create_if_missing = false;
  auto db = store::Store::Open(db_path, o);
  INFO(db.status().ToString());
  REQUIRE(db.ok());
  REQUIRE((*db)
              ->ScanArticles([&](const store::StoredArticle& a) {
                ids.insert(a.article.id);
                return true;
              })
              .ok());
  return ids;
}

std::map<std::string, size_t> RecordsPerId(const std::vector<const store::Store*>& stores) {
  std::map<std::string, size_t> records;
  for (const store::Store* db : stores) {
    REQUIRE(db->ScanArticles([&](const store::StoredArticle& a) {
                ++records[a.article.id];
                return true;
              }).ok());
  }
  return records;
}

std::map<std::string, size_t> RecordsPerId(const std::vector<std::string>& db_paths) {
  std::vector<std::unique_ptr<store::Store>> open;
  std::vector<const store::Store*> stores;
  for (const std::string& path : db_paths) {
    store::OpenOptions o;
    o.create_if_missing = false;
    auto db = store::Store::Open(path, o);
    INFO(path << ": " << db.status().ToString());
    REQUIRE(db.ok());
    open.push_back(std::move(db).value());
    stores.push_back(open.back().get());
  }
  return RecordsPerId(stores);
}

std::vector<std::string> Duplicates(const std::map<std::string, size_t>& records) {
  std::vector<std::string> out;
  for (const auto& [id, n] : records) {
    if (n > 1) out.push_back(id + " x" + std::to_string(n));
  }
  return out;
}

bool WaitForStoredArticles(const fs::path& log, std::chrono::seconds timeout) {
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  while (std::chrono::steady_clock::now() < deadline) {
    const std::string text = ReadText(log);
    const size_t at = text.rfind("stats: ");
    if (at != std::string::npos && std::strtoul(text.c_str() + at + 7, nullptr, 10) > 0) {
      return true;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  return false;
}

std::string ReadText(const fs::path& path) {
  std::ifstream in(path);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace newsfacts::testing
