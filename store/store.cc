#include "store/store.h"

#include <fcntl.h>
#include <rocksdb/db.h>
#include <rocksdb/env.h>
#include <rocksdb/filter_policy.h>
#include <rocksdb/metadata.h>
#include <rocksdb/slice_transform.h>
#include <rocksdb/table.h>
#include <rocksdb/utilities/checkpoint.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>
#include <xxhash.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <charconv>
#include <cstdarg>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <map>
#include <mutex>
#include <unordered_map>
#include <unordered_set>

#include "store/codec.h"

namespace newsfacts::store {

namespace fs = std::filesystem;

namespace {

// Column families, in the order of Impl::cf. "default" is required by RocksDB and unused.
enum Cf {
  kDefault = 0,
  kMeta,
  kArticles,
  kFacts,
  kMentions,
  kIndex,
  kOffsets,
  kDeadLetters,
  kIndicators,
  kDeadLetterIds,
  kCfCount
};
constexpr const char* kCfNames[kCfCount] = {
    "default", "meta",    "articles",     "facts",      "mentions",
    "index",   "offsets", "dead_letters", "indicators", "dead_letter_ids"};

// Key of the dead_letter_ids family: S(source) BE32(partition) BE64(offset) BE64(XXH3 of the
// payload). Present = that message's dead letter is stored (Write skips it then).
std::string DeadLetterIdKey(const DeadLetter& d) {
  std::string k = codec::OffsetKey(d.position.source, d.position.partition);
  codec::PutBigEndian64(static_cast<uint64_t>(d.position.offset) ^ (uint64_t{1} << 63), &k);
  codec::PutBigEndian64(XXH3_64bits(d.payload.data(), d.payload.size()), &k);
  return k;
}

constexpr const char* kMetaFormatKey = "format";
constexpr const char* kMetaFormatValue = "newsfacts";
constexpr const char* kMetaVersionKey = "schema_version";

Status FromRocks(const rocksdb::Status& s, std::string_view what) {
  if (s.ok()) return Status::Ok();
  if (s.IsCorruption()) return Status::Corruption(std::string(what) + ": " + s.ToString());
  return Status::IoError(std::string(what) + ": " + s.ToString());
}

std::string RepairHint(const std::string& path) {
  return "; refused, nothing was changed. Restore a backup, or repair a copy with `newsfacts "
         "repair --db " +
         path + " --to NEW_DIR` (store/README.md)";
}

// An error of a RocksDB open: damage (corruption, a table file missing or cut short) becomes
// Corruption with the way back; other errors (ENOSPC, permissions) stay IoError.
// The command line of process `pid` ("newsfacts ingest --db ..."), "" when unknown.
std::string CommandLineOf(int pid) {
  std::FILE* f = std::fopen(("/proc/" + std::to_string(pid) + "/cmdline").c_str(), "rb");
  if (f == nullptr) return {};
  std::string cmd(512, '\0');
  cmd.resize(std::fread(cmd.data(), 1, cmd.size(), f));
  std::fclose(f);
  std::string out;
  size_t words = 0;
  for (size_t at = 0; at < cmd.size() && words < 2; ++words) {  // program name + command
    size_t end = cmd.find('\0', at);
    if (end == std::string::npos) end = cmd.size();
    std::string word = cmd.substr(at, end - at);
    if (words == 0) word = fs::path(word).filename().string();
    if (!out.empty()) out += ' ';
    out += word;
    at = end + 1;
  }
  return out;
}

Status OpenError(const rocksdb::Status& s, const std::string& path) {
  const std::string m = s.ToString();
  if (m.find("lock") != std::string::npos || m.find("LOCK") != std::string::npos) {
    if (auto pid = Store::LockHolder(path)) {
      std::string who = CommandLineOf(*pid);
      if (who.empty()) who = "another process";
      return Status::Unavailable(path + " is in use by " + who + ", pid " + std::to_string(*pid) +
                                 " (one writer at a time; query, alerts and serve read while it "
                                 "runs, and `newsfacts backup` asks it for a checkpoint)");
    }
  }
  if (s.IsCorruption() || m.find("No such file") != std::string::npos ||
      m.find("too short") != std::string::npos)
    return Status::Corruption(path + " is damaged: " + m + RepairHint(path));
  return FromRocks(s, "opening " + path);
}

rocksdb::Slice Sl(std::string_view s) {
  return rocksdb::Slice(s.data(), s.size());
}
std::string_view Sv(const rocksdb::Slice& s) {
  return std::string_view(s.data(), s.size());
}

// Prefix of an indicators key: S(name) S(entity), i.e. up to and including the second
// KeyString terminator (0x00 0x01; a 0x00 inside a string is escaped as 0x00 0xFF). One
// indicator series (all buckets of one name and entity) shares it, so Bloom filters on it
// let ScanIndicators skip memtables and table files that hold nothing of a series: the
// indicator stage looks up every series it has not cached, most of them new.
// Thread-safety: stateless.
class IndicatorSeriesPrefix final : public rocksdb::SliceTransform {
 public:
  const char* Name() const override { return "newsfacts.IndicatorSeriesPrefix.1"; }
  rocksdb::Slice Transform(const rocksdb::Slice& key) const override {
    return rocksdb::Slice(key.data(), PrefixSize(key));
  }
  bool InDomain(const rocksdb::Slice& key) const override { return PrefixSize(key) > 0; }

