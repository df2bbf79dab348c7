#include "extract/gazetteer.h"

#include <cstdio>
#include <cstdlib>
#include <string>

namespace newsfacts::extract {

// Defined in the generated gazetteer_data.cc (from extract/data/entities.gaz).
extern const unsigned char kDefaultGazetteerData[];
extern const size_t kDefaultGazetteerSize;

namespace {

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) {
    s.remove_prefix(1);
  }
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) {
    s.remove_suffix(1);
  }
  return s;
}

std::vector<std::string_view> Split(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  size_t pos = 0;
  while (true) {
    size_t next = s.find(sep, pos);
    out.push_back(
        Trim(s.substr(pos, next == std::string_view::npos ? s.size() - pos : next - pos)));
    if (next == std::string_view::npos) break;
    pos = next + 1;
  }
  return out;
}

Status LineError(int line_no, std::string_view what) {
  return Status::InvalidArgument("gazetteer line " + std::to_string(line_no) + ": " +
                                 std::string(what));
}

// Parses "[lang:]text[{opt,opt}]".
Status ParseAlias(std::string_view raw, int line_no, GazetteerAlias* out) {
  std::string_view s = raw;
  if (s.size() > 3 && s[2] == ':' &&
      (s.substr(0, 2) == "de" || s.substr(0, 2) == "es" || s.substr(0, 2) == "en")) {
    out->lang = *ParseLang(s.substr(0, 2));
    s.remove_prefix(3);
  }
  size_t brace = s.find('{');
  if (brace != std::string_view::npos) {
    if (s.back() != '}') return LineError(line_no, "alias options must end with '}'");
    std::string_view opts = s.substr(brace + 1, s.size() - brace - 2);
    s = Trim(s.substr(0, brace));
    for (std::string_view opt : Split(opts, ',')) {
      if (opt == "exact") {
        out->exact_case = true;
      } else if (opt == "nohyphen") {
        out->no_hyphen = true;
      } else if (opt.substr(0, 4) == "ctx=") {
        for (std::string_view cue : Split(opt.substr(4), '/')) {
          // A cue starting with a capital letter is kept as written: a whole word in that
          // spelling ("Apple", not "apple growers").
          if (cue.empty()) continue;
          const bool capital = cue[0] >= 'A' && cue[0] <= 'Z';
          out->context.push_back(capital ? std::string(cue) : AsciiLower(cue));
        }
        if (out->context.empty()) return LineError(line_no, "empty ctx= option");
      } else {
        return LineError(line_no, "unknown alias option '" + std::string(opt) + "'");
      }
    }
  }
  if (s.empty()) return LineError(line_no, "empty alias");
  out->text = std::string(s);
  return Status::Ok();
}

}  // namespace

std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

Result<Gazetteer> Gazetteer::Parse(std::string_view text) {
  Gazetteer g;
  int line_no = 0;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view line = Trim(text.substr(pos, nl - pos));
    pos = nl + 1;
    ++line_no;
    if (line.empty() || line.front() == '#') continue;
    std::vector<std::string_view> cols = Split(line, '|');
    if (cols.size() < 2 || cols.size() > 4) {
      return LineError(line_no, "expected 'name | type | aliases | relations'");
    }
    GazetteerEntry e;
    e.name = std::string(cols[0]);
    if (e.name.empty()) return LineError(line_no, "empty canonical name");
    std::optional<EntityType> type = ParseEntityType(cols[1]);
    if (!type) return LineError(line_no, "unknown type '" + std::string(cols[1]) + "'");
    e.type = *type;
    bool canonical_listed = false;
    if (cols.size() > 2 && !cols[2].empty()) {
      for (std::string_view raw : Split(cols[2], ';')) {
        if (raw.empty()) continue;
        GazetteerAlias a;
        NEWSFACTS_RETURN_IF_ERROR(ParseAlias(raw, line_no, &a));
        if (AsciiLower(a.text) == AsciiLower(e.name)) canonical_listed = true;
        e.aliases.push_back(std::move(a));
      }
    }
    if (!canonical_listed) {
      GazetteerAlias a;
      a.text = e.name;
      e.aliases.insert(e.aliases.begin(), std::move(a));
    }
    if (cols.size() > 3 && !cols[3].empty()) {
      for (std::string_view rel : Split(cols[3], ';')) {
        if (rel.empty()) continue;
        if (rel == "source") {
          e.source = true;
        } else if (rel == "union") {
          e.union_of_states = true;
        } else if (rel.substr(0, 6) == "maker=" && rel.size() > 6) {
          e.maker = std::string(rel.substr(6));
        } else if (rel.substr(0, 7) == "parent=" && rel.size() > 7) {
          e.parent = std::string(rel.substr(7));
        } else {
          return LineError(line_no, "unknown relation '" + std::string(rel) + "'");
        }
      }
    }
    if (g.by_name_.count(AsciiLower(e.name))) {
      return LineError(line_no, "duplicate canonical name '" + e.name + "'");
    }
    g.by_name_.emplace(AsciiLower(e.name), static_cast<uint32_t>(g.entries_.size()));
    g.entries_.push_back(std::move(e));
  }
  g.Reindex();
  return g;
}

