#pragma once
// KafkaSource: a Kafka consumer-group member as a Source, with exactly-once effect in the
// store.
//
//   - The store is the source of truth for positions: Pipeline writes each partition's next
//     offset ("kafka:<topic>", partition) in the same WriteBatch as the articles and dead
//     letters. On (incremental) assignment every partition is started at
//     max(next offset stored in the DB, offset committed in Kafka); neither -> the
//     consumer's auto.offset.reset (default "earliest").
//   - Commit() sends offsets to Kafka only after the batch is durable (the Run loop calls it
//     then); Kafka's committed offsets are a hint for other group members.
//   - Rebalances: eager (assign/unassign) and cooperative (incremental_assign/unassign) are
//     both handled. Messages polled but not yet returned for a revoked partition are
//     dropped (the new owner reads them); the rebalance barrier (Source::SetRebalanceBarrier:
//     the caller's write in flight finishes and is committed) runs first, then positions of
//     revoked partitions already stored are committed synchronously before giving them up.
//   - Broker errors never throw or spin: Poll() returns Unavailable while every broker is
//     down (the Run loop backs off) and librdkafka reconnects by itself.
//
// Properties: `properties` go straight to librdkafka (bootstrap.servers, group.id, security,
// broker compatibility ...). KafkaSource adds only what its guarantees need and the caller
// cannot override: enable.auto.commit=false, enable.auto.offset.store=false; and the default
// auto.offset.reset=earliest (overridable).
//
// Without a store (nullptr: the extract stage) only Kafka's committed offsets count.
//
// Thread-safety: one thread drives Poll/Commit/Close; Lag() and the counters may be read
// from other threads. Ownership: borrows the Store (must outlive the source), owns the
// consumer.

#include <atomic>
#include <chrono>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "ingest/kafka_client.h"
#include "ingest/source.h"
#include "store/store.h"

namespace newsfacts::ingest {

// Where a partition starts (`newsfacts ingest --from-beginning | --offset N | --offset-time T`).
//   kStored     the stored position: max(next offset in the DB, Kafka's committed offset);
//               neither -> auto.offset.reset (default earliest). Every (re)assignment.
//   kBeginning  the partition's first offset
//   kOffset     `value` (out of range -> auto.offset.reset)
//   kTime       the first message with a timestamp >= `value` (ms since the epoch), or the
//               end when there is none; needs ListOffsets by time (Kafka >= 0.10.1): an
//               older broker makes Poll() fail with InvalidArgument.
// The explicit positions override the stored ones, but only the first time this process is
// assigned a partition: a rebalance never rewinds (a restart with the same flag does: the
// store skips unchanged articles, so a re-read costs time, never duplicates).
struct StartPosition {
  enum class Kind : uint8_t { kStored = 0, kBeginning, kOffset, kTime };
  Kind kind = Kind::kStored;
  int64_t value = 0;  // kOffset: the offset; kTime: ms since the epoch
};

struct KafkaSourceOptions {
  std::vector<std::string> topics;
  StartPosition start;
  // Backfill: AtEnd() becomes true once every assigned partition has been processed up to
  // the end offset (high watermark) it had when this process was first assigned it.
  bool stop_at_end = false;
  KafkaProperties properties;  // must include bootstrap.servers and group.id
  // Timeout of the committed-offset lookup during an assignment.
  std::chrono::milliseconds committed_timeout{10000};
  // A larger message is not copied: Poll returns it `oversized` (prefix, size, hash).
  size_t max_message_bytes = 8 << 20;
  // A Poll stops adding messages once they hold this many payload bytes (at least one).
  size_t max_batch_bytes = 64 << 20;
};

// Consumer lag of one assigned partition.
struct PartitionLag {
  std::string topic;
  int32_t partition = 0;
  int64_t next_offset = -1;     // next offset to process (-1 unknown)
  int64_t high_watermark = -1;  // last known end of the partition (-1 unknown)
  int64_t lag() const {
    return next_offset >= 0 && high_watermark >= 0 ? high_watermark - next_offset : -1;
  }
};

class KafkaSource final : public Source {
 public:
  // Creates the consumer and subscribes to `options.topics`.
  // Errors: InvalidArgument (no topics, bad property, no group.id), IoError (librdkafka
  // could not create the consumer or subscribe).
  [[nodiscard]] static Result<std::unique_ptr<KafkaSource>> Open(KafkaSourceOptions options,
                                                                 const store::Store* store);
  // Leaves the group if Close() was not called.
  ~KafkaSource() override;

