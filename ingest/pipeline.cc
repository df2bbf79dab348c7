#include "ingest/pipeline.h"

#include <fmt/format.h>
#include <xxhash.h>

#include <algorithm>
#include <chrono>
#include <map>
#include <optional>
#include <utility>

namespace newsfacts::ingest {

Pipeline::Pipeline(const extract::Extractor& extractor, store::Store* store, const Clock& clock,
                   PipelineOptions options)
    : extractor_(extractor), store_(store), clock_(clock), options_(options) {
  const size_t slots = options_.pool != nullptr ? options_.pool->threads() : 1;
  for (size_t i = 0; i < slots; ++i) {
    if (options_.input == PipelineInput::kFactRecords) {
      records_.push_back(std::make_unique<FactRecordDecoder>());
    } else {
      decoders_.push_back(std::make_unique<ArticleDecoder>(options_.max_message_bytes));
    }
  }
}

common::Result<BatchOutcome> Pipeline::ProcessBatch(const std::vector<Message>& messages) {
  return Write(Prepare(messages));
}

namespace {

// One message after decode + extract (filled by a pool thread, read in input order).
struct Item {
  std::optional<extract::Article> article;  // set when `reason` is empty
  extract::Extraction extraction;
  uint32_t extractor_version = extract::Extractor::kVersion;
  std::string reason;      // not empty: a dead letter
  bool oversized = false;  // the dead letter keeps only a prefix of the payload
};

}  // namespace

PreparedBatch Pipeline::Prepare(const std::vector<Message>& messages) {
  const auto started = std::chrono::steady_clock::now();
  PreparedBatch prepared;
  BatchOutcome& outcome = prepared.outcome;
  store::Batch& batch = prepared.batch;
  outcome.messages = messages.size();
  const int64_t now = clock_.NowMs();
  prepared.now_ms = now;

  std::vector<Item> items(messages.size());
  auto process = [&](size_t i, size_t slot) {
    const Message& m = messages[i];
    Item& item = items[i];
    if (m.oversized || m.payload.size() > options_.max_message_bytes) {
      const uint64_t size = m.oversized ? m.size : m.payload.size();
      const uint64_t hash = m.oversized ? m.hash : XXH3_64bits(m.payload.data(), m.payload.size());
      item.oversized = true;
      item.reason = fmt::format(
          "message of {} bytes exceeds the limit of {} bytes (XXH3-64 {:016x}; the dead "
          "letter keeps the first {} bytes)",
          size, options_.max_message_bytes, hash,
          std::min(m.payload.size(), kOversizedPrefixBytes));
      return;
    }
    common::Result<extract::Article> article = Status::InvalidArgument("");
    if (!records_.empty()) {  // store stage: a facts record, extracted upstream
      auto rec = records_[slot]->Decode(m.payload);
      if (!rec.ok()) {
        article = rec.status();
      } else {
        item.extraction = std::move(rec->extraction);
        item.extractor_version = rec->extractor_version;
        article = std::move(rec->article);
      }
    } else {
      article = decoders_[slot]->Decode(m.payload);
    }
    if (!article.ok()) {
      item.reason = article.status().message();
      return;
    }
    Status s = !records_.empty() ? Status::Ok() : extractor_.Extract(*article, &item.extraction);
    if (!s.ok()) {
      item.reason = "extractor rejected the article: " + s.message();
    } else if (options_.max_facts_per_article > 0 &&
               item.extraction.figures.size() > options_.max_facts_per_article) {
      item.reason = fmt::format("article yields {} facts, more than the limit of {} per article",
                                item.extraction.figures.size(), options_.max_facts_per_article);
    }
    if (!item.reason.empty()) {
      item.extraction = extract::Extraction();  // free a large extraction
      return;
    }
    item.article = std::move(article).value();
  };
  if (options_.pool != nullptr) {
    options_.pool->ParallelFor(messages.size(), process);
  } else {
    for (size_t i = 0; i < messages.size(); ++i) process(i, 0);
  }

  // Assembly in input order: the batch is the same whatever the number of threads. The batch
  // takes each article over (pre-write stages read it there); a copy is kept only for
  // observers (keep_articles) and the extract stage's sink.
  const bool keep = options_.keep_articles || options_.sink != nullptr;
  std::map<std::pair<std::string, int32_t>, int64_t> next;  // (source, partition) -> offset
  for (size_t i = 0; i < messages.size(); ++i) {
    const Message& m = messages[i];
    Item& item = items[i];
    auto& n = next[{m.position.source, m.position.partition}];
    n = std::max(n, m.position.offset + 1);
    if (!item.reason.empty()) {
      store::DeadLetter dl{m.position, item.reason,
                           item.oversized ? m.payload.substr(0, kOversizedPrefixBytes) : m.payload,
                           now};
      outcome.rejected.push_back({m.position, std::move(item.reason)});
      batch.PutDeadLetter(dl);
      outcome.dead_letters.push_back(std::move(dl));
      continue;
    }
    ++outcome.articles;
    outcome.facts += item.extraction.figures.size();
    if (keep) {
      batch.PutArticle(*item.article, item.extraction, m.position, item.extractor_version, now);
      outcome.stored_articles.push_back(std::move(*item.article));
      outcome.extractions.push_back(std::move(item.extraction));
    } else {
      batch.PutArticle(std::move(*item.article), std::move(item.extraction), m.position,
                       item.extractor_version, now);
    }
    item = Item();  // free what was not moved
  }
  for (const auto& [key, offset] : next) {
    store::SourcePosition p{key.first, key.second, offset};
    batch.SetNextOffset(p);
    outcome.next_offsets.push_back(std::move(p));
  }
  prepared.prepare_micros = std::chrono::duration_cast<std::chrono::microseconds>(
                                std::chrono::steady_clock::now() - started)
                                .count();
  return prepared;
}

common::Result<BatchOutcome> Pipeline::Write(PreparedBatch prepared) {
  auto applied = ApplyBatch(std::move(prepared.outcome), &prepared.batch, prepared.now_ms,
                            store::Durability::kAsOpened);
  if (!applied.ok()) return applied.status();
  for (const auto& observer : observers_) observer(*applied);
  return applied;
}

common::Result<BatchOutcome> Pipeline::Apply(PreparedBatch prepared) {
  return ApplyBatch(std::move(prepared.outcome), &prepared.batch, prepared.now_ms,
                    store::Durability::kDeferred);
}

common::Result<BatchOutcome> Pipeline::Complete(BatchOutcome applied) {
  NEWSFACTS_RETURN_IF_ERROR(Sync());
  return CompleteSynced(std::move(applied));
}

Status Pipeline::Sync() {
  return options_.sink == nullptr ? store_->SyncDeferred() : Status::Ok();
}

common::Result<BatchOutcome> Pipeline::CompleteSynced(BatchOutcome applied) {
  for (const auto& observer : observers_) observer(applied);
  return applied;
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
    ++outcome.articles;
    outcome.facts += item.extraction.figures.size();
    if (options_.keep_articles) {
      batch.PutArticle(item.article, item.extraction, item.position, item.extractor_version, now);
      outcome.stored_articles.push_back(std::move(item.article));
      outcome.extractions.push_back(std::move(item.extraction));
    } else {
      batch.PutArticle(std::move(item.article), std::move(item.extraction), item.position,
                       item.extractor_version, now);
    }
  }
  for (const auto& [key, offset] : next) {
    store::SourcePosition p{key.first, key.second, offset};
    batch.SetNextOffset(p);
    outcome.next_offsets.push_back(std::move(p));
  }
  auto applied = ApplyBatch(std::move(outcome), &batch, now, store::Durability::kAsOpened);
  if (!applied.ok()) return applied.status();
  for (const auto& observer : observers_) observer(*applied);
  return applied;
}

common::Result<BatchOutcome> Pipeline::ApplyBatch(BatchOutcome outcome, store::Batch* batch,
                                                  int64_t now, store::Durability durability) {
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
    for (const auto& hook : applied_hooks_) hook(outcome);
    return outcome;
  }
  if (!stages_.empty()) {  // they read the articles the batch holds
    std::vector<const extract::Article*> articles;
    std::vector<const extract::Extraction*> extractions;
    articles.reserve(batch->article_count());
    extractions.reserve(batch->article_count());
    for (size_t i = 0; i < batch->article_count(); ++i) {
      articles.push_back(&batch->article(i));
      extractions.push_back(&batch->extraction(i));
    }
    for (const auto& stage : stages_) {
      NEWSFACTS_RETURN_IF_ERROR(stage(articles, extractions, now, batch));
    }
  }
  auto written = store_->Write(*batch, durability);
  if (!written.ok()) return written.status();
  outcome.write = *written;
  for (const auto& hook : applied_hooks_) hook(outcome);
  return outcome;
}

}  // namespace newsfacts::ingest
