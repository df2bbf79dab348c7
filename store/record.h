#pragma once
// Record: one row of newsfacts' output contract (README.md, "Output contract") — an ordered
// list of named fields rendered as a JSON object, an NDJSON line or an RFC 4180 CSV row.
// Every listing (facts, alerts, indicators, dead letters) is built as Records so field
// names, time format (RFC 3339 UTC, always with milliseconds), numbers (exact shortest
// decimals, common::JsonWriter) and null (JSON null, empty CSV cell) are the same
// everywhere. FactRecord() is the one definition of a fact's fields.
//
// Thread-safety: a Record is a value owned by one thread. Ownership: holds copies.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "store/fact_query.h"
#include "store/store.h"

namespace newsfacts::store {

class Record {
 public:
  // Each adder appends one field; names must be unique within the record.
  Record& Str(std::string_view name, std::string_view value);  // "" -> null
  Record& Num(std::string_view name, double value);
  Record& Num(std::string_view name, std::optional<double> value);  // nullopt -> null
  Record& Int(std::string_view name, int64_t value);
  Record& Bool(std::string_view name, bool value);
  Record& Time(std::string_view name, std::optional<int64_t> ms);  // RFC 3339 ms, or null
  Record& Null(std::string_view name);
  // A nested record: a JSON object; in CSV its fields become columns "name.field".
  Record& Sub(std::string_view name, Record sub);

  // {"name":value,...} without a newline.
  void AppendJson(std::string* out) const;
  // The CSV header line (field names, CRLF) and one row (CRLF) in the same column order.
  void AppendCsvHeader(std::string* out) const;
  void AppendCsvRow(std::string* out) const;

  // Appends every field of `other` (names must stay unique).
  Record& Extend(const Record& other);

  // The fields flattened in CSV column order (nested records as "name.field"): name, plain
  // text (nulls as `null_text`, numbers as in JSON) and whether it is a number. For tables.
  struct FlatField {
    std::string name;
    std::string text;
    bool number = false;
  };
  [[nodiscard]] std::vector<FlatField> Flatten(std::string_view null_text) const;

  size_t size() const { return fields_.size(); }

 private:
  enum class Type : uint8_t { kNull, kString, kNumber, kInt, kBool, kRecord };
  struct Field {
    std::string name;
    Type type = Type::kNull;
    std::string text;  // kString: the string; kRecord: unused
    double number = 0;
    int64_t integer = 0;
    std::vector<Field> sub;  // kRecord
  };
  static void AppendFieldsJson(const std::vector<Field>& fields, std::string* out);
  static void AppendCsvNames(const std::vector<Field>& fields, std::string_view prefix, bool* first,
                             std::string* out);
  static void AppendCsvCells(const std::vector<Field>& fields, bool* first, std::string* out);
  // A field's value as plain text (numbers as in JSON; null and nested as `null_text`).
  static std::string PlainText(const Field& f, std::string_view null_text);
  Field& Add(std::string_view name, Type type);
  static void FlattenInto(const std::vector<Field>& fields, std::string_view prefix,
                          std::string_view null_text, std::vector<FlatField>* out);
  std::vector<Field> fields_;
};

// A fact in the output contract: article_id, index, published_at, ingested_at, lang, source,
// entity, entity_type, product, counterpart, metric, kind, value, value_high, unit,
// qualifier, vague, period, surface, field, start, end, evidence (the sentence),
// extractor_version. `article` may be null (ingested_at, lang and source are then null).
Record FactRecord(const Fact& fact, const StoredArticle* article);

// One group of AggregateFacts: its group_by fields by name, then one field per aggregate
// (count, latest (a nested fact record), max, min, sum_usd).
Record AggregateRecord(const AggregateRow& row, const std::vector<GroupField>& group_by,
                       const std::vector<AggFn>& aggs);

// A dead letter: source, partition, offset, reason, rejected_at, payload (cut to
// `max_payload` bytes at a UTF-8 boundary; payload_bytes is the full size).
Record DeadLetterRecord(const DeadLetter& dead_letter, size_t max_payload);

}  // namespace newsfacts::store
