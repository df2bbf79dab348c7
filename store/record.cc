#include "store/record.h"

#include "common/json_writer.h"
#include "common/time.h"
#include "common/utf8.h"
#include "extract/article.h"
#include "extract/figure.h"
#include "store/fact_format.h"

namespace newsfacts::store {

Record::Field& Record::Add(std::string_view name, Type type) {
  Field& f = fields_.emplace_back();
  f.name = name;
  f.type = type;
  return f;
}

Record& Record::Str(std::string_view name, std::string_view value) {
  if (value.empty()) return Null(name);
  Add(name, Type::kString).text = value;
  return *this;
}

Record& Record::Num(std::string_view name, double value) {
  Add(name, Type::kNumber).number = value;
  return *this;
}

Record& Record::Num(std::string_view name, std::optional<double> value) {
  return value ? Num(name, *value) : Null(name);
}

Record& Record::Int(std::string_view name, int64_t value) {
  Add(name, Type::kInt).integer = value;
  return *this;
}

Record& Record::Bool(std::string_view name, bool value) {
  Add(name, Type::kBool).integer = value ? 1 : 0;
  return *this;
}

Record& Record::Time(std::string_view name, std::optional<int64_t> ms) {
  if (!ms) return Null(name);
  return Str(name, common::FormatRfc3339Ms(*ms, common::Millis::kAlways));
}

Record& Record::Null(std::string_view name) {
  Add(name, Type::kNull);
  return *this;
}

Record& Record::Sub(std::string_view name, Record sub) {
  Field f;
  f.name = name;
  f.type = Type::kRecord;
  f.sub = std::move(sub.fields_);
  fields_.push_back(std::move(f));
  return *this;
}

void Record::AppendFieldsJson(const std::vector<Field>& fields, std::string* out) {
  out->push_back('{');
  bool first = true;
  for (const Field& f : fields) {
    if (!first) out->push_back(',');
    first = false;
    common::JsonWriter::AppendEscaped(f.name, out);
    out->push_back(':');
    switch (f.type) {
      case Type::kNull:
        out->append("null");
        break;
      case Type::kString:
        common::JsonWriter::AppendEscaped(f.text, out);
        break;
      case Type::kNumber:
        common::JsonWriter(out).Number(f.number);
        break;
      case Type::kInt:
        out->append(std::to_string(f.integer));
        break;
      case Type::kBool:
        out->append(f.integer ? "true" : "false");
        break;
      case Type::kRecord:
        AppendFieldsJson(f.sub, out);
        break;
    }
  }
  out->push_back('}');
}

void Record::AppendJson(std::string* out) const {
  AppendFieldsJson(fields_, out);
}

void Record::AppendCsvNames(const std::vector<Field>& fields, std::string_view prefix, bool* first,
                            std::string* out) {
  for (const Field& f : fields) {
    const std::string name = std::string(prefix) + f.name;
    if (f.type == Type::kRecord) {
      AppendCsvNames(f.sub, name + ".", first, out);
      continue;
    }
    if (!*first) out->push_back(',');
    *first = false;
    AppendCsvField(name, out);
  }
}

std::string Record::PlainText(const Field& f, std::string_view null_text) {
  switch (f.type) {
    case Type::kNull:
    case Type::kRecord:
      return std::string(null_text);
    case Type::kString:
      return f.text;
    case Type::kNumber: {
      char buf[64];
      char* end = common::JsonWriter::FormatNumber(f.number, buf, buf + sizeof buf);
      return std::string(buf, end);
    }
    case Type::kInt:
      return std::to_string(f.integer);
    case Type::kBool:
      return f.integer ? "true" : "false";
  }
  return std::string(null_text);
}

void Record::AppendCsvCells(const std::vector<Field>& fields, bool* first, std::string* out) {
  for (const Field& f : fields) {
    if (f.type == Type::kRecord) {
      AppendCsvCells(f.sub, first, out);
      continue;
    }
    if (!*first) out->push_back(',');
    *first = false;
    if (f.type == Type::kString) {
      AppendCsvField(f.text, out);
    } else {
      out->append(PlainText(f, ""));
    }
  }
}

Record& Record::Extend(const Record& other) {
  fields_.insert(fields_.end(), other.fields_.begin(), other.fields_.end());
  return *this;
}

void Record::FlattenInto(const std::vector<Field>& fields, std::string_view prefix,
                         std::string_view null_text, std::vector<FlatField>* out) {
  for (const Field& f : fields) {
    std::string name = std::string(prefix) + f.name;
    if (f.type == Type::kRecord) {
      FlattenInto(f.sub, name + ".", null_text, out);
      continue;
    }
    out->push_back({std::move(name), PlainText(f, null_text),
                    f.type == Type::kNumber || f.type == Type::kInt});
  }
}

std::vector<Record::FlatField> Record::Flatten(std::string_view null_text) const {
  std::vector<FlatField> out;
  FlattenInto(fields_, "", null_text, &out);
  return out;
}

void Record::AppendCsvHeader(std::string* out) const {
  bool first = true;
  AppendCsvNames(fields_, "", &first, out);
  out->append("\r\n");
}

void Record::AppendCsvRow(std::string* out) const {
  bool first = true;
  AppendCsvCells(fields_, &first, out);
  out->append("\r\n");
}

Record FactRecord(const Fact& fact, const StoredArticle* article) {
  const extract::Figure& g = fact.figure;
  Record r;
  r.Str("article_id", fact.article_id)
      .Int("index", fact.index)
      .Time("published_at", fact.event_time_ms)
      .Time("ingested_at", article ? std::optional<int64_t>(article->ingested_at_ms) : std::nullopt)
      .Str("lang", article ? extract::LangName(article->detected_lang) : std::string_view())
      .Str("source", article ? std::string_view(article->article.source) : std::string_view())
      .Str("entity", g.entity)
      .Str("entity_type", g.entity_type ? extract::EntityTypeName(*g.entity_type) : "")
      .Str("product", g.product)
      .Str("counterpart", g.counterpart)
      .Str("metric", g.metric)
      .Str("kind", extract::FigureKindName(g.kind))
      .Num("value", g.value)
      .Num("value_high", g.value_high)
      .Str("unit", g.unit)
      .Str("qualifier", extract::QualifierName(g.qualifier))
      .Bool("vague", g.vague)
      .Str("period", g.period)
      .Str("surface", g.surface)
      .Str("field", extract::FieldName(g.field))
      .Int("start", g.start)
      .Int("end", g.end)
      .Str("evidence", g.sentence)
      .Int("extractor_version", fact.extractor_version);
  return r;
}

namespace {

// The first `max` bytes of `s` (not splitting a sequence) with ill-formed bytes as U+FFFD.
std::string Utf8Preview(std::string_view s, size_t max) {
  std::string out;
  size_t i = 0;
  while (i < s.size()) {
    const common::Utf8Piece piece = common::ValidUtf8PieceAt(s, i);
    if (out.size() + piece.bytes.size() > max) break;
    out.append(piece.bytes);
    i += piece.consumed;
  }
  return out;
}

}  // namespace

Record AggregateRecord(const AggregateRow& row, const std::vector<GroupField>& group_by,
                       const std::vector<AggFn>& aggs) {
  Record r;
  for (size_t i = 0; i < group_by.size() && i < row.key.size(); ++i)
    r.Str(GroupFieldName(group_by[i]), row.key[i]);
  for (AggFn fn : aggs) {
    switch (fn) {
      case AggFn::kCount:
        r.Int("count", static_cast<int64_t>(row.count));
        break;
      case AggFn::kMax:
        r.Num("max", row.max);
        break;
      case AggFn::kMin:
        r.Num("min", row.min);
        break;
      case AggFn::kSumUsd:
        r.Num("sum_usd", row.sum_usd);
        break;
      case AggFn::kLatest:
        if (row.latest) {
          r.Sub("latest", FactRecord(row.latest->fact, row.latest->article.get()));
        } else {
          r.Null("latest");
        }
        break;
    }
  }
  return r;
}

Record DeadLetterRecord(const DeadLetter& d, size_t max_payload) {
  Record r;
  r.Str("source", d.position.source)
      .Int("partition", d.position.partition)
      .Int("offset", d.position.offset)
      .Str("reason", d.reason)
      .Time("rejected_at", d.at_ms)
      .Int("payload_bytes", static_cast<int64_t>(d.payload.size()))
      .Str("payload", Utf8Preview(d.payload, max_payload));
  return r;
}

}  // namespace newsfacts::store
