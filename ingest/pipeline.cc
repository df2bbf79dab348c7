#include "ingest/pipeline.h"

#include <fmt/format.h>
#include <xxhash.h>

#include <map>
#include <utility>

namespace newsfacts::ingest {

Pipeline::Pipeline(const extract::Extractor& extractor, store::Store* store, const Clock& clock,
                   PipelineOptions options)
    : extractor_(extractor),
      store_(store),
      clock_(clock),
      options_(options),
      decoder_(options.max_message_bytes),
      records_(options.input == PipelineInput::kFactRecords ? std::make_unique<FactRecordDecoder>()
                                                            : nullptr) {}

common::Result<BatchOutcome> Pipeline::ProcessBatch(const std::vector<Message>& messages) {
  BatchOutcome outcome;
  outcome.messages = messages.size();
  store::Batch batch;
  const int64_t now = clock_.NowMs();
  std::map<std::pair<std::string, int32_t>, int64_t> next;  // (source, partition) -> offset

  for (const Message& m : messages) {
    auto& n = next[{m.position.source, m.position.partition}];
    n = std::max(n, m.position.offset + 1);

    if (m.oversized || m.payload.size() > options_.max_message_bytes) {
      const uint64_t size = m.oversized ? m.size : m.payload.size();
      const uint64_t hash = m.oversized ? m.hash : XXH3_64bits(m.payload.data(), m.payload.size());
      std::string prefix = m.payload.substr(0, kOversizedPrefixBytes);
      std::string reason = fmt::format(
          "message of {} bytes exceeds the limit of {} bytes (XXH3-64 {:016x}; the dead "
          "letter keeps the first {} bytes)",
          size, options_.max_message_bytes, hash, prefix.size());
      outcome.rejected.push_back({m.position, reason});
      store::DeadLetter dl{m.position, std::move(reason), std::move(prefix), now};
      batch.PutDeadLetter(dl);
      outcome.dead_letters.push_back(std::move(dl));
      continue;
    }
    std::string reason;
    uint32_t extractor_version = extract::Extractor::kVersion;
    common::Result<extract::Article> article = Status::InvalidArgument("");
    if (records_) {  // store stage: a facts record, extracted upstream
      auto rec = records_->Decode(m.payload);
      if (!rec.ok()) {
        article = rec.status();
      } else {
        scratch_ = std::move(rec->extraction);
        extractor_version = rec->extractor_version;
        article = std::move(rec->article);
      }
    } else {
      article = decoder_.Decode(m.payload);
    }
    if (!article.ok()) {
      reason = article.status().message();
    } else {
      Status s = records_ ? Status::Ok() : extractor_.Extract(*article, &scratch_);
      if (!s.ok()) {
        reason = "extractor rejected the article: " + s.message();
      } else if (options_.max_facts_per_article > 0 &&
                 scratch_.figures.size() > options_.max_facts_per_article) {
        reason = fmt::format("article yields {} facts, more than the limit of {} per article",
                             scratch_.figures.size(), options_.max_facts_per_article);
      }
      if (!reason.empty()) scratch_ = extract::Extraction();  // free a large extraction
    }
    if (!reason.empty()) {
      store::DeadLetter dl{m.position, reason, m.payload, now};
      outcome.rejected.push_back({m.position, reason});
      batch.PutDeadLetter(dl);
      outcome.dead_letters.push_back(std::move(dl));
      continue;
    }
    batch.PutArticle(*article, scratch_, m.position, extractor_version, now);
    ++outcome.articles;
    outcome.facts += scratch_.figures.size();
    if (options_.keep_articles || !stages_.empty() || options_.sink != nullptr) {
      outcome.stored_articles.push_back(std::move(article).value());
      outcome.extractions.push_back(scratch_);
    }
  }
  for (const auto& [key, offset] : next) {
    store::SourcePosition p{key.first, key.second, offset};
    batch.SetNextOffset(p);
    outcome.next_offsets.push_back(std::move(p));
  }
  return Finish(std::move(outcome), &batch, now);
}

common::Result<BatchOutcome> Pipeline::StoreExtracted(std::vector<ExtractedArticle> items) {
  BatchOutcome outcome;
  outcome.messages = items.size();
  store::Batch batch;
  const int64_t now = clock_.NowMs();
  std::map<std::pair<std::string, int32_t>, int64_t> next;  // (source, partition) -> offset
  for (ExtractedArticle& item : items) {
    auto& n = next[{item.position.source, item.position.partition}];
    n = std::max(n, item.position.offset + 1);
    batch.PutArticle(item.article, item.extraction, item.position, item.extractor_version, now);
    ++outcome.articles;
    outcome.facts += item.extraction.figures.size();
    if (options_.keep_articles || !stages_.empty()) {
      outcome.stored_articles.push_back(std::move(item.article));
      outcome.extractions.push_back(std::move(item.extraction));
    }
  }
  for (const auto& [key, offset] : next) {
    store::SourcePosition p{key.first, key.second, offset};
    batch.SetNextOffset(p);
    outcome.next_offsets.push_back(std::move(p));
  }
  return Finish(std::move(outcome), &batch, now);
}

common::Result<BatchOutcome> Pipeline::Finish(BatchOutcome outcome, store::Batch* batch,
                                              int64_t now) {
  if (options_.sink != nullptr) {  // extract stage: hand over, acknowledged, instead of a write
    std::vector<const extract::Article*> articles;
    std::vector<const extract::Extraction*> extractions;
    for (size_t i = 0; i < outcome.stored_articles.size(); ++i) {
      articles.push_back(&outcome.stored_articles[i]);
      extractions.push_back(&outcome.extractions[i]);
    }
    NEWSFACTS_RETURN_IF_ERROR(options_.sink->Deliver(articles, extractions, outcome.dead_letters));
    if (!options_.keep_articles) {
      outcome.stored_articles.clear();
      outcome.extractions.clear();
    }
    for (const auto& observer : observers_) observer(outcome);
    return outcome;
  }
  if (!stages_.empty()) {
    std::vector<const extract::Article*> articles;
    std::vector<const extract::Extraction*> extractions;
    for (size_t i = 0; i < outcome.stored_articles.size(); ++i) {
      articles.push_back(&outcome.stored_articles[i]);
      extractions.push_back(&outcome.extractions[i]);
    }
    for (const auto& stage : stages_) {
      NEWSFACTS_RETURN_IF_ERROR(stage(articles, extractions, now, batch));
    }
    if (!options_.keep_articles) {
      outcome.stored_articles.clear();
      outcome.extractions.clear();
    }
  }
  auto written = store_->Write(*batch);
  if (!written.ok()) return written.status();
  outcome.write = *written;
  for (const auto& observer : observers_) observer(outcome);
  return outcome;
}

}  // namespace newsfacts::ingest
