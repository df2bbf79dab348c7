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
