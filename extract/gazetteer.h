#pragma once
// Gazetteer: the list of known entities (organisations, products, people, places) with
// their canonical names, aliases per language, ambiguity options and relations (product ->
// maker, subsidiary/brand -> parent). The default list is extract/data/entities.gaz,
// compiled into the library; users add their own in the same format (see
// extract/data/README.md) and Merge() them over the default.
//
// Parsing does no I/O: the caller reads the file and passes its text.
// Thread-safety: a value type; const methods may be called concurrently. Merge() mutates.

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "common/status.h"
#include "extract/article.h"
#include "extract/figure.h"

namespace newsfacts::extract {

using common::Result;
using common::Status;

struct GazetteerAlias {
  std::string text;                  // as written ("Ascend 910B", "US-Handelsministerium")
  Lang lang = Lang::kUnknown;        // kUnknown: any language; else only texts in that language
  bool exact_case = false;           // {exact}: only this exact spelling (no case variants)
  bool no_hyphen = false;            // {nohyphen}: not when followed by '-' ("Meta-Daten")
  std::vector<std::string> context;  // {ctx=a/b}: a cue (lower-case prefix of a word in the
                                     // same sentence; a cue starting with a capital: a whole
                                     // word in that exact spelling) must be present;
                                     // empty = always
};

struct GazetteerEntry {
  std::string name;  // canonical name, unique (case-insensitive)
  EntityType type = EntityType::kOrg;
  std::vector<GazetteerAlias> aliases;  // includes the canonical name itself
  std::string maker;                    // products: canonical name of the maker; "" = none
  std::string parent;                   // subsidiaries/brands: canonical parent; "" = none
  bool source = false;                  // news agency / analyst: reports figures, is never
                                        // the entity a figure is about
  bool union_of_states = false;         // a union of states (the EU): an organisation, and
                                        // a place where a text locates a figure in it
                                        // ("in der EU", "en la UE"; UnionsLocatedIn)
  bool built_in = false;                // an entry of Default(); Parse() leaves it false, so
                                        // a user's entry (Merge) is never built_in
};

class Gazetteer {
 public:
  Gazetteer() = default;

  // Parses the text of a gazetteer file (format: extract/data/README.md).
  // Errors: InvalidArgument naming the line for a malformed line, an unknown type, option
  // or relation, or a duplicate canonical name.
  [[nodiscard]] static Result<Gazetteer> Parse(std::string_view file_text);

  // The built-in gazetteer (extract/data/entities.gaz compiled into the library; every entry
  // `built_in`). Parsed once, on first use; the reference lives until the program exits.
  static const Gazetteer& Default();

  // Adds the entries of `over`; an entry whose canonical name (case-insensitive) already
  // exists replaces the existing one entirely.
  void Merge(const Gazetteer& over);

  const std::vector<GazetteerEntry>& entries() const { return entries_; }
  size_t size() const { return entries_.size(); }

  // The entry with this canonical name (case-insensitive); nullptr if none.
  // The pointer is valid until the next Merge().
  const GazetteerEntry* Find(std::string_view canonical) const;

  // Canonical name for a name or alias in any language ("Bytedance" -> "ByteDance",
  // "AWS" -> "AWS", "Nvidias" -> "Nvidia"), case-insensitive; nullopt when unknown.
  std::optional<std::string> Resolve(std::string_view alias) const;

  // Relations by canonical name; "" when none or unknown.
  std::string_view MakerOf(std::string_view canonical) const;
  std::string_view ParentOf(std::string_view canonical) const;
  bool IsSource(std::string_view canonical) const;
  // Tagged `union` (a union of states); answered by first byte and length for most names.
  bool IsUnionOfStates(std::string_view canonical) const;

 private:
  void Reindex();
  std::vector<GazetteerEntry> entries_;
  std::unordered_map<std::string, uint32_t> by_name_;   // lower-cased canonical -> index
  std::unordered_map<std::string, uint32_t> by_alias_;  // lower-cased alias -> index
  // Shapes of a set of canonical names, a first test before the hash look-up (most names
  // asked about are in no such set): bit n of bits[b] is set when a lower-cased name of the
  // set has n < 32 bytes and starts with byte b; long_name when one has 32 or more. Not
  // thread-safe to Add; May is const.
  struct NameShapes {
    std::array<uint32_t, 256> bits{};
    bool long_name = false;
    void Clear();
    void Add(std::string_view lower_key);  // REQUIRES: !lower_key.empty()
    // False when no name of the set has `canonical`'s lower-cased first byte and length.
    [[nodiscard]] bool May(std::string_view canonical) const;
  };
  NameShapes source_shapes_;  // the sources (IsSource)
  NameShapes union_shapes_;   // the union-of-states entries (IsUnionOfStates)
};

// ASCII lower-casing (non-ASCII bytes unchanged); used for every case-insensitive key.
std::string AsciiLower(std::string_view s);

}  // namespace newsfacts::extract
