// Store tests on a real RocksDB in a temporary directory.
#include <rocksdb/db.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <xxhash.h>

#include <atomic>
#include <catch2/catch.hpp>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <thread>
#include <tuple>

#include "extract/gazetteer.h"
#include "store/codec.h"
#include "store/fact_format.h"
#include "store/fact_query.h"
#include "store/store.h"
#include "tests/store/store_test_util.h"

namespace newsfacts::store {
namespace {

using testing::MakeArticle;
using testing::MakeExtraction;
using testing::SpawnWriter;
using testing::TempDir;

std::unique_ptr<Store> OpenOrDie(const std::string& path, OpenOptions o = {}) {
  auto s = Store::Open(path, o);
  INFO(s.status().ToString());
  REQUIRE(s.ok());
  return std::move(*s);
}

WriteResult Put(Store& store, const extract::Article& a, const extract::Extraction& x,
                int64_t ingested = 5) {
  Batch b;
  b.PutArticle(a, x, {"kafka:news", 2, 41}, 7, ingested);
  auto r = store.Write(b);
  INFO(r.status().ToString());
  REQUIRE(r.ok());
  return *r;
}

std::vector<Fact> Scan(const Store& store, const FactFilter& f) {
  std::vector<Fact> out;
  Status s = store.ScanFacts(f, [&](const Fact& fact) {
    out.push_back(fact);
    return true;
  });
  INFO(s.ToString());
  REQUIRE(s.ok());
  return out;
}

void RequireSameFigure(const extract::Figure& a, const extract::Figure& b) {
  CHECK(a.kind == b.kind);
  CHECK(a.value == b.value);
  CHECK(a.value_high == b.value_high);
  CHECK(a.unit == b.unit);
  CHECK(a.qualifier == b.qualifier);
  CHECK(a.vague == b.vague);
  CHECK(a.field == b.field);
  CHECK(a.start == b.start);
  CHECK(a.end == b.end);
  CHECK(a.surface == b.surface);
  CHECK(a.period == b.period);
  CHECK(a.same_as == b.same_as);
  CHECK(a.entity == b.entity);
  CHECK(a.counterpart == b.counterpart);
  CHECK(a.metric == b.metric);
  CHECK(a.sentence == b.sentence);
  CHECK(a.entity_type == b.entity_type);
  CHECK(a.unit_source == b.unit_source);
  CHECK(a.entity_field == b.entity_field);
  CHECK(a.entity_surface == b.entity_surface);
  CHECK(a.entity_start == b.entity_start);
  CHECK(a.entity_end == b.entity_end);
  CHECK(a.product == b.product);
}

// Every file name + size + mtime under `dir`.
std::map<std::string, std::pair<uintmax_t, int64_t>> Snapshot(const std::string& dir) {
  std::map<std::string, std::pair<uintmax_t, int64_t>> m;
  for (const auto& e : std::filesystem::recursive_directory_iterator(dir)) {
    if (!e.is_regular_file()) continue;
    m[e.path().string()] = {e.file_size(), e.last_write_time().time_since_epoch().count()};
  }
  return m;
}

TEST_CASE("every field of articles, facts, mentions, offsets, dead letters round-trips",
          "[store]") {
  TempDir dir;
  auto store = OpenOrDie(dir.sub("db"));
  const extract::Article a = MakeArticle("art-1");
  const extract::Extraction x = MakeExtraction(4);
  Batch b;
  b.PutArticle(a, x, {"kafka:news", 2, 41}, 7, 123456);
  b.SetNextOffset({"kafka:news", 2, 42});
  DeadLetter dl;
  dl.position = {"kafka:news", 2, 40};
  dl.reason = "invalid JSON at byte 3";
  dl.payload = std::string("{\0x", 3);
  dl.at_ms = 99;
  b.PutDeadLetter(dl);
  b.PutIndicator("revenue_sum", "Nvidia", 1727654400000, "v1");
  auto r = store->Write(b);
  REQUIRE(r.ok());
  CHECK(r->articles_new == 1);
  CHECK(r->facts_written == 4);
  CHECK(r->dead_letters == 1);

  auto got = store->GetArticle("art-1");
  REQUIRE(got.ok());
  REQUIRE(got->has_value());
  const StoredArticle& s = **got;
  CHECK(s.article.id == a.id);
  CHECK(s.article.lang == a.lang);
  CHECK(s.article.title == a.title);
  CHECK(s.article.body == a.body);
  CHECK(s.article.source == a.source);
  CHECK(s.article.url == a.url);
  CHECK(s.article.published_at == a.published_at);
  CHECK(s.article.published_at_ms == a.published_at_ms);
  CHECK(s.detected_lang == x.lang);
  CHECK(s.extractor_version == 7);
  CHECK(s.ingested_at_ms == 123456);
  CHECK(s.position.source == "kafka:news");
  CHECK(s.position.partition == 2);
  CHECK(s.position.offset == 41);
  CHECK(s.fact_count == 4);

  FactFilter all;
  all.article_id = "art-1";
  auto facts = Scan(*store, all);
  REQUIRE(facts.size() == 4);
  for (size_t i = 0; i < facts.size(); ++i) {
    CHECK(facts[i].article_id == "art-1");
    CHECK(facts[i].index == i);
    CHECK(facts[i].extractor_version == 7);
    CHECK(facts[i].event_time_ms == a.published_at_ms);
    RequireSameFigure(facts[i].figure, x.figures[i]);
  }

  auto mentions = store->GetMentions("art-1");
  REQUIRE(mentions.ok());
  REQUIRE(mentions->size() == x.entities.size());
  for (size_t i = 0; i < x.entities.size(); ++i) {
    CHECK((*mentions)[i].entity == x.entities[i].entity);
    CHECK((*mentions)[i].type == x.entities[i].type);
    CHECK((*mentions)[i].field == x.entities[i].field);
    CHECK((*mentions)[i].start == x.entities[i].start);
    CHECK((*mentions)[i].end == x.entities[i].end);
    CHECK((*mentions)[i].surface == x.entities[i].surface);
  }

  auto off = store->GetNextOffset("kafka:news", 2);
  REQUIRE(off.ok());
  CHECK(*off == std::optional<int64_t>(42));
  auto none = store->GetNextOffset("kafka:news", 3);
  REQUIRE(none.ok());
  CHECK(!none->has_value());

  std::vector<DeadLetter> dls;
  REQUIRE(store
              ->ScanDeadLetters([&](const DeadLetter& d) {
                dls.push_back(d);
                return true;
              })
              .ok());
  REQUIRE(dls.size() == 1);
  CHECK(dls[0].position.source == "kafka:news");
  CHECK(dls[0].position.offset == 40);
  CHECK(dls[0].reason == "invalid JSON at byte 3");
  CHECK(dls[0].payload == std::string("{\0x", 3));
  CHECK(dls[0].at_ms == 99);

  std::vector<std::pair<int64_t, std::string>> ind;
  REQUIRE(store
              ->ScanIndicators("revenue_sum", "Nvidia", std::nullopt, std::nullopt,
                               [&](int64_t t, std::string_view v) {
                                 ind.emplace_back(t, std::string(v));
                                 return true;
                               })
              .ok());
  REQUIRE(ind.size() == 1);
  CHECK(ind[0].first == 1727654400000);
  CHECK(ind[0].second == "v1");

  // Everything survives close + reopen.
  store.reset();
  store = OpenOrDie(dir.sub("db"));
  CHECK(Scan(*store, all).size() == 4);
  CHECK((*store->GetArticle("art-1"))->article.body == a.body);
}

TEST_CASE("a fact value written before the attribution evidence was stored decodes with defaults",
          "[store]") {
  Fact f;
  f.article_id = "old";
  f.index = 3;
  f.figure = MakeExtraction(2).figures[1];  // no evidence: the appended fields are 7 bytes
  std::string v = codec::EncodeFact(f);
  Fact back;
  REQUIRE(codec::DecodeFact(v, &back).ok());
  RequireSameFigure(back.figure, f.figure);
  v.resize(v.size() - 7);  // the value as stored before
  Fact old;
  REQUIRE(codec::DecodeFact(v, &old).ok());
  RequireSameFigure(old.figure, f.figure);
  // A cut inside the appended fields is corrupt, not silently defaulted.
  v = codec::EncodeFact(f);
  v.resize(v.size() - 3);
  CHECK_FALSE(codec::DecodeFact(v, &old).ok());
}

TEST_CASE("storing the same article again changes nothing", "[store]") {
  TempDir dir;
  auto store = OpenOrDie(dir.sub("db"));
  Put(*store, MakeArticle("a"), MakeExtraction(3), /*ingested=*/1);
  auto before = store->Stats();
  REQUIRE(before.ok());
  WriteResult again = Put(*store, MakeArticle("a"), MakeExtraction(3), /*ingested=*/2);
  CHECK(again.articles_unchanged == 1);
  CHECK(again.articles_new == 0);
  CHECK(again.articles_replaced == 0);
  CHECK(again.facts_written == 0);
  auto after = store->Stats();
  REQUIRE(after.ok());
  CHECK(after->facts == before->facts);
  CHECK(after->articles == 1);
  CHECK(after->entity_mentions == before->entity_mentions);
  // The record was not rewritten: the first ingestion time stays.
  CHECK((*store->GetArticle("a"))->ingested_at_ms == 1);
}

TEST_CASE("UnchangedArticles names exactly the articles Write then leaves unchanged", "[store]") {
  TempDir dir;
  auto store = OpenOrDie(dir.sub("db"));
  Put(*store, MakeArticle("same"), MakeExtraction(3));
  Put(*store, MakeArticle("output"), MakeExtraction(3));
  Put(*store, MakeArticle("version"), MakeExtraction(3));
  Batch b;
  b.PutArticle(MakeArticle("same"), MakeExtraction(3), {"kafka:news", 0, 99}, 7, 123);
  // Same article text and extractor version, different extraction output (the case of an
  // extractor change without a kVersion bump): changed.
  b.PutArticle(MakeArticle("output"), MakeExtraction(2), {"kafka:news", 0, 100}, 7, 123);
  // Same output under another extractor version: changed.
  b.PutArticle(MakeArticle("version"), MakeExtraction(3), {"kafka:news", 0, 101}, 8, 123);
  b.PutArticle(MakeArticle("new"), MakeExtraction(1), {"kafka:news", 0, 102}, 7, 123);
  auto unchanged = store->UnchangedArticles(b);
  REQUIRE(unchanged.ok());
  CHECK(*unchanged == std::unordered_set<std::string>{"same"});
  auto r = store->Write(b);
  REQUIRE(r.ok());
  CHECK(r->articles_unchanged == unchanged->size());
  CHECK(r->articles_replaced == 2);
  CHECK(r->articles_new == 1);
}

TEST_CASE("re-storing an article with changed content replaces its facts without orphans",
          "[store]") {
  TempDir dir;
  auto store = OpenOrDie(dir.sub("db"));
  Put(*store, MakeArticle("a"), MakeExtraction(5, 0, "Nvidia", "AMD"));
  Put(*store, MakeArticle("b"), MakeExtraction(2, 0, "Nvidia", "AMD"));
  // New content: fewer facts, other entities, another event time.
  WriteResult r =
      Put(*store, MakeArticle("a", 1, 1730000000000), MakeExtraction(1, 1, "Intel", "Intel"));
  CHECK(r.articles_replaced == 1);
  CHECK(r.facts_written == 1);

  FactFilter by_article;
  by_article.article_id = "a";
  auto facts = Scan(*store, by_article);
  REQUIRE(facts.size() == 1);
  CHECK(facts[0].figure.entity == "Intel");
  CHECK(facts[0].event_time_ms == 1730000000000);

  FactFilter nvidia;
  nvidia.entity = "Nvidia";
  for (const Fact& f : Scan(*store, nvidia)) CHECK(f.article_id == "b");
  CHECK(Scan(*store, nvidia).size() == 1);
  FactFilter amd;
  amd.entity = "AMD";
  CHECK(Scan(*store, amd).size() == 1);
  FactFilter share;
  share.metric = "market_share";
  CHECK(Scan(*store, share).size() == 1);

  auto st = store->Stats();
  REQUIRE(st.ok());
  CHECK(st->articles == 2);
  CHECK(st->facts == 3);
  uint64_t grouped = 0;
  for (const auto& g : st->groups) grouped += g.facts;
  CHECK(grouped == 3);  // index entries match the facts one to one
  auto mentions = store->GetMentions("a");
  REQUIRE(mentions.ok());
  REQUIRE(mentions->size() == 3);
  CHECK((*mentions)[0].entity == "Intel");

  // Two versions of one id in one batch: the last wins.
  Batch b;
  b.PutArticle(MakeArticle("c"), MakeExtraction(4), {}, 1, 0);
  b.PutArticle(MakeArticle("c", 1), MakeExtraction(2, 1), {}, 1, 0);
  REQUIRE(store->Write(b).ok());
  by_article.article_id = "c";
  CHECK(Scan(*store, by_article).size() == 2);
}

TEST_CASE("re-storing with a new extractor version records it on every fact (reindex)", "[store]") {
  TempDir dir;
  auto store = OpenOrDie(dir.sub("db"));
  Batch b1;
  b1.PutArticle(MakeArticle("r"), MakeExtraction(3), {"file:x", 0, 1}, 1, 10);
  REQUIRE(store->Write(b1).ok());
  // Reindex: the stored article text comes back from ScanArticles and is re-put.
  std::vector<StoredArticle> stored;
  REQUIRE(store
              ->ScanArticles([&](const StoredArticle& a) {
                stored.push_back(a);
                return true;
              })
              .ok());
  REQUIRE(stored.size() == 1);
  Batch b2;
  b2.PutArticle(stored[0].article, MakeExtraction(3), stored[0].position, 2, 20);
  auto r = store->Write(b2);
  REQUIRE(r.ok());
  CHECK(r->articles_replaced == 1);
  FactFilter f;
  f.article_id = "r";
  auto facts = Scan(*store, f);
  REQUIRE(facts.size() == 3);
  for (const Fact& fact : facts) CHECK(fact.extractor_version == 2);
  FactFilter by_entity;
  by_entity.entity = "Nvidia";
  for (const Fact& fact : Scan(*store, by_entity)) CHECK(fact.extractor_version == 2);
  CHECK((*store->GetArticle("r"))->extractor_version == 2);
  CHECK((*store->GetArticle("r"))->position.offset == 1);
}

TEST_CASE("each fact filter selects exactly the matching facts", "[store]") {
  TempDir dir;
  auto store = OpenOrDie(dir.sub("db"));
  // Three articles at three times; each has Nvidia revenue (money) and AMD share (percent).
  const int64_t t0 = 1700000000000, day = 86400000;
  for (int i = 0; i < 3; ++i)
    Put(*store, MakeArticle("d" + std::to_string(i), 0, t0 + i * day), MakeExtraction(4));
  FactFilter f;
  CHECK(Scan(*store, f).size() == 12);

  f = {};
  f.entity = "Nvidia";
  auto r = Scan(*store, f);
  CHECK(r.size() == 6);
  for (const auto& x : r) CHECK(x.figure.entity == "Nvidia");

  f = {};
  f.metric = "market_share";
  r = Scan(*store, f);
  CHECK(r.size() == 6);
  for (const auto& x : r) CHECK(x.figure.metric == "market_share");
  // Metric index order is by event time.
  for (size_t i = 1; i < r.size(); ++i) CHECK(*r[i - 1].event_time_ms <= *r[i].event_time_ms);

  f = {};
  f.kind = extract::FigureKind::kMoney;
  r = Scan(*store, f);
  CHECK(r.size() == 6);
  for (const auto& x : r) CHECK(x.figure.kind == extract::FigureKind::kMoney);

  f = {};
  f.since_ms = t0 + day;  // inclusive
  CHECK(Scan(*store, f).size() == 8);
  f.until_ms = t0 + 2 * day;  // exclusive
  r = Scan(*store, f);
  CHECK(r.size() == 4);
  for (const auto& x : r) CHECK(x.article_id == "d1");

  f = {};
  f.entity = "Nvidia";
  f.metric = "revenue";
  f.since_ms = t0 + day;
  r = Scan(*store, f);
  CHECK(r.size() == 4);
  f.until_ms = t0 + day + 1;
  CHECK(Scan(*store, f).size() == 2);

  f = {};
  f.entity = "AMD";
  f.since_ms = t0 + 2 * day;
  CHECK(Scan(*store, f).size() == 2);

  f = {};
  f.article_id = "d2";
  f.kind = extract::FigureKind::kPercent;
  r = Scan(*store, f);
  CHECK(r.size() == 2);
  for (const auto& x : r)
    CHECK((x.article_id == "d2" && x.figure.kind == extract::FigureKind::kPercent));

  f = {};
  f.entity = "Nvidia";
  f.limit = 3;
  CHECK(Scan(*store, f).size() == 3);
  f = {};
  f.limit = 5;
  CHECK(Scan(*store, f).size() == 5);

  f = {};
  f.entity = "Nobody";
  CHECK(Scan(*store, f).empty());
  f = {};
  f.entity = "Nvidia";
  f.metric = "market_share";  // Nvidia has only revenue facts
  CHECK(Scan(*store, f).empty());
}

TEST_CASE("a typed name resolves to the canonical entity, unknown names stay as typed",
          "[store][query]") {
  const EntityRef known = ResolveEntity("bytedance");
  CHECK(known.entity == "ByteDance");
  CHECK(known.known);
  CHECK(known.product.empty());
  CHECK(known.names == std::vector<std::string>{"ByteDance"});
  const EntityRef product = ResolveEntity("chatgpt");  // a product: its maker
  CHECK(product.entity == "OpenAI");
  CHECK(product.product == "ChatGPT");
  CHECK(product.names == std::vector<std::string>{"OpenAI"});
  const EntityRef unknown = ResolveEntity("Kralinger Maschinenbau AG");
  CHECK(unknown.entity == "Kralinger Maschinenbau AG");
  CHECK_FALSE(unknown.known);
  CHECK(unknown.names == std::vector<std::string>{"Kralinger Maschinenbau AG"});
}

namespace {

// The ids of the articles with a fact under any name `typed` resolves to, and the summary
// over those names.
std::set<std::string> ArticlesOf(const Store& store, std::string_view typed,
                                 uint64_t* summary_facts = nullptr) {
  const EntityRef r = ResolveEntity(typed);
  FactQuery q;
  q.entities = r.names;
  q.limit = 1000;
  auto page = QueryFacts(store, q);
  REQUIRE(page.ok());
  std::set<std::string> ids;
  for (const FactRow& row : page->rows) ids.insert(row.fact.article_id);
  if (summary_facts != nullptr) {
    auto sum = SummarizeEntity(store, r.names);
    REQUIRE(sum.ok());
    CHECK(sum->entity == r.entity);
    *summary_facts = sum->facts;
  }
  return ids;
}

}  // namespace

TEST_CASE("a country typed by any of its names finds the facts stored under each of them",
          "[store][query]") {
  TempDir dir;
  auto store = OpenOrDie(dir.sub("db"));
  // One article per stored name; its odd figures are about an invented firm.
  const std::pair<const char*, const char*> stored[] = {
      {"de1", "Deutschland"},   {"en1", "Germany"}, {"es1", "Alemania"}, {"de2", "\u00d6sterreich"},
      {"es2", "Austria"},       {"en2", "US"},      {"de3", "USA"},      {"es3", "Estados Unidos"},
      {"en3", "United States"}, {"en4", "Georgia"}, {"de4", "Georgien"}, {"de5", "Wien"},
      {"en5", "Vienna"},        {"de6", "Bayern"}};
  for (const auto& [id, name] : stored)
    Put(*store, MakeArticle(id), MakeExtraction(2, 0, name, "Kralmo AG"));

  const std::set<std::string> germany = {"de1", "en1", "es1"};
  for (const char* typed : {"Germany", "Deutschland", "Alemania", "germany", "DEUTSCHLAND"}) {
    INFO(typed);
    const EntityRef r = ResolveEntity(typed);
    CHECK(r.entity == "Germany");  // the gazetteer's canonical stays the display name
    CHECK(r.known);
    uint64_t facts = 0;
    CHECK(ArticlesOf(*store, typed, &facts) == germany);
    CHECK(facts == 3);
  }
  // A country the gazetteer does not list: its English name is the entity, whatever name was
  // typed (indicators and alerts key it so: extract::CanonicalCountry), all its names find
  // the facts.
  for (const char* typed : {"Austria", "\u00d6sterreich", "\u00d6STERREICH"}) {
    INFO(typed);
    CHECK(ResolveEntity(typed).entity == "Austria");
    CHECK(ResolveEntity(typed).known);
    CHECK(ArticlesOf(*store, typed) == std::set<std::string>{"de2", "es2"});
  }
  const std::set<std::string> us = {"en2", "de3", "es3", "en3"};
  for (const char* typed : {"Estados Unidos", "US", "USA", "U.S.", "Vereinigte Staaten"}) {
    INFO(typed);
    CHECK(ResolveEntity(typed).entity == "United States");
    CHECK(ArticlesOf(*store, typed) == us);
  }
  // Georgia: the gazetteer does not list it; the country layer reads it as the country in
  // every language (also where a text meant the US state), so it joins the country's German
  // name and never the United States.
  CHECK_FALSE(extract::Gazetteer::Default().Resolve("Georgia"));
  CHECK(ArticlesOf(*store, "Georgia") == std::set<std::string>{"en4", "de4"});
  // Cities and regions keep the text's spelling: no merging.
  CHECK(ResolveEntity("Wien").names == std::vector<std::string>{"Wien"});
  CHECK(ArticlesOf(*store, "Wien") == std::set<std::string>{"de5"});
  CHECK(ArticlesOf(*store, "Vienna") == std::set<std::string>{"en5"});
  CHECK(ArticlesOf(*store, "Bayern") == std::set<std::string>{"de6"});
  // Anything else as before: one name.
  CHECK(ResolveEntity("Kralmo AG").names == std::vector<std::string>{"Kralmo AG"});
  CHECK(ArticlesOf(*store, "Kralmo AG").size() == std::size(stored));
}

TEST_CASE("stats count facts per entity and metric", "[store][query]") {
  TempDir dir;
  auto store = OpenOrDie(dir.sub("db"));
  Put(*store, MakeArticle("e1"), MakeExtraction(3));
  auto st = store->Stats();
  REQUIRE(st.ok());
  CHECK(FormatStats(*st, OutputFormat::kCsv) ==
        "entity,metric,facts\r\nAMD,market_share,1\r\nNvidia,revenue,2\r\n");
}

TEST_CASE("opening a DB with an unknown schema version fails and changes nothing", "[store]") {
  TempDir dir;
  const std::string path = dir.sub("db");
  OpenOrDie(path).reset();
  {  // Bump the version behind the store's back.
    std::vector<rocksdb::ColumnFamilyDescriptor> cfs;
    std::vector<std::string> names;
    REQUIRE(rocksdb::DB::ListColumnFamilies(rocksdb::DBOptions(), path, &names).ok());
    for (const auto& n : names) cfs.emplace_back(n, rocksdb::ColumnFamilyOptions());
    std::vector<rocksdb::ColumnFamilyHandle*> hs;
    rocksdb::DB* db = nullptr;
    REQUIRE(rocksdb::DB::Open(rocksdb::DBOptions(), path, cfs, &hs, &db).ok());
    const size_t meta = std::find(names.begin(), names.end(), "meta") - names.begin();
    REQUIRE(db->Put(rocksdb::WriteOptions(), hs[meta], "schema_version", "99").ok());
    for (auto* h : hs) REQUIRE(db->DestroyColumnFamilyHandle(h).ok());
    delete db;
  }
  const auto before = Snapshot(path);
  for (bool read_only : {false, true}) {
    OpenOptions o;
    o.read_only = read_only;
    auto s = Store::Open(path, o);
    REQUIRE_FALSE(s.ok());
    CHECK(s.status().code() == Status::Code::kIncompatible);
    CHECK(s.status().message().find("schema version 99") != std::string::npos);
  }
  CHECK(Snapshot(path) == before);
}

// Raw RocksDB access to a closed store: every column family by name.
struct RawDb {
  explicit RawDb(const std::string& path) {
    std::vector<std::string> names;
    REQUIRE(rocksdb::DB::ListColumnFamilies(rocksdb::DBOptions(), path, &names).ok());
    std::vector<rocksdb::ColumnFamilyDescriptor> cfs;
    for (const auto& n : names) cfs.emplace_back(n, rocksdb::ColumnFamilyOptions());
    std::vector<rocksdb::ColumnFamilyHandle*> hs;
    rocksdb::DB* raw = nullptr;
    REQUIRE(rocksdb::DB::Open(rocksdb::DBOptions(), path, cfs, &hs, &raw).ok());
    db.reset(raw);
    for (size_t i = 0; i < names.size(); ++i) cf[names[i]] = hs[i];
  }
  ~RawDb() {
    for (auto& [name, h] : cf) (void)db->DestroyColumnFamilyHandle(h);
  }
  // Keys of family `name` that start with `prefix`.
  std::vector<std::string> Keys(const std::string& name, const std::string& prefix) {
    std::vector<std::string> keys;
    std::unique_ptr<rocksdb::Iterator> it(db->NewIterator(rocksdb::ReadOptions(), cf.at(name)));
    for (it->Seek(prefix); it->Valid() && it->key().starts_with(prefix); it->Next()) {
      keys.push_back(it->key().ToString());
    }
    REQUIRE(it->status().ok());
    return keys;
  }
  std::unique_ptr<rocksdb::DB> db;
  std::map<std::string, rocksdb::ColumnFamilyHandle*> cf;
};

// The content hash as every build since schema 2 defined it, written out independently of
// store.cc: XXH3 over the article record without ingest time, source position and hash,
// then a u64 count and per value a u64 length and the bytes, for the facts and then the
// mentions. A build that computes it differently would see every stored article as changed.
uint64_t ReferenceContentHash(const StoredArticle& rec, const extract::Extraction& x) {
  StoredArticle r = rec;
  r.ingested_at_ms = 0;
  r.position = SourcePosition{};
  std::string bytes = codec::EncodeArticle(r, 0);
  auto add = [&](const std::vector<std::string>& values) {
    const uint64_t n = values.size();
    bytes.append(reinterpret_cast<const char*>(&n), sizeof n);
    for (const std::string& v : values) {
      const uint64_t len = v.size();
      bytes.append(reinterpret_cast<const char*>(&len), sizeof len);
      bytes += v;
    }
  };
  std::vector<std::string> facts, mentions;
  for (size_t j = 0; j < x.figures.size(); ++j) {
    Fact f;
    f.article_id = rec.article.id;
    f.index = static_cast<uint32_t>(j);
    f.extractor_version = rec.extractor_version;
    f.event_time_ms = rec.article.published_at_ms;
    f.figure = x.figures[j];
    facts.push_back(codec::EncodeFact(f));
  }
  for (const auto& m : x.entities) mentions.push_back(codec::EncodeMention(m));
  add(facts);
  add(mentions);
  return XXH3_64bits(bytes.data(), bytes.size());
}

TEST_CASE("the stored content hash and record bytes are those every earlier build wrote",
          "[store][codec]") {
  TempDir dir;
  const std::string path = dir.sub("db");
  const extract::Article a = MakeArticle("h1");
  const extract::Extraction x = MakeExtraction(4);
  REQUIRE(!x.entities.empty());
  {
    auto store = OpenOrDie(path);
    Put(*store, a, x, /*ingested=*/77);
  }
  RawDb raw(path);
  std::string value;
  REQUIRE(raw.db->Get({}, raw.cf.at("articles"), "h1", &value).ok());
  StoredArticle rec;
  uint64_t hash = 0;
  REQUIRE(codec::DecodeArticle(value, &rec, &hash).ok());
  CHECK(hash == ReferenceContentHash(rec, x));
  // The record is EncodeArticle of what was put, the facts one list of EncodeFact values
  // (schema 4) and each covering 'E' entry its EncodeFact, the mentions one EncodeMentionList.
  CHECK(value == codec::EncodeArticle(rec, hash));
  CHECK(rec.ingested_at_ms == 77);
  std::string fact_list;
  REQUIRE(raw.db->Get({}, raw.cf.at("facts"), codec::ArticlePrefix("h1"), &fact_list).ok());
  CHECK(raw.Keys("facts", "") == std::vector<std::string>{codec::ArticlePrefix("h1")});
  std::string expected_list;
  codec::AppendFactListHead(x.figures.size(), &expected_list);
  for (size_t j = 0; j < x.figures.size(); ++j) {
    Fact f;
    f.article_id = "h1";
    f.index = static_cast<uint32_t>(j);
    f.extractor_version = rec.extractor_version;
    f.event_time_ms = a.published_at_ms;
    f.figure = x.figures[j];
    const std::string stored = codec::EncodeFact(f);
    codec::PutBytes(stored, &expected_list);
    std::string covering;
    REQUIRE(raw.db->Get({}, raw.cf.at("index"), codec::EntityIndexKey(f), &covering).ok());
    CHECK(covering == stored);
    std::string metric_entry;
    REQUIRE(raw.db->Get({}, raw.cf.at("index"), codec::MetricIndexKey(f), &metric_entry).ok());
    CHECK(metric_entry.empty());
  }
  CHECK(fact_list == expected_list);
  std::vector<std::string_view> split;
  REQUIRE(codec::SplitFactList(fact_list, &split).ok());
  CHECK(split.size() == x.figures.size());
  std::vector<std::string> mentions;
  for (const auto& m : x.entities) mentions.push_back(codec::EncodeMention(m));
  std::string list;
  REQUIRE(raw.db->Get({}, raw.cf.at("mentions"), codec::ArticlePrefix("h1"), &list).ok());
  CHECK(list == codec::EncodeMentionList(mentions));
}

TEST_CASE("puts and deletes of one key in one batch apply in call order, whatever keys share",
          "[store]") {
  TempDir dir;
  auto store = OpenOrDie(dir.sub("db"));
  // Names longer than 8 bytes with a common start, so the batch order needs whole keys.
  const std::string name = "spend_total_usd";
  Batch b;
  for (int i = 0; i < 40; ++i) {
    const std::string entity = "Entity " + std::to_string(i % 7);
    const int64_t bucket = 3600000LL * (i % 5);
    if (i % 3 == 0) {
      b.DeleteIndicator(name, entity, bucket);
    } else {
      b.PutIndicator(name, entity, bucket, std::to_string(i));
    }
  }
  b.PutIndicator(name + "_x", "E", 0, "first");
  b.DeleteIndicator(name + "_x", "E", 0);
  b.PutIndicator(name + "_x", "E", 0, "last");
  b.PutIndicator(name + "_y", "E", 0, "kept");
  b.DeleteIndicator(name + "_y", "E", 0);
  REQUIRE(store->Write(b).ok());
  // Expected: the last call per key.
  std::map<std::tuple<std::string, std::string, int64_t>, std::optional<std::string>> want;
  for (int i = 0; i < 40; ++i) {
    const std::string entity = "Entity " + std::to_string(i % 7);
    const int64_t bucket = 3600000LL * (i % 5);
    want[{name, entity, bucket}] =
        i % 3 == 0 ? std::nullopt : std::optional<std::string>(std::to_string(i));
  }
  want[{name + "_x", "E", 0}] = "last";
  want[{name + "_y", "E", 0}] = std::nullopt;
  std::map<std::tuple<std::string, std::string, int64_t>, std::string> got;
  REQUIRE(store
              ->ScanAllIndicators(
                  "",
                  [&](std::string_view n, std::string_view e, int64_t t, std::string_view v) {
                    got[{std::string(n), std::string(e), t}] = std::string(v);
                    return true;
                  })
              .ok());
  size_t present = 0;
  for (const auto& [key, value] : want) {
    INFO(std::get<0>(key) << " " << std::get<1>(key) << " " << std::get<2>(key));
    if (value) {
      ++present;
      REQUIRE(got.count(key) == 1);
      CHECK(got.at(key) == *value);
    } else {
      CHECK(got.count(key) == 0);
    }
  }
  CHECK(got.size() == present);
}

TEST_CASE("an indicator series scan returns exactly its buckets, from memtable and table files",
          "[store]") {
  // Names and entities that are prefixes of each other or hold 0x00 bytes: a series is
  // (name, entity) exactly, whatever the prefix filters of the indicators family match.
  using Series = std::pair<std::string, std::string>;
  const std::vector<Series> series = {{"m", "A"},
                                      {"m", "AB"},
                                      {"m", std::string("A\0B", 3)},
                                      {"m", ""},
                                      {std::string("m\0x", 3), "A"},
                                      {"mx", "A"}};
  auto scan = [](const Store& store, const Series& s, std::optional<int64_t> since = {}) {
    std::vector<std::pair<int64_t, std::string>> got;
    REQUIRE(store
                .ScanIndicators(s.first, s.second, since, std::nullopt,
                                [&](int64_t t, std::string_view v) {
                                  got.emplace_back(t, std::string(v));
                                  return true;
                                })
                .ok());
    return got;
  };
  auto want = [](size_t i, int rounds) {
    std::vector<std::pair<int64_t, std::string>> w;
    w.reserve(static_cast<size_t>(rounds));
    for (int r = 0; r < rounds; ++r)
      w.emplace_back(3600000LL * r - 7200000, std::to_string(i) + ":" + std::to_string(r));
    return w;
  };
  auto put_round = [&](Store& store, int r) {
    Batch b;
    for (size_t i = 0; i < series.size(); ++i)
      b.PutIndicator(series[i].first, series[i].second, 3600000LL * r - 7200000,
                     std::to_string(i) + ":" + std::to_string(r));
    REQUIRE(store.Write(b).ok());
  };
  TempDir dir;
  const std::string path = dir.sub("db");
  {
    auto store = OpenOrDie(path);
    for (int r = 0; r < 3; ++r) put_round(*store, r);
    for (size_t i = 0; i < series.size(); ++i) CHECK(scan(*store, series[i]) == want(i, 3));
    CHECK(scan(*store, {"m", std::string("A\0", 2)}).empty());
    CHECK(scan(*store, {"n", "A"}).empty());
  }  // closing flushes the memtables: the first rounds are now in table files
  auto store = OpenOrDie(path);
  put_round(*store, 3);  // and one round in the memtable
  for (size_t i = 0; i < series.size(); ++i) {
    INFO(i);
    CHECK(scan(*store, series[i]) == want(i, 4));
    auto from_second = want(i, 4);  // since the second bucket
    from_second.erase(from_second.begin());
    CHECK(scan(*store, series[i], -3600000) == from_second);
  }
  CHECK(scan(*store, {"m", "AC"}).empty());
  size_t all = 0;
  REQUIRE(store->ScanAllIndicators("m", [&](auto, auto, auto, auto) { return ++all, true; }).ok());
  CHECK(all == size_t{4} * 4);  // the four series named "m", four buckets each
  // A reader (secondary instance) sees the same series.
  auto reader = OpenOrDie(path, OpenOptions{.read_only = true});
  for (size_t i = 0; i < series.size(); ++i) CHECK(scan(*reader, series[i]) == want(i, 4));
}

TEST_CASE("a schema 1 DB is migrated to 2 on a writer open: the unread 'N' index is dropped",
          "[store]") {
  TempDir dir;
  const std::string path = dir.sub("db");
  {
    auto store = OpenOrDie(path);
    Put(*store, MakeArticle("a1"), MakeExtraction(4));
  }
  std::vector<std::string> facts_index;
  {  // Make it a schema 1 DB: version 1 and the 'N' entries version 1 wrote.
    RawDb raw(path);
    facts_index = raw.Keys("index", "");
    CHECK_FALSE(facts_index.empty());
    CHECK(raw.Keys("index", "N").empty());  // version 2 writes no 'N' entries
    REQUIRE(raw.db->Put({}, raw.cf.at("meta"), "schema_version", "1").ok());
    for (const char* entity : {"Nvidia", "H100"}) {
      std::string key = "N";
      codec::PutKeyString(entity, &key);
      codec::PutKeyTime(1727697600000, &key);
      codec::PutKeyString("a1", &key);
      REQUIRE(raw.db->Put({}, raw.cf.at("index"), key, std::string(1, '\x01')).ok());
    }
    REQUIRE(raw.Keys("index", "N").size() == 2);
  }
  {  // A reader does not migrate and can read the old DB.
    OpenOptions ro;
    ro.read_only = true;
    auto reader = OpenOrDie(path, ro);
    FactFilter f;
    f.entity = "Nvidia";
    CHECK(Scan(*reader, f).size() == 2);
  }
  {
    RawDb raw(path);
    CHECK(raw.Keys("index", "N").size() == 2);
  }
  OpenOrDie(path).reset();  // the writer migrates
  RawDb raw(path);
  std::string version;
  REQUIRE(raw.db->Get({}, raw.cf.at("meta"), "schema_version", &version).ok());
  CHECK(version == std::to_string(Store::kSchemaVersion));  // 1 -> 2 -> 3
  CHECK(raw.Keys("index", "N").empty());
  CHECK(raw.Keys("index", "") == facts_index);  // 'E' and 'M' entries untouched
}

TEST_CASE(
    "schema 2 mentions (one key each) stay readable and are replaced after the "
    "migration to 3 (one list per article)",
    "[store]") {
  TempDir dir;
  const std::string path = dir.sub("db");
  const extract::Extraction x = MakeExtraction(2);
  REQUIRE(x.entities.size() == 3);
  {
    auto store = OpenOrDie(path);
    Put(*store, MakeArticle("a1"), x);
    Put(*store, MakeArticle("a2"), x);
  }
  {  // Schema 3 wrote one list value per article; rewrite a1 the way schema 2 stored it.
    RawDb raw(path);
    CHECK(raw.Keys("mentions", "").size() == 2);
    const std::string list_key = codec::ArticlePrefix("a1");
    REQUIRE(raw.db->Delete({}, raw.cf.at("mentions"), list_key).ok());
    for (size_t j = 0; j < x.entities.size(); ++j) {
      REQUIRE(raw.db
                  ->Put({}, raw.cf.at("mentions"), codec::FactKey("a1", static_cast<uint32_t>(j)),
                        codec::EncodeMention(x.entities[j]))
                  .ok());
    }
    REQUIRE(raw.db->Put({}, raw.cf.at("meta"), "schema_version", "2").ok());
  }
  auto same_mentions = [&](Store& store, const std::string& id) {
    auto got = store.GetMentions(id);
    REQUIRE(got.ok());
    REQUIRE(got->size() == x.entities.size());
    for (size_t j = 0; j < got->size(); ++j) {
      CHECK((*got)[j].entity == x.entities[j].entity);
      CHECK((*got)[j].surface == x.entities[j].surface);
      CHECK((*got)[j].start == x.entities[j].start);
      CHECK((*got)[j].type == x.entities[j].type);
    }
  };
  {  // A reader of the schema 2 DB: both layouts read, counted once per mention.
    OpenOptions ro;
    ro.read_only = true;
    auto reader = OpenOrDie(path, ro);
    same_mentions(*reader, "a1");
    same_mentions(*reader, "a2");
    auto stats = reader->Stats();
    REQUIRE(stats.ok());
    CHECK(stats->entity_mentions == 6);
  }
  {
    auto store = OpenOrDie(path);  // migrates to 3 without rewriting the mentions
    same_mentions(*store, "a1");
    CHECK(Put(*store, MakeArticle("a1"), x).articles_unchanged == 1);  // same content hash
    // A changed a1 replaces its schema 2 entries with one list.
    extract::Extraction changed = x;
    changed.entities.pop_back();
    CHECK(Put(*store, MakeArticle("a1", 1), changed).articles_replaced == 1);
    auto got = store->GetMentions("a1");
    REQUIRE(got.ok());
    CHECK(got->size() == 2);
    auto stats = store->Stats();
    REQUIRE(stats.ok());
    CHECK(stats->entity_mentions == 5);
  }
  RawDb raw(path);
  std::string version;
  REQUIRE(raw.db->Get({}, raw.cf.at("meta"), "schema_version", &version).ok());
  CHECK(version == std::to_string(Store::kSchemaVersion));
  CHECK(raw.Keys("mentions", codec::ArticlePrefix("a1")) ==
        std::vector<std::string>{codec::ArticlePrefix("a1")});
}

TEST_CASE(
    "schema 3 facts (one key each) stay readable and are replaced after the migration to 4 "
    "(one list per article)",
    "[store]") {
  TempDir dir;
  const std::string path = dir.sub("db");
  const extract::Extraction x = MakeExtraction(4, 0, "Kralinger", "Tecnovia");
  std::vector<Fact> stored_a1;
  {
    auto store = OpenOrDie(path);
    Put(*store, MakeArticle("a1"), x);
    Put(*store, MakeArticle("a2"), MakeExtraction(3, 0, "Kralinger", "Tecnovia"));
    FactFilter by_article;
    by_article.article_id = "a1";
    stored_a1 = Scan(*store, by_article);
    REQUIRE(stored_a1.size() == 4);
  }
  {  // Schema 4 wrote one list value per article; rewrite a1 the way schema 3 stored it.
    RawDb raw(path);
    CHECK(raw.Keys("facts", "").size() == 2);
    REQUIRE(raw.db->Delete({}, raw.cf.at("facts"), codec::ArticlePrefix("a1")).ok());
    for (const Fact& f : stored_a1) {
      REQUIRE(
          raw.db->Put({}, raw.cf.at("facts"), codec::FactKey("a1", f.index), codec::EncodeFact(f))
              .ok());
    }
    REQUIRE(raw.db->Put({}, raw.cf.at("meta"), "schema_version", "3").ok());
  }
  auto check_reads = [&](Store& store) {
    FactFilter by_article;
    by_article.article_id = "a1";
    const auto a1 = Scan(store, by_article);
    REQUIRE(a1.size() == 4);
    for (size_t j = 0; j < a1.size(); ++j) {
      CHECK(a1[j].index == j);
      RequireSameFigure(a1[j].figure, x.figures[j]);
    }
    CHECK(Scan(store, FactFilter{}).size() == 7);  // both layouts, in key order
    FactFilter share;                              // 'M' entries resolve through both layouts
    share.metric = "market_share";
    const auto by_metric = Scan(store, share);
    REQUIRE(by_metric.size() == 3);  // a1: 1 and 3, a2: 1
    for (const Fact& f : by_metric) CHECK(f.figure.metric == "market_share");
    FactFilter limited;
    limited.limit = 5;
    CHECK(Scan(store, limited).size() == 5);
    auto st = store.Stats();
    REQUIRE(st.ok());
    CHECK(st->facts == 7);
    uint64_t grouped = 0;
    for (const auto& g : st->groups) grouped += g.facts;
    CHECK(grouped == 7);
  };
  {  // A reader of the schema 3 DB leaves it as it is.
    OpenOptions ro;
    ro.read_only = true;
    auto reader = OpenOrDie(path, ro);
    check_reads(*reader);
  }
  {
    auto store = OpenOrDie(path);  // migrates to 4 without rewriting the facts
    check_reads(*store);
    CHECK(Put(*store, MakeArticle("a1"), x).articles_unchanged == 1);  // same content hash
    // A changed a1 replaces its schema 3 fact keys and their index entries with one list.
    CHECK(Put(*store, MakeArticle("a1", 1), MakeExtraction(1, 1, "Zollbreit", "Zollbreit"))
              .articles_replaced == 1);
    FactFilter old_entity;
    old_entity.entity = "Kralinger";
    for (const Fact& f : Scan(*store, old_entity)) CHECK(f.article_id == "a2");
    FactFilter share;
    share.metric = "market_share";
    CHECK(Scan(*store, share).size() == 1);
    auto st = store->Stats();
    REQUIRE(st.ok());
    CHECK(st->facts == 4);
    uint64_t grouped = 0;
    for (const auto& g : st->groups) grouped += g.facts;
    CHECK(grouped == 4);
  }
  RawDb raw(path);
  std::string version;
  REQUIRE(raw.db->Get({}, raw.cf.at("meta"), "schema_version", &version).ok());
  CHECK(version == "4");
  CHECK(raw.Keys("facts", codec::ArticlePrefix("a1")) ==
        std::vector<std::string>{codec::ArticlePrefix("a1")});
}

TEST_CASE("a fact list that does not hold its counted facts is reported as corrupt", "[store]") {
  TempDir dir;
  const std::string path = dir.sub("db");
  {
    auto store = OpenOrDie(path);
    Put(*store, MakeArticle("a1"), MakeExtraction(3, 0, "Kralinger", "Tecnovia"));
  }
  {  // Cut the list's last fact off: the count says 3, the value holds 2.
    RawDb raw(path);
    std::string list;
    REQUIRE(raw.db->Get({}, raw.cf.at("facts"), codec::ArticlePrefix("a1"), &list).ok());
    std::vector<std::string_view> split;
    REQUIRE(codec::SplitFactList(list, &split).ok());
    REQUIRE(split.size() == 3);
    const std::string cut = list.substr(0, split[2].data() - list.data() - 1);
    std::vector<std::string_view> ignored;
    CHECK_FALSE(codec::SplitFactList(cut, &ignored).ok());
    REQUIRE(raw.db->Put({}, raw.cf.at("facts"), codec::ArticlePrefix("a1"), cut).ok());
  }
  auto store = OpenOrDie(path);
  FactFilter by_article;
  by_article.article_id = "a1";
  Status s = store->ScanFacts(by_article, [](const Fact&) { return true; });
  CHECK(s.code() == Status::Code::kCorruption);
  FactFilter share;  // an 'M' entry resolves through the list
  share.metric = "market_share";
  s = store->ScanFacts(share, [](const Fact&) { return true; });
  CHECK(s.code() == Status::Code::kCorruption);
}

TEST_CASE("a mention list decodes what was encoded and reports each kind of damage", "[store]") {
  extract::EntityMention a;
  a.entity = "Kralinger Maschinenbau";
  a.surface = "Kralinger Maschinenbau AG";
  a.type = extract::EntityType::kOrg;
  a.start = 4;
  a.end = 29;
  extract::EntityMention b = a;
  b.entity = b.surface = "Donaublick";
  b.field = extract::Field::kTitle;
  const std::string list =
      codec::EncodeMentionList({codec::EncodeMention(a), codec::EncodeMention(b)});
  std::vector<extract::EntityMention> out(1);  // decoding appends
  REQUIRE(codec::DecodeMentionList(list, &out).ok());
  REQUIRE(out.size() == 3);
  CHECK(out[1].entity == a.entity);
  CHECK(out[1].surface == a.surface);
  CHECK(out[1].end == 29);
  CHECK(out[2].entity == "Donaublick");
  CHECK(out[2].field == extract::Field::kTitle);

  std::vector<extract::EntityMention> ignored;
  SECTION("the last mention cut off") {
    const Status s = codec::DecodeMentionList(list.substr(0, list.size() - 3), &ignored);
    CHECK(s.code() == Status::Code::kCorruption);
    CHECK(s.message().find("entity mention list") != std::string::npos);
  }
  SECTION("bytes after the counted mentions") {
    CHECK(codec::DecodeMentionList(list + "x", &ignored).code() == Status::Code::kCorruption);
  }
  SECTION("a listed value that is no mention") {
    std::string bad;
    codec::AppendMentionListHead(1, &bad);
    bad += '\x02';  // length 2
    bad += "zz";
    const Status s = codec::DecodeMentionList(bad, &ignored);
    CHECK(s.code() == Status::Code::kCorruption);
    CHECK(s.message().find("entity mention") != std::string::npos);
  }
}

TEST_CASE("opening something that is not a newsfacts DB fails clearly", "[store]") {
  TempDir dir;
  SECTION("a RocksDB without newsfacts meta") {
    rocksdb::Options o;
    o.create_if_missing = true;
    rocksdb::DB* db = nullptr;
    REQUIRE(rocksdb::DB::Open(o, dir.sub("raw"), &db).ok());
    delete db;
    const auto before = Snapshot(dir.sub("raw"));
    auto s = Store::Open(dir.sub("raw"), {});
    REQUIRE_FALSE(s.ok());
    CHECK(s.status().code() == Status::Code::kIncompatible);
    CHECK(s.status().message().find("not a newsfacts DB") != std::string::npos);
    CHECK(Snapshot(dir.sub("raw")) == before);
  }
  SECTION("a directory with other files") {
    std::filesystem::create_directory(dir.sub("docs"));
    std::ofstream(dir.sub("docs") + "/notes.txt") << "hello";
    auto s = Store::Open(dir.sub("docs"), {});
    REQUIRE_FALSE(s.ok());
    CHECK(s.status().code() == Status::Code::kIncompatible);
    CHECK(std::filesystem::exists(dir.sub("docs") + "/notes.txt"));
    CHECK(!std::filesystem::exists(dir.sub("docs") + "/CURRENT"));
  }
  SECTION("a missing path when not creating") {
    OpenOptions o;
    o.create_if_missing = false;
    auto s = Store::Open(dir.sub("missing"), o);
    REQUIRE_FALSE(s.ok());
    CHECK(s.status().code() == Status::Code::kNotFound);
    o = {};
    o.read_only = true;
    s = Store::Open(dir.sub("missing"), o);
    REQUIRE_FALSE(s.ok());
    CHECK(s.status().code() == Status::Code::kNotFound);
    CHECK(!std::filesystem::exists(dir.sub("missing")));
  }
}

TEST_CASE("a read-only store refuses writes and a backup is a consistent, openable copy",
          "[store]") {
  TempDir dir;
  auto store = OpenOrDie(dir.sub("db"));
  Put(*store, MakeArticle("b1"), MakeExtraction(3));
  REQUIRE(store->Backup(dir.sub("backup")).ok());
  CHECK(store->Backup(dir.sub("backup")).code() == Status::Code::kInvalidArgument);
  Put(*store, MakeArticle("b2"), MakeExtraction(3));  // after the checkpoint

  OpenOptions ro;
  ro.read_only = true;
  auto reader = OpenOrDie(dir.sub("db"), ro);
  Batch b;
  b.PutArticle(MakeArticle("z"), MakeExtraction(1), {}, 1, 0);
  auto w = reader->Write(b);
  REQUIRE_FALSE(w.ok());
  CHECK(w.status().code() == Status::Code::kInvalidArgument);

  auto copy = OpenOrDie(dir.sub("backup"));
  CHECK(Scan(*copy, {}).size() == 3);
  CHECK((*copy->GetArticle("b1")).has_value());
  CHECK(!(*copy->GetArticle("b2")).has_value());
}

TEST_CASE("a deferred write is readable at once and SyncDeferred runs alongside later writes",
          "[store]") {
  TempDir dir;
  OpenOptions synced;
  synced.sync_writes = true;
  {
    auto store = OpenOrDie(dir.sub("db"), synced);
    // One thread applies batches without their fsync (as the writer thread of ingest does)
    // while another fsyncs the WAL again and again (as the runner's thread does).
    std::atomic<bool> writing{true};
    std::atomic<int> syncs{0}, sync_errors{0};
    std::thread syncer([&] {
      do {  // at least once: on a loaded machine the writes may end before this thread runs
        if (!store->SyncDeferred().ok()) sync_errors.fetch_add(1);
        syncs.fetch_add(1);
      } while (writing.load());
    });
    for (int i = 0; i < 40; ++i) {
      Batch b;
      b.PutArticle(MakeArticle("d" + std::to_string(i)), MakeExtraction(2), {"file:x", 0, i}, 1, 0);
      b.SetNextOffset({"file:x", 0, i + 1});
      auto w = store->Write(b, Durability::kDeferred);
      REQUIRE(w.ok());
      CHECK(w->articles_new == 1);
      // Applied: this process reads it before any fsync.
      CHECK((*store->GetArticle("d" + std::to_string(i))).has_value());
      CHECK(**store->GetNextOffset("file:x", 0) == i + 1);
    }
    writing = false;
    syncer.join();
    CHECK(sync_errors.load() == 0);
    CHECK(syncs.load() > 0);
    REQUIRE(store->SyncDeferred().ok());
  }
  auto reopened = OpenOrDie(dir.sub("db"));
  CHECK(Scan(*reopened, {}).size() == 80);
  CHECK(**reopened->GetNextOffset("file:x", 0) == 40);
  CHECK(reopened->SyncDeferred().ok());  // nothing to sync without sync_writes

  OpenOptions ro;
  ro.read_only = true;
  auto reader = OpenOrDie(dir.sub("db"), ro);
  CHECK(reader->SyncDeferred().code() == Status::Code::kInvalidArgument);
}

TEST_CASE("dead letters list in time order", "[store]") {
  TempDir dir;
  auto store = OpenOrDie(dir.sub("db"));
  Batch b;
  int64_t line = 0;
  for (int64_t t : {300, 100, 200, 100}) {
    DeadLetter dl;
    dl.position = {"file:x", 0, line++};  // distinct messages (same ones are stored once)
    dl.reason = "bad";
    dl.payload = std::to_string(t);
    dl.at_ms = t;
    b.PutDeadLetter(dl);
  }
  REQUIRE(store->Write(b).ok());
  std::vector<int64_t> at;
  REQUIRE(store
              ->ScanDeadLetters([&](const DeadLetter& d) {
                at.push_back(d.at_ms);
                return true;
              })
              .ok());
  CHECK(at == std::vector<int64_t>{100, 100, 200, 300});
}

TEST_CASE("key encodings keep the order the range scans need", "[store][codec]") {
  std::string a, b, c;
  codec::PutKeyString(std::string("ab", 2), &a);
  codec::PutKeyString(std::string("ab\0c", 4), &b);
  codec::PutKeyString("abc", &c);
  CHECK(a < b);
  CHECK(b < c);
  codec::Reader r(b);
  std::string back;
  REQUIRE(r.GetKeyString(&back));
  CHECK(back == std::string("ab\0c", 4));
  std::string t1, t2, t3, tn;
  codec::PutKeyTime(-5, &t1);
  codec::PutKeyTime(0, &t2);
  codec::PutKeyTime(1700000000000, &t3);
  codec::PutKeyTime(std::nullopt, &tn);
  CHECK(tn < t1);
  CHECK(t1 < t2);
  CHECK(t2 < t3);
  std::optional<int64_t> back_t;
  codec::Reader rt(t1);
  REQUIRE(rt.GetKeyTime(&back_t));
  CHECK(back_t == std::optional<int64_t>(-5));
  // An entity's index prefix does not match a longer entity name.
  Fact f1, f2;
  f1.figure.entity = "AMD";
  f2.figure.entity = "AMDX";
  std::string prefix(1, codec::kEntityTag);
  codec::PutKeyString("AMD", &prefix);
  CHECK(codec::EntityIndexKey(f1).rfind(prefix, 0) == 0);
  CHECK(codec::EntityIndexKey(f2).rfind(prefix, 0) != 0);
}

// ---- multi-process ---------------------------------------------------------------------

TEST_CASE("a read-only query sees a concurrent writer process's data without blocking it",
          "[store][process]") {
  TempDir dir;
  const std::string db = dir.sub("db");
  OpenOrDie(db).reset();  // create it
  // ~1.5 s of writes (10 ms apart): wide enough that a reader on a loaded machine still sees
  // intermediate states.
  const pid_t pid = SpawnWriter({db, dir.sub("report"), "0", "150", "10000"});
  OpenOptions ro;
  ro.read_only = true;
  auto reader = OpenOrDie(db, ro);
  size_t last = 0, observations = 0, distinct = 0;
  int status = 0;
  for (;;) {
    const pid_t done = waitpid(pid, &status, WNOHANG);
    REQUIRE(reader->CatchUp().ok());
    size_t n = 0;
    REQUIRE(reader->ScanArticles([&](const StoredArticle&) { return ++n, true; }).ok());
    CHECK(n >= last);  // never goes back
    if (n != last) ++distinct;
    last = n;
    ++observations;
    if (done == pid) break;
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  REQUIRE(WIFEXITED(status));
  CHECK(WEXITSTATUS(status) == 0);
  REQUIRE(reader->CatchUp().ok());
  FactFilter f;
  size_t facts = 0;
  REQUIRE(reader->ScanFacts(f, [&](const Fact&) { return ++facts, true; }).ok());
  size_t articles = 0;
  REQUIRE(reader->ScanArticles([&](const StoredArticle&) { return ++articles, true; }).ok());
  CHECK(articles == 150);
  CHECK(facts > 0);
  CHECK(distinct >= 2);  // saw intermediate states while the writer was running
}

}  // namespace
}  // namespace newsfacts::store

namespace newsfacts::store {
namespace {

TEST_CASE("every entity type round-trips in stored facts and mentions, the last one included",
          "[store]") {
  TempDir dir;
  auto store = OpenOrDie(dir.sub("db"));
  const int last = static_cast<int>(extract::kLastEntityType);
  Batch b;
  for (int t = 0; t <= last; ++t) {
    extract::Extraction x = MakeExtraction(2);
    const auto type = static_cast<extract::EntityType>(t);
    x.figures[0].entity_type = type;
    for (auto& m : x.entities) m.type = type;
    b.PutArticle(MakeArticle("typed-" + std::to_string(t)), x, {"file:t", 0, t}, 7, 1000);
  }
  REQUIRE(store->Write(b).ok());
  for (int t = 0; t <= last; ++t) {
    const std::string id = "typed-" + std::to_string(t);
    const auto type = static_cast<extract::EntityType>(t);
    FactFilter one;
    one.article_id = id;
    auto facts = Scan(*store, one);
    REQUIRE(facts.size() == 2);
    CHECK(facts[0].figure.entity_type == type);
    auto mentions = store->GetMentions(id);
    REQUIRE(mentions.ok());
    REQUIRE(!mentions->empty());
    for (const auto& m : *mentions) CHECK(m.type == type);
  }
}

}  // namespace
}  // namespace newsfacts::store
