#include "ingest/kafka_source.h"

#include <librdkafka/rdkafka.h>
#include <xxhash.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <set>
#include <tuple>

#include "ingest/log.h"

namespace newsfacts::ingest {

namespace {

using Key = std::pair<std::string, int32_t>;  // (topic, partition)

constexpr int kWatermarkTimeoutMs = 10000;  // watermark and offsets-for-times lookups

bool IsUnavailable(rd_kafka_resp_err_t err) {
  return err == RD_KAFKA_RESP_ERR__ALL_BROKERS_DOWN || err == RD_KAFKA_RESP_ERR__TRANSPORT ||
         err == RD_KAFKA_RESP_ERR__RESOLVE || err == RD_KAFKA_RESP_ERR__TIMED_OUT ||
         err == RD_KAFKA_RESP_ERR__MSG_TIMED_OUT;
}

int64_t SteadyMs() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(
             std::chrono::steady_clock::now().time_since_epoch())
      .count();
}

// Offsets by time need ListOffsets v1 (Kafka 0.10.1). librdkafka cannot tell for a broker
// it does not ask for its API versions (api.version.request=false): it then speaks the
// protocol of broker.version.fallback, and ListOffsets v0 silently answers something else
// (offsets of log segments older than the time). Errors: InvalidArgument.
Status CheckOffsetsByTime(const KafkaProperties& props) {
  std::string api_request = "true", fallback;
  for (const auto& [key, value] : props) {
    if (key == "api.version.request") api_request = value;
    if (key == "broker.version.fallback") fallback = value;
  }
  if (api_request != "false") return Status::Ok();
  int v[3] = {0, 0, 0};
  if (fallback.empty()) fallback = "0.10.0";  // librdkafka's default
  std::sscanf(fallback.c_str(), "%d.%d.%d", &v[0], &v[1], &v[2]);
  if (std::make_tuple(v[0], v[1], v[2]) >= std::make_tuple(0, 10, 1)) return Status::Ok();
  return Status::InvalidArgument(
      "--offset-time needs message timestamps: this broker (api.version.request=false, "
      "broker.version.fallback=" +
      fallback +
      ") has no ListOffsets by time (Kafka 0.10.1 or newer); use --from-beginning or --offset N");
}

}  // namespace

struct KafkaSource::Impl {
  rd_kafka_t* rk = nullptr;
  const store::Store* store = nullptr;
  KafkaSourceOptions options;
  bool closed = false;
  bool closing = false;

  mutable std::mutex mu;                // guards positions (read by Lag() from other threads)
  std::map<Key, int64_t> positions;     // assigned partitions -> next offset (-1 unknown)
  std::vector<std::string> unassigned;  // guarded by mu; see UnassignedPartitions()

  std::vector<Message>* pending = nullptr;  // the Poll() output being filled
  std::function<void()> barrier;            // Source::SetRebalanceBarrier (polling thread)
  size_t pending_start = 0;

  std::map<int, int64_t> last_log_ms;  // error code -> last time it was logged

  // Partitions this process has been assigned at least once (options.start applies to each
  // only then), and for stop_at_end their offsets at that first assignment (guarded by mu).
  std::set<Key> started;
  struct Span {
    int64_t low = -1, high = -1;  // watermarks (high = the end offset at start)
    int64_t start = -1;           // where processing started (low when unknown)
  };
  std::map<Key, Span> spans;
  // Set by the rebalance callback when the start position cannot be honoured; Poll returns it.
  Status fatal = Status::Ok();

  // Offsets Kafka acknowledged (offset commit callback; guarded by mu), and when Poll last
  // re-sent positions Kafka had not acknowledged (a failed async commit is otherwise only
  // retried by the next batch, which may never come on an idle partition).
  std::map<Key, int64_t> acked;
  int64_t last_recommit_ms = 0;

  // Logs at most once per 5 s per error code.
  void LogRateLimited(int code, const std::string& text) {
    const int64_t now = SteadyMs();
    auto it = last_log_ms.find(code);
    if (it != last_log_ms.end() && now - it->second < 5000) return;
    last_log_ms[code] = now;
    Log(LogLevel::kWarn, "kafka", text);
  }

