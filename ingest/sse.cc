#include "ingest/sse.h"

#include <algorithm>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "common/time.h"
#include "ingest/alerts.h"
#include "ingest/api_records.h"
#include "ingest/indicators.h"

namespace newsfacts::ingest {

ChangeWatcher::ChangeWatcher(store::Store* store, int poll_ms, bool catch_up)
    : store_(store), poll_ms_(std::max(1, poll_ms)), catch_up_(catch_up) {
  thread_ = std::thread([this] { Run(); });
}

ChangeWatcher::~ChangeWatcher() {
  Stop();
}

void ChangeWatcher::Stop() {
  {
    std::lock_guard<std::mutex> lock(mu_);
    stop_ = true;
  }
  cv_.notify_all();
  if (thread_.joinable()) thread_.join();
}

uint64_t ChangeWatcher::generation() const {
  std::lock_guard<std::mutex> lock(mu_);
  return generation_;
}

uint64_t ChangeWatcher::WaitForChange(uint64_t seen, std::chrono::milliseconds timeout) const {
  std::unique_lock<std::mutex> lock(mu_);
  cv_.wait_for(lock, timeout, [&] { return stop_ || generation_ != seen; });
  return generation_;
}

void ChangeWatcher::Run() {
  uint64_t last_seq = store_->LatestSequenceNumber();
  std::unique_lock<std::mutex> lock(mu_);
  while (!stop_) {
    cv_.wait_for(lock, std::chrono::milliseconds(poll_ms_), [&] { return stop_; });
    if (stop_) break;
    lock.unlock();
    // A failed catch-up (writer mid-rotation) is retried on the next poll.
    if (catch_up_) (void)store_->CatchUp();
    const uint64_t seq = store_->LatestSequenceNumber();
    lock.lock();
    if (seq != last_seq) {
      last_seq = seq;
      ++generation_;
      cv_.notify_all();
    }
  }
}

namespace {

constexpr auto kHeartbeat = std::chrono::seconds(15);
constexpr auto kWait = std::chrono::milliseconds(500);
// Mention windows move with the clock: indicators are re-read at least this often.
constexpr auto kIndicatorRefresh = std::chrono::seconds(60);

bool Write(httplib::DataSink& sink, const std::string& s) {
  return sink.is_writable() && sink.write(s.data(), s.size());
}

std::string Event(std::string_view event, std::string_view id, const std::string& data) {
  std::string out;
  if (!id.empty()) out.append("id: ").append(id).append("\n");
  out.append("event: ").append(event).append("\ndata: ").append(data).append("\n\n");
  return out;
}

struct AlertStreamState {
  uint64_t seen_generation = 0;
  bool first = true;
  int64_t last_detected = INT64_MIN;
  std::set<std::string> delivered_at_last;  // ids delivered with detected_at == last_detected
  std::chrono::steady_clock::time_point last_write = std::chrono::steady_clock::now();
};

// Sends every alert after the state's position; false when the client is gone.
bool SendNewAlerts(const StreamContext& ctx, AlertStreamState* st, httplib::DataSink& sink) {
  Result<std::vector<StoredAlert>> alerts = ReadAlerts(
      *ctx.store,
      st->last_detected == INT64_MIN ? std::nullopt : std::optional<int64_t>(st->last_detected));
  if (!alerts.ok()) return true;  // retried on the next change
  std::string out;
  for (const StoredAlert& s : *alerts) {  // (detected_at, id) order
    if (s.detected_at_ms < st->last_detected) continue;
    if (s.detected_at_ms == st->last_detected && st->delivered_at_last.count(s.id)) continue;
    Result<Alert> a = ParseAlertJson(s.json);
    if (!a.ok()) continue;
    std::string data;
    AlertRecord(*a).AppendJson(&data);
    out += Event("alert", s.id, data);
    if (s.detected_at_ms != st->last_detected) st->delivered_at_last.clear();
    st->last_detected = s.detected_at_ms;
    st->delivered_at_last.insert(s.id);
  }
  if (out.empty()) return true;
  st->last_write = std::chrono::steady_clock::now();
  return Write(sink, out);
}

struct IndicatorStreamState {
  uint64_t seen_generation = 0;
  bool first = true;
  uint64_t event_id = 0;
  std::map<std::string, std::string> rows;  // name \0 entity \0 period -> record JSON
  std::chrono::steady_clock::time_point last_read{};
  std::chrono::steady_clock::time_point last_write = std::chrono::steady_clock::now();
};

bool SendChangedIndicators(const StreamContext& ctx, IndicatorStreamState* st,
                           httplib::DataSink& sink) {
  st->last_read = std::chrono::steady_clock::now();
  Result<std::vector<IndicatorRow>> rows = ReadIndicators(*ctx.store, *ctx.config, *ctx.clock, {});
  if (!rows.ok()) return true;
  std::string out;
  for (const IndicatorRow& row : *rows) {
    std::string key = row.name + '\0' + row.entity + '\0' + row.period;
    std::string data;
    IndicatorRecord(row).AppendJson(&data);
    auto it = st->rows.find(key);
    if (it != st->rows.end() && it->second == data) continue;
    out += Event("indicator", std::to_string(++st->event_id), data);
    st->rows[std::move(key)] = std::move(data);
  }
  if (out.empty()) return true;
  st->last_write = std::chrono::steady_clock::now();
  return Write(sink, out);
}

// Heartbeat comment when idle (finds closed connections); false when the client is gone.
template <typename State>
bool Heartbeat(State* st, httplib::DataSink& sink) {
  const auto now = std::chrono::steady_clock::now();
  if (now - st->last_write < kHeartbeat) return true;
  st->last_write = now;
  return Write(sink, ": keep-alive\n\n");
}

void StartStream(HttpServer* server, httplib::Response& res,
                 httplib::ContentProviderWithoutLength provider) {
  res.set_header("Cache-Control", "no-cache");
  res.set_header("X-Accel-Buffering", "no");
  res.set_chunked_content_provider("text/event-stream", std::move(provider),
                                   [server](bool) { server->EndStream(); });
}

}  // namespace

void AddStreamRoutes(HttpServer* server, const StreamContext& ctx) {
  server->routes().Get(
      "/api/v1/alerts/stream", [server, ctx](const httplib::Request& req, httplib::Response& res) {
        auto st = std::make_shared<AlertStreamState>();
        std::string last_id = req.get_header_value("Last-Event-ID");
        if (last_id.empty()) last_id = req.get_param_value("last_event_id");
        const std::string since = req.get_param_value("since");
        Result<std::vector<StoredAlert>> all = ReadAlerts(*ctx.store, std::nullopt);
        if (!all.ok()) {
          SendError(res, 503, ErrorCodeOf(503), all.status().ToString());
          return;
        }
        if (!last_id.empty()) {
          // Resume after that alert; an unknown id (e.g. another DB) replays everything.
          for (const StoredAlert& s : *all) {
            if (s.id != last_id) continue;
            st->last_detected = s.detected_at_ms;
            st->delivered_at_last = {s.id};
          }
        } else if (!since.empty()) {
          const std::optional<int64_t> t = common::ParseRfc3339Ms(since);
          if (!t) {
            SendError(res, 400, ErrorCodeOf(400),
                      "since must be an RFC 3339 time, got '" + since + "'");
            return;
          }
          st->last_detected = *t;
        } else {  // only what is detected from now on
          for (const StoredAlert& s : *all) {
            if (s.detected_at_ms > st->last_detected) st->delivered_at_last.clear();
            if (s.detected_at_ms >= st->last_detected) {
              st->last_detected = s.detected_at_ms;
              st->delivered_at_last.insert(s.id);
            }
          }
        }
        if (!server->BeginStream()) {
          SendError(res, 503, ErrorCodeOf(503), "too many open streams");
          return;
        }
        st->seen_generation = ctx.watcher->generation();
        StartStream(server, res, [server, ctx, st](size_t, httplib::DataSink& sink) {
          if (server->stopping()) return false;
          if (st->first) {
            st->first = false;
            if (!Write(sink, "retry: 1000\n\n")) return false;
            return SendNewAlerts(ctx, st.get(), sink);
          }
          const uint64_t g = ctx.watcher->WaitForChange(st->seen_generation, kWait);
          if (server->stopping()) return false;
          if (g != st->seen_generation) {
            st->seen_generation = g;
            if (!SendNewAlerts(ctx, st.get(), sink)) return false;
          }
          return Heartbeat(st.get(), sink);
        });
      });

  server->routes().Get(
      "/api/v1/indicators/stream", [server, ctx](const httplib::Request&, httplib::Response& res) {
        if (!server->BeginStream()) {
          SendError(res, 503, ErrorCodeOf(503), "too many open streams");
          return;
        }
        auto st = std::make_shared<IndicatorStreamState>();
        st->seen_generation = ctx.watcher->generation();
        StartStream(server, res, [server, ctx, st](size_t, httplib::DataSink& sink) {
          if (server->stopping()) return false;
          if (st->first) {  // the current values first
            st->first = false;
            if (!Write(sink, "retry: 1000\n\n")) return false;
            return SendChangedIndicators(ctx, st.get(), sink);
          }
          const uint64_t g = ctx.watcher->WaitForChange(st->seen_generation, kWait);
          if (server->stopping()) return false;
          if (g != st->seen_generation ||
              std::chrono::steady_clock::now() - st->last_read > kIndicatorRefresh) {
            st->seen_generation = g;
            if (!SendChangedIndicators(ctx, st.get(), sink)) return false;
          }
          return Heartbeat(st.get(), sink);
        });
      });
}

}  // namespace newsfacts::ingest