 private:
  // Size of the prefix, 0 when `key` does not hold two terminated strings.
  static size_t PrefixSize(const rocksdb::Slice& key) {
    int terminators = 0;
    for (size_t i = 0; i + 1 < key.size(); ++i) {
      if (key[i] != '\0') continue;
      if (key[i + 1] == '\x01' && ++terminators == 2) return i + 2;
      ++i;  // 0x00 0xFF (an escaped 0x00) or a terminator: skip the second byte
    }
    return 0;
  }
};

// True when `key` is exactly one KeyString: an article's fact list (schema 4) in the facts
// family, as opposed to a schema 3 fact key KeyString(article_id) BE32(index).
bool IsFactListKey(std::string_view key) {
  codec::Reader r(key);
  std::string id;
  return r.GetKeyString(&id) && r.empty();
}

// Calls `visit(encoded fact)` for each fact of one facts-family entry: every fact of a
// schema 4 list, or the one fact of a schema 3 key. Stops early when `visit` returns false
// (then *stopped is set).
template <typename Visit>
Status ForEachFactValue(std::string_view key, std::string_view value, Visit&& visit,
                        bool* stopped = nullptr) {
  if (!IsFactListKey(key)) {
    if (!visit(value) && stopped) *stopped = true;
    return Status::Ok();
  }
  std::vector<std::string_view> facts;
  NEWSFACTS_RETURN_IF_ERROR(codec::SplitFactList(value, &facts));
  for (std::string_view f : facts) {
    if (!visit(f)) {
      if (stopped) *stopped = true;
      break;
    }
  }
  return Status::Ok();
}

rocksdb::ColumnFamilyOptions CfOptions(const std::shared_ptr<rocksdb::Cache>& cache, int cf) {
  rocksdb::ColumnFamilyOptions o;
  rocksdb::BlockBasedTableOptions t;
  t.block_cache = cache;
  // Bloom filters serve point lookups (Get) only. The index, mentions, indicators and
  // dead_letters families are only ever read by iterators (Seek), which a whole-key filter
  // cannot help: no filter there saves building one in every flush and compaction.
  const bool point_lookups =
      cf != kIndex && cf != kMentions && cf != kIndicators && cf != kDeadLetters;
  if (point_lookups) t.filter_policy.reset(rocksdb::NewBloomFilterPolicy(10));
  t.whole_key_filtering = true;
  if (cf == kIndicators) {  // prefix (series) filters instead, see IndicatorSeriesPrefix
    o.prefix_extractor = std::make_shared<IndicatorSeriesPrefix>();
    t.filter_policy.reset(rocksdb::NewBloomFilterPolicy(10));
    t.whole_key_filtering = false;
    o.memtable_prefix_bloom_size_ratio = 0.02;
  }
  // XXH3 block checksums: Debian's RocksDB is built without SSE4.2, and its software CRC32C
  // was 13% of ingest CPU. Each SST records its checksum type, so old files stay readable.
  t.checksum = rocksdb::kXXH3;
  o.table_factory.reset(rocksdb::NewBlockBasedTableFactory(t));
  o.write_buffer_size = 64 << 20;
  // Every family: recent levels uncompressed (flushes and the first compactions are on the
  // ingest's CPU budget), older data LZ4. Before, only facts and index did this and the
  // others (article bodies, mentions) flushed with snappy: 4.9 % of file-ingest
  // instructions (BENCHMARKS.md "Write path"). Each SST records its compression, so files
  // written with other settings stay readable.
  if (cf == kArticles) {
    // Every batch article is looked up before it is written (Store::Write and the indicator
    // stage), and new articles miss: a memtable Bloom filter answers most misses without a
    // skip-list search.
    o.memtable_prefix_bloom_size_ratio = 0.02;
    o.memtable_whole_key_filtering = true;
  }
  o.compression_per_level.assign(o.num_levels, rocksdb::kLZ4Compression);
  o.compression_per_level[0] = o.compression_per_level[1] = rocksdb::kNoCompression;
  return o;
}

// RocksDB's info log ("LOG") written with plain write(2) whose errors are ignored. Debian's
// RocksDB is built with assertions, and its own log file writer aborts the process when a
// write fails on a full disk (`sync_without_flush_called_` in WritableFileWriter::Append,
// reached from DB::Open). Losing log lines is fine; aborting is not. fd < 0 discards
// everything (read-only opens must not touch the DB directory).
// Thread-safety: Logv may be called from RocksDB's threads at once (one write(2) per line).
class IgnoreErrorsLogger final : public rocksdb::Logger {
 public:
  // Appends to `file` ("" = discard). A LOG larger than kMaxBytes is moved to LOG.old first.
  explicit IgnoreErrorsLogger(const std::string& file)
      : rocksdb::Logger(rocksdb::InfoLogLevel::INFO_LEVEL) {
    if (file.empty()) return;
    struct stat st;
    if (::stat(file.c_str(), &st) == 0 && st.st_size > kMaxBytes)
      (void)::rename(file.c_str(), (file + ".old").c_str());
    fd_ = ::open(file.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
  }
  ~IgnoreErrorsLogger() override {
    if (fd_ >= 0) ::close(fd_);
  }
  rocksdb::Status Close() override { return rocksdb::Status::OK(); }
  using rocksdb::Logger::Logv;
  void Logv(const char* format, va_list ap) override {
    if (fd_ < 0) return;
    char line[2048];
    const std::time_t now = std::time(nullptr);
    std::tm tm;
    ::gmtime_r(&now, &tm);
    size_t n = std::strftime(line, sizeof line, "%Y/%m/%d-%H:%M:%S ", &tm);
    const int m = std::vsnprintf(line + n, sizeof line - n - 1, format, ap);
    if (m < 0) return;
    n = std::min(sizeof line - 2, n + static_cast<size_t>(m));
    line[n++] = '\n';
    (void)!::write(fd_, line, n);
  }

 private:
  static constexpr off_t kMaxBytes = 16 << 20;
  int fd_ = -1;
};

std::shared_ptr<rocksdb::Logger> NullLog() {
  static const auto log = std::make_shared<IgnoreErrorsLogger>("");
  return log;
}

rocksdb::DBOptions DbOptions(std::shared_ptr<rocksdb::Logger> log = NullLog()) {
  rocksdb::DBOptions o;
  o.info_log = std::move(log);
  // Storage faults are loud: verify what is opened and read, never recover "as much as
  // possible" silently (a MANIFEST that lost records would otherwise make the open delete
  // the table files it no longer lists).
  o.paranoid_checks = true;
  o.skip_checking_sst_file_sizes_on_db_open = false;
  o.best_efforts_recovery = false;
  o.max_background_jobs = 2;
  o.keep_log_file_num = 5;
  // Bound the live WAL: a reader opening while ingest runs replays it (about 1 s per 100 MB).
  o.max_total_wal_size = 64 << 20;
  return o;
}

// Reads and checks the meta family of an open DB: the schema version, or Incompatible.
Result<uint32_t> ReadSchemaVersion(rocksdb::DB* db, rocksdb::ColumnFamilyHandle* meta,
                                   const std::string& path) {
  std::string format, version;
  rocksdb::Status s = db->Get(rocksdb::ReadOptions(), meta, kMetaFormatKey, &format);
  if (s.IsNotFound() || (s.ok() && format != kMetaFormatValue))
    return Status::Incompatible(path + " is a RocksDB database but not a newsfacts DB (no '" +
                                kMetaFormatValue + "' format marker)");
  NEWSFACTS_RETURN_IF_ERROR(FromRocks(s, "reading meta of " + path));
  s = db->Get(rocksdb::ReadOptions(), meta, kMetaVersionKey, &version);
  if (s.IsNotFound()) return Status::Incompatible(path + " has no schema version");
  NEWSFACTS_RETURN_IF_ERROR(FromRocks(s, "reading meta of " + path));
  uint32_t v = 0;
  auto [end, ec] = std::from_chars(version.data(), version.data() + version.size(), v);
  if (ec != std::errc() || end != version.data() + version.size() || v == 0)
    return Status::Incompatible(path + " has an unreadable schema version '" + version + "'");
  if (v > Store::kSchemaVersion)
    return Status::Incompatible(path + " has schema version " + version +
                                ", newer than this build supports (" +
                                std::to_string(Store::kSchemaVersion) + "); upgrade newsfacts");
  return v;
}

// True when the MANIFEST at `file` does not end with a complete log record (RocksDB's log
// format: 32 KiB blocks of records with a 7-byte header: crc32c, length LE16, type; type
// 1 = full, 2/3/4 = first/middle/last fragment, 0 = padding). RocksDB reads such a MANIFEST
// up to the last complete record without complaint. A killed process never leaves a torn
// record (each record is one write); a MANIFEST cut by hand, a lost tail after a power
// failure or a damaged disk do.
bool ManifestTailTorn(const std::string& file) {
  constexpr size_t kBlock = 32768, kHeader = 7;
  std::FILE* f = std::fopen(file.c_str(), "rb");
  if (f == nullptr) return false;
  std::string block(kBlock, '\0');
  bool torn = false, in_fragmented = false;
  for (;;) {
    const size_t n = std::fread(block.data(), 1, kBlock, f);
    if (n == 0) break;
    size_t pos = 0;
    while (pos < n) {
      if (n - pos < kHeader) {  // block trailer (zeros) or a header cut short
        torn = n < kBlock && block.find_first_not_of('\0', pos) != std::string::npos &&
               block.find_first_not_of('\0', pos) < n;
        pos = n;
        break;
      }
      const auto* h = reinterpret_cast<const unsigned char*>(block.data() + pos);
      const size_t len = h[4] | (static_cast<size_t>(h[5]) << 8);
      const int type = h[6];
      if (type == 0 && len == 0) {  // preallocated / padding: the rest is empty
        pos = n;
        break;
      }
      if (pos + kHeader + len > n) {  // the record runs past what the file holds
        torn = true;
        pos = n;
        break;
      }
      if (type == 1 || type == 4) in_fragmented = false;
      if (type == 2 || type == 3) in_fragmented = true;
      pos += kHeader + len;
    }
    if (torn || n < kBlock) break;
  }
  std::fclose(f);
  return torn || in_fragmented;
}

// Compares the table files the MANIFEST of the open `db` lists with the files in `path`.
// Corruption, naming the files, when a listed file is missing or has another size than
// recorded, or when the MANIFEST ends in a torn record and a table file written before
// its last change is not listed (it lost records: a primary open would delete that file
// and its data). Unlisted files are otherwise normal: outputs of a flush or compaction a
// crash interrupted, or inputs of a finished compaction not yet deleted; RocksDB removes
// them itself.
Status VerifyTableFiles(rocksdb::DB* db, const std::string& path) {
  std::vector<rocksdb::LiveFileMetaData> live;
  db->GetLiveFilesMetaData(&live);
  std::vector<std::string> missing, resized, unlisted;
  std::vector<std::string> listed;
  for (const auto& f : live) {
    std::string name = !f.relative_filename.empty() ? f.relative_filename : f.name;
    if (!name.empty() && name.front() == '/') name.erase(0, 1);
    const fs::path dir = f.directory.empty() ? (f.db_path.empty() ? path : f.db_path) : f.directory;
    listed.push_back(name);
    struct stat st;
    if (::stat((dir / name).c_str(), &st) != 0) {
      missing.push_back(name);
    } else if (static_cast<uint64_t>(st.st_size) != f.size) {
      resized.push_back(name + " (" + std::to_string(st.st_size) + " bytes, MANIFEST says " +
                        std::to_string(f.size) + ")");
    }
  }
  // The MANIFEST CURRENT names; its modification time is the time of its last record.
  std::string current;
  if (std::FILE* cf = std::fopen((fs::path(path) / "CURRENT").c_str(), "rb")) {
    char buf[256];
    const size_t n = std::fread(buf, 1, sizeof buf, cf);
    std::fclose(cf);
    current.assign(buf, n);
    while (!current.empty() && (current.back() == '\n' || current.back() == '\r'))
      current.pop_back();
  }
  struct stat manifest;
  if (!current.empty() && ::stat((fs::path(path) / current).c_str(), &manifest) == 0 &&
      ManifestTailTorn((fs::path(path) / current).string())) {
    auto newer = [](const struct timespec& a, const struct timespec& b) {
      return a.tv_sec != b.tv_sec ? a.tv_sec > b.tv_sec : a.tv_nsec > b.tv_nsec;
    };
    std::error_code ec;
    for (const auto& e : fs::directory_iterator(path, ec)) {
      const std::string name = e.path().filename().string();
      if (name.size() < 5 || name.compare(name.size() - 4, 4, ".sst") != 0) continue;
      if (std::find(listed.begin(), listed.end(), name) != listed.end()) continue;
      struct stat st;
      if (::stat(e.path().c_str(), &st) != 0) continue;
      if (!newer(st.st_mtim, manifest.st_mtim)) unlisted.push_back(name);
    }
  }
  if (missing.empty() && resized.empty() && unlisted.empty()) return Status::Ok();
  auto list = [](const std::vector<std::string>& v) {
    std::string out;
    for (size_t i = 0; i < v.size() && i < 5; ++i) out += (i ? ", " : "") + v[i];
    if (v.size() > 5) out += ", ...";
    return out;
  };
  std::string msg = path + ": the MANIFEST does not match the table files:";
  if (!unlisted.empty())
    msg += " " + current + " ends in a torn record and " + std::to_string(unlisted.size()) +
           " older table file(s) are not listed in it (" + list(unlisted) +
           "; a truncated or damaged MANIFEST);";
  if (!missing.empty())
    msg += " " + std::to_string(missing.size()) + " listed table file(s) missing (" +
           list(missing) + ");";
  if (!resized.empty())
    msg += " " + std::to_string(resized.size()) + " table file(s) with a wrong size (" +
           list(resized) + ");";
  msg.pop_back();
  return Status::Corruption(msg + RepairHint(path));
}

// The read-only pre-open of Store::Open: the schema (Incompatible) and the table files
// against the MANIFEST (Corruption, see VerifyTableFiles). Changes nothing on disk.
Status CheckBeforeOpen(const rocksdb::DBOptions& dbo, const std::string& path,
                       const std::vector<std::string>& existing) {
  std::vector<rocksdb::ColumnFamilyDescriptor> descs;
  descs.reserve(existing.size());
  for (const auto& name : existing) descs.emplace_back(name, rocksdb::ColumnFamilyOptions());
  std::vector<rocksdb::ColumnFamilyHandle*> handles;
  rocksdb::DB* raw = nullptr;
  rocksdb::Status s = rocksdb::DB::OpenForReadOnly(dbo, path, descs, &handles, &raw);
  if (!s.ok()) return OpenError(s, path);
  std::unique_ptr<rocksdb::DB> ro(raw);
  const auto meta_it = std::find(existing.begin(), existing.end(), "meta");
  Result<uint32_t> v = ReadSchemaVersion(ro.get(), handles[meta_it - existing.begin()], path);
  // The files the MANIFEST lists must be there, and nothing it lost may be deleted.
  Status files = v.ok() ? VerifyTableFiles(ro.get(), path) : v.status();
  for (auto* hd : handles) (void)ro->DestroyColumnFamilyHandle(hd);
  return files;
}

// The stored form of one batch article: the encoded article fields, fact values and mentions
// and the content hash (XXH3 of everything an article stores except when/where it was read:
// equal hashes mean a re-store would change nothing). Store::Write and
// Store::UnchangedArticles both build it, so "unchanged" has one definition.
// The fact and mention values are kept in the layout the hash reads (a native u64 count,
// then per value a native u64 length and the bytes), so each is encoded once and hashed in
// one pass; the hash is the same as when every value was a separate string.
struct PreparedArticle {
  std::string tail;                                                  // codec::AppendArticleTail
  std::string facts, mentions;                                       // hash layout, see above
  std::vector<std::pair<size_t, size_t>> fact_spans, mention_spans;  // (offset, size)
  uint64_t hash = 0;

