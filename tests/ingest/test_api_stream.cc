// The API's Server-Sent Events feeds: a new alert reaches a connected client within 1 s of
// its article being stored; Last-Event-ID resumes without loss; indicators stream changes.
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "api_test_util.h"

using namespace newsfacts;
using namespace newsfacts::ingest;
using namespace newsfacts::ingest::testing;

namespace {

// How long a wait for an event may take. Generous on purpose (CI machines are slow and
// loaded); a passing run waits only as long as the event takes.
constexpr std::chrono::seconds kPatience{30};

struct Event {
  std::string id, event, data;
};

// A client holding an SSE stream open on its own thread, collecting events.
class StreamClient {
 public:
  StreamClient(int port, std::string path, httplib::Headers headers = {})
      : client_("127.0.0.1", port) {
    client_.set_read_timeout(30, 0);
    thread_ = std::thread([this, path, headers] {
      client_.Get(path.c_str(), headers, [this](const char* data, size_t n) {
        std::lock_guard<std::mutex> lock(mu_);
        connected_ = true;  // the server's first chunk ("retry:") has arrived
        buffer_.append(data, n);
        for (size_t end; (end = buffer_.find("\n\n")) != std::string::npos;) {
          Parse(buffer_.substr(0, end));
          buffer_.erase(0, end + 2);
        }
        cv_.notify_all();
        return !closing_;
      });
    });
  }
  ~StreamClient() {
    {
      std::lock_guard<std::mutex> lock(mu_);
      closing_ = true;
    }
    client_.stop();
    thread_.join();
  }
  // Waits until `pred(events)` holds or `timeout` passes; returns whether it held.
  template <typename Pred>
  bool WaitFor(Pred pred, std::chrono::milliseconds timeout) {
    std::unique_lock<std::mutex> lock(mu_);
    return cv_.wait_for(lock, timeout, [&] { return pred(events_); });
  }
  // Waits until the server has answered (the stream's start position is fixed).
  bool WaitConnected() {
    std::unique_lock<std::mutex> lock(mu_);
    return cv_.wait_for(lock, kPatience, [&] { return connected_; });
  }
  std::vector<Event> events() {
    std::lock_guard<std::mutex> lock(mu_);
    return events_;
  }

 private:
  void Parse(const std::string& block) {
    Event e;
    size_t pos = 0;
    while (pos < block.size()) {
      size_t nl = block.find('\n', pos);
      if (nl == std::string::npos) nl = block.size();
      const std::string line = block.substr(pos, nl - pos);
      pos = nl + 1;
      if (line.rfind("id: ", 0) == 0) e.id = line.substr(4);
      if (line.rfind("event: ", 0) == 0) e.event = line.substr(7);
      if (line.rfind("data: ", 0) == 0) e.data = line.substr(6);
    }
    if (!e.event.empty()) events_.push_back(std::move(e));
  }
  httplib::Client client_;
  std::thread thread_;
  std::mutex mu_;
  std::condition_variable cv_;
  std::string buffer_;
  std::vector<Event> events_;
  bool closing_ = false;
  bool connected_ = false;
};

size_t CountAlerts(const std::vector<Event>& events) {
  size_t n = 0;
  for (const auto& e : events) n += e.event == "alert";
  return n;
}

// An article that raises alerts under the default rules (a new AI spend figure above 10 bn
// USD of an entity the seeds do not have), written for these tests.
std::string AlertingArticle(const std::string& id, const std::string& company, int year) {
  return "{\"id\":\"" + id + "\",\"lang\":\"en\",\"title\":\"" + company + " to spend 41 " +
         "billion dollars on AI chips in " + std::to_string(year) + "\",\"body\":\"" + company +
         " plans to spend 41 billion US dollars on AI chips in " + std::to_string(year) +
         ", the company said on Monday.\",\"published_at\":\"" + std::to_string(year) +
         "-03-02T09:00:00Z\"}\n";
}

}  // namespace

TEST_CASE("alert stream: a new alert arrives within 1 s of its article being stored",
          "[api][sse]") {
  FedStore fed;
  REQUIRE(fed.Ingest(kSeedsJsonl) == 4);
  ApiOptions o;
  o.poll_ms = 20;
  TestServer server(fed.db(), o);
  StreamClient stream(server.port(), "/api/v1/alerts/stream");
  REQUIRE(stream.WaitConnected());
  // Only alerts from now on: none of the seeds' alerts are replayed.
  std::this_thread::sleep_for(std::chrono::milliseconds(200));
  CHECK(CountAlerts(stream.events()) == 0);

  REQUIRE(fed.IngestText(AlertingArticle("sse-1", "Oracle", 2026)) == 1);
  const auto stored_at = std::chrono::steady_clock::now();
  const bool arrived =
      stream.WaitFor([](const auto& ev) { return CountAlerts(ev) > 0; }, kPatience);
  const auto latency = std::chrono::duration_cast<std::chrono::milliseconds>(
      std::chrono::steady_clock::now() - stored_at);
  REQUIRE(arrived);
  // Pushed at the next poll (20 ms here; 1 s is the promise on an idle machine). The bound
  // is 5x that promise so a loaded CI machine cannot trip it; a feed that is not pushed
  // (delivered on reconnect or by a slow timer) still fails it.
  WARN("stored -> alert event: " << latency.count() << " ms");
  CHECK(latency < std::chrono::seconds(5));
  const Event e = stream.events().front();
  CHECK(e.event == "alert");
  CHECK(e.id.size() == 16);  // the alert id
  Json j(e.data);
  CHECK(Str(j.root, "id") == e.id);
  CHECK(Str(j.root, "entity") == "Oracle");
  CHECK(Str(j.root, "article_id") == "sse-1");
}

