// The web dashboard in a real browser (ctest label "browser"): headless Chromium, driven over
// the DevTools protocol, loads the dashboard from `newsfacts serve` over a store fed with the
// seed articles; an article ingested while the page is open must show up as a changed card
// and a new alert without a reload. Screenshots of every page go to
// build/browser-artifacts/*.png.

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

#include "tests/browser/chromium.h"
#include "tests/ingest/kafka_test_util.h"
#include "tests/test_util.h"

namespace nf = newsfacts;
using nf::testing::Child;
using nf::testing::HeadlessChromium;
using nf::testing::TempDir;
using std::chrono::milliseconds;
using std::chrono::seconds;

namespace {

// A free TCP port on 127.0.0.1 (bound to port 0, then released).
int FreePort() {
  const int port = nf::testing::FreeLoopbackPort(AF_INET);
  REQUIRE(port > 0);
  return port;
}

// True once something accepts TCP connections on 127.0.0.1:port.
bool Listening(int port) {
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in a{};
  a.sin_family = AF_INET;
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  a.sin_port = htons(static_cast<uint16_t>(port));
  const bool ok = ::connect(fd, reinterpret_cast<sockaddr*>(&a), sizeof a) == 0;
  ::close(fd);
  return ok;
}

// How long any wait for a condition may take (a page rendering, a server starting, a process
// ending). Generous on purpose: CI runs on unknown, loaded machines; a passing run waits only
// as long as the condition takes.
constexpr auto kPatience = seconds(60);

// Polls until something listens on 127.0.0.1:port, up to kPatience.
void WaitListening(int port) {
  const auto deadline = std::chrono::steady_clock::now() + kPatience;
  while (!Listening(port) && std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(milliseconds(100));
  }
}

std::string ArtifactDir() {
  std::string dir = std::string(NEWSFACTS_BINARY_DIR) + "/browser-artifacts";
  std::filesystem::create_directories(dir);
  return dir;
}

// Runs `newsfacts ingest --input file --db db` to the end (file mode).
void IngestFile(const std::string& file, const std::string& db, const std::string& log) {
  Child ingest({nf::testing::NewsfactsBinary(), "ingest", "--input", file, "--db", db}, log);
  REQUIRE(ingest.Wait(kPatience) == 0);
}

// JavaScript: the indicator card of (indicator, entity) as "value|text", or "".
std::string CardProbe(const std::string& indicator, const std::string& entity) {
  return "(() => { const c = [...document.querySelectorAll('.card')].find((c) => "
         "c.dataset.indicator === '" +
         indicator + "' && c.dataset.entity === '" + entity +
         "'); return c ? c.dataset.value + '|' + c.dataset.period + '|' + c.innerText : ''; })()";
}

}  // namespace

