// The web dashboard in a real browser (ctest label "browser"): headless Chromium, driven over
// the DevTools protocol, loads the dashboard from `newsfacts serve` over a store fed with the
// seed articles; an article ingested while the page is open must show up as a changed card
// and a new alert without a reload. Screenshots of every page go to
// build/browser-artifacts/*.png. The store, server and browser set-up is DashboardFixture's
// (dashboard_fixture.h); each test keeps its own assertions.

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <string>

#include "tests/browser/dashboard_fixture.h"

namespace nf = newsfacts;
using nf::testing::CardProbe;
using nf::testing::DashboardFixture;
using nf::testing::HeadlessChromium;
using nf::testing::kPatience;
using std::chrono::milliseconds;

TEST_CASE("the dashboard shows the stored facts and follows a live article without reload",
          "[browser][slow]") {
  DashboardFixture f("dashboard");
  f.Ingest(std::string(NEWSFACTS_SOURCE_DIR) + "/tools/samples/seeds.jsonl");
  // Five malformed messages: dead letters for the operations page.
  f.Ingest(std::string(NEWSFACTS_SOURCE_DIR) + "/tools/samples/bad.jsonl", "ingest-bad.log");
  f.Serve();
  HeadlessChromium& b = f.browser();
  const std::string page = f.Open("/");
  const std::string artifacts = f.artifacts();
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
  const std::string extra = f.sub("extra.jsonl");
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
  f.Ingest(extra, "ingest2.log");
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
  DashboardFixture f("daemon");
  f.Ingest(std::string(NEWSFACTS_SOURCE_DIR) + "/tools/samples/seeds.jsonl");

  // A file-mode daemon reading a FIFO that stays open: it runs (and serves) until EOF.
  const std::string fifo = f.sub("input.fifo");
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  f.StartServer({"ingest", "--input", fifo, "--db", f.db(), "--http", f.address()});
  const int writer = ::open(fifo.c_str(), O_WRONLY);  // waits for the daemon to open it
  REQUIRE(writer >= 0);
  f.Serving();

  HeadlessChromium& b = f.browser();
  const std::string page = f.Open("/#/ops");
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
  const auto s = b.Screenshot(page, f.artifacts() + "/ops-daemon.png");
  CHECK(s.ok());
  // The indicators of the daemon's store.
  REQUIRE(b.Evaluate(page, "location.hash = '#/indicators'").ok());
  CHECK(b.WaitFor(page, CardProbe("ai_budget_usd", "ByteDance") + ".startsWith('12000000000|')",
                  kPatience));
  CHECK(b.page_errors().empty());

  ::close(writer);  // EOF: the daemon finishes
  CHECK(f.server().Wait(kPatience) == 0);
}

TEST_CASE("with --token the dashboard works once opened with the token, and says so without",
          "[browser][slow]") {
  DashboardFixture f("token");
  f.Ingest(std::string(NEWSFACTS_SOURCE_DIR) + "/tools/samples/seeds.jsonl");
  f.Serve({"--token", "s3cret-token"});
  HeadlessChromium& b = f.browser();
  {
    // Without the token: the page loads (static files are open) and names the problem.
    const std::string page = f.Open("/");
    CHECK(b.WaitFor(page, "document.body.innerText.includes('access_token=TOKEN')", kPatience));
    CHECK(*b.Evaluate(page, "document.querySelectorAll('.card').length") == "0");
  }
  // With it: data and the live streams (the token goes in the EventSource URL); the token is
  // taken out of the address bar.
  const std::string page = f.Open("/?access_token=s3cret-token");
  CHECK(b.WaitFor(page, CardProbe("ai_budget_usd", "ByteDance") + ".startsWith('12000000000|')",
                  kPatience));
  CHECK(b.WaitFor(page, "document.querySelector('#live').dataset.state === 'open'", kPatience));
  CHECK(*b.Evaluate(page, "location.href.includes('s3cret') ? 'leaked' : 'clean'") == "clean");
}

TEST_CASE("the indicator filter finds a country's card by its name in any language",
          "[browser][slow]") {
  DashboardFixture f("filter");
  {
    // Own examples: a country's budget in German and Spanish (one card, keyed "Germany") and
    // an invented firm's budget in English.
    std::ofstream out(f.sub("articles.jsonl"));
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
  f.Ingest(f.sub("articles.jsonl"));
  f.Serve();
  HeadlessChromium& b = f.browser();
  const std::string page = f.Open("/#/indicators");
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
  const std::string country_only = germany + " !== '' && " + firm + " === ''";
  // A failed resolve is not remembered as "resolves to nothing": the page's first resolve
  // request fails (as offline), and the same text typed again is asked again and found.
  REQUIRE(b.Evaluate(page,
                     "(() => { const real = window.fetch; window.resolveFailures = 0; "
                     "window.fetch = (url, init) => { if (String(url).includes('/api/v1/resolve') "
                     "&& window.resolveFailures === 0) { window.resolveFailures = 1; "
                     "return Promise.reject(new TypeError('offline')); } "
                     "return real(url, init); }; return 'ok'; })()")
              .ok());
  type("Deutschland");
  REQUIRE(b.WaitFor(page, "window.resolveFailures === 1", kPatience));
  CHECK(b.WaitFor(page, germany + " === '' && " + firm + " === ''", kPatience));
  type("Deutschland");
  CHECK(b.WaitFor(page, country_only, kPatience));
  for (const char* typed : {"Deutschland", "alemania", "Germany"}) {
    INFO(typed);
    type(typed);
    CHECK(b.WaitFor(page, country_only, kPatience));
  }
  // The box asks the light resolver (GET /api/v1/resolve), never the entity summary.
  {
    const std::string asked =
        *b.Evaluate(page, "performance.getEntriesByType('resource').map((e) => e.name).join(' ')");
    INFO("requests: " << asked);
    CHECK(asked.find("/api/v1/resolve?name=Deutschland") != std::string::npos);
    CHECK(asked.find("/api/v1/entities/") == std::string::npos);
  }
  // Negative: another country's name, and a part of the firm's name, do not find the country.
  type("Frankreich");
  CHECK(b.WaitFor(page, germany + " === '' && " + firm + " === ''", kPatience));
  type("kralv");
  CHECK(b.WaitFor(page, germany + " === '' && " + firm + " !== ''", kPatience));
  CHECK(b.page_errors().empty());
}