TEST_CASE("alert stream: Last-Event-ID resumes after that alert without loss", "[api][sse]") {
  FedStore fed;
  REQUIRE(fed.Ingest(kSeedsJsonl, 1) == 4);
  ApiOptions o;
  o.poll_ms = 20;
  TestServer server(fed.db(), o);
  // The whole feed, in stream order.
  std::vector<std::string> all;
  {
    // Every stored alert (the listing's count), not what arrived within some fixed time.
    const size_t stored = Data(Json(server.Get("/api/v1/alerts?limit=1000")->body)).size();
    REQUIRE(stored >= 3);
    StreamClient replay(server.port(), "/api/v1/alerts/stream?since=1970-01-01T00:00:00Z");
    REQUIRE(replay.WaitFor([&](const auto& ev) { return CountAlerts(ev) >= stored; }, kPatience));
    for (const auto& e : replay.events()) all.push_back(e.id);
  }
  REQUIRE(all.size() >= 3);
  const std::set<std::string> unique(all.begin(), all.end());
  REQUIRE(unique.size() == all.size());

  // Disconnected after the second alert; more alerts are stored meanwhile.
  const std::string last_seen = all[1];
  REQUIRE(fed.IngestText(AlertingArticle("resume-1", "Oracle", 2026) +
                         AlertingArticle("resume-2", "Salesforce", 2027)) == 2);
  StreamClient resumed(server.port(), "/api/v1/alerts/stream", {{"Last-Event-ID", last_seen}});
  // Everything after it: the rest of the old feed and every new alert.
  REQUIRE(resumed.WaitFor(
      [&](const auto& ev) {
        std::set<std::string> ids;
        for (const auto& e : ev) ids.insert(e.id);
        size_t missing = 0;
        for (size_t i = 2; i < all.size(); ++i) missing += ids.count(all[i]) == 0;
        size_t fresh = 0;
        for (const auto& e : ev) fresh += unique.count(e.id) == 0;
        return missing == 0 && fresh >= 2;
      },
      kPatience));
  // Nothing before the resume point comes again, except (at least once) an alert detected
  // in the same millisecond as the last one seen.
  std::string last_detected;
  for (const auto& e : resumed.events()) {
    CHECK(e.id != last_seen);
  }
  {
    StreamClient replay(server.port(), "/api/v1/alerts/stream?since=1970-01-01T00:00:00Z");
    REQUIRE(replay.WaitFor([&](const auto& ev) { return ev.size() >= all.size(); }, kPatience));
    for (const auto& e : replay.events()) {
      if (e.id == all[0]) CHECK(last_detected.empty());
      if (e.id == last_seen) last_detected = Str(Json(e.data).root, "detected_at");
    }
    for (const auto& e : replay.events()) {
      if (e.id != all[0]) continue;
      for (const auto& r : resumed.events()) {
        if (r.id == all[0]) CHECK(Str(Json(e.data).root, "detected_at") == last_detected);
      }
    }
  }
  std::set<std::string> new_articles;
  for (const auto& e : resumed.events()) {
    if (unique.count(e.id)) continue;
    new_articles.insert(Str(Json(e.data).root, "article_id"));
  }
  CHECK(new_articles == std::set<std::string>{"resume-1", "resume-2"});
}

TEST_CASE("indicator stream: current values first, then each change without reload", "[api][sse]") {
  FedStore fed;
  REQUIRE(fed.Ingest(kSeedsJsonl) == 4);
  ApiOptions o;
  o.poll_ms = 20;
  TestServer server(fed.db(), o);
  StreamClient stream(server.port(), "/api/v1/indicators/stream");
  // Every current value comes first: as many events as the indicator listing has rows.
  const size_t current = Data(Json(server.Get("/api/v1/indicators")->body)).size();
  REQUIRE(current > 0);
  REQUIRE(stream.WaitFor([&](const auto& ev) { return ev.size() >= current; }, kPatience));
  const size_t initial = current;
  bool bytedance = false;
  const auto events = stream.events();
  for (size_t i = 0; i < initial; ++i) {
    Json j(events[i].data);
    if (Str(j.root, "entity") == "ByteDance" && Str(j.root, "name") == "ai_budget_usd" &&
        Num(j.root, "value") == 12e9)
      bytedance = true;
  }
  CHECK(bytedance);
  REQUIRE(fed.IngestText(AlertingArticle("ind-1", "Oracle", 2026)) == 1);
  REQUIRE(stream.WaitFor(
      [&](const auto& ev) {
        for (size_t i = initial; i < ev.size(); ++i) {
          if (Str(Json(ev[i].data).root, "entity") == "Oracle") return true;
        }
        return false;
      },
      kPatience));
}

TEST_CASE("streams are bounded: beyond max_streams the server answers 503", "[api][sse]") {
  FedStore fed;
  ApiOptions o;
  o.http.max_streams = 1;
  TestServer server(fed.db(), o);
  StreamClient one(server.port(), "/api/v1/indicators/stream");
  REQUIRE(one.WaitConnected());
  auto second = server.Get("/api/v1/alerts/stream");
  CHECK(second->status == 503);
  CHECK(ErrorCode(second->body) == "unavailable");
}