TEST_CASE("the dashboard shows the stored facts and follows a live article without reload",
          "[browser][slow]") {
  const std::string chromium = nf::testing::FindChromium();
  INFO("chromium: " << (chromium.empty() ? "not installed (tools/setup installs it)" : chromium));
  REQUIRE(!chromium.empty());

  TempDir dir("browser");
  const std::string db = dir.sub("db");
  const std::string artifacts = ArtifactDir();
  IngestFile(std::string(NEWSFACTS_SOURCE_DIR) + "/tools/samples/seeds.jsonl", db,
             dir.sub("ingest.log"));
  // Five malformed messages: dead letters for the operations page.
  IngestFile(std::string(NEWSFACTS_SOURCE_DIR) + "/tools/samples/bad.jsonl", db,
             dir.sub("ingest-bad.log"));

  const int port = FreePort();
  const std::string base = "http://127.0.0.1:" + std::to_string(port);
  Child serve({nf::testing::NewsfactsBinary(), "serve", "--db", db, "--listen",
               "127.0.0.1:" + std::to_string(port)},
              dir.sub("serve.log"));
  WaitListening(port);
  INFO("serve log: " << nf::testing::ReadFile(dir.sub("serve.log")));
  REQUIRE(Listening(port));

  auto browser = HeadlessChromium::Launch(dir.sub("profile"), artifacts + "/chromium.log");
  REQUIRE(browser.ok());
  HeadlessChromium& b = **browser;
  auto opened = b.OpenPage(base + "/", 1280, 900);
  INFO(opened.status().ToString());
  REQUIRE(opened.ok());
  const std::string page = *opened;
  const auto shot = [&](const std::string& name) {
    const auto s = b.Screenshot(page, artifacts + "/" + name + ".png");
    INFO(s.ToString());
    CHECK(s.ok());
    CHECK(std::filesystem::file_size(artifacts + "/" + name + ".png") > 10000);
  };
  const auto ready = [&](const std::string& page_name) {
    return b.WaitFor(page,
                     "document.querySelector('#view').dataset.page === '" + page_name +
                         "' && document.querySelector('#view').dataset.ready === '1' && "
                         "document.querySelector('#view').dataset.route === location.hash",
                     kPatience);
  };
  const auto text = [&] {
    auto r = b.Evaluate(page, "document.body.innerText");
    return r.ok() ? *r : r.status().ToString();
  };

  // 1. Indicators: ByteDance's 12 bn USD budget for 2025 and Nvidia's 80 % share.
  REQUIRE(ready("indicators"));
  const std::string bytedance_budget = CardProbe("ai_budget_usd", "ByteDance");
  const std::string nvidia_share = CardProbe("market_share", "Nvidia");
  REQUIRE(b.WaitFor(page, bytedance_budget + " !== ''", kPatience));
  {
    const std::string card = *b.Evaluate(page, bytedance_budget);
    INFO(card);
    CHECK(card.starts_with("12000000000|2025|"));
    CHECK(card.find("12 bn USD") != std::string::npos);
    const std::string share = *b.Evaluate(page, nvidia_share);
    INFO(share);
    CHECK(share.starts_with("80|"));
    CHECK(share.find("80 %") != std::string::npos);
  }
  REQUIRE(b.WaitFor(page, "document.querySelector('#live').dataset.state === 'open'", kPatience));
  shot("indicators");

  // 2. An article stored while the page is open: the card changes and a new alert appears,
  // without a reload (a marker set on the window survives).
  REQUIRE(b.Evaluate(page, "window.__nfMarker = 'same page'").ok());
  const std::string alert_ids =
      "[...document.querySelectorAll('#recent-alerts li')].map((li) => li.dataset.id).join(' ')";
  const std::string alerts_before = *b.Evaluate(page, alert_ids);
  const std::string extra = dir.sub("extra.jsonl");
  {
    // Own example: a newer, higher 2025 budget for ByteDance (budget_change rule, > 20 %).
    std::ofstream out(extra);
    // Its title carries markup that must show as text, never run.
    out << R"({"id":"web-live-1","lang":"en","title":"ByteDance lifts its AI chip budget )"
        << R"(<img src=x onerror=\"window.__nfXss=1\">",)"
        << R"("body":"ByteDance has raised its budget for AI chips to 20 billion US dollars )"
        << R"(for 2025, two people familiar with the plans said. The TikTok owner wants more )"
        << R"(computing power for model training.","published_at":"2025-03-10T09:00:00Z"})"
        << "\n";
  }
  const auto t_start = std::chrono::steady_clock::now();
  IngestFile(extra, db, dir.sub("ingest2.log"));
  const auto t0 = std::chrono::steady_clock::now();  // the article is stored
  const bool card_changed =
      b.WaitFor(page, bytedance_budget + ".startsWith('20000000000|2025|')", kPatience);
  const auto card_ms =
      std::chrono::duration_cast<milliseconds>(std::chrono::steady_clock::now() - t0);
  INFO("page text: " << text());
  CHECK(card_changed);
  CHECK(b.WaitFor(page,
                  "[...document.querySelectorAll('#recent-alerts li')].some((li) => "
                  "li.dataset.rule === 'budget_change' && li.innerText.includes('ByteDance'))",
                  kPatience));
  {
    // The budget_change alert is new: it was not in the list before the article.
    const std::string new_id =
        *b.Evaluate(page,
                    "[...document.querySelectorAll('#recent-alerts li')].find((li) => "
                    "li.dataset.rule === 'budget_change').dataset.id");
    INFO("before: " << alerts_before << " new: " << new_id);
    CHECK(new_id.size() == 16);
    CHECK(alerts_before.find(new_id) == std::string::npos);
  }
  {
    const std::string card = *b.Evaluate(page, bytedance_budget);
    INFO(card);
    CHECK(card.find("20 bn USD") != std::string::npos);
    CHECK(card.find("12 bn USD") != std::string::npos);  // the previous value
    CHECK(*b.Evaluate(page, "document.querySelector('.card.changed') ? 'yes' : 'no'") == "yes");
  }
  CHECK(*b.Evaluate(page, "String(window.__nfMarker)") == "same page");
  WARN("ingest run: " << std::chrono::duration_cast<milliseconds>(t0 - t_start).count()
                      << " ms; stored -> card changed in the browser: " << card_ms.count()
                      << " ms");
  shot("indicators-live");

  // 3. Alert feed, newest first, with the new alert linked to its evidence.
  REQUIRE(b.Evaluate(page, "location.hash = '#/alerts'").ok());
  REQUIRE(ready("alerts"));
  CHECK(b.WaitFor(page,
                  "[...document.querySelectorAll('#alert-list li')].some((li) => "
                  "li.dataset.rule === 'budget_change' && "
                  "li.querySelector('a.article-link').getAttribute('href').includes('web-live-1'))",
                  kPatience));
  CHECK(*b.Evaluate(page,
                    "(() => { const t = [...document.querySelectorAll('#alert-list time')]"
                    ".map((x) => x.getAttribute('datetime')); return String(t.every((x, i) => "
                    "i === 0 || t[i - 1] >= x)); })()") == "true");
  shot("alerts");
  // Filtered by rule (the API's filter): only that rule's alerts.
  REQUIRE(b.Evaluate(page, "location.hash = '#/alerts?rule=budget_change'").ok());
  REQUIRE(ready("alerts"));
  CHECK(*b.Evaluate(page,
                    "(() => { const r = [...document.querySelectorAll('#alert-list li')]; "
                    "return r.length > 0 && r.every((li) => li.dataset.rule === "
                    "'budget_change') ? 'yes' : 'no'; })()") == "yes");

  // 4. Fact browser: filtered by an alias, a row expands to its evidence with the figure marked.
  REQUIRE(b.Evaluate(page, "location.hash = '#/facts?entity=bytedance&sort=-value'").ok());
  REQUIRE(ready("facts"));
  CHECK(b.WaitFor(page, "document.querySelectorAll('#fact-table tr.fact').length > 0", kPatience));
  CHECK(*b.Evaluate(page,
                    "[...document.querySelectorAll('#fact-table tr.fact')].every((r) => "
                    "r.dataset.entity === 'ByteDance') ? 'yes' : 'no'") == "yes");
  REQUIRE(b.Evaluate(page, "document.querySelector('#fact-table tr.fact td').click()").ok());
  CHECK(b.WaitFor(page,
                  "(() => { const d = document.querySelector('#fact-table tr.detail'); return d && "
                  "!d.hidden && d.querySelector('mark.figure'); })()",
                  kPatience));
  shot("facts");

  // Paging: next page holds other facts, previous brings the first page back.
  const std::string keys =
      "[...document.querySelectorAll('#fact-table tr.fact')].map((r) => r.dataset.key).join(' ')";
  REQUIRE(b.Evaluate(page, "location.hash = '#/facts?sort=-value&limit=5'").ok());
  REQUIRE(ready("facts"));
  const std::string page1 = *b.Evaluate(page, keys);
  REQUIRE(b.Evaluate(page, "document.querySelector('#next-page').click()").ok());
  REQUIRE(b.WaitFor(page, "location.hash.includes('cursor=')", kPatience));
  REQUIRE(ready("facts"));
  const std::string page2 = *b.Evaluate(page, keys);
  INFO("page 1: " << page1 << "\npage 2: " << page2);
  CHECK(std::count(page1.begin(), page1.end(), ' ') == 4);
  CHECK(std::count(page2.begin(), page2.end(), ' ') == 4);
  for (size_t at = 0; at < page1.size();) {
    const size_t sp = std::min(page1.find(' ', at), page1.size());
    CHECK((" " + page2 + " ").find(" " + page1.substr(at, sp - at) + " ") == std::string::npos);
    at = sp + 1;
  }
  REQUIRE(b.Evaluate(page, "document.querySelector('#previous-page').click()").ok());
  REQUIRE(b.WaitFor(page, "document.querySelector('#previous-page') === null", kPatience));
  REQUIRE(ready("facts"));
  CHECK(*b.Evaluate(page, keys) == page1);

  // 5. Article view: every figure marked, entity mentions underlined.
  REQUIRE(b.Evaluate(page, "location.hash = '#/article/001_e914ad4db1b51880.txt'").ok());
  REQUIRE(ready("article"));
  CHECK(b.WaitFor(page, "document.querySelectorAll('#article-body mark.figure').length >= 5",
                  kPatience));
  CHECK(b.WaitFor(page, "document.querySelectorAll('#article-body u.mention').length >= 3",
                  kPatience));
  CHECK(*b.Evaluate(page,
                    "[...document.querySelectorAll('#article-body mark.figure')].some((m) => "
                    "m.textContent.includes('12 Milliarden')) ? 'yes' : 'no'") == "yes");
  shot("article");

  // The live article: its markup title is text (the image element never existed).
  REQUIRE(b.Evaluate(page, "location.hash = '#/article/web-live-1'").ok());
  REQUIRE(ready("article"));
  CHECK(b.WaitFor(page, "document.querySelector('.article-title').textContent.includes('<img')",
                  kPatience));
  CHECK(*b.Evaluate(page, "document.querySelector('#view img') ? 'img' : 'none'") == "none");
  CHECK(*b.Evaluate(page, "String(window.__nfXss)") == "undefined");

  // 6. Entity page.
  REQUIRE(b.Evaluate(page, "location.hash = '#/entity/Nvidia'").ok());
  REQUIRE(ready("entity"));
  CHECK(b.WaitFor(page, "document.querySelector('#entity-summary') !== null", kPatience));
  CHECK(text().find("80 %") != std::string::npos);
  shot("entity");

  // 7. Operations.
  REQUIRE(b.Evaluate(page, "location.hash = '#/ops'").ok());
  REQUIRE(ready("ops"));
  CHECK(b.WaitFor(page, "document.querySelectorAll('.health .pill').length === 2", kPatience));
  CHECK(b.WaitFor(page,
                  "document.querySelectorAll('#dead-letter-table tr.dead-letter').length === 5",
                  kPatience));
  CHECK(text().find("missing required field 'body'") != std::string::npos);
  CHECK(text().find("\"id\":\"bad-4\"") != std::string::npos);  // payload preview
  CHECK(
      b.WaitFor(page,
                "(() => { const c = document.querySelector('[data-stat=\"facts stored\"] .value'); "
                "return c && Number(c.textContent.replace(/,/g, '')) > 50; })()",
                kPatience));
  shot("ops");

  // Data with markup is shown as text: no script from the data ran, the page never reloaded.
  CHECK(*b.Evaluate(page, "String(window.__nfMarker)") == "same page");
  std::string errors;
  for (const std::string& e : b.page_errors()) errors += e + "\n";
  INFO("page errors:\n" << errors);
  CHECK(b.page_errors().empty());
}

