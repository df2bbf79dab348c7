#include "extract/figure.h"

#include <array>

namespace newsfacts::extract {

namespace {
constexpr std::array<std::string_view, 4> kKinds = {"money", "percent", "count", "quantity"};
constexpr std::array<std::string_view, 7> kQualifiers = {
    "exact", "approx", "more_than", "less_than", "at_least", "at_most", "range"};
constexpr std::array<std::string_view, 2> kFields = {"title", "body"};
constexpr std::array<std::string_view, 3> kUnitSources = {"", "text", "context"};
constexpr std::array<std::string_view, static_cast<size_t>(kLastEntityType) + 1> kEntityTypes = {
    "org", "product", "person", "place", "group"};

template <typename E, size_t N>
std::optional<E> ParseName(const std::array<std::string_view, N>& names, std::string_view s) {
  for (size_t i = 0; i < N; ++i) {
    if (names[i] == s) return static_cast<E>(i);
  }
  return std::nullopt;
}
}  // namespace

std::string_view FigureKindName(FigureKind k) {
  return kKinds[static_cast<size_t>(k)];
}
std::string_view QualifierName(Qualifier q) {
  return kQualifiers[static_cast<size_t>(q)];
}
std::string_view FieldName(Field f) {
  return kFields[static_cast<size_t>(f)];
}
std::string_view EntityTypeName(EntityType t) {
  return kEntityTypes[static_cast<size_t>(t)];
}
std::string_view UnitSourceName(UnitSource u) {
  return kUnitSources[static_cast<size_t>(u)];
}
std::optional<FigureKind> ParseFigureKind(std::string_view s) {
  return ParseName<FigureKind>(kKinds, s);
}
std::optional<Qualifier> ParseQualifier(std::string_view s) {
  return ParseName<Qualifier>(kQualifiers, s);
}
std::optional<EntityType> ParseEntityType(std::string_view s) {
  return ParseName<EntityType>(kEntityTypes, s);
}

}  // namespace newsfacts::extract
