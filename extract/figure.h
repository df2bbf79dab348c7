#pragma once
// The extractor's output model: figures (money, percentages, counts, quantities) and entity
// mentions found in one article, with their offsets into the ORIGINAL text.
//
// Plain value types. Thread-safety: values; share const freely.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/article.h"

namespace newsfacts::extract {

enum class FigureKind : uint8_t { kMoney = 0, kPercent, kCount, kQuantity };
enum class Qualifier : uint8_t {
  kExact = 0,
  kApprox,
  kMoreThan,
  kLessThan,
  kAtLeast,
  kAtMost,
  kRange
};
enum class Field : uint8_t { kTitle = 0, kBody };
// kGroup: a class of people or things named by a common noun, no proper name ("las mujeres",
// "el disco compacto"); entity is its singular, entity_surface the words as written.
enum class EntityType : uint8_t { kOrg = 0, kProduct, kPerson, kPlace, kGroup };
// The last EntityType: decoders of stored values check the range against it.
inline constexpr EntityType kLastEntityType = EntityType::kGroup;
// Where a figure's unit comes from: written next to the number ("5 Mio. Euro"), or taken from
// the article ("Umsatz von 18,1 Millionen" in an article about euros). kNone: no unit.
enum class UnitSource : uint8_t { kNone = 0, kText, kContext };

// Lower-case names used in JSON output and on the command line ("money", "more_than", ...).
std::string_view FigureKindName(FigureKind k);
std::string_view QualifierName(Qualifier q);
std::string_view FieldName(Field f);
std::string_view EntityTypeName(EntityType t);
std::string_view UnitSourceName(UnitSource u);  // "" (null), "text", "context"
std::optional<FigureKind> ParseFigureKind(std::string_view s);
std::optional<Qualifier> ParseQualifier(std::string_view s);
std::optional<EntityType> ParseEntityType(std::string_view s);

// One figure mention. Strings left empty mean "null" in JSON output.
struct Figure {
  FigureKind kind = FigureKind::kCount;
  double value = 0;                            // full value: "12 Milliarden" -> 1.2e10
  std::optional<double> value_high;            // ranges only ("zwischen 88 und 99 %")
  std::string unit;                            // money: ISO 4217 ("USD"); percent: "" or "pp";
                                               // count: counted noun, English singular ("chip")
  UnitSource unit_source = UnitSource::kNone;  // kText / kContext when `unit` is set
  Qualifier qualifier = Qualifier::kExact;
  bool vague = false;  // "Hunderttausende": order of magnitude only
  Field field = Field::kBody;
  uint32_t start = 0;  // UTF-8 byte offsets into the original field text
  uint32_t end = 0;
  std::string surface;               // original text [start, end)
  std::string period;                // "2024", "2024-Q3", "2023-H1", "2022-2025"; "" = null
  bool period_from_article = false;  // `period` is the year the text names most often: the
                                     // figure's sentence states none (AssignPeriods); not
                                     // written to JSON
  int32_t same_as = -1;              // index (in Extraction::figures) of a figure stating the
                                     // same amount in another currency; -1 = none
  // Attribution (see extract/README.md); "" = null.
  std::string entity;       // canonical name of what the figure is about
  std::string counterpart;  // e.g. supplier or product
  // The mention that decided `entity` (its evidence): type, surface and byte offsets into
  // the text of `entity_field` (the title when the article's topic decided). A product
  // rolls up to its maker: entity "Nvidia", product "H20". Unset/"" = null.
  std::optional<EntityType> entity_type;
  std::string entity_surface;
  uint32_t entity_start = 0;
  uint32_t entity_end = 0;
  Field entity_field = Field::kBody;
  std::string product;   // product the figure is about, maker in `entity`
  std::string metric;    // closed vocabulary, see extract/metrics.h
  std::string sentence;  // evidence sentence (original text)
};

struct EntityMention {
  std::string entity;  // canonical name
  EntityType type = EntityType::kOrg;
  Field field = Field::kBody;
  uint32_t start = 0;  // UTF-8 byte offsets into the original field text
  uint32_t end = 0;
  std::string surface;
  // Keeps to its sentence: a public body news cites as the source of others' figures ("die
  // Polizei", "das Innenministerium", "das Landgericht X"). Attribution may choose it for a
  // figure of a sentence that names it, but never carries it to later sentences as their
  // subject, nor makes it the article's topic.
  bool local = false;
};

// Everything extracted from one article.
struct Extraction {
  Lang lang = Lang::kUnknown;           // language used (given or detected)
  std::vector<Figure> figures;          // in text order, title first
  std::vector<EntityMention> entities;  // in text order, title first
  void Clear() {
    lang = Lang::kUnknown;
    figures.clear();
    entities.clear();
  }
};

}  // namespace newsfacts::extract