TEST_CASE("the daemon's --http serves the dashboard over its own store", "[browser][slow]") {
  REQUIRE(!nf::testing::FindChromium().empty());
  TempDir dir("browser-daemon");
  const std::string db = dir.sub("db");
  const std::string artifacts = ArtifactDir();
  IngestFile(std::string(NEWSFACTS_SOURCE_DIR) + "/tools/samples/seeds.jsonl", db,
             dir.sub("ingest.log"));

  // A file-mode daemon reading a FIFO that stays open: it runs (and serves) until EOF.
  const std::string fifo = dir.sub("input.fifo");
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  const int port = FreePort();
  Child daemon({nf::testing::NewsfactsBinary(), "ingest", "--input", fifo, "--db", db, "--http",
                "127.0.0.1:" + std::to_string(port)},
               dir.sub("daemon.log"));
  const int writer = ::open(fifo.c_str(), O_WRONLY);  // waits for the daemon to open it
  REQUIRE(writer >= 0);
  WaitListening(port);
  INFO("daemon log: " << nf::testing::ReadFile(dir.sub("daemon.log")));
  REQUIRE(Listening(port));

  auto browser = HeadlessChromium::Launch(dir.sub("profile"), artifacts + "/chromium-daemon.log");
  REQUIRE(browser.ok());
  HeadlessChromium& b = **browser;
  auto opened = b.OpenPage("http://127.0.0.1:" + std::to_string(port) + "/#/ops", 1280, 900);
  REQUIRE(opened.ok());
  const std::string page = *opened;
  CHECK(b.WaitFor(page,
                  "document.querySelector('#view').dataset.page === 'ops' && "
                  "document.querySelector('#view').dataset.ready === '1'",
                  kPatience));
  // File mode has no ingest metrics (/metrics answers 404): the page falls back to the
  // store's facts and their rate.
  CHECK(b.WaitFor(page, "document.querySelectorAll('.health .pill.ok').length === 2", kPatience));
  CHECK(
      b.WaitFor(page,
                "(() => { const c = document.querySelector('[data-stat=\"facts stored\"] .value'); "
                "return c && Number(c.textContent.replace(/,/g, '')) > 50; })()",
                kPatience));
  const auto s = b.Screenshot(page, artifacts + "/ops-daemon.png");
  CHECK(s.ok());
  // The indicators of the daemon's store.
  REQUIRE(b.Evaluate(page, "location.hash = '#/indicators'").ok());
  CHECK(b.WaitFor(page, CardProbe("ai_budget_usd", "ByteDance") + ".startsWith('12000000000|')",
                  kPatience));
  CHECK(b.page_errors().empty());

  ::close(writer);  // EOF: the daemon finishes
  CHECK(daemon.Wait(kPatience) == 0);
}

