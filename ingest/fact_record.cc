#include "ingest/fact_record.h"

#include <simdjson.h>

#include <charconv>
#include <cmath>
#include <string>

#include "common/json_writer.h"
#include "common/time.h"

namespace newsfacts::ingest {

namespace {

using common::JsonWriter;
using common::Status;

// Shortest decimal that reads back to exactly `v` (std::to_chars), so facts survive the
// record byte for byte. Non-finite values never come out of the extractor; they print null.
void AppendExactNumber(double v, std::string* out) {
  if (!std::isfinite(v)) {
    out->append("null");
    return;
  }
  char buf[64];
  auto r = std::to_chars(buf, buf + sizeof buf, v);
  out->append(buf, r.ptr);
}

// A tiny writer on top of JsonWriter's escaping: "key":value pairs with commas.
class Obj {
 public:
  explicit Obj(std::string* out) : out_(out) { out_->push_back('{'); }
  void End() { out_->push_back('}'); }
  void Str(std::string_view key, std::string_view v) {
    Key(key);
    JsonWriter::AppendEscaped(v, out_);
  }
  void Num(std::string_view key, double v) {
    Key(key);
    AppendExactNumber(v, out_);
  }
  void Int(std::string_view key, int64_t v) {
    Key(key);
    out_->append(std::to_string(v));
  }
  void Bool(std::string_view key, bool v) {
    Key(key);
    out_->append(v ? "true" : "false");
  }
  void Null(std::string_view key) {
    Key(key);
    out_->append("null");
  }
  void Key(std::string_view key) {
    if (!first_) out_->push_back(',');
    first_ = false;
    JsonWriter::AppendEscaped(key, out_);
    out_->push_back(':');
  }

