#pragma once
// Source: where articles come from (a Kafka consumer, a JSONL file, stdin). The pipeline
// pulls batches of raw messages from a Source and, once a batch is durable in the store,
// tells the Source to commit its positions.
//
// Thread-safety: a Source is driven by one thread. Ownership: messages are owned by the
// vector they are appended to.

#include <chrono>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "common/status.h"
#include "store/store.h"

namespace newsfacts::ingest {

using common::Status;

// How much of a message over the size limit a source keeps (for its dead letter).
inline constexpr size_t kOversizedPrefixBytes = 4096;

// One raw message: the payload bytes (one article as JSON) and where it came from.
struct Message {
  std::string payload;
  store::SourcePosition position;  // offset = this message's own offset (or 0-based line)
  int64_t timestamp_ms = -1;       // broker/producer timestamp when known
  // Set by a source for a message larger than its size limit, which it did not copy:
  // `payload` is only the first kOversizedPrefixBytes, `size` the true size and `hash`
  // the XXH3-64 of all its bytes. The pipeline turns it into a dead letter.
  bool oversized = false;
  uint64_t size = 0;
  uint64_t hash = 0;
};

class Source {
 public:
  virtual ~Source() = default;

  // Appends up to `max_messages` to *out, waiting at most `timeout` for the first one.
  // Returns OK with nothing appended when no message arrived in time.
  // Errors: IoError (file unreadable), Unavailable (broker unreachable; the caller retries
  // with backoff), Aborted.
  [[nodiscard]] virtual Status Poll(size_t max_messages, std::chrono::milliseconds timeout,
                                    std::vector<Message>* out) = 0;

  // True when a finite source (file, stdin) has delivered everything. Kafka: never.
  virtual bool AtEnd() const = 0;

  // Called after every message before `next` (per source partition) is durable in the
  // store. Kafka commits these offsets; a file source has nothing to do.
  [[nodiscard]] virtual Status Commit(const std::vector<store::SourcePosition>& next) = 0;

  // For sources whose Poll can take or give up partitions (Kafka rebalance callbacks run
  // inside Poll): `barrier` is called on the polling thread, inside Poll, before any
  // partition is revoked or assigned and before positions are committed for a revocation.
  // The caller makes every batch it took from Poll durable there and commits it (Run does
  // this when it writes batch N while polling batch N+1). Empty = none. Sources without
  // rebalances (file, stdin) never call it.
  virtual void SetRebalanceBarrier(std::function<void()> barrier) { (void)barrier; }
};

}  // namespace newsfacts::ingest