  // Recomputes `unassigned` from the topics' partition counts (metadata) and `positions`.
  void UpdateCoverage() {
    std::vector<std::string> missing;
    for (const std::string& topic : options.topics) {
      rd_kafka_topic_t* rkt = rd_kafka_topic_new(rk, topic.c_str(), nullptr);
      if (rkt == nullptr) continue;
      const rd_kafka_metadata_t* md = nullptr;
      if (rd_kafka_metadata(rk, 0, rkt, &md, 5000) == RD_KAFKA_RESP_ERR_NO_ERROR) {
        for (int t = 0; t < md->topic_cnt; ++t) {
          if (topic != md->topics[t].topic) continue;
          std::lock_guard<std::mutex> lock(mu);
          for (int p = 0; p < md->topics[t].partition_cnt; ++p) {
            const int32_t id = md->topics[t].partitions[p].id;
            if (positions.count({topic, id}) == 0) {
              missing.push_back(topic + "/" + std::to_string(id));
            }
          }
        }
        rd_kafka_metadata_destroy(md);
      }
      rd_kafka_topic_destroy(rkt);
    }
    std::lock_guard<std::mutex> lock(mu);
    unassigned = std::move(missing);
  }

  // Synchronously commits the known positions of `keys` (all assigned when empty).
  rd_kafka_resp_err_t CommitSync(const std::set<Key>* keys) {
    rd_kafka_topic_partition_list_t* list = rd_kafka_topic_partition_list_new(8);
    {
      std::lock_guard<std::mutex> lock(mu);
      for (const auto& [key, offset] : positions) {
        if (offset < 0 || (keys != nullptr && keys->count(key) == 0)) continue;
        rd_kafka_topic_partition_list_add(list, key.first.c_str(), key.second)->offset = offset;
      }
    }
    rd_kafka_resp_err_t err = RD_KAFKA_RESP_ERR_NO_ERROR;
    if (list->cnt > 0) err = rd_kafka_commit(rk, list, 0);
    rd_kafka_topic_partition_list_destroy(list);
    return err;
  }
};

