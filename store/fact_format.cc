#include "store/fact_format.h"

#include <charconv>
#include <cmath>
#include <cstdio>

#include "common/json_writer.h"
#include "common/table.h"
#include "common/terminal.h"
#include "common/time.h"
#include "common/utf8.h"
#include "extract/figure_json.h"

namespace newsfacts::store {
namespace {

constexpr size_t kMaxCell = 48;  // table cells longer than this (in code points) are cut

std::string Cut(std::string_view s, size_t max) {
  return common::CutCodePoints(s, max);
}

std::string OneLine(std::string_view s) {
  std::string r;
  for (char c : s) r.push_back(c == '\n' || c == '\r' || c == '\t' ? ' ' : c);
  return r;
}

// One line of explain text: line breaks become spaces, other control characters are escaped.
std::string SafeLine(std::string_view s) {
  return common::TerminalSafe(OneLine(s));
}

// Shortest text that reads back as `v`, without exponent below 1e16 ("12", "2500.5").
std::string Num(double v) {
  char buf[64];
  const auto r = std::fabs(v) < 1e16
                     ? std::to_chars(buf, buf + sizeof buf, v, std::chars_format::fixed)
                     : std::to_chars(buf, buf + sizeof buf, v);
  return std::string(buf, r.ptr);
}

// Scales large amounts: 1.2e10 -> "12.0 bn".
std::string Scaled(double v) {
  const double a = std::fabs(v);
  const char* suffix = nullptr;
  double d = 1;
  if (a >= 1e12) {
    d = 1e12, suffix = "tn";
  } else if (a >= 1e9) {
    d = 1e9, suffix = "bn";
  } else if (a >= 1e6) {
    d = 1e6, suffix = "m";
  }
  if (!suffix) {  // group thousands: 100000 -> "100,000"
    std::string n = Num(v);
    const size_t digits_end = n.find_first_of(".e");
    size_t i = digits_end == std::string::npos ? n.size() : digits_end;
    const size_t first = (n[0] == '-') ? 1 : 0;
    while (i > first + 3) {
      i -= 3;
      n.insert(n.begin() + static_cast<std::ptrdiff_t>(i), ',');
    }
    return n;
  }
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.1f %s", v / d, suffix);
  return buf;
}

std::string EventTime(const Fact& f) {
  return f.event_time_ms ? common::FormatRfc3339Ms(*f.event_time_ms) : std::string();
}

const std::vector<std::string>& TableHeader() {
  static const std::vector<std::string> h = {"entity", "metric", "kind",    "value",  "qualifier",
                                             "period", "date",   "article", "surface"};
  return h;
}

}  // namespace

std::optional<OutputFormat> ParseOutputFormat(std::string_view s) {
  if (s == "table") return OutputFormat::kTable;
  if (s == "jsonl") return OutputFormat::kJsonl;
  if (s == "csv") return OutputFormat::kCsv;
  if (s == "json") return OutputFormat::kJson;
  return std::nullopt;
}

std::string HumanValue(const extract::Figure& f) {
  std::string v;
  const bool percent = f.kind == extract::FigureKind::kPercent;
  auto one = [&](double x) { return percent ? Num(x) : Scaled(x); };
  v = one(f.value);
  if (f.value_high) {
    v += '-';
    v += one(*f.value_high);
  }
  if (percent || !f.unit.empty()) {
    v += ' ';
    v += (percent && f.unit.empty()) ? std::string_view("%") : std::string_view(f.unit);
  }
  return v;
}

void AppendCsvField(std::string_view s, std::string* out) {
  if (s.find_first_of(",\"\r\n") == std::string_view::npos) {
    out->append(s);
    return;
  }
  out->push_back('"');
  for (char c : s) {
    if (c == '"') out->push_back('"');
    out->push_back(c);
  }
  out->push_back('"');
}

FactPrinter::FactPrinter(OutputFormat format, bool explain) : format_(format), explain_(explain) {}

void FactPrinter::AppendCsvHeader() {
  out_ +=
      "article,event_time,index,entity,metric,kind,value,value_high,unit,qualifier,vague,period,"
      "counterpart,surface,field,start,end,same_as,extractor_version,sentence";
  if (explain_) out_ += ",source,url,title";
  out_ += "\r\n";
  header_done_ = true;
}

void FactPrinter::Add(const Fact& fact, const StoredArticle* article) {
  const extract::Figure& g = fact.figure;
  switch (format_) {
    case OutputFormat::kJson:
    case OutputFormat::kJsonl: {
      extract::AppendFigureJson(fact.article_id, g, /*with_field=*/true, &out_);
      out_.pop_back();  // reopen the object to add the fact's provenance
      out_ += ",\"index\":" + std::to_string(fact.index) + ",\"event_time\":";
      out_ +=
          fact.event_time_ms ? "\"" + common::FormatRfc3339Ms(*fact.event_time_ms) + "\"" : "null";
      out_ += ",\"extractor_version\":" + std::to_string(fact.extractor_version);
      if (explain_ && article) {
        out_ += ",\"source\":";
        common::JsonWriter::AppendEscaped(article->article.source, &out_);
        out_ += ",\"url\":";
        common::JsonWriter::AppendEscaped(article->article.url, &out_);
        out_ += ",\"title\":";
        common::JsonWriter::AppendEscaped(article->article.title, &out_);
      }
      out_ += "}\n";
      return;
    }
    case OutputFormat::kCsv: {
      if (!header_done_) AppendCsvHeader();
      const std::vector<std::string> cells = {fact.article_id,
                                              EventTime(fact),
                                              std::to_string(fact.index),
                                              g.entity,
                                              g.metric,
                                              std::string(extract::FigureKindName(g.kind)),
                                              Num(g.value),
                                              g.value_high ? Num(*g.value_high) : "",
                                              g.unit,
                                              std::string(extract::QualifierName(g.qualifier)),
                                              g.vague ? "true" : "false",
                                              g.period,
                                              g.counterpart,
                                              g.surface,
                                              std::string(extract::FieldName(g.field)),
                                              std::to_string(g.start),
                                              std::to_string(g.end),
                                              g.same_as >= 0 ? std::to_string(g.same_as) : "",
                                              std::to_string(fact.extractor_version),
                                              g.sentence};
      for (size_t i = 0; i < cells.size(); ++i) {
        if (i) out_ += ',';
        AppendCsvField(cells[i], &out_);
      }
      if (explain_) {
        out_ += ',';
        if (article) AppendCsvField(article->article.source, &out_);
        out_ += ',';
        if (article) AppendCsvField(article->article.url, &out_);
        out_ += ',';
        if (article) AppendCsvField(article->article.title, &out_);
      }
      out_ += "\r\n";
      return;
    }
    case OutputFormat::kTable: {
      Row row;
      std::string qualifier(extract::QualifierName(g.qualifier));
      if (g.vague) qualifier += ", vague";
      const std::string date = EventTime(fact).substr(0, 10);
      row.cells = {Cut(g.entity.empty() ? "-" : g.entity, kMaxCell),
                   g.metric.empty() ? "-" : g.metric,
                   std::string(extract::FigureKindName(g.kind)),
                   HumanValue(g),
                   qualifier,
                   g.period.empty() ? "-" : g.period,
                   date.empty() ? "-" : date,
                   Cut(fact.article_id, kMaxCell),
                   Cut(OneLine(g.surface), kMaxCell)};
      if (explain_) {
        row.evidence = "    evidence: " + SafeLine(g.sentence.empty() ? "-" : g.sentence) + "\n";
        if (article) {
          const auto& a = article->article;
          row.evidence += "    source:   " + SafeLine(a.source.empty() ? "-" : a.source);
          if (!a.url.empty()) row.evidence += "  " + SafeLine(a.url);
          if (!a.title.empty()) row.evidence += "\n    title:    " + SafeLine(a.title);
          row.evidence += "\n";
        }
      }
      rows_.push_back(std::move(row));
      return;
    }
  }
}

std::string FactPrinter::Take() {
  std::string r;
  r.swap(out_);
  return r;
}

std::string FactPrinter::Finish() {
  if (format_ == OutputFormat::kCsv && !header_done_) AppendCsvHeader();
  if (format_ == OutputFormat::kTable && !rows_.empty()) {
    common::TextTable table(TableHeader());
    for (auto& r : rows_) table.AddRow(std::move(r.cells), std::move(r.evidence));
    table.Render(&out_);
    rows_.clear();
  }
  return Take();
}

std::string FormatStats(const StoreStats& st, OutputFormat format) {
  std::string out;
  switch (format) {
    case OutputFormat::kJson:
    case OutputFormat::kJsonl: {
      common::JsonWriter w(&out);
      w.BeginObject()
          .Key("schema_version")
          .Int(st.schema_version)
          .Key("articles")
          .Int(static_cast<int64_t>(st.articles))
          .Key("facts")
          .Int(static_cast<int64_t>(st.facts))
          .Key("entity_mentions")
          .Int(static_cast<int64_t>(st.entity_mentions))
          .Key("dead_letters")
          .Int(static_cast<int64_t>(st.dead_letters))
          .EndObject();
      out += '\n';
      for (const auto& g : st.groups) {
        common::JsonWriter gw(&out);
        gw.BeginObject()
            .Key("entity")
            .StringOrNull(g.entity)
            .Key("metric")
            .StringOrNull(g.metric)
            .Key("facts")
            .Int(static_cast<int64_t>(g.facts))
            .EndObject();
        out += '\n';
      }
      return out;
    }
    case OutputFormat::kCsv:
      out += "entity,metric,facts\r\n";
      for (const auto& g : st.groups) {
        AppendCsvField(g.entity, &out);
        out += ',';
        AppendCsvField(g.metric, &out);
        out += ',' + std::to_string(g.facts) + "\r\n";
      }
      return out;
    case OutputFormat::kTable: {
      out += "schema version  " + std::to_string(st.schema_version) + "\n";
      out += "articles        " + std::to_string(st.articles) + "\n";
      out += "facts           " + std::to_string(st.facts) + "\n";
      out += "entity mentions " + std::to_string(st.entity_mentions) + "\n";
      out += "dead letters    " + std::to_string(st.dead_letters) + "\n\n";
      common::TextTable table({"entity", "metric", "facts"});
      for (const auto& g : st.groups)
        table.AddRow({g.entity.empty() ? "(none)" : g.entity,
                      g.metric.empty() ? "(none)" : g.metric, std::to_string(g.facts)});
      table.Render(&out);
      return out;
    }
  }
  return out;
}

}  // namespace newsfacts::store
