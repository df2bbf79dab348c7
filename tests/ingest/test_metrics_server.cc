// The /metrics server's bounds (issue 13): idle or slow clients cannot starve scrapes,
// non-loopback binds need a token or --insecure-public, IPv6 addresses in brackets work.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <string>
#include <thread>
#include <vector>

#include "ingest/ingest_metrics.h"
#include "tests/test_util.h"

using namespace newsfacts;
using Code = common::Status::Code;

namespace {

// A free TCP port on the loopback address of `family` (-1: no such loopback).
int FreePort(int family = AF_INET) {
  return testing::FreeLoopbackPort(family);
}

// A connected socket to the loopback `port` (-1 on failure).
int Connect(int port, int family = AF_INET) {
  const int fd = ::socket(family, SOCK_STREAM, 0);
  sockaddr_storage ss{};
  socklen_t len;
  if (family == AF_INET6) {
    auto* a = reinterpret_cast<sockaddr_in6*>(&ss);
    a->sin6_family = AF_INET6;
    a->sin6_addr = in6addr_loopback;
    a->sin6_port = htons(static_cast<uint16_t>(port));
    len = sizeof *a;
  } else {
    auto* a = reinterpret_cast<sockaddr_in*>(&ss);
    a->sin_family = AF_INET;
    a->sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    a->sin_port = htons(static_cast<uint16_t>(port));
    len = sizeof *a;
  }
  if (::connect(fd, reinterpret_cast<sockaddr*>(&ss), len) != 0) {
    ::close(fd);
    return -1;
  }
  return fd;
}

// One GET /metrics; returns the whole response ("" when the server did not answer within
// `timeout`).
std::string Scrape(int port, const std::string& extra_headers = "", int family = AF_INET,
                   std::chrono::milliseconds timeout = std::chrono::milliseconds(3000)) {
  const int fd = Connect(port, family);
  if (fd < 0) return "";
  timeval tv{static_cast<time_t>(timeout.count() / 1000),
             static_cast<suseconds_t>(timeout.count() % 1000 * 1000)};
  ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
  const std::string req =
      "GET /metrics HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n" + extra_headers + "\r\n";
  std::string response;
  if (::write(fd, req.data(), req.size()) == static_cast<ssize_t>(req.size())) {
    char buf[4096];
    ssize_t n;
    while ((n = ::read(fd, buf, sizeof buf)) > 0) response.append(buf, static_cast<size_t>(n));
  }
  ::close(fd);
  return response;
}

}  // namespace

TEST_CASE("metrics addresses: HOST:PORT and [IPv6]:PORT", "[ingest][metrics]") {
  std::string host;
  int port = 0;
  REQUIRE(ingest::ParseHostPort("127.0.0.1:9464", &host, &port).ok());
  CHECK(host == "127.0.0.1");
  CHECK(port == 9464);
  REQUIRE(ingest::ParseHostPort("[::1]:9464", &host, &port).ok());
  CHECK(host == "::1");
  REQUIRE(ingest::ParseHostPort("[::]:80", &host, &port).ok());
  CHECK(host == "::");
  CHECK(ingest::ParseHostPort("::1:9464", &host, &port).code() == Code::kInvalidArgument);
  CHECK(ingest::ParseHostPort("[::1]", &host, &port).code() == Code::kInvalidArgument);
  CHECK(ingest::ParseHostPort("[::1]:0", &host, &port).code() == Code::kInvalidArgument);
  CHECK(ingest::ParseHostPort("host:12x", &host, &port).code() == Code::kInvalidArgument);
  CHECK(ingest::IsLoopbackHost("127.0.0.1"));
  CHECK(ingest::IsLoopbackHost("::1"));
  CHECK_FALSE(ingest::IsLoopbackHost("0.0.0.0"));
  CHECK_FALSE(ingest::IsLoopbackHost("::"));
}

TEST_CASE("a public metrics address needs a token or --insecure-public", "[ingest][metrics]") {
  ingest::IngestMetrics metrics;
  ingest::MetricsServer open_server(&metrics);
  const auto s = open_server.Start("0.0.0.0:" + std::to_string(FreePort()));
  CHECK(s.code() == Code::kInvalidArgument);
  CHECK_THAT(s.message(), Catch::Contains("--metrics-token"));

  ingest::MetricsServerOptions o;
  o.insecure_public = true;
  ingest::MetricsServer insecure(&metrics, o);
  CHECK(insecure.Start("0.0.0.0:" + std::to_string(FreePort())).ok());
}

TEST_CASE("with a token, scrapes without it get 401", "[ingest][metrics]") {
  ingest::IngestMetrics metrics;
  ingest::MetricsServerOptions o;
  o.token = "s3cret";
  ingest::MetricsServer server(&metrics, o);
  const int port = FreePort();
  REQUIRE(server.Start("127.0.0.1:" + std::to_string(port)).ok());
  CHECK_THAT(Scrape(port), Catch::Contains(" 401 "));
  CHECK_THAT(Scrape(port, "Authorization: Bearer wrong\r\n"), Catch::Contains(" 401 "));
  const std::string ok = Scrape(port, "Authorization: Bearer s3cret\r\n");
  CHECK_THAT(ok, Catch::Contains(" 200 "));
  CHECK_THAT(ok, Catch::Contains("newsfacts_articles_total 0"));
}

TEST_CASE("IPv6 loopback in brackets serves metrics", "[ingest][metrics]") {
  const int port = FreePort(AF_INET6);
  if (port < 0) {
    WARN("skipped: no IPv6 loopback here");
    return;
  }
  ingest::IngestMetrics metrics;
  ingest::MetricsServer server(&metrics);
  REQUIRE(server.Start("[::1]:" + std::to_string(port)).ok());
  CHECK_THAT(Scrape(port, "", AF_INET6), Catch::Contains(" 200 "));
}

TEST_CASE("30 idle or slow connections do not starve scrapes", "[ingest][metrics][slow]") {
  ingest::IngestMetrics metrics;
  ingest::MetricsServer server(&metrics);
  const int port = FreePort();
  REQUIRE(server.Start("127.0.0.1:" + std::to_string(port)).ok());
  std::vector<int> idle;
  for (int i = 0; i < 30; ++i) {
    const int fd = Connect(port);
    REQUIRE(fd >= 0);
    if (i % 2 == 0) {  // half send the start of a request and then nothing
      const std::string part = "GET /metrics HTTP/1.1\r\nHost: x\r\n";
      REQUIRE(::write(fd, part.data(), part.size()) > 0);
    }
    idle.push_back(fd);
  }
  int answered = 0;
  const auto t0 = std::chrono::steady_clock::now();
  // Each scrape may wait 10 s (a loaded CI machine is slow); a server that served the idle
  // connections first (30 x its 1 s I/O timeout) would still miss that.
  for (int i = 0; i < 10; ++i) {
    if (Scrape(port, "", AF_INET, std::chrono::seconds(10)).find(" 200 ") != std::string::npos)
      ++answered;
  }
  const auto took = std::chrono::steady_clock::now() - t0;
  for (int fd : idle) ::close(fd);
  INFO("10 scrapes took " << std::chrono::duration_cast<std::chrono::milliseconds>(took).count()
                          << " ms");
  CHECK(answered == 10);
  CHECK(took < std::chrono::seconds(30));
}
