#pragma once
// JSON serialisation of extractor output: the line format of `newsfacts extract` and of
// `newsfacts query --format jsonl`. One object per figure or entity mention, appended to a
// caller-owned string without a trailing newline. Thread-safety: pure functions.

#include <string>
#include <string_view>

#include "extract/figure.h"

namespace newsfacts::extract {

// {"doc","kind","value","value_high"?,"unit","qualifier","surface","start","end","field"?,
//  "period","entity","counterpart","entity_type","entity_surface","entity_start","entity_end",
//  "entity_field"? (only when it differs from "field"),"product","metric","sentence","vague"?,
//  "same_as"?}
// `with_field`: include "field" (JSONL input, where title and body are separate texts).
void AppendFigureJson(std::string_view doc, const Figure& f, bool with_field, std::string* out);

// {"doc","kind":"entity","entity","type","surface","start","end","field"?}
void AppendEntityJson(std::string_view doc, const EntityMention& m, bool with_field,
                      std::string* out);

}  // namespace newsfacts::extract