TEST_CASE("with --token the dashboard works once opened with the token, and says so without",
          "[browser][slow]") {
  REQUIRE(!nf::testing::FindChromium().empty());
  TempDir dir("browser-token");
  const std::string db = dir.sub("db");
  const std::string artifacts = ArtifactDir();
  IngestFile(std::string(NEWSFACTS_SOURCE_DIR) + "/tools/samples/seeds.jsonl", db,
             dir.sub("ingest.log"));
  const int port = FreePort();
  const std::string base = "http://127.0.0.1:" + std::to_string(port);
  Child serve({nf::testing::NewsfactsBinary(), "serve", "--db", db, "--listen",
               "127.0.0.1:" + std::to_string(port), "--token", "s3cret-token"},
              dir.sub("serve.log"));
  WaitListening(port);
  INFO("serve log: " << nf::testing::ReadFile(dir.sub("serve.log")));
  REQUIRE(Listening(port));

  auto browser = HeadlessChromium::Launch(dir.sub("profile"), artifacts + "/chromium-token.log");
  REQUIRE(browser.ok());
  HeadlessChromium& b = **browser;
  {
    // Without the token: the page loads (static files are open) and names the problem.
    auto opened = b.OpenPage(base + "/", 1280, 900);
    REQUIRE(opened.ok());
    CHECK(b.WaitFor(*opened, "document.body.innerText.includes('access_token=TOKEN')", kPatience));
    CHECK(*b.Evaluate(*opened, "document.querySelectorAll('.card').length") == "0");
  }
  // With it: data and the live streams (the token goes in the EventSource URL); the token is
  // taken out of the address bar.
  auto opened = b.OpenPage(base + "/?access_token=s3cret-token", 1280, 900);
  REQUIRE(opened.ok());
  const std::string page = *opened;
  CHECK(b.WaitFor(page, CardProbe("ai_budget_usd", "ByteDance") + ".startsWith('12000000000|')",
                  kPatience));
  CHECK(b.WaitFor(page, "document.querySelector('#live').dataset.state === 'open'", kPatience));
  CHECK(*b.Evaluate(page, "location.href.includes('s3cret') ? 'leaked' : 'clean'") == "clean");
}