  std::string_view Fact(size_t j) const {
    return std::string_view(facts).substr(fact_spans[j].first, fact_spans[j].second);
  }
  std::string_view Mention(size_t j) const {
    return std::string_view(mentions).substr(mention_spans[j].first, mention_spans[j].second);
  }
};

// Appends one value to a hash-layout buffer: a u64 length slot, then what `encode` appends.
template <typename Encode>
void AppendHashedValue(std::string* buf, std::vector<std::pair<size_t, size_t>>* spans,
                       Encode&& encode) {
  const size_t at = buf->size();
  buf->append(sizeof(uint64_t), '\0');
  encode(buf);
  const uint64_t len = buf->size() - at - sizeof(uint64_t);
  std::memcpy(buf->data() + at, &len, sizeof len);
  spans->emplace_back(at + sizeof(uint64_t), static_cast<size_t>(len));
}

void Prepare(const StoredArticle& rec, const std::vector<extract::Figure>& figures,
             const std::vector<extract::EntityMention>& entities, PreparedArticle* out) {
  const extract::Article& art = rec.article;
  out->tail.clear();
  codec::AppendArticleTail(art, &out->tail);
  out->facts.clear();
  out->fact_spans.clear();
  const uint64_t nf = figures.size();
  out->facts.append(reinterpret_cast<const char*>(&nf), sizeof nf);
  for (size_t j = 0; j < figures.size(); ++j) {
    AppendHashedValue(&out->facts, &out->fact_spans, [&](std::string* v) {
      codec::AppendFact(art.id, static_cast<uint32_t>(j), rec.extractor_version,
                        art.published_at_ms, figures[j], v);
    });
  }
  out->mentions.clear();
  out->mention_spans.clear();
  const uint64_t nm = entities.size();
  out->mentions.append(reinterpret_cast<const char*>(&nm), sizeof nm);
  for (const auto& m : entities) {
    AppendHashedValue(&out->mentions, &out->mention_spans,
                      [&](std::string* v) { v->append(codec::EncodeMention(m)); });
  }
  // The hash reads the record without its ingest time and source position (and hash 0).
  StoredArticle head;
  head.article.lang = art.lang;
  head.detected_lang = rec.detected_lang;
  head.extractor_version = rec.extractor_version;
  head.fact_count = rec.fact_count;
  std::string head_bytes;
  codec::AppendArticleHead(head, 0, &head_bytes);
  XXH3_state_t* st = XXH3_createState();
  XXH3_64bits_reset(st);
  XXH3_64bits_update(st, head_bytes.data(), head_bytes.size());
  XXH3_64bits_update(st, out->tail.data(), out->tail.size());
  XXH3_64bits_update(st, out->facts.data(), out->facts.size());
  XXH3_64bits_update(st, out->mentions.data(), out->mentions.size());
  out->hash = XXH3_64bits_digest(st);
  XXH3_freeState(st);
}

std::atomic<uint64_t> g_secondary_counter{0};

// Removes secondary-instance directories left behind by readers that were killed
// ("newsfacts-secondary-<pid>-<n>" whose process no longer exists).
void RemoveStaleSecondaryDirs(const fs::path& tmp) {
  constexpr std::string_view kPrefix = "newsfacts-secondary-";
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(tmp, ec)) {
    const std::string name = e.path().filename().string();
    if (name.rfind(kPrefix, 0) != 0) continue;
    const long pid = std::strtol(name.c_str() + kPrefix.size(), nullptr, 10);
    if (pid <= 0 || (::kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH)) {
      std::error_code rm;
      fs::remove_all(e.path(), rm);
    }
  }
}

// The operations of one Write, emitted into a rocksdb::WriteBatch sorted by (family, key).
// Inserting keys in order lets the memtable skip list reuse its last insert position, which
// roughly doubles insert speed for index keys. The order is that of a stable sort, so a
// Delete and a later Put of the same key (an article replaced with overlapping keys) keep
// their order. Keys and values live in one arena string (no allocation per operation), and
// two operations may share a value (a fact and its covering 'E' entry).
class SortedBatch {
 public:
  struct Span {
    size_t offset = 0, size = 0;
  };
  // Copies `bytes` into the arena.
  Span Add(std::string_view bytes) {
    const Span s{buf_.size(), bytes.size()};
    buf_.append(bytes.data(), bytes.size());
    return s;
  }
  // For encoders that append in place: remember arena()->size(), append, then Since(it).
  std::string* arena() { return &buf_; }
  Span Since(size_t offset) const { return {offset, buf_.size() - offset}; }

  void Put(rocksdb::ColumnFamilyHandle* cf, Span key, Span value) {
    ops_.push_back({cf, cf->GetID(), key, value, false});
  }
  void Put(rocksdb::ColumnFamilyHandle* cf, std::string_view key, std::string_view value) {
    const Span k = Add(key);
    Put(cf, k, Add(value));
  }
  void Delete(rocksdb::ColumnFamilyHandle* cf, std::string_view key) {
    ops_.push_back({cf, cf->GetID(), Add(key), {}, true});
  }
  size_t size() const { return ops_.size(); }
  // Empties the batch; its buffers keep their capacity for the next Write.
  void Clear() {
    buf_.clear();
    ops_.clear();
  }

  // An upper bound of the bytes of the WriteBatch Emit builds: its 12-byte header, and per
  // operation a tag, a varint32 family id, varint32 lengths and the key and value bytes.
  // Reserving it up front spares the WriteBatch's string its growth by reallocation (a copy
  // of everything so far at each doubling: 7.8 % of the daemon's CPU in session 6).
  size_t EncodedBound() const {
    size_t n = 12;
    for (const Op& op : ops_) n += 1 + 3 * 5 + op.key.size + op.value.size;
    return n;
  }

