#include "ingest/api_records.h"

namespace newsfacts::ingest {

store::Record AlertRecord(const Alert& a) {
  store::Record r;
  r.Str("id", a.id)
      .Str("rule", a.rule)
      .Str("type", a.type)
      .Str("severity", a.severity)
      .Str("indicator", a.indicator)
      .Str("entity", a.entity)
      .Str("period", a.period)
      .Str("metric", a.metric)
      .Num("value", a.new_value)
      .Num("old_value", a.old_value)
      .Str("unit", a.unit)
      .Str("article_id", a.article_id)
      .Str("evidence", a.sentence)
      .Time("published_at", a.time_ms)
      .Time("detected_at", a.detected_at_ms);
  return r;
}

store::Record IndicatorRecord(const IndicatorRow& row) {
  std::string_view change;
  if (row.previous) {
    change = row.value > *row.previous ? "up" : row.value < *row.previous ? "down" : "same";
  }
  store::Record r;
  r.Str("name", row.name)
      .Str("entity", row.entity)
      .Str("period", row.period)
      .Num("value", row.value)
      .Num("previous", row.previous)
      .Str("change", change)
      .Str("unit", row.unit)
      .Time("published_at", row.time_ms)
      .Str("article_id", row.article_id)
      .Str("evidence", row.sentence);
  return r;
}

}  // namespace newsfacts::ingest