// librdkafka callbacks (C linkage signatures); opaque = KafkaSource*.
struct KafkaSourceCallbacks {
  static void Rebalance(rd_kafka_t* rk, rd_kafka_resp_err_t err,
                        rd_kafka_topic_partition_list_t* parts, void* opaque) {
    auto* self = static_cast<KafkaSource*>(opaque);
    KafkaSource::Impl& impl = *self->impl_;
    self->rebalances_.fetch_add(1);
    // The caller's write in flight (batch N, while Poll collects N+1) lands and is committed
    // first: a revocation then commits positions that cover it, and an assignment reads the
    // DB's positions after it.
    if (impl.barrier) impl.barrier();
    const bool cooperative = std::strcmp(rd_kafka_rebalance_protocol(rk), "COOPERATIVE") == 0;
    if (err == RD_KAFKA_RESP_ERR__ASSIGN_PARTITIONS) {
      self->brokers_down_.store(false);
      // Kafka's committed offsets, then max with the store's.
      rd_kafka_topic_partition_list_t* committed = rd_kafka_topic_partition_list_copy(parts);
      rd_kafka_resp_err_t cerr = rd_kafka_committed(
          rk, committed, static_cast<int>(impl.options.committed_timeout.count()));
      if (cerr != RD_KAFKA_RESP_ERR_NO_ERROR) {
        LogF(LogLevel::kWarn, "kafka",
             "cannot read committed offsets (%s); starting from the positions in the DB",
             rd_kafka_err2str(cerr));
      }
      // First assignments in this process: the watermarks (stop_at_end, --offset-time) and
      // the explicit start position.
      const StartPosition& want = impl.options.start;
      std::vector<bool> first(static_cast<size_t>(parts->cnt));
      std::vector<KafkaSource::Impl::Span> spans(static_cast<size_t>(parts->cnt));
      for (int i = 0; i < parts->cnt; ++i) {
        const rd_kafka_topic_partition_t& p = parts->elems[i];
        first[i] = impl.started.insert({p.topic, p.partition}).second;
        if (first[i] && (impl.options.stop_at_end || want.kind != StartPosition::Kind::kStored)) {
          rd_kafka_resp_err_t werr = rd_kafka_query_watermark_offsets(
              rk, p.topic, p.partition, &spans[i].low, &spans[i].high, kWatermarkTimeoutMs);
          if (werr != RD_KAFKA_RESP_ERR_NO_ERROR) {
            LogF(LogLevel::kWarn, "kafka", "cannot read the end offset of %s/%d: %s", p.topic,
                 p.partition, rd_kafka_err2str(werr));
            spans[i] = {};
          }
        }
      }
      rd_kafka_topic_partition_list_t* times = nullptr;  // --offset-time: resolved offsets
      if (want.kind == StartPosition::Kind::kTime) {
        times = rd_kafka_topic_partition_list_new(parts->cnt);
        for (int i = 0; i < parts->cnt; ++i) {
          if (first[i]) {
            rd_kafka_topic_partition_list_add(times, parts->elems[i].topic,
                                              parts->elems[i].partition)
                ->offset = want.value;
          }
        }
        rd_kafka_resp_err_t terr = times->cnt > 0
                                       ? rd_kafka_offsets_for_times(rk, times, kWatermarkTimeoutMs)
                                       : RD_KAFKA_RESP_ERR_NO_ERROR;
        for (int i = 0; terr == RD_KAFKA_RESP_ERR_NO_ERROR && i < times->cnt; ++i) {
          terr = times->elems[i].err;
        }
        if (terr != RD_KAFKA_RESP_ERR_NO_ERROR) {
          impl.fatal = Status::InvalidArgument(
              std::string("--offset-time: the broker cannot look up offsets by time (") +
              rd_kafka_err2str(terr) +
              "); ListOffsets by timestamp needs message timestamps (Kafka 0.10.1 or newer). "
              "Use --from-beginning or --offset N");
          std::fill(first.begin(), first.end(), false);  // assign as stored; Poll fails
        }
      }
      rd_kafka_topic_partition_list_t* ahead = rd_kafka_topic_partition_list_new(parts->cnt);
      for (int i = 0; i < parts->cnt; ++i) {
        rd_kafka_topic_partition_t& p = parts->elems[i];
        if (first[i] && want.kind != StartPosition::Kind::kStored) {
          int64_t start = -1;
          switch (want.kind) {
            case StartPosition::Kind::kBeginning:
              p.offset = RD_KAFKA_OFFSET_BEGINNING;
              start = spans[i].low;
              break;
            case StartPosition::Kind::kOffset:
              start = want.value;
              // Outside the partition: its nearest end (librdkafka would apply
              // auto.offset.reset, and the backfill end would be wrong).
              if (spans[i].high >= 0 && start > spans[i].high) start = spans[i].high;
              if (spans[i].low >= 0 && start < spans[i].low) start = spans[i].low;
              if (start != want.value) {
                LogF(LogLevel::kWarn, "kafka",
                     "--offset %lld is outside %s/%d (offsets %lld..%lld): starting at %lld",
                     static_cast<long long>(want.value), p.topic, p.partition,
                     static_cast<long long>(spans[i].low), static_cast<long long>(spans[i].high),
                     static_cast<long long>(start));
              }
              p.offset = start;
              break;
            case StartPosition::Kind::kTime: {
              const rd_kafka_topic_partition_t* t =
                  rd_kafka_topic_partition_list_find(times, p.topic, p.partition);
              start = t != nullptr && t->offset >= 0 ? t->offset : spans[i].high;
              p.offset = start >= 0 ? start : RD_KAFKA_OFFSET_END;
              break;
            }
            case StartPosition::Kind::kStored:
              break;
          }
          spans[i].start = start >= 0 ? start : spans[i].low;
          std::lock_guard<std::mutex> lock(impl.mu);
          impl.positions[{p.topic, p.partition}] = start;
          if (impl.options.stop_at_end) impl.spans[{p.topic, p.partition}] = spans[i];
          continue;
        }
        int64_t start = -1;
        if (cerr == RD_KAFKA_RESP_ERR_NO_ERROR && committed->elems[i].err == 0 &&
            committed->elems[i].offset >= 0) {
          start = committed->elems[i].offset;
        }
        auto stored = impl.store != nullptr
                          ? impl.store->GetNextOffset(KafkaSource::SourceName(p.topic), p.partition)
                          : common::Result<std::optional<int64_t>>(std::nullopt);
        if (!stored.ok()) {
          LogF(LogLevel::kError, "kafka", "cannot read the stored offset of %s/%d: %s", p.topic,
               p.partition, stored.status().ToString().c_str());
        } else if (stored->has_value()) {
          start = std::max(start, **stored);
        }
        p.offset = start >= 0 ? start : RD_KAFKA_OFFSET_INVALID;
        // The DB is ahead of Kafka (a crash between the store write and the commit): tell
        // Kafka now, so other members and lag monitors see the true position even if no
        // new message arrives.
        if (start >= 0 && start != committed->elems[i].offset) {
          rd_kafka_topic_partition_list_add(ahead, p.topic, p.partition)->offset = start;
        }
        std::lock_guard<std::mutex> lock(impl.mu);
        impl.positions[{p.topic, p.partition}] = start;
        if (first[i] && impl.options.stop_at_end) {
          spans[i].start = start >= 0 ? start : spans[i].low;
          impl.spans[{p.topic, p.partition}] = spans[i];
        }
      }
      if (times != nullptr) rd_kafka_topic_partition_list_destroy(times);
      rd_kafka_topic_partition_list_destroy(committed);
      if (cooperative) {
        if (rd_kafka_error_t* e = rd_kafka_incremental_assign(rk, parts)) {
          LogF(LogLevel::kError, "kafka", "incremental assign failed: %s",
               rd_kafka_error_string(e));
          rd_kafka_error_destroy(e);
        }
      } else {
        rd_kafka_assign(rk, parts);
      }
      if (ahead->cnt > 0) rd_kafka_commit(rk, ahead, 1);
      rd_kafka_topic_partition_list_destroy(ahead);
      impl.UpdateCoverage();
      return;
    }
    // Revoke (or an error: treat as losing everything).
    const bool lost = err != RD_KAFKA_RESP_ERR__REVOKE_PARTITIONS || rd_kafka_assignment_lost(rk);
    std::set<Key> revoked;
    for (int i = 0; i < parts->cnt; ++i) {
      revoked.insert({parts->elems[i].topic, parts->elems[i].partition});
    }
    // Messages of revoked partitions not yet returned by Poll(): drop them; the new owner
    // reads them from the committed/stored position.
    if (impl.pending != nullptr) {
      auto& v = *impl.pending;
      auto first = v.begin() + static_cast<std::ptrdiff_t>(impl.pending_start);
      v.erase(std::remove_if(
                  first, v.end(),
                  [&](const Message& m) {
                    return revoked.count({m.position.source.substr(6), m.position.partition}) > 0;
                  }),
              v.end());
    }
    bool uncommitted = false;
    if (!lost) {
      rd_kafka_resp_err_t cerr = impl.CommitSync(&revoked);
      if (cerr != RD_KAFKA_RESP_ERR_NO_ERROR && cerr != RD_KAFKA_RESP_ERR__NO_OFFSET) {
        uncommitted = true;
        LogF(LogLevel::kWarn, "kafka", "commit on revoke failed: %s", rd_kafka_err2str(cerr));
      }
    }
    // Offsets stored here beyond the last position Kafka acknowledged (the partition's cached
    // low watermark when none was): what the next owner may read again. With a successful
    // commit on revoke there are none.
    uint64_t gap = 0;
    if (lost || uncommitted) {
      std::lock_guard<std::mutex> lock(impl.mu);
      for (const auto& k : revoked) {
        auto pos = impl.positions.find(k);
        if (pos == impl.positions.end() || pos->second < 0) continue;
        int64_t base = -1;
        if (auto ack = impl.acked.find(k); ack != impl.acked.end()) {
          base = ack->second;
        } else {
          int64_t low = -1, high = -1;
          if (rd_kafka_get_watermark_offsets(rk, k.first.c_str(), k.second, &low, &high) ==
              RD_KAFKA_RESP_ERR_NO_ERROR) {
            base = low;
          }
          base = std::max<int64_t>(base, 0);
        }
        if (pos->second > base) gap += static_cast<uint64_t>(pos->second - base);
      }
    }
    if (uncommitted || gap > 0) {
      self->uncommitted_handovers_.fetch_add(1);
      self->uncommitted_offsets_.fetch_add(gap);
    }
    {
      std::lock_guard<std::mutex> lock(impl.mu);
      for (const auto& k : revoked) impl.positions.erase(k);
    }
    if (cooperative && err == RD_KAFKA_RESP_ERR__REVOKE_PARTITIONS) {
      if (rd_kafka_error_t* e = rd_kafka_incremental_unassign(rk, parts)) {
        rd_kafka_error_destroy(e);
      }
    } else {
      rd_kafka_assign(rk, nullptr);
    }
  }

