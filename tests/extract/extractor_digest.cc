#include "tests/extract/extractor_digest.h"

#include <simdjson.h>
#include <xxhash.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <vector>

#include "extract/extractor.h"
#include "extract/figure_json.h"

namespace newsfacts::testing {

namespace fs = std::filesystem;

namespace {

std::string Slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + p.string());
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::vector<fs::path> Sorted(const fs::path& dir, const std::string& ext) {
  std::vector<fs::path> out;
  if (!fs::exists(dir)) return out;
  for (const auto& e : fs::directory_iterator(dir)) {
    if (e.path().extension() == ext) out.push_back(e.path());
  }
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace

ExtractorDigest ComputeExtractorDigest(const std::string& data_dir) {
  const extract::Extractor extractor{extract::ExtractorOptions{}};
  XXH3_state_t* st = XXH3_createState();
  XXH3_64bits_reset(st);
  ExtractorDigest d;
  auto hash_extraction = [&](const std::string& doc, const extract::Extraction& x, bool fields) {
    std::string line;
    for (const auto& f : x.figures) {
      line.clear();
      extract::AppendFigureJson(doc, f, fields, &line);
      line += '\n';
      XXH3_64bits_update(st, line.data(), line.size());
      ++d.lines;
    }
    for (const auto& m : x.entities) {
      line.clear();
      extract::AppendEntityJson(doc, m, fields, &line);
      line += '\n';
      XXH3_64bits_update(st, line.data(), line.size());
      ++d.lines;
    }
    ++d.documents;
  };
  for (const fs::path& p : Sorted(fs::path(data_dir) / "seeds", ".txt")) {
    extract::Extraction x;
    const std::string text = Slurp(p);
    if (!extractor.ExtractText(text, extract::Lang::kUnknown, extract::Field::kBody, &x).ok()) {
      throw std::runtime_error("extractor rejected " + p.string());
    }
    hash_extraction(p.filename().string(), x, false);
  }
  simdjson::dom::parser parser;
  for (const fs::path& p : Sorted(fs::path(data_dir) / "news", ".jsonl")) {
    std::istringstream lines(Slurp(p));
    for (std::string line; std::getline(lines, line);) {
      if (line.empty()) continue;
      simdjson::dom::element e;
      if (parser.parse(line).get(e) != simdjson::SUCCESS) {
        throw std::runtime_error("bad JSON line in " + p.string());
      }
      extract::Article a;
      std::string_view v;
      if (e["id"].get(v) == simdjson::SUCCESS) a.id = std::string(v);
      if (e["title"].get(v) == simdjson::SUCCESS) a.title = std::string(v);
      if (e["body"].get(v) == simdjson::SUCCESS) a.body = std::string(v);
      if (e["lang"].get(v) == simdjson::SUCCESS) {
        a.lang = extract::ParseLang(v).value_or(extract::Lang::kUnknown);
      }
      extract::Extraction x;
      if (!extractor.Extract(a, &x).ok()) throw std::runtime_error("extractor rejected " + a.id);
      hash_extraction(a.id, x, true);
    }
  }
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx",
                static_cast<unsigned long long>(XXH3_64bits_digest(st)));
  XXH3_freeState(st);
  d.hex = hex;
  return d;
}

std::map<uint32_t, std::string> ReadRecordedDigests(const std::string& path) {
  std::map<uint32_t, std::string> out;
  std::ifstream in(path);
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    std::istringstream fields(line);
    uint32_t version = 0;
    std::string hex;
    if (fields >> version >> hex) out[version] = hex;
  }
  return out;
}

}  // namespace newsfacts::testing
