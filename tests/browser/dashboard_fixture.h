#pragma once
// The set-up every dashboard browser test shares: a store in a temporary directory fed by
// `newsfacts ingest --input FILE`, a server over it (`newsfacts serve`, or any command given,
// e.g. the daemon with --http) on a free loopback port, and a headless Chromium whose pages
// open on that server. Each test keeps its own assertions; screenshots and the browser's log
// go to <build>/browser-artifacts/.
//
// Thread-safety: one thread (Catch2 assertions). Ownership: owns the temporary directory, the
// server process (SIGKILLed by the destructor if still running) and the browser.

#include <chrono>
#include <memory>
#include <string>
#include <vector>

#include "tests/browser/chromium.h"
#include "tests/ingest/kafka_test_util.h"
#include "tests/test_util.h"

namespace newsfacts::testing {

// How long any wait for a condition may take (a page rendering, a server starting, a process
// ending). Generous on purpose: CI runs on unknown, loaded machines; a passing run waits only
// as long as the condition takes.
inline constexpr std::chrono::seconds kPatience{60};

// JavaScript: the indicator card of (indicator, entity) as "value|period|text", or "".
std::string CardProbe(const std::string& indicator, const std::string& entity);

class DashboardFixture {
 public:
  // REQUIREs an installed Chromium (tools/setup installs it). `tag` names the temporary
  // directory and the browser's log (artifacts/chromium-<tag>.log).
  explicit DashboardFixture(const std::string& tag);
  ~DashboardFixture();
  DashboardFixture(const DashboardFixture&) = delete;
  DashboardFixture& operator=(const DashboardFixture&) = delete;

  // A path in the temporary directory; the store is db().
  std::string sub(const std::string& name) const { return dir_.sub(name); }
  const std::string& db() const { return db_; }
  const std::string& artifacts() const { return artifacts_; }
  // The server's free loopback port, taken (bound to port 0, then released) on the first call
  // of port(), address() or base(): right before the server starts, so that it stays unused
  // for as short a time as possible.
  int port();
  std::string address();  // 127.0.0.1:port
  std::string base();     // http://127.0.0.1:port

  // Runs `newsfacts ingest --input file --db db()` to the end (file mode); REQUIREs exit 0.
  // Its log is sub(log_name).
  void Ingest(const std::string& file, const std::string& log_name = "ingest.log");

  // Starts `args` (argv of the newsfacts binary, which must listen on address()); its
  // stderr goes to sub("server.log"). Serving() waits until it listens.
  void StartServer(const std::vector<std::string>& args);
  // Waits until the server listens (up to kPatience); REQUIREs it, with the log as INFO.
  void Serving();
  // `newsfacts serve --db db() --listen address()` plus `extra` arguments, listening.
  void Serve(const std::vector<std::string>& extra = {});
  // The server process (to end it and check how it exited).
  Child& server() { return *server_; }

  // The browser, launched on first use.
  HeadlessChromium& browser();
  // Opens base() + path in a 1280 x 900 page; REQUIREs it opened and returns its session.
  std::string Open(const std::string& path);

 private:
  TempDir dir_;
  std::string tag_, db_, artifacts_;
  int port_ = 0;
  std::unique_ptr<Child> server_;
  std::unique_ptr<HeadlessChromium> browser_;
};

}  // namespace newsfacts::testing
