#include "tests/browser/dashboard_fixture.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <thread>

namespace newsfacts::testing {

namespace {

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

}  // namespace

std::string CardProbe(const std::string& indicator, const std::string& entity) {
  return "(() => { const c = [...document.querySelectorAll('.card')].find((c) => "
         "c.dataset.indicator === '" +
         indicator + "' && c.dataset.entity === '" + entity +
         "'); return c ? c.dataset.value + '|' + c.dataset.period + '|' + c.innerText : ''; })()";
}

DashboardFixture::DashboardFixture(const std::string& tag)
    : dir_("browser-" + tag),
      tag_(tag),
      db_(dir_.sub("db")),
      artifacts_(std::string(NEWSFACTS_BINARY_DIR) + "/browser-artifacts") {
  const std::string chromium = FindChromium();
  INFO("chromium: " << (chromium.empty() ? "not installed (tools/setup installs it)" : chromium));
  REQUIRE(!chromium.empty());
  std::filesystem::create_directories(artifacts_);
}

DashboardFixture::~DashboardFixture() = default;

int DashboardFixture::port() {
  if (port_ == 0) {
    port_ = FreeLoopbackPort(AF_INET);  // bound to port 0, then released
    REQUIRE(port_ > 0);
  }
  return port_;
}

std::string DashboardFixture::address() {
  return "127.0.0.1:" + std::to_string(port());
}

std::string DashboardFixture::base() {
  return "http://" + address();
}

void DashboardFixture::Ingest(const std::string& file, const std::string& log_name) {
  Child ingest({NewsfactsBinary(), "ingest", "--input", file, "--db", db_}, sub(log_name));
  REQUIRE(ingest.Wait(kPatience) == 0);
}

void DashboardFixture::StartServer(const std::vector<std::string>& args) {
  REQUIRE(!server_);
  std::vector<std::string> argv{NewsfactsBinary()};
  argv.insert(argv.end(), args.begin(), args.end());
  server_ = std::make_unique<Child>(argv, sub("server.log"));
}

void DashboardFixture::Serving() {
  const auto deadline = std::chrono::steady_clock::now() + kPatience;
  while (!Listening(port()) && std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  INFO("server log: " << ReadFile(sub("server.log")));
  REQUIRE(Listening(port()));
}

void DashboardFixture::Serve(const std::vector<std::string>& extra) {
  std::vector<std::string> args{"serve", "--db", db_, "--listen", address()};
  args.insert(args.end(), extra.begin(), extra.end());
  StartServer(args);
  Serving();
}

HeadlessChromium& DashboardFixture::browser() {
  if (!browser_) {
    auto b = HeadlessChromium::Launch(sub("profile"), artifacts_ + "/chromium-" + tag_ + ".log");
    INFO(b.status().ToString());
    REQUIRE(b.ok());
    browser_ = std::move(b).value();
  }
  return *browser_;
}

std::string DashboardFixture::Open(const std::string& path) {
  auto opened = browser().OpenPage(base() + path, 1280, 900);
  INFO(opened.status().ToString());
  REQUIRE(opened.ok());
  return *opened;
}

}  // namespace newsfacts::testing