  void Emit(rocksdb::WriteBatch* wb) {
    // Sorts entries of (family id, the key's first 16 bytes as two big-endian integers,
    // position); only keys equal in their first 16 bytes compare the rest. The position
    // breaks ties: the order of a stable sort by (family, key). Keys of one batch often share
    // their first bytes (ids of one source, an entity's index entries).
    auto big_endian = [](const char* p, size_t n) {
      uint64_t v = 0;
      for (size_t b = 0; b < 8; ++b) v = (v << 8) | (b < n ? static_cast<unsigned char>(p[b]) : 0u);
      return v;
    };
    std::vector<Entry>& order = order_;
    order.resize(ops_.size());
    for (uint32_t i = 0; i < order.size(); ++i) {
      const Span k = ops_[i].key;
      const char* p = buf_.data() + k.offset;
      order[i] = {big_endian(p, k.size),
                  k.size > 8 ? big_endian(p + 8, k.size - 8) : 0,
                  p,
                  static_cast<uint32_t>(k.size),
                  ops_[i].cf_id,
                  i};
    }
    std::sort(order.begin(), order.end(), [](const Entry& a, const Entry& b) {
      if (a.cf_id != b.cf_id) return a.cf_id < b.cf_id;
      if (a.head0 != b.head0) return a.head0 < b.head0;
      if (a.head1 != b.head1) return a.head1 < b.head1;
      // Equal first 16 bytes (zero padding included): compare the whole keys.
      const size_t n = std::min(a.size, b.size);
      if (const int c = std::memcmp(a.key, b.key, n); c != 0) return c < 0;
      if (a.size != b.size) return a.size < b.size;
      return a.pos < b.pos;
    });
    for (const Entry& e : order) {
      const Op& op = ops_[e.pos];
      if (op.erase) {
        wb->Delete(op.cf, Sl(View(op.key)));
      } else {
        wb->Put(op.cf, Sl(View(op.key)), Sl(View(op.value)));
      }
    }
  }

 private:
  struct Op {
    rocksdb::ColumnFamilyHandle* cf;
    uint32_t cf_id;
    Span key, value;
    bool erase;
  };
  std::string_view View(Span s) const { return std::string_view(buf_).substr(s.offset, s.size); }
  // Emit's sort entries; a member so their buffer is reused (see Clear).
  struct Entry {
    uint64_t head0, head1;
    const char* key;
    uint32_t size, cf_id, pos;
  };
  std::string buf_;
  std::vector<Op> ops_;
  std::vector<Entry> order_;
};

// Creates an empty newsfacts DB at `path` (missing or an empty directory): built in
// "<path>.creating-<pid>", synced, closed, then renamed over `path`.
Status CreateEmpty(const std::string& path) {
  const std::string tmp = path + ".creating-" + std::to_string(::getpid());
  std::error_code ec;
  fs::remove_all(tmp, ec);
  rocksdb::DBOptions dbo = DbOptions();
  dbo.create_if_missing = true;
  dbo.create_missing_column_families = true;
  std::vector<rocksdb::ColumnFamilyDescriptor> descs;
  for (const char* name : kCfNames) descs.emplace_back(name, rocksdb::ColumnFamilyOptions());
  std::vector<rocksdb::ColumnFamilyHandle*> handles;
  rocksdb::DB* raw = nullptr;
  NEWSFACTS_RETURN_IF_ERROR(
      FromRocks(rocksdb::DB::Open(dbo, tmp, descs, &handles, &raw), "creating " + path));
  std::unique_ptr<rocksdb::DB> db(raw);
  rocksdb::WriteBatch wb;
  wb.Put(handles[kMeta], kMetaFormatKey, kMetaFormatValue);
  wb.Put(handles[kMeta], kMetaVersionKey, std::to_string(Store::kSchemaVersion));
  rocksdb::WriteOptions wo;
  wo.sync = true;
  rocksdb::Status s = db->Write(wo, &wb);
  if (s.ok()) s = db->FlushWAL(/*sync=*/true);
  for (auto* h : handles) (void)db->DestroyColumnFamilyHandle(h);
  if (s.ok()) s = db->Close();
  db.reset();
  if (!s.ok()) {
    fs::remove_all(tmp, ec);
    return FromRocks(s, "initialising " + path);
  }
  fs::rename(tmp, path, ec);  // replaces `path` when it is an empty directory
  if (ec) {
    fs::remove_all(tmp, ec);
    return Status::IoError("cannot move the new DB into " + path + ": " + ec.message());
  }
  const fs::path parent = fs::absolute(path, ec).parent_path();
  const int fd = ::open(parent.c_str(), O_RDONLY | O_DIRECTORY);
  if (fd >= 0) {
    ::fsync(fd);  // make the rename durable
    ::close(fd);
  }
  return Status::Ok();
}

}  // namespace

// ---- Batch -----------------------------------------------------------------------------

void Batch::PutArticle(const extract::Article& article, const extract::Extraction& extraction,
                       const SourcePosition& position, uint32_t extractor_version,
                       int64_t ingested_at_ms) {
  PutArticle(extract::Article(article), extract::Extraction(extraction), position,
             extractor_version, ingested_at_ms);
}

void Batch::PutArticle(extract::Article&& article, extract::Extraction&& extraction,
                       const SourcePosition& position, uint32_t extractor_version,
                       int64_t ingested_at_ms) {
  ArticleItem item;
  item.record.article = std::move(article);
  item.record.detected_lang = extraction.lang;
  item.record.extractor_version = extractor_version;
  item.record.ingested_at_ms = ingested_at_ms;
  item.record.position = position;
  item.record.fact_count = static_cast<uint32_t>(extraction.figures.size());
  item.extraction = std::move(extraction);
  articles_.push_back(std::move(item));
}

void Batch::PutDeadLetter(DeadLetter dead_letter) {
  dead_letters_.push_back(std::move(dead_letter));
}

void Batch::SetNextOffset(const SourcePosition& position) {
  positions_.push_back(position);
}

void Batch::PutIndicator(std::string name, std::string entity, int64_t bucket_start_ms,
                         std::string value) {
  indicators_.push_back({std::move(name), std::move(entity), bucket_start_ms, std::move(value)});
}

void Batch::DeleteIndicator(std::string name, std::string entity, int64_t bucket_start_ms) {
  indicators_.push_back({std::move(name), std::move(entity), bucket_start_ms, {}, true});
}

// ---- Store -----------------------------------------------------------------------------

struct Store::Impl {
  std::string path;
  OpenOptions options;
  std::string secondary_dir;  // read-only instances: RocksDB's private secondary directory
  std::shared_ptr<rocksdb::Cache> cache;
  std::vector<rocksdb::ColumnFamilyHandle*> cf;  // indexed by Cf
  std::unique_ptr<rocksdb::DB> db;
  std::mutex write_mu;
  // Write's staging batch and the WriteBatch it emits, guarded by write_mu: kept between
  // Writes so their buffers are allocated (and their pages faulted in) once, not per batch.
  SortedBatch staging;
  rocksdb::WriteBatch out;
  size_t out_reserved = 0;  // the capacity `out` was created with
  std::atomic<uint64_t> dead_letter_seq{0};

  ~Impl() {
    if (db) {
      std::vector<rocksdb::ColumnFamilyHandle*> all;
      for (auto* h : cf)
        if (h) all.push_back(h);
      if (!options.read_only && !all.empty()) {
        // Flush memtables so the WAL is empty after a clean shutdown: readers (secondary
        // instances) and the next open then need not replay it.
        (void)db->Flush(rocksdb::FlushOptions(), all);
      }
      for (auto* h : all) (void)db->DestroyColumnFamilyHandle(h);
      if (!options.read_only) (void)db->Close();
      db.reset();
    }
    if (!secondary_dir.empty()) {
      std::error_code ec;
      fs::remove_all(secondary_dir, ec);
    }
  }

  rocksdb::ColumnFamilyHandle* h(Cf c) const { return cf[c]; }