const Gazetteer& Gazetteer::Default() {
  static const Gazetteer* const kDefault = [] {
    std::string_view text(reinterpret_cast<const char*>(kDefaultGazetteerData),
                          kDefaultGazetteerSize);
    Result<Gazetteer> g = Parse(text);
    // The data file is tested (tests/extract/test_gazetteer.cc); a parse failure here is
    // a build defect, so fail loudly rather than run without entities.
    if (!g.ok()) {
      std::fprintf(stderr, "built-in gazetteer: %s\n", g.status().ToString().c_str());
      std::abort();
    }
    auto* d = new Gazetteer(std::move(g).value());
    for (GazetteerEntry& e : d->entries_) e.built_in = true;
    return d;
  }();
  return *kDefault;
}

void Gazetteer::Merge(const Gazetteer& over) {
  for (const GazetteerEntry& e : over.entries_) {
    auto it = by_name_.find(AsciiLower(e.name));
    if (it != by_name_.end()) {
      entries_[it->second] = e;
    } else {
      by_name_.emplace(AsciiLower(e.name), static_cast<uint32_t>(entries_.size()));
      entries_.push_back(e);
    }
  }
  Reindex();
}

void Gazetteer::NameShapes::Clear() {
  bits.fill(0);
  long_name = false;
}

void Gazetteer::NameShapes::Add(std::string_view lower_key) {
  if (lower_key.size() < 32) {
    bits[static_cast<unsigned char>(lower_key[0])] |= 1U << lower_key.size();
  } else {
    long_name = true;
  }
}

bool Gazetteer::NameShapes::May(std::string_view canonical) const {
  if (canonical.empty()) return true;
  char first = canonical[0];
  if (first >= 'A' && first <= 'Z') first = static_cast<char>(first - 'A' + 'a');
  return canonical.size() >= 32
             ? long_name
             : ((bits[static_cast<unsigned char>(first)] >> canonical.size()) & 1U) != 0;
}

void Gazetteer::Reindex() {
  by_name_.clear();
  by_alias_.clear();
  source_shapes_.Clear();
  union_shapes_.Clear();
  for (uint32_t i = 0; i < entries_.size(); ++i) {
    std::string key = AsciiLower(entries_[i].name);
    if (entries_[i].source && !key.empty()) source_shapes_.Add(key);
    if (entries_[i].union_of_states && !key.empty()) union_shapes_.Add(key);
    by_name_.emplace(std::move(key), i);
  }
  for (uint32_t i = 0; i < entries_.size(); ++i) {
    for (const GazetteerAlias& a : entries_[i].aliases) {
      by_alias_.emplace(AsciiLower(a.text), i);  // first entry wins on a shared alias
    }
  }
}

const GazetteerEntry* Gazetteer::Find(std::string_view canonical) const {
  auto it = by_name_.find(AsciiLower(canonical));
  return it == by_name_.end() ? nullptr : &entries_[it->second];
}

std::optional<std::string> Gazetteer::Resolve(std::string_view alias) const {
  std::string key = AsciiLower(Trim(alias));
  if (key.empty()) return std::nullopt;
  if (auto it = by_name_.find(key); it != by_name_.end()) return entries_[it->second].name;
  if (auto it = by_alias_.find(key); it != by_alias_.end()) return entries_[it->second].name;
  // German genitive / English possessive: "Nvidias", "Nvidia's".
  for (std::string_view suffix : {"'s", "’s", "s"}) {
    if (key.size() > suffix.size() + 2 &&
        key.compare(key.size() - suffix.size(), suffix.size(), suffix) == 0) {
      std::string stem = key.substr(0, key.size() - suffix.size());
      if (auto it = by_name_.find(stem); it != by_name_.end()) return entries_[it->second].name;
      if (auto it = by_alias_.find(stem); it != by_alias_.end()) {
        return entries_[it->second].name;
      }
    }
  }
  return std::nullopt;
}

std::string_view Gazetteer::MakerOf(std::string_view canonical) const {
  const GazetteerEntry* e = Find(canonical);
  return e ? std::string_view(e->maker) : std::string_view();
}

std::string_view Gazetteer::ParentOf(std::string_view canonical) const {
  const GazetteerEntry* e = Find(canonical);
  return e ? std::string_view(e->parent) : std::string_view();
}

bool Gazetteer::IsSource(std::string_view canonical) const {
  // A name whose lower-cased first byte and length no source name has is none (without
  // lower-casing a copy and hashing it).
  if (!source_shapes_.May(canonical)) return false;
  const GazetteerEntry* e = Find(canonical);
  return e != nullptr && e->source;
}

bool Gazetteer::IsUnionOfStates(std::string_view canonical) const {
  // As IsSource: the first byte and length first.
  if (canonical.empty() || !union_shapes_.May(canonical)) return false;
  const GazetteerEntry* e = Find(canonical);
  return e != nullptr && e->union_of_states;
}

}  // namespace newsfacts::extract