  Status Poll(size_t max_messages, std::chrono::milliseconds timeout,
              std::vector<Message>* out) override;
  // False unless options.stop_at_end: then true once at least one partition is assigned and
  // every assigned partition reached its end offset at start (an empty partition at once).
  bool AtEnd() const override;
  // Backfill progress over the assigned partitions (stop_at_end only; else {0, 0}): messages
  // processed since each partition's start, and the messages there were to process.
  struct Progress {
    int64_t done = 0;
    int64_t total = 0;
  };
  Progress BackfillProgress() const;
  // Commits `next` (source "kafka:<topic>") to Kafka, asynchronously. Partitions no longer
  // assigned are skipped. Errors: none fatal (commit failures are logged and retried with
  // the next batch), so it returns OK.
  Status Commit(const std::vector<store::SourcePosition>& next) override;
  // Runs at the start of every rebalance callback (assignment and revocation, lost ones
  // included), inside Poll on the polling thread.
  void SetRebalanceBarrier(std::function<void()> barrier) override;

  // Commits the last positions synchronously and leaves the group (revoking the
  // assignment). Idempotent. Errors: Unavailable when the final commit failed (the
  // positions are still in the store; the next owner resumes from there).
  [[nodiscard]] Status Close();

  // Lag per currently assigned partition (cached watermarks; never blocks on the network).
  std::vector<PartitionLag> Lag() const;
  // True while the consumer has no connection to any broker.
  bool brokers_down() const { return brokers_down_.load(); }
  uint64_t rebalances() const { return rebalances_.load(); }
  // "EAGER", "COOPERATIVE", or "NONE" before the first assignment.
  std::string rebalance_protocol() const;
  uint64_t broker_errors() const { return broker_errors_.load(); }
  // Revocations that left positions this member had stored uncommitted in Kafka: the commit
  // on revoke was refused (e.g. the group's generation had moved on), or the assignment was
  // lost (session expired) while commits were unacknowledged. The next owner then starts from
  // an older committed offset and re-reads those articles: at-least-once across members (each
  // member's own store stays exactly-once), never a loss.
  uint64_t uncommitted_handovers() const { return uncommitted_handovers_.load(); }
  // The offsets those hand-overs left uncommitted (stored position minus the last position
  // Kafka acknowledged, or the partition's low watermark when none was; a refused commit on
  // revoke counts as a hand-over even when this is 0): at most this many messages are read
  // again by the next owners.
  uint64_t uncommitted_offsets() const { return uncommitted_offsets_.load(); }
  // Partitions of the subscribed topics this member is NOT assigned ("topic/partition"),
  // as of the last assignment (other members of the group hold them); empty when it holds
  // all of them. Partition counts come from the topic metadata, read at each assignment.
  std::vector<std::string> UnassignedPartitions() const;

  // Source name used in the store for a topic: "kafka:<topic>".
  static std::string SourceName(const std::string& topic) { return "kafka:" + topic; }

 private:
  struct Impl;
  explicit KafkaSource(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
  std::atomic<bool> brokers_down_{false};
  std::atomic<uint64_t> rebalances_{0};
  std::atomic<uint64_t> broker_errors_{0};
  std::atomic<uint64_t> uncommitted_handovers_{0};
  std::atomic<uint64_t> uncommitted_offsets_{0};
  friend struct KafkaSourceCallbacks;
};

}  // namespace newsfacts::ingest