  static void Error(rd_kafka_t*, int err, const char* reason, void* opaque) {
    auto* self = static_cast<KafkaSource*>(opaque);
    self->broker_errors_.fetch_add(1);
    if (err == RD_KAFKA_RESP_ERR__ALL_BROKERS_DOWN) self->brokers_down_.store(true);
    self->impl_->LogRateLimited(
        err, std::string(rd_kafka_err2name(static_cast<rd_kafka_resp_err_t>(err))) + ": " + reason);
  }

  static void OffsetCommit(rd_kafka_t*, rd_kafka_resp_err_t err,
                           rd_kafka_topic_partition_list_t* offsets, void* opaque) {
    auto* self = static_cast<KafkaSource*>(opaque);
    if (offsets != nullptr) {
      std::lock_guard<std::mutex> lock(self->impl_->mu);
      for (int i = 0; i < offsets->cnt; ++i) {
        const rd_kafka_topic_partition_t& p = offsets->elems[i];
        if (p.err == RD_KAFKA_RESP_ERR_NO_ERROR && p.offset >= 0) {
          self->impl_->acked[{p.topic, p.partition}] = p.offset;
        }
      }
    }
    if (err == RD_KAFKA_RESP_ERR_NO_ERROR || err == RD_KAFKA_RESP_ERR__NO_OFFSET) return;
    self->impl_->LogRateLimited(
        100000 + err, std::string("offset commit failed (retried): ") + rd_kafka_err2str(err));
  }
};

