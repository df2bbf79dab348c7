#include "ingest/kafka_alert_sink.h"

#include <chrono>

namespace newsfacts::ingest {

Status KafkaAlertSink::Publish(const std::vector<std::string>& ids,
                               const std::vector<std::string>& json) {
  const uint64_t failed_before = producer_->failed();
  for (size_t i = 0; i < json.size(); ++i) {
    NEWSFACTS_RETURN_IF_ERROR(producer_->Produce(topic_, ids[i], json[i]));
  }
  NEWSFACTS_RETURN_IF_ERROR(producer_->Flush(std::chrono::milliseconds(flush_timeout_ms_)));
  if (producer_->failed() != failed_before) {
    return Status::Unavailable("alerts topic " + topic_ + ": " + producer_->last_error());
  }
  return Status::Ok();
}

}  // namespace newsfacts::ingest
