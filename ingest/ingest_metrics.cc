#include "ingest/ingest_metrics.h"

#include <fmt/format.h>
#include <httplib.h>
#include <unistd.h>

#include <algorithm>
#include <charconv>
#include <fstream>
#include <sstream>
#include <thread>

#include "ingest/read_file.h"

namespace newsfacts::ingest {

std::string_view DeadLetterReasonClass(std::string_view reason) {
  auto starts = [&](std::string_view p) { return reason.substr(0, p.size()) == p; };
  auto has = [&](std::string_view p) { return reason.find(p) != std::string_view::npos; };
  if (starts("message of ")) return "oversized";
  if (starts("invalid UTF-8")) return "invalid_utf8";
  if (starts("invalid JSON")) return "invalid_json";
  if (starts("not a JSON object")) return "not_object";
  if (starts("missing required field")) return "missing_field";
  if (starts("field 'lang'")) return "bad_lang";
  if (starts("field 'published_at'")) return "bad_published_at";
  if (starts("field ") && has(" must be ")) return "wrong_type";
  if (starts("field ") && has(" is empty")) return "empty_field";
  if (starts("article yields ")) return "too_many_facts";
  if (starts("extractor rejected")) return "extractor";
  return "other";
}

void IngestMetrics::RecordBatch(const BatchOutcome& outcome, int64_t batch_micros, int64_t now_ms) {
  std::lock_guard<std::mutex> lock(mu_);
  ++batches_;
  if (now_ms >= 0) last_batch_ms_ = now_ms;
  for (const auto& r : outcome.rejected)
    ++dead_letters_by_reason_[std::string(DeadLetterReasonClass(r.reason))];
  messages_ += outcome.messages;
  articles_ += outcome.articles;
  facts_ += outcome.facts;
  dead_letters_ += outcome.rejected.size();
  articles_new_ += outcome.write.articles_new;
  articles_unchanged_ += outcome.write.articles_unchanged;
  const double s = static_cast<double>(batch_micros) / 1e6;
  batch_seconds_sum_ += s;
  batch_seconds_last_ = s;
  window_max_seconds_ = std::max(window_max_seconds_, s);
  for (size_t i = 0; i < std::size(kBuckets); ++i) {
    if (s <= kBuckets[i]) ++bucket_counts_[i];
  }
}

void IngestMetrics::SetLag(std::vector<PartitionLag> lag) {
  std::lock_guard<std::mutex> lock(mu_);
  lag_ = std::move(lag);
}

void IngestMetrics::SetIndicatorCoverage(size_t missing, bool paused) {
  std::lock_guard<std::mutex> lock(mu_);
  partitions_missing_ = missing;
  indicators_paused_ = paused;
}

void IngestMetrics::SetBrokerState(bool brokers_down, uint64_t broker_errors, uint64_t rebalances,
                                   uint64_t uncommitted_handovers) {
  std::lock_guard<std::mutex> lock(mu_);
  brokers_down_ = brokers_down;
  broker_errors_ = broker_errors;
  rebalances_ = rebalances;
  uncommitted_handovers_ = uncommitted_handovers;
}

void IngestMetrics::RecordAlert(std::string_view rule) {
  std::lock_guard<std::mutex> lock(mu_);
  auto it = alerts_by_rule_.find(rule);
  if (it == alerts_by_rule_.end()) it = alerts_by_rule_.emplace(std::string(rule), 0).first;
  ++it->second;
}

void IngestMetrics::SetBuildInfo(std::string version, uint32_t extractor_version,
                                 uint32_t schema_version) {
  std::lock_guard<std::mutex> lock(mu_);
  build_version_ = std::move(version);
  build_extractor_ = extractor_version;
  build_schema_ = schema_version;
}

void IngestMetrics::RecordDlqFailure() {
  std::lock_guard<std::mutex> lock(mu_);
  ++dlq_failures_;
}

std::string IngestMetrics::StatsLine(int64_t now_ms) {
  std::lock_guard<std::mutex> lock(mu_);
  double secs = last_line_ms_ < 0 ? 0 : static_cast<double>(now_ms - last_line_ms_) / 1000.0;
  const double art_rate = secs > 0 ? static_cast<double>(articles_ - last_articles_) / secs : 0;
  const double fact_rate = secs > 0 ? static_cast<double>(facts_ - last_facts_) / secs : 0;
  std::string lag;
  int64_t total_lag = 0;
  for (const auto& l : lag_) {
    const int64_t v = l.lag();
    if (v > 0) total_lag += v;
    lag += fmt::format(" {}/{}:{}", l.topic, l.partition,
                       v < 0 ? std::string("?") : std::to_string(v));
  }
  // While no broker answers, the watermarks are stale: the lag is unknown, not 0.
  const std::string total = brokers_down_ ? std::string("unknown") : std::to_string(total_lag);
  if (brokers_down_) lag.clear();
  // The window's max includes the last batch even when it ran before the window began.
  const double max_seconds = std::max(window_max_seconds_, batch_seconds_last_);
  std::string line = fmt::format(
      "stats: {} articles ({:.1f}/s), {} facts ({:.1f}/s), {} dead letters, lag {}{}{}, "
      "batch last {:.1f} ms max {:.1f} ms{}",
      articles_, art_rate, facts_, fact_rate, dead_letters_, total, lag.empty() ? "" : " [",
      lag.empty() ? "" : lag.substr(1) + "]", batch_seconds_last_ * 1e3, max_seconds * 1e3,
      brokers_down_ ? ", BROKERS DOWN (waiting)" : "");
  last_line_ms_ = now_ms;
  last_articles_ = articles_;
  last_facts_ = facts_;
  window_max_seconds_ = 0;
  return line;
}

namespace {

// A Prometheus label value: backslash, quote and newline escaped.
std::string PromLabel(std::string_view v) {
  std::string out;
  for (char c : v) {
    if (c == '\\' || c == '"') out.push_back('\\');
    if (c == '\n') {
      out += "\\n";
      continue;
    }
    out.push_back(c);
  }
  return out;
}

std::string ReadSmallFile(const char* path) {
  auto text = ReadFile(path);
  return text.ok() ? std::move(text).value() : std::string();
}

// process_* metrics from /proc/self/stat (fields after the parenthesised command name).
void AppendProcessMetrics(std::string* o) {
  const std::string stat = ReadSmallFile("/proc/self/stat");
  const size_t close = stat.rfind(')');
  if (close == std::string::npos) return;
  std::istringstream fields(stat.substr(close + 2));
  std::vector<std::string> f;
  for (std::string x; fields >> x;) f.push_back(x);
  // f[0] is field 3 (state): utime = field 14, stime = 15, starttime = 22, rss = 24.
  if (f.size() < 22) return;
  const double ticks = static_cast<double>(sysconf(_SC_CLK_TCK));
  const double page = static_cast<double>(sysconf(_SC_PAGESIZE));
  const double cpu = (std::stod(f[11]) + std::stod(f[12])) / ticks;
  const double rss = std::stod(f[21]) * page;
  *o += fmt::format(
      "# HELP process_cpu_seconds_total Total user and system CPU time spent in seconds.\n"
      "# TYPE process_cpu_seconds_total counter\nprocess_cpu_seconds_total {:.2f}\n"
      "# HELP process_resident_memory_bytes Resident memory size in bytes.\n"
      "# TYPE process_resident_memory_bytes gauge\nprocess_resident_memory_bytes {:.0f}\n",
      cpu, rss);
  // Boot time (btime in /proc/stat) + starttime ticks since boot.
  std::istringstream proc_stat(ReadSmallFile("/proc/stat"));
  for (std::string line; std::getline(proc_stat, line);) {
    if (line.rfind("btime ", 0) != 0) continue;
    const double start = std::stod(line.substr(6)) + std::stod(f[19]) / ticks;
    *o += fmt::format(
        "# HELP process_start_time_seconds Start time of the process since unix epoch in "
        "seconds.\n# TYPE process_start_time_seconds gauge\nprocess_start_time_seconds {:.2f}\n",
        start);
    break;
  }
}

}  // namespace

std::string IngestMetrics::Prometheus() const {
  std::lock_guard<std::mutex> lock(mu_);
  std::string o;
  auto counter = [&](const char* name, const char* help, uint64_t v) {
    o += fmt::format("# HELP {} {}\n# TYPE {} counter\n{} {}\n", name, help, name, name, v);
  };
  counter("newsfacts_messages_total", "Messages consumed and durably processed.", messages_);
  counter("newsfacts_articles_total", "Articles decoded, extracted and stored.", articles_);
  counter("newsfacts_articles_new_total", "Articles stored for the first time.", articles_new_);
  counter("newsfacts_articles_unchanged_total",
          "Articles already stored with the same content (no-op).", articles_unchanged_);
  counter("newsfacts_facts_total", "Facts extracted from stored articles.", facts_);
  counter("newsfacts_batches_total", "Atomic store batches written.", batches_);
  counter("newsfacts_dlq_publish_failures_total",
          "Dead letters that could not be queued to the dead-letter topic.", dlq_failures_);
  counter("newsfacts_kafka_errors_total", "Kafka client errors (retried).", broker_errors_);
  counter("newsfacts_kafka_rebalances_total", "Partition assignments and revocations.",
          rebalances_);
  counter("newsfacts_kafka_uncommitted_handovers_total",
          "Revocations that left stored positions uncommitted in Kafka (the next owner "
          "re-reads those articles).",
          uncommitted_handovers_);
  o += fmt::format(
      "# HELP newsfacts_kafka_brokers_down 1 while no Kafka broker is reachable.\n"
      "# TYPE newsfacts_kafka_brokers_down gauge\nnewsfacts_kafka_brokers_down {}\n",
      brokers_down_ ? 1 : 0);
  o += fmt::format(
      "# HELP newsfacts_partitions_unassigned Partitions of the consumed topics other group "
      "members hold (indicators from a share of the articles are wrong: see the two-stage "
      "setup).\n"
      "# TYPE newsfacts_partitions_unassigned gauge\nnewsfacts_partitions_unassigned {}\n"
      "# HELP newsfacts_indicators_paused 1 while indicators and alerts are not updated "
      "(partial assignment without --partial-indicators).\n"
      "# TYPE newsfacts_indicators_paused gauge\nnewsfacts_indicators_paused {}\n",
      partitions_missing_, indicators_paused_ ? 1 : 0);
  o += "# HELP newsfacts_consumer_lag Messages behind the partition's high watermark.\n"
       "# TYPE newsfacts_consumer_lag gauge\n";
  for (const auto& l : lag_) {
    if (l.lag() < 0) continue;
    o += fmt::format("newsfacts_consumer_lag{{topic=\"{}\",partition=\"{}\"}} {}\n", l.topic,
                     l.partition, l.lag());
  }
  o += "# HELP newsfacts_dead_letters_total Messages rejected as dead letters, by reason class.\n"
       "# TYPE newsfacts_dead_letters_total counter\n";
  for (const auto& [reason, n] : dead_letters_by_reason_) {
    o += fmt::format("newsfacts_dead_letters_total{{reason=\"{}\"}} {}\n", reason, n);
  }
  o += "# HELP newsfacts_alerts_total Alerts published, by rule.\n"
       "# TYPE newsfacts_alerts_total counter\n";
  for (const auto& [rule, n] : alerts_by_rule_) {
    o += fmt::format("newsfacts_alerts_total{{rule=\"{}\"}} {}\n", PromLabel(rule), n);
  }
  if (!build_version_.empty()) {
    o += fmt::format(
        "# HELP newsfacts_build_info Version of the binary, its extractor and store schema.\n"
        "# TYPE newsfacts_build_info gauge\n"
        "newsfacts_build_info{{version=\"{}\",extractor=\"{}\",schema=\"{}\"}} 1\n",
        PromLabel(build_version_), build_extractor_, build_schema_);
  }
  if (last_batch_ms_ >= 0) {
    o += fmt::format(
        "# HELP newsfacts_last_batch_timestamp_seconds When the last batch became durable.\n"
        "# TYPE newsfacts_last_batch_timestamp_seconds gauge\n"
        "newsfacts_last_batch_timestamp_seconds {:.3f}\n",
        static_cast<double>(last_batch_ms_) / 1000.0);
  }
  AppendProcessMetrics(&o);
  o += "# HELP newsfacts_batch_seconds Wall time of one batch: decode, extract and durable "
       "store write.\n# TYPE newsfacts_batch_seconds histogram\n";
  for (size_t i = 0; i < std::size(kBuckets); ++i) {
    o += fmt::format("newsfacts_batch_seconds_bucket{{le=\"{}\"}} {}\n", kBuckets[i],
                     bucket_counts_[i]);
  }
  o += fmt::format("newsfacts_batch_seconds_bucket{{le=\"+Inf\"}} {}\n", batches_);
  o += fmt::format("newsfacts_batch_seconds_sum {}\nnewsfacts_batch_seconds_count {}\n",
                   batch_seconds_sum_, batches_);
  return o;
}

common::Status ParseHostPort(const std::string& address, std::string* host, int* port) {
  std::string port_text;
  if (!address.empty() && address.front() == '[') {
    const size_t close = address.find(']');
    if (close == std::string::npos || close + 1 >= address.size() || address[close + 1] != ':')
      return common::Status::InvalidArgument("--metrics wants [IPv6]:PORT, got '" + address + "'");
    *host = address.substr(1, close - 1);
    port_text = address.substr(close + 2);
  } else {
    const size_t colon = address.rfind(':');
    if (colon == std::string::npos || colon == 0 ||
        address.find(':') != colon)  // a bare IPv6 address needs brackets
      return common::Status::InvalidArgument("--metrics wants HOST:PORT or [IPv6]:PORT, got '" +
                                             address + "'");
    *host = address.substr(0, colon);
    port_text = address.substr(colon + 1);
  }
  int p = -1;
  const auto [end, ec] = std::from_chars(port_text.data(), port_text.data() + port_text.size(), p);
  if (host->empty() || ec != std::errc() || end != port_text.data() + port_text.size() || p <= 0 ||
      p > 65535) {
    return common::Status::InvalidArgument("bad host or port in --metrics '" + address + "'");
  }
  *port = p;
  return common::Status::Ok();
}

std::vector<PartitionLag> IngestMetrics::Lag() const {
  std::lock_guard<std::mutex> lock(mu_);
  return lag_;
}

bool IngestMetrics::brokers_down() const {
  std::lock_guard<std::mutex> lock(mu_);
  return brokers_down_;
}

bool IsLoopbackHost(const std::string& host) {
  return host == "localhost" || host == "::1" || host.rfind("127.", 0) == 0;
}

struct MetricsServer::Impl {
  const IngestMetrics* metrics;
  MetricsServerOptions options;
  httplib::Server server;
  std::thread thread;
};

MetricsServer::MetricsServer(const IngestMetrics* metrics, MetricsServerOptions options)
    : impl_(std::make_unique<Impl>()) {
  impl_->metrics = metrics;
  impl_->options = std::move(options);
}

MetricsServer::~MetricsServer() {
  Stop();
}

common::Status MetricsServer::Start(const std::string& address) {
  std::string host;
  int port = 0;
  NEWSFACTS_RETURN_IF_ERROR(ParseHostPort(address, &host, &port));
  const MetricsServerOptions& o = impl_->options;
  if (!IsLoopbackHost(host) && o.token.empty() && !o.insecure_public) {
    return common::Status::InvalidArgument(
        "--metrics " + address +
        " is reachable from other hosts: give --metrics-token TOKEN (clients send "
        "'Authorization: Bearer TOKEN') or --insecure-public");
  }
  const IngestMetrics* metrics = impl_->metrics;
  const std::string expected = o.token.empty() ? std::string() : "Bearer " + o.token;
  impl_->server.Get("/metrics",
                    [metrics, expected](const httplib::Request& req, httplib::Response& res) {
                      if (!expected.empty() && req.get_header_value("Authorization") != expected) {
                        res.status = 401;
                        res.set_header("WWW-Authenticate", "Bearer");
                        res.set_content("unauthorized\n", "text/plain");
                        return;
                      }
                      res.set_content(metrics->Prometheus(), "text/plain; version=0.0.4");
                    });
  const size_t pool = std::max<size_t>(1, o.max_connections);
  impl_->server.new_task_queue = [pool] { return new httplib::ThreadPool(pool); };
  impl_->server.set_read_timeout(o.io_timeout_seconds, 0);
  impl_->server.set_write_timeout(o.io_timeout_seconds, 0);
  impl_->server.set_keep_alive_max_count(1);
  impl_->server.set_keep_alive_timeout(o.io_timeout_seconds);
  impl_->server.set_payload_max_length(64 << 10);
  if (!impl_->server.bind_to_port(host, port)) {
    return common::Status::IoError("cannot listen on " + address);
  }
  impl_->thread = std::thread([this] { impl_->server.listen_after_bind(); });
  // Until the loop runs, httplib's stop() is a no-op and Stop() would wait forever.
  for (int i = 0; i < 500 && !impl_->server.is_running(); ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
  }
  return common::Status::Ok();
}

void MetricsServer::Stop() {
  if (!impl_->thread.joinable()) return;
  impl_->server.stop();
  impl_->thread.join();
}

}  // namespace newsfacts::ingest
