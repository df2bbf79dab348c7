#include "ingest/facts_topic.h"

#include "extract/extractor.h"
#include "ingest/dead_letter_topic.h"
#include "ingest/fact_record.h"

namespace newsfacts::ingest {

Status FactsTopicSink::Deliver(const std::vector<const extract::Article*>& articles,
                               const std::vector<const extract::Extraction*>& extractions,
                               const std::vector<store::DeadLetter>& dead_letters) {
  const uint64_t failed_before = producer_->failed();
  for (size_t i = 0; i < articles.size(); ++i) {
    const std::string record =
        EncodeFactRecord(*articles[i], *extractions[i], extract::Extractor::kVersion);
    NEWSFACTS_RETURN_IF_ERROR(producer_->Produce(facts_topic_, articles[i]->id, record));
  }
  DeadLetterTopic dlq(producer_, dlq_topic_);
  for (const store::DeadLetter& d : dead_letters) NEWSFACTS_RETURN_IF_ERROR(dlq.Publish(d));
  NEWSFACTS_RETURN_IF_ERROR(producer_->Flush(ack_timeout_));
  if (producer_->failed() != failed_before) {
    return Status::Unavailable("facts topic " + facts_topic_ + ": " + producer_->last_error());
  }
  records_ += articles.size();
  return Status::Ok();
}

}  // namespace newsfacts::ingest