 private:
  std::string* out_;
  bool first_ = true;
};

std::string_view LangOrEmpty(extract::Lang l) {
  return l == extract::Lang::kUnknown ? std::string_view() : extract::LangName(l);
}

}  // namespace

std::string EncodeFactRecord(const extract::Article& article, const extract::Extraction& extraction,
                             uint32_t extractor_version) {
  std::string out;
  out.reserve(512 + article.title.size() + article.body.size() + 256 * extraction.figures.size());
  Obj rec(&out);
  rec.Str("schema", kFactRecordSchema);
  rec.Int("version", kFactRecordVersion);
  rec.Int("extractor_version", extractor_version);
  rec.Key("article");
  {
    Obj a(&out);
    a.Str("id", article.id);
    a.Str("lang", LangOrEmpty(article.lang));
    a.Str("title", article.title);
    a.Str("body", article.body);
    a.Str("source", article.source);
    a.Str("url", article.url);
    a.Str("published_at", article.published_at);
    a.End();
  }
  rec.Str("lang", LangOrEmpty(extraction.lang));
  rec.Key("figures");
  out.push_back('[');
  for (size_t i = 0; i < extraction.figures.size(); ++i) {
    const extract::Figure& f = extraction.figures[i];
    if (i > 0) out.push_back(',');
    Obj o(&out);
    o.Str("kind", extract::FigureKindName(f.kind));
    o.Num("value", f.value);
    if (f.value_high) {
      o.Num("value_high", *f.value_high);
    } else {
      o.Null("value_high");
    }
    o.Str("unit", f.unit);
    o.Str("unit_source", extract::UnitSourceName(f.unit_source));
    o.Str("qualifier", extract::QualifierName(f.qualifier));
    o.Bool("vague", f.vague);
    o.Str("field", extract::FieldName(f.field));
    o.Int("start", f.start);
    o.Int("end", f.end);
    o.Str("surface", f.surface);
    o.Str("period", f.period);
    o.Int("same_as", f.same_as);
    o.Str("entity", f.entity);
    o.Str("counterpart", f.counterpart);
    o.Str("entity_type", f.entity_type ? extract::EntityTypeName(*f.entity_type) : "");
    o.Str("entity_surface", f.entity_surface);
    o.Int("entity_start", f.entity_start);
    o.Int("entity_end", f.entity_end);
    o.Str("entity_field", extract::FieldName(f.entity_field));
    o.Str("product", f.product);
    o.Str("metric", f.metric);
    o.Str("sentence", f.sentence);
    o.End();
  }
  out.push_back(']');
  rec.Key("entities");
  out.push_back('[');
  for (size_t i = 0; i < extraction.entities.size(); ++i) {
    const extract::EntityMention& m = extraction.entities[i];
    if (i > 0) out.push_back(',');
    Obj o(&out);
    o.Str("entity", m.entity);
    o.Str("type", extract::EntityTypeName(m.type));
    o.Str("field", extract::FieldName(m.field));
    o.Int("start", m.start);
    o.Int("end", m.end);
    o.Str("surface", m.surface);
    o.End();
  }
  out.push_back(']');
  rec.End();
  return out;
}

struct FactRecordDecoder::Impl {
  simdjson::dom::parser parser;
};

FactRecordDecoder::FactRecordDecoder() : impl_(std::make_unique<Impl>()) {}
FactRecordDecoder::~FactRecordDecoder() = default;

namespace {

using simdjson::dom::element;
using simdjson::dom::object;

Status Missing(const std::string& path) {
  return Status::InvalidArgument("facts record: missing or mistyped field '" + path + "'");
}

Status GetStr(const object& o, std::string_view key, const std::string& path, std::string* out) {
  std::string_view v;
  if (o[key].get_string().get(v) != simdjson::SUCCESS) return Missing(path + std::string(key));
  out->assign(v);
  return Status::Ok();
}

template <typename T>
Status GetInt(const object& o, std::string_view key, const std::string& path, T* out) {
  int64_t v = 0;
  if (o[key].get_int64().get(v) != simdjson::SUCCESS) return Missing(path + std::string(key));
  *out = static_cast<T>(v);
  return Status::Ok();
}

Status GetNum(const object& o, std::string_view key, const std::string& path, double* out) {
  if (o[key].get_double().get(*out) != simdjson::SUCCESS) return Missing(path + std::string(key));
  return Status::Ok();
}

template <typename E, typename Parse>
Status GetEnum(const object& o, std::string_view key, const std::string& path, Parse parse,
               E* out) {
  std::string s;
  NEWSFACTS_RETURN_IF_ERROR(GetStr(o, key, path, &s));
  std::optional<E> e = parse(s);
  if (!e) {
    return Status::InvalidArgument("facts record: field '" + path + std::string(key) +
                                   "' has an unknown value \"" + s + "\"");
  }
  *out = *e;
  return Status::Ok();
}

std::optional<extract::Field> ParseField(std::string_view s) {
  if (s == "title") return extract::Field::kTitle;
  if (s == "body") return extract::Field::kBody;
  return std::nullopt;
}

std::optional<extract::UnitSource> ParseUnitSource(std::string_view s) {
  if (s.empty()) return extract::UnitSource::kNone;
  if (s == "text") return extract::UnitSource::kText;
  if (s == "context") return extract::UnitSource::kContext;
  return std::nullopt;
}

Status GetLang(const object& o, std::string_view key, const std::string& path, extract::Lang* out) {
  std::string s;
  NEWSFACTS_RETURN_IF_ERROR(GetStr(o, key, path, &s));
  if (s.empty()) {
    *out = extract::Lang::kUnknown;
    return Status::Ok();
  }
  std::optional<extract::Lang> l = extract::ParseLang(s);
  if (!l) return Status::InvalidArgument("facts record: unknown language \"" + s + "\"");
  *out = *l;
  return Status::Ok();
}

Status DecodeFigure(const object& o, const std::string& p, extract::Figure* f) {
  NEWSFACTS_RETURN_IF_ERROR(GetEnum(o, "kind", p, extract::ParseFigureKind, &f->kind));
  NEWSFACTS_RETURN_IF_ERROR(GetNum(o, "value", p, &f->value));
  element high;
  if (o["value_high"].get(high) != simdjson::SUCCESS) return Missing(p + "value_high");
  if (!high.is_null()) {
    double h = 0;
    NEWSFACTS_RETURN_IF_ERROR(GetNum(o, "value_high", p, &h));
    f->value_high = h;
  }
  NEWSFACTS_RETURN_IF_ERROR(GetStr(o, "unit", p, &f->unit));
  NEWSFACTS_RETURN_IF_ERROR(GetEnum(o, "unit_source", p, ParseUnitSource, &f->unit_source));
  NEWSFACTS_RETURN_IF_ERROR(GetEnum(o, "qualifier", p, extract::ParseQualifier, &f->qualifier));
  if (o["vague"].get_bool().get(f->vague) != simdjson::SUCCESS) return Missing(p + "vague");
  NEWSFACTS_RETURN_IF_ERROR(GetEnum(o, "field", p, ParseField, &f->field));
  NEWSFACTS_RETURN_IF_ERROR(GetInt(o, "start", p, &f->start));
  NEWSFACTS_RETURN_IF_ERROR(GetInt(o, "end", p, &f->end));
  NEWSFACTS_RETURN_IF_ERROR(GetStr(o, "surface", p, &f->surface));
  NEWSFACTS_RETURN_IF_ERROR(GetStr(o, "period", p, &f->period));
  NEWSFACTS_RETURN_IF_ERROR(GetInt(o, "same_as", p, &f->same_as));
  NEWSFACTS_RETURN_IF_ERROR(GetStr(o, "entity", p, &f->entity));
  NEWSFACTS_RETURN_IF_ERROR(GetStr(o, "counterpart", p, &f->counterpart));
  std::string type;
  NEWSFACTS_RETURN_IF_ERROR(GetStr(o, "entity_type", p, &type));
  if (!type.empty()) {
    f->entity_type = extract::ParseEntityType(type);
    if (!f->entity_type) {
      return Status::InvalidArgument("facts record: field '" + p +
                                     "entity_type' has an unknown value \"" + type + "\"");
    }
  }
  NEWSFACTS_RETURN_IF_ERROR(GetStr(o, "entity_surface", p, &f->entity_surface));
  NEWSFACTS_RETURN_IF_ERROR(GetInt(o, "entity_start", p, &f->entity_start));
  NEWSFACTS_RETURN_IF_ERROR(GetInt(o, "entity_end", p, &f->entity_end));
  NEWSFACTS_RETURN_IF_ERROR(GetEnum(o, "entity_field", p, ParseField, &f->entity_field));
  NEWSFACTS_RETURN_IF_ERROR(GetStr(o, "product", p, &f->product));
  NEWSFACTS_RETURN_IF_ERROR(GetStr(o, "metric", p, &f->metric));
  return GetStr(o, "sentence", p, &f->sentence);
}

Status DecodeMention(const object& o, const std::string& p, extract::EntityMention* m) {
  NEWSFACTS_RETURN_IF_ERROR(GetStr(o, "entity", p, &m->entity));
  NEWSFACTS_RETURN_IF_ERROR(GetEnum(o, "type", p, extract::ParseEntityType, &m->type));
  NEWSFACTS_RETURN_IF_ERROR(GetEnum(o, "field", p, ParseField, &m->field));
  NEWSFACTS_RETURN_IF_ERROR(GetInt(o, "start", p, &m->start));
  NEWSFACTS_RETURN_IF_ERROR(GetInt(o, "end", p, &m->end));
  return GetStr(o, "surface", p, &m->surface);
}

}  // namespace

common::Result<FactRecord> FactRecordDecoder::Decode(std::string_view json) {
  element doc;
  if (auto err = impl_->parser.parse(json.data(), json.size()).get(doc); err) {
    return Status::InvalidArgument(std::string("facts record: invalid JSON: ") +
                                   simdjson::error_message(err));
  }
  object root;
  if (doc.get_object().get(root) != simdjson::SUCCESS) {
    return Status::InvalidArgument("facts record: not a JSON object");
  }
  std::string schema;
  if (!GetStr(root, "schema", "", &schema).ok() || schema != kFactRecordSchema) {
    return Status::InvalidArgument("facts record: unknown schema (expected \"" +
                                   std::string(kFactRecordSchema) + "\")");
  }
  int64_t version = 0;
  if (root["version"].get_int64().get(version) != simdjson::SUCCESS) return Missing("version");
  if (version != kFactRecordVersion) {
    return Status::InvalidArgument("facts record version " + std::to_string(version) +
                                   " is not supported (this build reads version " +
                                   std::to_string(kFactRecordVersion) + ")");
  }
  FactRecord r;
  NEWSFACTS_RETURN_IF_ERROR(GetInt(root, "extractor_version", "", &r.extractor_version));
  object a;
  if (root["article"].get_object().get(a) != simdjson::SUCCESS) return Missing("article");
  const std::string ap = "article.";
  NEWSFACTS_RETURN_IF_ERROR(GetStr(a, "id", ap, &r.article.id));
  if (r.article.id.empty()) return Status::InvalidArgument("facts record: empty article id");
  NEWSFACTS_RETURN_IF_ERROR(GetLang(a, "lang", ap, &r.article.lang));
  NEWSFACTS_RETURN_IF_ERROR(GetStr(a, "title", ap, &r.article.title));
  NEWSFACTS_RETURN_IF_ERROR(GetStr(a, "body", ap, &r.article.body));
  NEWSFACTS_RETURN_IF_ERROR(GetStr(a, "source", ap, &r.article.source));
  NEWSFACTS_RETURN_IF_ERROR(GetStr(a, "url", ap, &r.article.url));
  NEWSFACTS_RETURN_IF_ERROR(GetStr(a, "published_at", ap, &r.article.published_at));
  if (!r.article.published_at.empty()) {
    r.article.published_at_ms = common::ParseRfc3339Ms(r.article.published_at);
    if (!r.article.published_at_ms) {
      return Status::InvalidArgument("facts record: article.published_at is not RFC 3339");
    }
  }
  NEWSFACTS_RETURN_IF_ERROR(GetLang(root, "lang", "", &r.extraction.lang));
  simdjson::dom::array figures, entities;
  if (root["figures"].get_array().get(figures) != simdjson::SUCCESS) return Missing("figures");
  if (root["entities"].get_array().get(entities) != simdjson::SUCCESS) return Missing("entities");
  size_t i = 0;
  for (element e : figures) {
    const std::string p = "figures[" + std::to_string(i++) + "].";
    object o;
    if (e.get_object().get(o) != simdjson::SUCCESS) return Missing(p);
    NEWSFACTS_RETURN_IF_ERROR(DecodeFigure(o, p, &r.extraction.figures.emplace_back()));
  }
  i = 0;
  for (element e : entities) {
    const std::string p = "entities[" + std::to_string(i++) + "].";
    object o;
    if (e.get_object().get(o) != simdjson::SUCCESS) return Missing(p);
    NEWSFACTS_RETURN_IF_ERROR(DecodeMention(o, p, &r.extraction.entities.emplace_back()));
  }
  return r;
}

}  // namespace newsfacts::ingest
