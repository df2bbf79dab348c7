#include "extract/figure_json.h"

#include "common/json_writer.h"

namespace newsfacts::extract {

void AppendFigureJson(std::string_view doc, const Figure& f, bool with_field, std::string* out) {
  common::JsonWriter w(out);
  w.BeginObject();
  w.Key("doc").String(doc);
  w.Key("kind").String(FigureKindName(f.kind));
  w.Key("value").Number(f.value);
  if (f.value_high) w.Key("value_high").Number(*f.value_high);
  w.Key("unit").StringOrNull(f.unit);
  w.Key("unit_source").StringOrNull(UnitSourceName(f.unit_source));
  w.Key("qualifier").String(QualifierName(f.qualifier));
  w.Key("surface").String(f.surface);
  w.Key("start").Int(f.start);
  w.Key("end").Int(f.end);
  if (with_field) w.Key("field").String(FieldName(f.field));
  w.Key("period").StringOrNull(f.period);
  w.Key("entity").StringOrNull(f.entity);
  w.Key("counterpart").StringOrNull(f.counterpart);
  if (f.entity_type) {
    w.Key("entity_type").String(EntityTypeName(*f.entity_type));
  } else {
    w.Key("entity_type").Null();
  }
  w.Key("entity_surface").StringOrNull(f.entity_surface);
  if (f.entity_surface.empty()) {
    w.Key("entity_start").Null();
    w.Key("entity_end").Null();
  } else {
    w.Key("entity_start").Int(f.entity_start);
    w.Key("entity_end").Int(f.entity_end);
    if (f.entity_field != f.field) w.Key("entity_field").String(FieldName(f.entity_field));
  }
  w.Key("product").StringOrNull(f.product);
  w.Key("metric").StringOrNull(f.metric);
  w.Key("sentence").StringOrNull(f.sentence);
  if (f.vague) w.Key("vague").Bool(true);
  if (f.same_as >= 0) w.Key("same_as").Int(f.same_as);
  w.EndObject();
}

void AppendEntityJson(std::string_view doc, const EntityMention& m, bool with_field,
                      std::string* out) {
  common::JsonWriter w(out);
  w.BeginObject();
  w.Key("doc").String(doc);
  w.Key("kind").String("entity");
  w.Key("entity").String(m.entity);
  w.Key("type").String(EntityTypeName(m.type));
  w.Key("surface").String(m.surface);
  w.Key("start").Int(m.start);
  w.Key("end").Int(m.end);
  if (with_field) w.Key("field").String(FieldName(m.field));
  w.EndObject();
}

}  // namespace newsfacts::extract
