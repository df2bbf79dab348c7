// newsfacts show article ID: one stored article as a reader sees it — metadata, then title and
// body with every figure marked in place, then the figures and entity mentions as a table.
//   ⟦12 Milliarden Dollar⟧⟨budget · ByteDance · 2025⟩
// Opens the DB read-only (RocksDB secondary instance): works while `newsfacts ingest` runs.
#include <algorithm>
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "common/terminal.h"
#include "common/time.h"
#include "extract/article.h"
#include "extract/figure.h"
#include "store/fact_format.h"
#include "store/record.h"
#include "store/record_listing.h"
#include "store/store.h"
#include "tools/cli_util.h"
#include "tools/command.h"

namespace newsfacts::tools {

namespace {

struct ShowArgs {
  std::string db;
  std::string id;
};

// The figure's label after its surface: metric · entity · period, nulls left out.
std::string Label(const extract::Figure& f) {
  std::string label;
  for (const std::string* part : {&f.metric, &f.entity, &f.period}) {
    if (part->empty()) continue;
    if (!label.empty()) label += " · ";
    label += *part;
  }
  return label.empty() ? std::string("-") : label;
}

// `text` with the figures of `field` marked in place; overlapping figures are marked once.
std::string Marked(const std::string& text, extract::Field field,
                   const std::vector<store::Fact>& facts) {
  std::vector<const extract::Figure*> figs;
  for (const auto& fact : facts) {
    const auto& f = fact.figure;
    if (f.field == field && f.start < f.end && f.end <= text.size()) figs.push_back(&f);
  }
  std::sort(figs.begin(), figs.end(),
            [](const auto* a, const auto* b) { return a->start < b->start; });
  std::string out;
  size_t at = 0;
  for (const auto* f : figs) {
    if (f->start < at) continue;
    common::AppendTerminalSafe(std::string_view(text).substr(at, f->start - at), &out);
    out += "⟦";
    common::AppendTerminalSafe(std::string_view(text).substr(f->start, f->end - f->start), &out);
    out += "⟧⟨";
    common::AppendTerminalSafe(Label(*f), &out);
    out += "⟩";
    at = f->end;
  }
  common::AppendTerminalSafe(std::string_view(text).substr(at), &out);
  return out;
}

int RunShowArticle(const ShowArgs& args) {
  std::unique_ptr<store::Store> db = OpenReadOnly("show", args.db);
  if (!db) return kExitRuntime;
  auto stored = db->GetArticle(args.id);
  if (!stored.ok()) {
    CliError("show", stored.status().ToString());
    return kExitRuntime;
  }
  if (!stored->has_value()) {
    CliError("show", "no article with id " + args.id);
    return kExitRuntime;
  }
  const store::StoredArticle& sa = **stored;
  std::vector<store::Fact> facts;
  store::FactFilter filter;
  filter.article_id = args.id;
  common::Status s = db->ScanFacts(filter, [&](const store::Fact& f) {
    facts.push_back(f);
    return true;
  });
  if (!s.ok()) {
    CliError("show", s.ToString());
    return kExitRuntime;
  }
  auto mentions = db->GetMentions(args.id);
  const extract::Article& a = sa.article;
  std::string out;
  auto meta = [&](const char* name, const std::string& value) {
    out += name;
    out += common::TerminalSafe(value.empty() ? std::string("-") : value);
    out += '\n';
  };
  meta("article_id    ", a.id);
  meta("source        ", a.source);
  meta("url           ", a.url);
  meta("lang          ", std::string(extract::LangName(sa.detected_lang)));
  meta("published_at  ", a.published_at_ms
                             ? common::FormatRfc3339Ms(*a.published_at_ms, common::Millis::kAlways)
                             : std::string());
  meta("ingested_at   ", common::FormatRfc3339Ms(sa.ingested_at_ms, common::Millis::kAlways));
  meta("facts         ", std::to_string(facts.size()));
  out += "\n# " + Marked(a.title, extract::Field::kTitle, facts) + "\n\n";
  out += Marked(a.body, extract::Field::kBody, facts) + "\n\n";
  store::RecordListing figures(store::OutputFormat::kTable);
  for (const auto& fact : facts) {
    const auto& f = fact.figure;
    store::Record r;
    r.Int("index", fact.index)
        .Str("field", extract::FieldName(f.field))
        .Int("start", f.start)
        .Int("end", f.end)
        .Str("surface", f.surface)
        .Str("value", store::HumanValue(f))
        .Str("metric", f.metric)
        .Str("entity", f.entity)
        .Str("entity_type", f.entity_type ? extract::EntityTypeName(*f.entity_type) : "")
        .Str("period", f.period);
    figures.Add(r);
  }
  out += figures.Finish();
  if (mentions.ok() && !mentions->empty()) {
    out += '\n';
    store::RecordListing ents(store::OutputFormat::kTable);
    for (const auto& m : *mentions) {
      store::Record r;
      r.Str("entity", m.entity)
          .Str("type", extract::EntityTypeName(m.type))
          .Str("field", extract::FieldName(m.field))
          .Int("start", m.start)
          .Int("end", m.end)
          .Str("surface", m.surface);
      ents.Add(r);
    }
    out += ents.Finish();
  }
  (void)WriteStdout(out);
  return kExitOk;
}

}  // namespace

Command AddShowCommand(CLI::App& app) {
  auto args = std::make_shared<ShowArgs>();
  Command c;
  c.app = app.add_subcommand("show", "Show a stored object (works while an ingest runs)");
  c.app->require_subcommand(1);
  CLI::App* article =
      c.app->add_subcommand("article", "An article with its figures marked in the text");
  article->add_option("--db", args->db, "Database directory")->required();
  article->add_option("ID", args->id, "Article id")->required();
  c.run = [args] { return RunShowArticle(*args); };
  return c;
}

}  // namespace newsfacts::tools