KafkaSource::KafkaSource(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}

Result<std::unique_ptr<KafkaSource>> KafkaSource::Open(KafkaSourceOptions options,
                                                       const store::Store* store) {
  if (options.topics.empty()) return Status::InvalidArgument("no Kafka topic given");
  KafkaProperties props;
  props.emplace_back("auto.offset.reset", "earliest");
  for (const auto& kv : options.properties) props.push_back(kv);
  // The exactly-once scheme needs these; they are not broker-specific.
  props.emplace_back("enable.auto.commit", "false");
  props.emplace_back("enable.auto.offset.store", "false");
  bool has_group = false;
  for (const auto& kv : props) has_group |= kv.first == "group.id" && !kv.second.empty();
  if (!has_group) return Status::InvalidArgument("no Kafka consumer group (group.id) given");
  if (options.start.kind == StartPosition::Kind::kTime) {
    NEWSFACTS_RETURN_IF_ERROR(CheckOffsetsByTime(props));
  }

  auto conf = MakeKafkaConf(props);
  if (!conf.ok()) return conf.status();
  auto impl = std::make_unique<Impl>();
  impl->store = store;
  impl->options = std::move(options);
  std::unique_ptr<KafkaSource> self(new KafkaSource(std::move(impl)));
  rd_kafka_conf_set_opaque(*conf, self.get());
  rd_kafka_conf_set_rebalance_cb(*conf, &KafkaSourceCallbacks::Rebalance);
  rd_kafka_conf_set_error_cb(*conf, &KafkaSourceCallbacks::Error);
  rd_kafka_conf_set_offset_commit_cb(*conf, &KafkaSourceCallbacks::OffsetCommit);
  char err[512];
  rd_kafka_t* rk = rd_kafka_new(RD_KAFKA_CONSUMER, *conf, err, sizeof err);
  if (rk == nullptr) {
    rd_kafka_conf_destroy(*conf);
    return Status::IoError(std::string("cannot create Kafka consumer: ") + err);
  }
  self->impl_->rk = rk;
  rd_kafka_poll_set_consumer(rk);
  rd_kafka_topic_partition_list_t* topics =
      rd_kafka_topic_partition_list_new(static_cast<int>(self->impl_->options.topics.size()));
  for (const auto& t : self->impl_->options.topics) {
    rd_kafka_topic_partition_list_add(topics, t.c_str(), RD_KAFKA_PARTITION_UA);
  }
  rd_kafka_resp_err_t serr = rd_kafka_subscribe(rk, topics);
  rd_kafka_topic_partition_list_destroy(topics);
  if (serr != RD_KAFKA_RESP_ERR_NO_ERROR) {
    return Status::IoError(std::string("cannot subscribe: ") + rd_kafka_err2str(serr));
  }
  return self;
}