  // Adds to `wb` the deletion of everything stored for an article (facts, index entries,
  // mentions); the article record itself is overwritten by the caller.
  Status DeleteArticleContents(const StoredArticle& old, SortedBatch* wb) const;
  // Brings a writable DB of schema `version` up to kSchemaVersion (store/README.md).
  Status Migrate(uint32_t version, const std::string& path);
  Status ScanIndexed(const std::string& prefix, const std::string& lower, const std::string& upper,
                     const FactFilter& filter, const rocksdb::ReadOptions& ro,
                     const std::function<bool(const Fact&)>& visit) const;
};

Status Store::Repair(const std::string& path) {
  std::error_code ec;
  if (!fs::exists(fs::path(path) / "CURRENT", ec) && !fs::exists(path, ec))
    return Status::NotFound("no newsfacts DB at " + path);
  rocksdb::DBOptions dbo =
      DbOptions(std::make_shared<IgnoreErrorsLogger>((fs::path(path) / "LOG").string()));
  // Every family we know with its real options (table format, checksums); families found
  // in the files but unknown here are kept with default options.
  std::shared_ptr<rocksdb::Cache> cache = rocksdb::NewLRUCache(8 << 20);
  std::vector<rocksdb::ColumnFamilyDescriptor> descs;
  descs.reserve(kCfCount);
  for (int c = 0; c < kCfCount; ++c) descs.emplace_back(kCfNames[c], CfOptions(cache, c));
  return FromRocks(rocksdb::RepairDB(path, dbo, descs, rocksdb::ColumnFamilyOptions()),
                   "repairing " + path);
}

Store::Store(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Store::~Store() = default;

Result<std::unique_ptr<Store>> Store::Open(const std::string& path, const OpenOptions& options) {
  std::error_code ec;
  const bool exists = fs::exists(path, ec);
  if (exists && !fs::is_directory(path, ec))
    return Status::Incompatible(path + " is not a newsfacts DB (not a directory)");
  const bool has_current = exists && fs::exists(fs::path(path) / "CURRENT", ec);
  if (!has_current) {
    if (exists && !fs::is_empty(path, ec))
      return Status::Incompatible(path +
                                  " is not a newsfacts DB (a non-empty directory that is not a "
                                  "RocksDB database)");
    if (options.read_only || !options.create_if_missing)
      return Status::NotFound("no newsfacts DB at " + path);
    // Build the empty DB (all families + meta) beside `path` and rename it into place, so a
    // crash during creation never leaves a half-initialised DB that Open would refuse.
    NEWSFACTS_RETURN_IF_ERROR(CreateEmpty(path));
  }

  auto impl = std::make_unique<Impl>();
  impl->path = path;
  impl->options = options;
  impl->cache = rocksdb::NewLRUCache(128 << 20);
  rocksdb::DBOptions dbo = DbOptions();

  std::vector<std::string> existing;
  {
    rocksdb::Status s = rocksdb::DB::ListColumnFamilies(dbo, path, &existing);
    if (!s.ok()) return OpenError(s, path);
    if (std::find(existing.begin(), existing.end(), "meta") == existing.end())
      return Status::Incompatible(path +
                                  " is a RocksDB database but not a newsfacts DB (no 'meta' "
                                  "column family)");
    // Validate the schema and the table files with a read-only open, which changes nothing
    // on disk, before a primary open (which writes a new MANIFEST/WAL and deletes files the
    // MANIFEST does not list) or a migration. Readers need it too: a secondary instance
    // silently drops a column family whose table file is missing and shows it empty. A
    // reader racing a writer's compaction can see a file vanish: it looks again.
    for (int attempt = 0;; ++attempt) {
      Status checked = CheckBeforeOpen(dbo, path, existing);
      if (checked.ok()) break;
      if (!options.read_only || checked.code() != Status::Code::kCorruption || attempt == 2)
        return checked;
      ::usleep(100000);
    }
  }

  // Open with every family we know plus any unknown ones already present (a newer minor
  // layout must not make us fail to open).
  std::vector<rocksdb::ColumnFamilyDescriptor> descs;
  descs.reserve(kCfCount + existing.size());
  for (int c = 0; c < kCfCount; ++c) descs.emplace_back(kCfNames[c], CfOptions(impl->cache, c));
  for (const auto& name : existing) {
    if (std::find(std::begin(kCfNames), std::end(kCfNames), name) == std::end(kCfNames))
      descs.emplace_back(name, rocksdb::ColumnFamilyOptions());
  }
  if (options.read_only) {
    // A secondary instance needs only the families that exist.
    std::vector<rocksdb::ColumnFamilyDescriptor> present;
    for (auto& d : descs)
      if (std::find(existing.begin(), existing.end(), d.name) != existing.end())
        present.push_back(d);
    descs = std::move(present);
  }

  std::vector<rocksdb::ColumnFamilyHandle*> handles;
  rocksdb::DB* raw = nullptr;
  rocksdb::Status s;
  if (options.read_only) {
    RemoveStaleSecondaryDirs(fs::temp_directory_path());
    impl->secondary_dir =
        (fs::temp_directory_path() / ("newsfacts-secondary-" + std::to_string(::getpid()) + "-" +
                                      std::to_string(g_secondary_counter.fetch_add(1))))
            .string();
    rocksdb::Options o(dbo, rocksdb::ColumnFamilyOptions());
    o.max_open_files = -1;
    s = rocksdb::DB::OpenAsSecondary(o, path, impl->secondary_dir, descs, &handles, &raw);
  } else {
    dbo.create_missing_column_families = true;
    // The info log of the primary goes to <path>/LOG, written without RocksDB's asserting
    // file writer (see IgnoreErrorsLogger).
    dbo.info_log = std::make_shared<IgnoreErrorsLogger>((fs::path(path) / "LOG").string());
    s = rocksdb::DB::Open(dbo, path, descs, &handles, &raw);
  }
  if (!s.ok()) {
    if (!impl->secondary_dir.empty()) fs::remove_all(impl->secondary_dir, ec);
    impl->secondary_dir.clear();
    return OpenError(s, path);
  }
  impl->db.reset(raw);
  impl->cf.assign(kCfCount, nullptr);
  for (size_t i = 0; i < handles.size(); ++i) {
    const auto* name_it = std::find(std::begin(kCfNames), std::end(kCfNames), descs[i].name);
    if (name_it != std::end(kCfNames)) {
      impl->cf[name_it - std::begin(kCfNames)] = handles[i];
    } else {
      impl->cf.push_back(handles[i]);  // unknown family: kept only to be closed
    }
  }
  for (int c = 0; c < kCfCount; ++c) {
    // Families only Write uses may be missing in a reader of a DB from an older build.
    if (!impl->cf[c] && options.read_only && c == kDeadLetterIds) continue;
    if (!impl->cf[c])
      return Status::Incompatible(path + " lacks the column family '" + kCfNames[c] + "'");
  }

  Result<uint32_t> v = ReadSchemaVersion(impl->db.get(), impl->h(kMeta), path);
  if (!v.ok()) return v.status();
  // Migrations: a step per version, from *v to kSchemaVersion, each one WriteBatch that
  // also bumps meta.schema_version. Readers leave an older DB as it is (they can read it).
  if (!options.read_only) NEWSFACTS_RETURN_IF_ERROR(impl->Migrate(*v, path));
  return std::unique_ptr<Store>(new Store(std::move(impl)));
}

Status Store::Impl::Migrate(uint32_t version, const std::string& path) {
  rocksdb::WriteOptions wo;
  wo.sync = true;
  if (version < 2) {
    // 1 -> 2: the 'N' mention-count entries of the index family were written but never read.
    rocksdb::WriteBatch wb;
    const char lo[] = {codec::kLegacyMentionTag};
    const char hi[] = {static_cast<char>(codec::kLegacyMentionTag + 1)};
    NEWSFACTS_RETURN_IF_ERROR(FromRocks(
        wb.DeleteRange(h(kIndex), rocksdb::Slice(lo, 1), rocksdb::Slice(hi, 1)), "migrating"));
    NEWSFACTS_RETURN_IF_ERROR(FromRocks(wb.Put(h(kMeta), kMetaVersionKey, "2"), "migrating"));
    NEWSFACTS_RETURN_IF_ERROR(
        FromRocks(db->Write(wo, &wb), "migrating " + path + " to schema version 2"));
  }
  if (version < 3) {
    // 2 -> 3: new articles store their mentions as one list value. The per-mention entries
    // of schema 2 stay readable (GetMentions, Stats and replacement handle both), so the
    // step only records the version: builds that know schema 2 only must not write here.
    rocksdb::WriteBatch wb;
    NEWSFACTS_RETURN_IF_ERROR(FromRocks(wb.Put(h(kMeta), kMetaVersionKey, "3"), "migrating"));
    NEWSFACTS_RETURN_IF_ERROR(
        FromRocks(db->Write(wo, &wb), "migrating " + path + " to schema version 3"));
  }
  if (version < 4) {
    // 3 -> 4: new articles store their facts as one list value. The per-fact entries of
    // schema 3 stay readable (ScanFacts, the 'M' lookups, Stats and replacement handle
    // both), so the step only records the version: builds that know schema 3 only would
    // not read the lists and must refuse the DB.
    rocksdb::WriteBatch wb;
    NEWSFACTS_RETURN_IF_ERROR(FromRocks(wb.Put(h(kMeta), kMetaVersionKey, "4"), "migrating"));
    NEWSFACTS_RETURN_IF_ERROR(
        FromRocks(db->Write(wo, &wb), "migrating " + path + " to schema version 4"));
  }
  return Status::Ok();
}

Status Store::Impl::DeleteArticleContents(const StoredArticle& old, SortedBatch* wb) const {
  const std::string prefix = codec::ArticlePrefix(old.article.id);
  rocksdb::ReadOptions ro;
  {
    std::unique_ptr<rocksdb::Iterator> it(db->NewIterator(ro, h(kFacts)));
    Fact f;
    Status decoded;
    for (it->Seek(Sl(prefix)); it->Valid() && it->key().starts_with(Sl(prefix)); it->Next()) {
      NEWSFACTS_RETURN_IF_ERROR(
          ForEachFactValue(Sv(it->key()), Sv(it->value()), [&](std::string_view v) {
            decoded = codec::DecodeFact(v, &f);
            if (!decoded.ok()) return false;
            if (!f.figure.entity.empty()) wb->Delete(h(kIndex), codec::EntityIndexKey(f));
            if (!f.figure.metric.empty()) wb->Delete(h(kIndex), codec::MetricIndexKey(f));
            return true;
          }));
      NEWSFACTS_RETURN_IF_ERROR(decoded);
      wb->Delete(h(kFacts), Sv(it->key()));
    }
    NEWSFACTS_RETURN_IF_ERROR(FromRocks(it->status(), "reading old facts"));
  }
  {
    std::unique_ptr<rocksdb::Iterator> it(db->NewIterator(ro, h(kMentions)));
    for (it->Seek(Sl(prefix)); it->Valid() && it->key().starts_with(Sl(prefix)); it->Next()) {
      wb->Delete(h(kMentions), Sv(it->key()));
    }
    NEWSFACTS_RETURN_IF_ERROR(FromRocks(it->status(), "reading old mentions"));
  }
  return Status::Ok();
}

Result<WriteResult> Store::Write(const Batch& batch, Durability durability) {
  Impl& im = *impl_;
  if (im.options.read_only) return Status::InvalidArgument("Write on a read-only store");
  std::lock_guard<std::mutex> lock(im.write_mu);
  SortedBatch& wb = im.staging;
  wb.Clear();
  WriteResult res;

  std::unordered_map<std::string_view, size_t> last;
  for (size_t i = 0; i < batch.articles_.size(); ++i)
    last[batch.articles_[i].record.article.id] = i;

  PreparedArticle prep;
  std::string old_value;
  std::vector<SortedBatch::Span> fact_values;
  for (size_t i = 0; i < batch.articles_.size(); ++i) {
    const Batch::ArticleItem& item = batch.articles_[i];
    const StoredArticle& rec = item.record;
    const std::string& id = rec.article.id;
    if (last[id] != i) {
      ++res.articles_replaced;  // superseded by a later put in the same batch
      continue;
    }
    Prepare(rec, item.extraction.figures, item.extraction.entities, &prep);
    const uint64_t hash = prep.hash;

    rocksdb::Status s = im.db->Get(rocksdb::ReadOptions(), im.h(kArticles), Sl(id), &old_value);
    if (s.ok()) {
      StoredArticle old;
      uint64_t old_hash = 0;
      NEWSFACTS_RETURN_IF_ERROR(codec::DecodeArticle(old_value, &old, &old_hash));
      if (old_hash == hash) {
        ++res.articles_unchanged;
        continue;
      }
      NEWSFACTS_RETURN_IF_ERROR(im.DeleteArticleContents(old, &wb));
      ++res.articles_replaced;
    } else if (s.IsNotFound()) {
      ++res.articles_new;
    } else {
      return FromRocks(s, "reading article " + id);
    }

    std::string* arena = wb.arena();
    size_t at = arena->size();
    codec::AppendArticleHead(rec, hash, arena);
    arena->append(prep.tail);
    const SortedBatch::Span record = wb.Since(at);
    wb.Put(im.h(kArticles), wb.Add(id), record);
    const std::optional<int64_t> event_time = rec.article.published_at_ms;
    // One value per article with all its facts (schema 4): a fact key each was a quarter of
    // the keys of a batch, one memtable insert (and flush entry) each.
    const size_t nf = item.extraction.figures.size();
    if (nf > 0) {
      at = arena->size();
      codec::AppendArticlePrefix(id, arena);
      const SortedBatch::Span key = wb.Since(at);
      at = arena->size();
      codec::AppendFactListHead(nf, arena);
      fact_values.clear();
      for (size_t j = 0; j < nf; ++j) {
        const std::string_view fact = prep.Fact(j);
        codec::PutVarint(fact.size(), arena);
        fact_values.push_back(wb.Add(fact));
      }
      wb.Put(im.h(kFacts), key, wb.Since(at));
    }
    for (size_t j = 0; j < nf; ++j) {
      const extract::Figure& g = item.extraction.figures[j];
      const auto index = static_cast<uint32_t>(j);
      const SortedBatch::Span value = fact_values[j];
      // The entity index covers the fact (its value is the fact, the same arena bytes): a
      // query by entity is one sequential scan with no point lookups.
      if (!g.entity.empty()) {
        at = arena->size();
        codec::AppendEntityIndexKey(g.entity, g.metric, event_time, id, index, arena);
        wb.Put(im.h(kIndex), wb.Since(at), value);
      }
      if (!g.metric.empty()) {
        at = arena->size();
        codec::AppendMetricIndexKey(g.metric, event_time, id, index, arena);
        wb.Put(im.h(kIndex), wb.Since(at), SortedBatch::Span{});
      }
    }
    res.facts_written += item.extraction.figures.size();
    // One value per article with all its mentions (schema 3): a third of the keys of a
    // typical batch were mentions, one memtable insert each.
    if (!prep.mention_spans.empty()) {
      at = arena->size();
      codec::AppendArticlePrefix(id, arena);
      const SortedBatch::Span key = wb.Since(at);
      at = arena->size();
      codec::AppendMentionListHead(prep.mention_spans.size(), arena);
      for (size_t j = 0; j < prep.mention_spans.size(); ++j)
        codec::PutBytes(prep.Mention(j), arena);
      wb.Put(im.h(kMentions), key, wb.Since(at));
    }
  }

  // Dead letters are idempotent like articles: one per (source position, payload hash).
  std::unordered_map<std::string, bool> dead_letter_ids;
  for (const DeadLetter& d : batch.dead_letters_) {
    std::string id = DeadLetterIdKey(d);
    if (!dead_letter_ids.emplace(id, true).second) continue;  // twice in this batch
    std::string ignored;
    rocksdb::Status s = im.db->Get(rocksdb::ReadOptions(), im.h(kDeadLetterIds), id, &ignored);
    if (s.ok()) {
      ++res.dead_letters_unchanged;
      continue;
    }
    if (!s.IsNotFound()) return FromRocks(s, "reading dead letter ids");
    const std::string key = codec::DeadLetterKey(d, im.dead_letter_seq.fetch_add(1));
    wb.Put(im.h(kDeadLetters), key, codec::EncodeDeadLetter(d));
    wb.Put(im.h(kDeadLetterIds), id, key);
    ++res.dead_letters;
  }
  for (const SourcePosition& p : batch.positions_) {
    std::string v;
    codec::PutBigEndian64(static_cast<uint64_t>(p.offset), &v);
    wb.Put(im.h(kOffsets), codec::OffsetKey(p.source, p.partition), v);
  }
  for (const auto& ind : batch.indicators_) {
    const std::string key = codec::IndicatorKey(ind.name, ind.entity, ind.bucket_start_ms);
    if (ind.erase) {
      wb.Delete(im.h(kIndicators), key);
    } else {
      wb.Put(im.h(kIndicators), key, ind.value);
    }
  }
  if (wb.size() == 0) return res;
  rocksdb::WriteBatch& out = im.out;
  if (const size_t bound = wb.EncodedBound(); bound > im.out_reserved) {
    out = rocksdb::WriteBatch(bound + bound / 4);  // room for somewhat larger batches
    im.out_reserved = bound + bound / 4;
  } else {
    out.Clear();  // keeps its capacity
  }
  wb.Emit(&out);
  rocksdb::WriteOptions wo;
  wo.sync = im.options.sync_writes && durability == Durability::kAsOpened;
  NEWSFACTS_RETURN_IF_ERROR(FromRocks(im.db->Write(wo, &out), "writing batch"));
  return res;
}

Status Store::SyncDeferred() {
  if (impl_->options.read_only) return Status::InvalidArgument("SyncDeferred on a read-only store");
  if (!impl_->options.sync_writes) return Status::Ok();
  // DB::SyncWAL fsyncs every WAL record written so far and may run concurrently with writes
  // (it takes RocksDB's log mutex, not write_mu).
  return FromRocks(impl_->db->SyncWAL(), "syncing the WAL");
}

Result<std::unordered_set<std::string>> Store::UnchangedArticles(const Batch& batch) const {
  const Impl& im = *impl_;
  std::unordered_map<std::string_view, size_t> last;
  for (size_t i = 0; i < batch.articles_.size(); ++i)
    last[batch.articles_[i].record.article.id] = i;
  std::unordered_set<std::string> out;
  PreparedArticle prep;
  std::string old_value;
  for (size_t i = 0; i < batch.articles_.size(); ++i) {
    const Batch::ArticleItem& item = batch.articles_[i];
    const std::string& id = item.record.article.id;
    if (last[id] != i) continue;
    rocksdb::Status s = im.db->Get(rocksdb::ReadOptions(), im.h(kArticles), Sl(id), &old_value);
    if (s.IsNotFound()) continue;
    if (!s.ok()) return FromRocks(s, "reading article " + id);
    StoredArticle old;
    uint64_t old_hash = 0;
    NEWSFACTS_RETURN_IF_ERROR(codec::DecodeArticle(old_value, &old, &old_hash));
    Prepare(item.record, item.extraction.figures, item.extraction.entities, &prep);
    if (prep.hash == old_hash) out.insert(id);
  }
  return out;
}

Result<std::optional<int64_t>> Store::GetNextOffset(std::string_view source,
                                                    int32_t partition) const {
  std::string v;
  rocksdb::Status s = impl_->db->Get(rocksdb::ReadOptions(), impl_->h(kOffsets),
                                     codec::OffsetKey(source, partition), &v);
  if (s.IsNotFound()) return std::optional<int64_t>();
  NEWSFACTS_RETURN_IF_ERROR(FromRocks(s, "reading offset"));
  codec::Reader r(v);
  uint64_t off;
  if (!r.GetBigEndian64(&off)) return Status::Corruption("cannot decode stored offset");
  return std::optional<int64_t>(static_cast<int64_t>(off));
}

Result<std::optional<StoredArticle>> Store::GetArticle(std::string_view id) const {
  std::string v;
  rocksdb::Status s = impl_->db->Get(rocksdb::ReadOptions(), impl_->h(kArticles), Sl(id), &v);
  if (s.IsNotFound()) return std::optional<StoredArticle>();
  NEWSFACTS_RETURN_IF_ERROR(FromRocks(s, "reading article"));
  StoredArticle a;
  NEWSFACTS_RETURN_IF_ERROR(codec::DecodeArticle(v, &a, nullptr));
  return std::optional<StoredArticle>(std::move(a));
}

Result<std::vector<extract::EntityMention>> Store::GetMentions(std::string_view id) const {
  std::vector<extract::EntityMention> out;
  const std::string prefix = codec::ArticlePrefix(id);
  std::unique_ptr<rocksdb::Iterator> it(
      impl_->db->NewIterator(rocksdb::ReadOptions(), impl_->h(kMentions)));
  for (it->Seek(Sl(prefix)); it->Valid() && it->key().starts_with(Sl(prefix)); it->Next()) {
    if (it->key().size() == prefix.size()) {  // schema 3: the whole list
      NEWSFACTS_RETURN_IF_ERROR(codec::DecodeMentionList(Sv(it->value()), &out));
      continue;
    }
    extract::EntityMention m;  // schema 2: one mention per key
    NEWSFACTS_RETURN_IF_ERROR(codec::DecodeMention(Sv(it->value()), &m));
    out.push_back(std::move(m));
  }
  NEWSFACTS_RETURN_IF_ERROR(FromRocks(it->status(), "reading mentions"));
  return out;
}

namespace {

bool Matches(const FactFilter& f, const Fact& fact) {
  if (!f.entity.empty() && fact.figure.entity != f.entity) return false;
  if (!f.metric.empty() && fact.figure.metric != f.metric) return false;
  if (f.kind && fact.figure.kind != *f.kind) return false;
  if (!f.article_id.empty() && fact.article_id != f.article_id) return false;
  if (f.since_ms && (!fact.event_time_ms || *fact.event_time_ms < *f.since_ms)) return false;
  if (f.until_ms && (!fact.event_time_ms || *fact.event_time_ms >= *f.until_ms)) return false;
  return true;
}

bool TimeMatches(const FactFilter& f, std::optional<int64_t> t) {
  if (f.since_ms && (!t || *t < *f.since_ms)) return false;
  if (f.until_ms && (!t || *t >= *f.until_ms)) return false;
  return true;
}

}  // namespace

Status Store::Impl::ScanIndexed(const std::string& prefix, const std::string& lower,
                                const std::string& upper, const FactFilter& filter,
                                const rocksdb::ReadOptions& ro,
                                const std::function<bool(const Fact&)>& visit) const {
  std::unique_ptr<rocksdb::Iterator> it(db->NewIterator(ro, h(kIndex)));
  size_t n = 0;
  codec::IndexKey key;
  std::string value;
  std::vector<std::string_view> listed;
  Fact fact;
  for (it->Seek(Sl(lower)); it->Valid() && it->key().starts_with(Sl(prefix)); it->Next()) {
    if (!upper.empty() && it->key().compare(Sl(upper)) >= 0) break;
    if (!codec::ParseIndexKey(Sv(it->key()), &key))
      return Status::Corruption("cannot decode index key");
    if (!TimeMatches(filter, key.event_time)) continue;
    if (!filter.metric.empty() && key.metric != filter.metric) continue;
    if (!it->value().empty()) {  // covering entry ('E')
      NEWSFACTS_RETURN_IF_ERROR(codec::DecodeFact(Sv(it->value()), &fact));
    } else {  // the article's fact list (schema 4), else its schema 3 fact key
      rocksdb::Status s = db->Get(ro, h(kFacts), codec::ArticlePrefix(key.article_id), &value);
      std::string_view one;
      if (s.ok()) {
        listed.clear();
        NEWSFACTS_RETURN_IF_ERROR(codec::SplitFactList(value, &listed));
        if (key.index >= listed.size()) return Status::Corruption("index entry without its fact");
        one = listed[key.index];
      } else if (s.IsNotFound()) {
        s = db->Get(ro, h(kFacts), codec::FactKey(key.article_id, key.index), &value);
        if (s.IsNotFound()) return Status::Corruption("index entry without its fact");
        one = value;
      }
      NEWSFACTS_RETURN_IF_ERROR(FromRocks(s, "reading fact"));
      NEWSFACTS_RETURN_IF_ERROR(codec::DecodeFact(one, &fact));
    }
    if (!Matches(filter, fact)) continue;
    if (!visit(fact)) return Status::Ok();
    if (filter.limit && ++n >= filter.limit) return Status::Ok();
  }
  return FromRocks(it->status(), "scanning index");
}

Status Store::ScanFacts(const FactFilter& filter,
                        const std::function<bool(const Fact&)>& visit) const {
  const Impl& im = *impl_;
  rocksdb::ReadOptions ro;
  const rocksdb::Snapshot* snap = nullptr;
  if (!im.options.read_only) {
    snap = im.db->GetSnapshot();
    ro.snapshot = snap;
  }
  struct Release {
    rocksdb::DB* db;
    const rocksdb::Snapshot* s;
    ~Release() {
      if (s) db->ReleaseSnapshot(s);
    }
  } release{im.db.get(), snap};

  if (filter.article_id.empty() && (!filter.entity.empty() || !filter.metric.empty())) {
    std::string prefix;
    if (!filter.entity.empty()) {
      prefix.push_back(codec::kEntityTag);
      codec::PutKeyString(filter.entity, &prefix);
      if (!filter.metric.empty()) codec::PutKeyString(filter.metric, &prefix);
    } else {
      prefix.push_back(codec::kMetricTag);
      codec::PutKeyString(filter.metric, &prefix);
    }
    std::string lower = prefix, upper;
    if (!filter.metric.empty()) {  // time is the next key component: seek straight to it
      if (filter.since_ms) codec::PutKeyTime(filter.since_ms, &lower);
      if (filter.until_ms) {
        upper = prefix;
        codec::PutKeyTime(filter.until_ms, &upper);
      }
    }
    return im.ScanIndexed(prefix, lower, upper, filter, ro, visit);
  }

  const std::string prefix =
      filter.article_id.empty() ? std::string() : codec::ArticlePrefix(filter.article_id);
  std::unique_ptr<rocksdb::Iterator> it(im.db->NewIterator(ro, im.h(kFacts)));
  size_t n = 0;
  Fact fact;
  Status decoded;
  bool stopped = false;
  for (it->Seek(Sl(prefix)); it->Valid() && it->key().starts_with(Sl(prefix)); it->Next()) {
    NEWSFACTS_RETURN_IF_ERROR(ForEachFactValue(
        Sv(it->key()), Sv(it->value()),
        [&](std::string_view v) {
          decoded = codec::DecodeFact(v, &fact);
          if (!decoded.ok()) return false;
          if (!Matches(filter, fact)) return true;
          if (!visit(fact)) return false;
          return !(filter.limit && ++n >= filter.limit);
        },
        &stopped));
    NEWSFACTS_RETURN_IF_ERROR(decoded);
    if (stopped) return Status::Ok();
  }
  return FromRocks(it->status(), "scanning facts");
}

Status Store::ScanArticles(const std::function<bool(const StoredArticle&)>& visit) const {
  std::unique_ptr<rocksdb::Iterator> it(
      impl_->db->NewIterator(rocksdb::ReadOptions(), impl_->h(kArticles)));
  StoredArticle a;
  for (it->SeekToFirst(); it->Valid(); it->Next()) {
    NEWSFACTS_RETURN_IF_ERROR(codec::DecodeArticle(Sv(it->value()), &a, nullptr));
    if (!visit(a)) return Status::Ok();
  }
  return FromRocks(it->status(), "scanning articles");
}

Status Store::ScanEntityNames(const std::function<bool(std::string_view)>& visit) const {
  std::unique_ptr<rocksdb::Iterator> it(
      impl_->db->NewIterator(rocksdb::ReadOptions(), impl_->h(kIndex)));
  std::string entity;
  std::string next(1, codec::kEntityTag);
  for (it->Seek(Sl(next)); it->Valid() && !it->key().empty() && it->key()[0] == codec::kEntityTag;
       it->Seek(Sl(next))) {
    codec::Reader r(Sv(it->key()).substr(1));
    if (!r.GetKeyString(&entity)) return Status::Corruption("cannot decode index key");
    if (!visit(entity)) return Status::Ok();
    // Past every key of this entity: its key string ends in the terminator 0x00 0x01.
    next.assign(1, codec::kEntityTag);
    codec::PutKeyString(entity, &next);
    next.back() = '\x02';
  }
  return FromRocks(it->status(), "scanning entity names");
}

Status Store::ScanDeadLetters(const std::function<bool(const DeadLetter&)>& visit) const {
  std::unique_ptr<rocksdb::Iterator> it(
      impl_->db->NewIterator(rocksdb::ReadOptions(), impl_->h(kDeadLetters)));
  DeadLetter d;
  for (it->SeekToFirst(); it->Valid(); it->Next()) {
    NEWSFACTS_RETURN_IF_ERROR(codec::DecodeDeadLetter(Sv(it->value()), &d));
    if (!visit(d)) return Status::Ok();
  }
  return FromRocks(it->status(), "scanning dead letters");
}

Status Store::ScanIndicators(std::string_view name, std::string_view entity,
                             std::optional<int64_t> since_ms, std::optional<int64_t> until_ms,
                             const std::function<bool(int64_t, std::string_view)>& visit) const {
  std::string prefix;
  codec::PutKeyString(name, &prefix);
  codec::PutKeyString(entity, &prefix);
  std::string lower = prefix;
  if (since_ms) codec::PutKeyTime(since_ms, &lower);
  // One series: a prefix seek (the family's prefix extractor), so its Bloom filters apply.
  rocksdb::ReadOptions ro;
  ro.prefix_same_as_start = true;
  std::unique_ptr<rocksdb::Iterator> it(impl_->db->NewIterator(ro, impl_->h(kIndicators)));
  for (it->Seek(Sl(lower)); it->Valid() && it->key().starts_with(Sl(prefix)); it->Next()) {
    codec::Reader r(Sv(it->key()).substr(prefix.size()));
    std::optional<int64_t> t;
    if (!r.GetKeyTime(&t) || !t) return Status::Corruption("cannot decode indicator key");
    if (until_ms && *t >= *until_ms) break;
    if (!visit(*t, Sv(it->value()))) return Status::Ok();
  }
  return FromRocks(it->status(), "scanning indicators");
}

Status Store::ScanAllIndicators(std::string_view name,
                                const std::function<bool(std::string_view, std::string_view,
                                                         int64_t, std::string_view)>& visit) const {
  std::string prefix;
  if (!name.empty()) codec::PutKeyString(name, &prefix);
  rocksdb::ReadOptions ro;
  ro.total_order_seek = true;  // across series: not a prefix seek
  std::unique_ptr<rocksdb::Iterator> it(impl_->db->NewIterator(ro, impl_->h(kIndicators)));
  std::string n, e;
  for (it->Seek(Sl(prefix)); it->Valid() && it->key().starts_with(Sl(prefix)); it->Next()) {
    codec::Reader r(Sv(it->key()));
    std::optional<int64_t> t;
    if (!r.GetKeyString(&n) || !r.GetKeyString(&e) || !r.GetKeyTime(&t) || !t) {
      return Status::Corruption("cannot decode indicator key");
    }
    if (!visit(n, e, *t, Sv(it->value()))) return Status::Ok();
  }
  return FromRocks(it->status(), "scanning indicators");
}

Result<StoreStats> Store::Stats() const {
  const Impl& im = *impl_;
  StoreStats st;
  st.schema_version = kSchemaVersion;
  rocksdb::ReadOptions ro;
  auto count = [&](Cf c, uint64_t* n) -> Status {
    std::unique_ptr<rocksdb::Iterator> it(im.db->NewIterator(ro, im.h(c)));
    for (it->SeekToFirst(); it->Valid(); it->Next()) ++*n;
    return FromRocks(it->status(), "counting");
  };
  NEWSFACTS_RETURN_IF_ERROR(count(kArticles, &st.articles));
  {  // facts: a list per article (schema 4) or one per key (schema 3)
    std::unique_ptr<rocksdb::Iterator> it(im.db->NewIterator(ro, im.h(kFacts)));
    for (it->SeekToFirst(); it->Valid(); it->Next()) {
      NEWSFACTS_RETURN_IF_ERROR(ForEachFactValue(Sv(it->key()), Sv(it->value()), [&](auto) {
        ++st.facts;
        return true;
      }));
    }
    NEWSFACTS_RETURN_IF_ERROR(FromRocks(it->status(), "counting"));
  }
  {  // mentions: a list per article (schema 3) or one per key (schema 2)
    std::unique_ptr<rocksdb::Iterator> it(im.db->NewIterator(ro, im.h(kMentions)));
    std::vector<extract::EntityMention> list;
    for (it->SeekToFirst(); it->Valid(); it->Next()) {
      codec::Reader key(Sv(it->key()));
      std::string id;
      if (key.GetKeyString(&id) && key.empty()) {
        list.clear();
        NEWSFACTS_RETURN_IF_ERROR(codec::DecodeMentionList(Sv(it->value()), &list));
        st.entity_mentions += list.size();
      } else {
        ++st.entity_mentions;
      }
    }
    NEWSFACTS_RETURN_IF_ERROR(FromRocks(it->status(), "counting"));
  }
  NEWSFACTS_RETURN_IF_ERROR(count(kDeadLetters, &st.dead_letters));

  // Facts with an entity: the 'E' index. Facts without one: the 'M' index entries whose
  // fact has no entity would need a lookup, so they are derived by subtraction per metric.
  std::map<std::pair<std::string, std::string>, uint64_t> groups;
  std::map<std::string, uint64_t> with_entity_per_metric, per_metric;
  uint64_t with_entity = 0;
  std::unique_ptr<rocksdb::Iterator> it(im.db->NewIterator(ro, im.h(kIndex)));
  codec::IndexKey key;
  for (it->SeekToFirst(); it->Valid(); it->Next()) {
    const char tag = !it->key().empty() ? it->key()[0] : 0;
    if (tag != codec::kEntityTag && tag != codec::kMetricTag) continue;
    if (!codec::ParseIndexKey(Sv(it->key()), &key))
      return Status::Corruption("cannot decode index key");
    if (tag == codec::kEntityTag) {
      ++groups[{key.entity, key.metric}];
      ++with_entity;
      if (!key.metric.empty()) ++with_entity_per_metric[key.metric];
    } else {
      ++per_metric[key.metric];
    }
  }
  NEWSFACTS_RETURN_IF_ERROR(FromRocks(it->status(), "scanning index"));
  uint64_t no_entity_with_metric = 0;
  for (const auto& [metric, n] : per_metric) {
    const uint64_t rest = n - with_entity_per_metric[metric];
    if (rest) groups[{"", metric}] += rest;
    no_entity_with_metric += rest;
  }
  const uint64_t no_entity = st.facts - with_entity;
  if (no_entity > no_entity_with_metric) groups[{"", ""}] += no_entity - no_entity_with_metric;
  for (const auto& [k, n] : groups) st.groups.push_back({k.first, k.second, n});
  return st;
}

std::optional<int> Store::LockHolder(const std::string& path) {
  const int fd = ::open((fs::path(path) / "LOCK").c_str(), O_RDWR | O_CLOEXEC);
  if (fd < 0) return std::nullopt;
  struct flock fl = {};
  fl.l_type = F_WRLCK;
  fl.l_whence = SEEK_SET;
  std::optional<int> pid;
  if (::fcntl(fd, F_GETLK, &fl) == 0 && fl.l_type != F_UNLCK && fl.l_pid > 0) pid = fl.l_pid;
  ::close(fd);
  return pid;
}

Status Store::Backup(const std::string& dir) {
  if (impl_->options.read_only)
    return Status::InvalidArgument("backup needs the DB opened for writing (not read-only)");
  std::error_code ec;
  if (fs::exists(dir, ec)) return Status::InvalidArgument(dir + " already exists");
  rocksdb::Checkpoint* raw = nullptr;
  NEWSFACTS_RETURN_IF_ERROR(
      FromRocks(rocksdb::Checkpoint::Create(impl_->db.get(), &raw), "creating checkpoint"));
  std::unique_ptr<rocksdb::Checkpoint> cp(raw);
  return FromRocks(cp->CreateCheckpoint(dir), "writing checkpoint to " + dir);
}

Status Store::SyncWal() {
  if (impl_->options.read_only) return Status::InvalidArgument("SyncWal on a read-only store");
  std::lock_guard<std::mutex> lock(impl_->write_mu);
  return FromRocks(impl_->db->FlushWAL(/*sync=*/true), "syncing the WAL");
}

uint64_t Store::LatestSequenceNumber() const {
  return impl_->db->GetLatestSequenceNumber();
}

Status Store::CatchUp() {
  if (!impl_->options.read_only) return Status::Ok();
  return FromRocks(impl_->db->TryCatchUpWithPrimary(), "catching up with the primary");
}

}  // namespace newsfacts::store
