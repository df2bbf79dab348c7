#include "store/codec.h"

namespace newsfacts::store::codec {
namespace {

constexpr uint8_t kValueFormat = 1;                   // leading byte of every encoded value
constexpr uint64_t kSignBit = 0x8000000000000000ULL;  // flips the order of signed offsets
// The largest stored EntityType value (a decoder refuses larger ones as corrupt).
constexpr uint8_t kMaxEntityType = static_cast<uint8_t>(extract::kLastEntityType);

using common::PutDouble;
using common::PutSigned;

bool GetSigned(Reader* r, int64_t* v) {
  return r->GetSigned(v);
}

template <typename T>
bool GetSmall(Reader* r, T* v) {
  uint64_t u;
  if (!r->GetVarint(&u)) return false;
  *v = static_cast<T>(u);
  return true;
}

void PutOptionalTime(std::optional<int64_t> t, std::string* out) {
  out->push_back(t ? 1 : 0);
  if (t) PutSigned(*t, out);
}

bool GetOptionalTime(Reader* r, std::optional<int64_t>* t) {
  uint8_t has;
  if (!r->GetByte(&has)) return false;
  if (!has) {
    t->reset();
    return true;
  }
  int64_t v;
  if (!GetSigned(r, &v)) return false;
  *t = v;
  return true;
}

void PutPosition(const SourcePosition& p, std::string* out) {
  PutBytes(p.source, out);
  PutSigned(p.partition, out);
  PutSigned(p.offset, out);
}

bool GetPosition(Reader* r, SourcePosition* p) {
  int64_t part;
  return r->GetBytes(&p->source) && GetSigned(r, &part) && GetSigned(r, &p->offset) &&
         (p->partition = static_cast<int32_t>(part), true);
}

bool GetFormat(Reader* r) {
  uint8_t b;
  return r->GetByte(&b) && b == kValueFormat;
}

common::Status Bad(std::string_view what) {
  return common::Status::Corruption("cannot decode stored " + std::string(what));
}

}  // namespace

// ---- keys ------------------------------------------------------------------------------

void AppendArticlePrefix(std::string_view article_id, std::string* out) {
  PutKeyString(article_id, out);
}

void AppendFactKey(std::string_view article_id, uint32_t index, std::string* out) {
  PutKeyString(article_id, out);
  PutBigEndian32(index, out);
}

std::string ArticlePrefix(std::string_view article_id) {
  std::string k;
  AppendArticlePrefix(article_id, &k);
  return k;
}

std::string FactKey(std::string_view article_id, uint32_t index) {
  std::string k;
  AppendFactKey(article_id, index, &k);
  return k;
}

void AppendEntityIndexKey(std::string_view entity, std::string_view metric,
                          std::optional<int64_t> event_time, std::string_view article_id,
                          uint32_t index, std::string* out) {
  out->push_back(kEntityTag);
  PutKeyString(entity, out);
  PutKeyString(metric, out);
  PutKeyTime(event_time, out);
  PutKeyString(article_id, out);
  PutBigEndian32(index, out);
}

void AppendMetricIndexKey(std::string_view metric, std::optional<int64_t> event_time,
                          std::string_view article_id, uint32_t index, std::string* out) {
  out->push_back(kMetricTag);
  PutKeyString(metric, out);
  PutKeyTime(event_time, out);
  PutKeyString(article_id, out);
  PutBigEndian32(index, out);
}

std::string EntityIndexKey(const Fact& f) {
  std::string k;
  AppendEntityIndexKey(f.figure.entity, f.figure.metric, f.event_time_ms, f.article_id, f.index,
                       &k);
  return k;
}

std::string MetricIndexKey(const Fact& f) {
  std::string k;
  AppendMetricIndexKey(f.figure.metric, f.event_time_ms, f.article_id, f.index, &k);
  return k;
}

bool ParseIndexKey(std::string_view key, IndexKey* out) {
  if (key.empty()) return false;
  out->tag = key.front();
  Reader r(key.substr(1));
  if (out->tag == kEntityTag) {
    if (!r.GetKeyString(&out->entity)) return false;
  } else if (out->tag == kMetricTag) {
    out->entity.clear();
  } else {
    return false;
  }
  return r.GetKeyString(&out->metric) && r.GetKeyTime(&out->event_time) &&
         r.GetKeyString(&out->article_id) && r.GetBigEndian32(&out->index) && r.empty();
}

std::string OffsetKey(std::string_view source, int32_t partition) {
  std::string k;
  PutKeyString(source, &k);
  PutBigEndian32(static_cast<uint32_t>(partition) ^ 0x80000000u, &k);
  return k;
}

std::string DeadLetterKey(const DeadLetter& d, uint64_t seq) {
  std::string k;
  PutKeyTime(d.at_ms, &k);
  PutKeyString(d.position.source, &k);
  PutBigEndian32(static_cast<uint32_t>(d.position.partition) ^ 0x80000000u, &k);
  PutBigEndian64(static_cast<uint64_t>(d.position.offset) ^ kSignBit, &k);
  PutBigEndian64(seq, &k);
  return k;
}

std::string IndicatorKey(std::string_view name, std::string_view entity, int64_t bucket_ms) {
  std::string k;
  PutKeyString(name, &k);
  PutKeyString(entity, &k);
  PutKeyTime(bucket_ms, &k);
  return k;
}

// ---- values ----------------------------------------------------------------------------

void EncodeFigure(const extract::Figure& f, std::string* out) {
  out->push_back(static_cast<char>(f.kind));
  out->push_back(static_cast<char>(f.qualifier));
  out->push_back(static_cast<char>(f.field));
  out->push_back(static_cast<char>((f.vague ? 1 : 0) | (f.value_high ? 2 : 0)));
  PutDouble(f.value, out);
  if (f.value_high) PutDouble(*f.value_high, out);
  PutVarint(f.start, out);
  PutVarint(f.end, out);
  PutSigned(f.same_as, out);
  PutBytes(f.unit, out);
  PutBytes(f.surface, out);
  PutBytes(f.period, out);
  PutBytes(f.entity, out);
  PutBytes(f.counterpart, out);
  PutBytes(f.metric, out);
  PutBytes(f.sentence, out);
  // Attribution evidence, product and unit source: appended later in schema 3; values
  // written before end after `sentence` and decode with the defaults.
  out->push_back(static_cast<char>(f.entity_type ? 1 + static_cast<int>(*f.entity_type) : 0));
  out->push_back(static_cast<char>(f.unit_source));
  out->push_back(static_cast<char>(f.entity_field));
  PutBytes(f.entity_surface, out);
  PutVarint(f.entity_start, out);
  PutVarint(f.entity_end, out);
  PutBytes(f.product, out);
}

bool DecodeFigure(Reader* r, extract::Figure* f) {
  uint8_t kind, qualifier, field, flags;
  if (!r->GetByte(&kind) || !r->GetByte(&qualifier) || !r->GetByte(&field) || !r->GetByte(&flags) ||
      kind > 3 || qualifier > 6 || field > 1)
    return false;
  f->kind = static_cast<extract::FigureKind>(kind);
  f->qualifier = static_cast<extract::Qualifier>(qualifier);
  f->field = static_cast<extract::Field>(field);
  f->vague = flags & 1;
  if (!r->GetDouble(&f->value)) return false;
  f->value_high.reset();
  if (flags & 2) {
    double high;
    if (!r->GetDouble(&high)) return false;
    f->value_high = high;
  }
  int64_t same_as;
  if (!GetSmall(r, &f->start) || !GetSmall(r, &f->end) || !GetSigned(r, &same_as)) return false;
  f->same_as = static_cast<int32_t>(same_as);
  if (!r->GetBytes(&f->unit) || !r->GetBytes(&f->surface) || !r->GetBytes(&f->period) ||
      !r->GetBytes(&f->entity) || !r->GetBytes(&f->counterpart) || !r->GetBytes(&f->metric) ||
      !r->GetBytes(&f->sentence))
    return false;
  f->entity_type.reset();
  f->unit_source = extract::UnitSource::kNone;
  f->entity_field = extract::Field::kBody;
  f->entity_surface.clear();
  f->entity_start = f->entity_end = 0;
  f->product.clear();
  if (r->empty()) return true;  // written before the evidence was stored
  uint8_t type, unit_source, entity_field;
  // `type` is 0 (none) or 1 + EntityType.
  if (!r->GetByte(&type) || !r->GetByte(&unit_source) || !r->GetByte(&entity_field) ||
      type > kMaxEntityType + 1 || unit_source > 2 || entity_field > 1)
    return false;
  if (type > 0) f->entity_type = static_cast<extract::EntityType>(type - 1);
  f->unit_source = static_cast<extract::UnitSource>(unit_source);
  f->entity_field = static_cast<extract::Field>(entity_field);
  return r->GetBytes(&f->entity_surface) && GetSmall(r, &f->entity_start) &&
         GetSmall(r, &f->entity_end) && r->GetBytes(&f->product);
}

void AppendFact(std::string_view article_id, uint32_t index, uint32_t extractor_version,
                std::optional<int64_t> event_time, const extract::Figure& figure,
                std::string* out) {
  out->push_back(static_cast<char>(kValueFormat));
  PutBytes(article_id, out);
  PutVarint(index, out);
  PutVarint(extractor_version, out);
  PutOptionalTime(event_time, out);
  EncodeFigure(figure, out);
}

std::string EncodeFact(const Fact& f) {
  std::string v;
  AppendFact(f.article_id, f.index, f.extractor_version, f.event_time_ms, f.figure, &v);
  return v;
}

common::Status DecodeFact(std::string_view v, Fact* f) {
  Reader r(v);
  if (!GetFormat(&r) || !r.GetBytes(&f->article_id) || !GetSmall(&r, &f->index) ||
      !GetSmall(&r, &f->extractor_version) || !GetOptionalTime(&r, &f->event_time_ms) ||
      !DecodeFigure(&r, &f->figure) || !r.empty())
    return Bad("fact");
  return common::Status::Ok();
}

std::string EncodeMention(const extract::EntityMention& m) {
  std::string v(1, static_cast<char>(kValueFormat));
  v.push_back(static_cast<char>(m.type));
  v.push_back(static_cast<char>(m.field));
  PutVarint(m.start, &v);
  PutVarint(m.end, &v);
  PutBytes(m.entity, &v);
  PutBytes(m.surface, &v);
  return v;
}

common::Status DecodeMention(std::string_view v, extract::EntityMention* m) {
  Reader r(v);
  uint8_t type, field;
  if (!GetFormat(&r) || !r.GetByte(&type) || !r.GetByte(&field) || type > kMaxEntityType ||
      field > 1 || !GetSmall(&r, &m->start) || !GetSmall(&r, &m->end) || !r.GetBytes(&m->entity) ||
      !r.GetBytes(&m->surface) || !r.empty())
    return Bad("entity mention");
  m->type = static_cast<extract::EntityType>(type);
  m->field = static_cast<extract::Field>(field);
  return common::Status::Ok();
}

std::string EncodeMentionList(const std::vector<std::string>& encoded_mentions) {
  size_t size = 1 + 10;
  for (const auto& m : encoded_mentions) size += m.size() + 5;
  std::string v;
  v.reserve(size);
  AppendMentionListHead(encoded_mentions.size(), &v);
  for (const auto& m : encoded_mentions) PutBytes(m, &v);
  return v;
}

void AppendMentionListHead(size_t count, std::string* out) {
  out->push_back(static_cast<char>(kValueFormat));
  PutVarint(count, out);
}

void AppendFactListHead(size_t count, std::string* out) {
  AppendMentionListHead(count, out);
}

namespace {
// The values of a list (format byte, varint count, then each value length-prefixed: the
// layout of both the mention and the fact lists), as views into `v` appended to *out.
// Errors: Corruption naming `what` when the count or a length does not fit, or bytes follow.
common::Status SplitList(std::string_view v, std::string_view what,
                         std::vector<std::string_view>* out) {
  Reader r(v);
  uint64_t n = 0;
  if (!GetFormat(&r) || !r.GetVarint(&n) || n > v.size()) return Bad(what);
  for (uint64_t i = 0; i < n; ++i) {
    uint64_t len = 0;
    if (!r.GetVarint(&len) || len > r.rest().size()) return Bad(what);
    out->push_back(r.rest().substr(0, len));
    r = Reader(r.rest().substr(len));
  }
  if (!r.empty()) return Bad(what);
  return common::Status::Ok();
}
}  // namespace

common::Status SplitFactList(std::string_view v, std::vector<std::string_view>* out) {
  return SplitList(v, "fact list", out);
}

common::Status DecodeMentionList(std::string_view v, std::vector<extract::EntityMention>* out) {
  std::vector<std::string_view> values;
  NEWSFACTS_RETURN_IF_ERROR(SplitList(v, "entity mention list", &values));
  out->reserve(out->size() + values.size());
  for (std::string_view one : values) {
    extract::EntityMention m;
    NEWSFACTS_RETURN_IF_ERROR(DecodeMention(one, &m));
    out->push_back(std::move(m));
  }
  return common::Status::Ok();
}

void AppendArticleHead(const StoredArticle& a, uint64_t content_hash, std::string* out) {
  out->push_back(static_cast<char>(kValueFormat));
  PutBigEndian64(content_hash, out);
  out->push_back(static_cast<char>(a.article.lang));
  out->push_back(static_cast<char>(a.detected_lang));
  PutVarint(a.extractor_version, out);
  PutSigned(a.ingested_at_ms, out);
  PutVarint(a.fact_count, out);
  PutPosition(a.position, out);
}

void AppendArticleTail(const extract::Article& art, std::string* out) {
  PutOptionalTime(art.published_at_ms, out);
  PutBytes(art.id, out);
  PutBytes(art.title, out);
  PutBytes(art.body, out);
  PutBytes(art.source, out);
  PutBytes(art.url, out);
  PutBytes(art.published_at, out);
}

std::string EncodeArticle(const StoredArticle& a, uint64_t content_hash) {
  std::string v;
  AppendArticleHead(a, content_hash, &v);
  AppendArticleTail(a.article, &v);
  return v;
}

common::Status DecodeArticle(std::string_view v, StoredArticle* a, uint64_t* content_hash) {
  Reader r(v);
  uint8_t lang, detected;
  uint64_t hash;
  extract::Article& art = a->article;
  if (!GetFormat(&r) || !r.GetBigEndian64(&hash) || !r.GetByte(&lang) || !r.GetByte(&detected) ||
      lang > 3 || detected > 3 || !GetSmall(&r, &a->extractor_version) ||
      !GetSigned(&r, &a->ingested_at_ms) || !GetSmall(&r, &a->fact_count) ||
      !GetPosition(&r, &a->position) || !GetOptionalTime(&r, &art.published_at_ms) ||
      !r.GetBytes(&art.id) || !r.GetBytes(&art.title) || !r.GetBytes(&art.body) ||
      !r.GetBytes(&art.source) || !r.GetBytes(&art.url) || !r.GetBytes(&art.published_at) ||
      !r.empty())
    return Bad("article");
  art.lang = static_cast<extract::Lang>(lang);
  a->detected_lang = static_cast<extract::Lang>(detected);
  if (content_hash) *content_hash = hash;
  return common::Status::Ok();
}

std::string EncodeDeadLetter(const DeadLetter& d) {
  std::string v(1, static_cast<char>(kValueFormat));
  PutPosition(d.position, &v);
  PutSigned(d.at_ms, &v);
  PutBytes(d.reason, &v);
  PutBytes(d.payload, &v);
  return v;
}

common::Status DecodeDeadLetter(std::string_view v, DeadLetter* d) {
  Reader r(v);
  if (!GetFormat(&r) || !GetPosition(&r, &d->position) || !GetSigned(&r, &d->at_ms) ||
      !r.GetBytes(&d->reason) || !r.GetBytes(&d->payload) || !r.empty())
    return Bad("dead letter");
  return common::Status::Ok();
}

}  // namespace newsfacts::store::codec