KafkaSource::~KafkaSource() {
  if (impl_->rk == nullptr) return;
  (void)Close();
  rd_kafka_destroy(impl_->rk);
}

Status KafkaSource::Poll(size_t max_messages, std::chrono::milliseconds timeout,
                         std::vector<Message>* out) {
  Impl& impl = *impl_;
  impl.pending = out;
  impl.pending_start = out->size();
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  Status status = Status::Ok();
  size_t bytes = 0;
  while (out->size() - impl.pending_start < max_messages && bytes < impl.options.max_batch_bytes) {
    int wait_ms = 0;
    if (out->size() == impl.pending_start) {
      auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
          deadline - std::chrono::steady_clock::now());
      wait_ms = static_cast<int>(std::max<int64_t>(0, left.count()));
    }
    rd_kafka_message_t* m = rd_kafka_consumer_poll(impl.rk, wait_ms);
    if (m == nullptr) {
      if (out->size() > impl.pending_start || std::chrono::steady_clock::now() >= deadline) break;
      continue;
    }
    if (m->err != RD_KAFKA_RESP_ERR_NO_ERROR) {
      const rd_kafka_resp_err_t err = m->err;
      if (err != RD_KAFKA_RESP_ERR__PARTITION_EOF) {
        broker_errors_.fetch_add(1);
        impl.LogRateLimited(err, rd_kafka_message_errstr(m));
        if (IsUnavailable(err)) status = Status::Unavailable(rd_kafka_message_errstr(m));
      }
      rd_kafka_message_destroy(m);
      if (!status.ok()) break;
      continue;
    }
    brokers_down_.store(false);
    Message msg;
    // The size limit is checked before the payload is copied: an oversized message keeps
    // only a prefix, its size and its hash (it becomes a dead letter).
    if (m->payload != nullptr) {
      const char* data = static_cast<const char*>(m->payload);
      if (m->len > impl.options.max_message_bytes) {
        msg.oversized = true;
        msg.size = m->len;
        msg.hash = XXH3_64bits(data, m->len);
        msg.payload.assign(data, std::min(m->len, kOversizedPrefixBytes));
      } else {
        msg.payload.assign(data, m->len);
      }
    }
    bytes += msg.payload.size();
    msg.position.source = SourceName(rd_kafka_topic_name(m->rkt));
    msg.position.partition = m->partition;
    msg.position.offset = m->offset;
    rd_kafka_timestamp_type_t tstype;
    msg.timestamp_ms = rd_kafka_message_timestamp(m, &tstype);
    rd_kafka_message_destroy(m);
    out->push_back(std::move(msg));
  }
  impl.pending = nullptr;
  if (!impl.fatal.ok()) return impl.fatal;
  // Every 2 s: re-send stored positions Kafka has not acknowledged.
  const int64_t now = SteadyMs();
  if (now - impl.last_recommit_ms >= 2000 && !brokers_down_.load()) {
    impl.last_recommit_ms = now;
    rd_kafka_topic_partition_list_t* list = rd_kafka_topic_partition_list_new(4);
    {
      std::lock_guard<std::mutex> lock(impl.mu);
      for (const auto& [key, offset] : impl.positions) {
        auto it = impl.acked.find(key);
        if (offset >= 0 && (it == impl.acked.end() || it->second != offset)) {
          rd_kafka_topic_partition_list_add(list, key.first.c_str(), key.second)->offset = offset;
        }
      }
    }
    if (list->cnt > 0) rd_kafka_commit(impl.rk, list, 1);
    rd_kafka_topic_partition_list_destroy(list);
  }
  if (status.ok() && out->size() == impl.pending_start && brokers_down_.load()) {
    return Status::Unavailable("no Kafka broker reachable");
  }
  return status;
}