TEST_CASE("the indicator filter finds a country's card by its name in any language",
          "[browser][slow]") {
  REQUIRE(!nf::testing::FindChromium().empty());
  TempDir dir("browser-filter");
  const std::string db = dir.sub("db");
  const std::string artifacts = ArtifactDir();
  {
    // Own examples: a country's budget in German and Spanish (one card, keyed "Germany") and
    // an invented firm's budget in English.
    std::ofstream out(dir.sub("articles.jsonl"));
    out << R"({"id":"filter-de","lang":"de","title":"KI-Budget","body":"Deutschland erh\u00f6ht )"
        << R"(sein Budget f\u00fcr k\u00fcnstliche Intelligenz im Jahr 2026 auf 4 Milliarden )"
        << R"(Dollar, teilte das Ministerium mit.","published_at":"2026-03-10T09:00:00Z"})"
        << "\n"
        << R"({"id":"filter-es","lang":"es","title":"Presupuesto de IA","body":"Alemania elev\u00f3 )"
        << R"(su presupuesto para inteligencia artificial en 2026 a 5.000 millones de d\u00f3lares, )"
        << R"(seg\u00fan el ministerio.","published_at":"2026-03-11T09:00:00Z"})"
        << "\n"
        << R"({"id":"filter-en","lang":"en","title":"Kralvane budget","body":"Kralvane Systems )"
        << R"(raised its budget for AI chips to 2 billion US dollars for 2026, the company )"
        << R"(said.","published_at":"2026-03-12T09:00:00Z"})"
        << "\n";
  }
  IngestFile(dir.sub("articles.jsonl"), db, dir.sub("ingest.log"));
  const int port = FreePort();
  Child serve({nf::testing::NewsfactsBinary(), "serve", "--db", db, "--listen",
               "127.0.0.1:" + std::to_string(port)},
              dir.sub("serve.log"));
  WaitListening(port);
  INFO("serve log: " << nf::testing::ReadFile(dir.sub("serve.log")));
  REQUIRE(Listening(port));

  auto browser = HeadlessChromium::Launch(dir.sub("profile"), artifacts + "/chromium-filter.log");
  REQUIRE(browser.ok());
  HeadlessChromium& b = **browser;
  auto opened = b.OpenPage("http://127.0.0.1:" + std::to_string(port) + "/#/indicators", 1280, 900);
  REQUIRE(opened.ok());
  const std::string page = *opened;
  const std::string germany = CardProbe("ai_budget_usd", "Germany");
  const std::string firm = CardProbe("ai_budget_usd", "Kralvane Systems");
  REQUIRE(b.WaitFor(page, germany + " !== '' && " + firm + " !== ''", kPatience));
  // Types `text` into the filter box as a user would (an input event per change).
  const auto type = [&](const std::string& text) {
    REQUIRE(b.Evaluate(page,
                       "(() => { const i = document.querySelector('input[type=search]'); "
                       "i.value = '" +
                           text +
                           "'; i.dispatchEvent(new Event('input')); "
                           "return 'ok'; })()")
                .ok());
  };
  for (const char* typed : {"Deutschland", "alemania", "Germany"}) {
    INFO(typed);
    type(typed);
    CHECK(b.WaitFor(page, germany + " !== '' && " + firm + " === ''", kPatience));
  }
  // Negative: another country's name, and a part of the firm's name, do not find the country.
  type("Frankreich");
  CHECK(b.WaitFor(page, germany + " === '' && " + firm + " === ''", kPatience));
  type("kralv");
  CHECK(b.WaitFor(page, germany + " === '' && " + firm + " !== ''", kPatience));
  CHECK(b.page_errors().empty());
}