Status KafkaSource::Commit(const std::vector<store::SourcePosition>& next) {
  Impl& impl = *impl_;
  rd_kafka_topic_partition_list_t* list = rd_kafka_topic_partition_list_new(8);
  {
    std::lock_guard<std::mutex> lock(impl.mu);
    for (const auto& p : next) {
      if (p.source.rfind("kafka:", 0) != 0) continue;
      Key key{p.source.substr(6), p.partition};
      auto it = impl.positions.find(key);
      if (it == impl.positions.end()) continue;  // revoked meanwhile
      it->second = std::max(it->second, p.offset);
      rd_kafka_topic_partition_list_add(list, key.first.c_str(), key.second)->offset = p.offset;
    }
  }
  if (list->cnt > 0) rd_kafka_commit(impl.rk, list, 1);
  rd_kafka_topic_partition_list_destroy(list);
  return Status::Ok();
}

void KafkaSource::SetRebalanceBarrier(std::function<void()> barrier) {
  impl_->barrier = std::move(barrier);
}

Status KafkaSource::Close() {
  Impl& impl = *impl_;
  if (impl.closed) return Status::Ok();
  impl.closed = true;
  impl.closing = true;
  rd_kafka_resp_err_t err = impl.CommitSync(nullptr);
  rd_kafka_consumer_close(impl.rk);
  if (err != RD_KAFKA_RESP_ERR_NO_ERROR && err != RD_KAFKA_RESP_ERR__NO_OFFSET) {
    return Status::Unavailable(std::string("final offset commit failed: ") + rd_kafka_err2str(err));
  }
  return Status::Ok();
}

bool KafkaSource::AtEnd() const {
  if (!impl_->options.stop_at_end) return false;
  std::lock_guard<std::mutex> lock(impl_->mu);
  if (impl_->positions.empty()) return false;  // not assigned (yet)
  for (const auto& [key, offset] : impl_->positions) {
    auto span = impl_->spans.find(key);
    if (span == impl_->spans.end() || span->second.high < 0) return false;
    const Impl::Span& s = span->second;
    if (s.high > s.low && std::max(offset, s.start) < s.high) return false;
  }
  return true;
}

KafkaSource::Progress KafkaSource::BackfillProgress() const {
  Progress p;
  std::lock_guard<std::mutex> lock(impl_->mu);
  for (const auto& [key, offset] : impl_->positions) {
    auto span = impl_->spans.find(key);
    if (span == impl_->spans.end() || span->second.high < 0) continue;
    const Impl::Span& s = span->second;
    const int64_t from = std::max<int64_t>(s.start, 0);
    if (s.high <= from) continue;
    p.total += s.high - from;
    p.done += std::clamp<int64_t>(offset, from, s.high) - from;
  }
  return p;
}

std::string KafkaSource::rebalance_protocol() const {
  const char* p = rd_kafka_rebalance_protocol(impl_->rk);
  return p != nullptr ? p : "NONE";
}

std::vector<std::string> KafkaSource::UnassignedPartitions() const {
  std::lock_guard<std::mutex> lock(impl_->mu);
  return impl_->unassigned;
}

std::vector<PartitionLag> KafkaSource::Lag() const {
  std::vector<PartitionLag> out;
  std::lock_guard<std::mutex> lock(impl_->mu);
  for (const auto& [key, offset] : impl_->positions) {
    PartitionLag lag;
    lag.topic = key.first;
    lag.partition = key.second;
    lag.next_offset = offset;
    int64_t lo = -1, hi = -1;
    if (rd_kafka_get_watermark_offsets(impl_->rk, key.first.c_str(), key.second, &lo, &hi) ==
        RD_KAFKA_RESP_ERR_NO_ERROR) {
      lag.high_watermark = hi;
    }
    out.push_back(lag);
  }
  return out;
}

}  // namespace newsfacts::ingest
