#include "ingest/http_server.h"

#include <charconv>
#include <chrono>
#include <cstdint>

#include "common/json_writer.h"
#include "ingest/ingest_metrics.h"

namespace newsfacts::ingest {

std::string_view ErrorCodeOf(int status) {
  switch (status) {
    case 400:
      return "bad_request";
    case 401:
      return "unauthorized";
    case 403:
      return "forbidden";
    case 404:
      return "not_found";
    case 405:
      return "method_not_allowed";
    case 406:
      return "not_acceptable";
    case 408:
      return "request_timeout";
    case 413:
      return "payload_too_large";
    case 414:
      return "uri_too_long";
    case 416:
      return "range_not_satisfiable";
    case 431:
      return "request_header_fields_too_large";
    case 503:
      return "unavailable";
    default:
      return status >= 500 ? "internal" : "error";
  }
}

void SendError(httplib::Response& res, int status, std::string_view code,
               std::string_view message) {
  std::string body;
  common::JsonWriter w(&body);
  w.BeginObject().Key("error").BeginObject();
  w.Key("code").String(code).Key("message").String(message);
  w.EndObject().EndObject();
  body.push_back('\n');
  res.status = status;
  res.set_content(body, "application/json");
}

HttpServer::HttpServer(HttpServerOptions options) : options_(std::move(options)) {}

HttpServer::~HttpServer() {
  Stop();
}

namespace {

bool PublicPath(const std::string& path) {
  return path == "/healthz" || path == "/" || path.rfind("/ui/", 0) == 0;
}

}  // namespace

common::Status HttpServer::Start(const std::string& address) {
  std::string host;
  int port = 0;
  // Port 0 (any free port, for tests) is not a valid --listen port for ParseHostPort.
  const bool any_port = address.size() > 2 && address.compare(address.size() - 2, 2, ":0") == 0;
  NEWSFACTS_RETURN_IF_ERROR(ParseHostPort(
      any_port ? address.substr(0, address.size() - 1) + "1" : address, &host, &port));
  if (any_port) port = 0;
  const HttpServerOptions& o = options_;
  if (!IsLoopbackHost(host) && o.token.empty() && !o.insecure_public) {
    return common::Status::InvalidArgument(
        address +
        " is reachable from other hosts: give a token (clients send 'Authorization: Bearer "
        "TOKEN') or allow it explicitly with --insecure-public");
  }
  const std::string expected = o.token.empty() ? std::string() : "Bearer " + o.token;
  const std::string token = o.token;
  const size_t max_header = o.max_header_bytes;
  const size_t max_body = o.max_body_bytes;
  server_.set_pre_routing_handler([expected, token, max_header, max_body](
                                      const httplib::Request& req, httplib::Response& res) {
    size_t header_bytes = 0;
    for (const auto& [k, v] : req.headers) header_bytes += k.size() + v.size() + 4;
    if (header_bytes > max_header) {
      SendError(res, 431, ErrorCodeOf(431),
                "request headers are " + std::to_string(header_bytes) + " bytes, at most " +
                    std::to_string(max_header) + " allowed");
      return httplib::Server::HandlerResponse::Handled;
    }
    const std::string length = req.get_header_value("Content-Length");
    uint64_t body_bytes = 0;
    const auto parsed = std::from_chars(length.data(), length.data() + length.size(), body_bytes);
    if (!length.empty() && (parsed.ec != std::errc() || body_bytes > max_body)) {
      SendError(
          res, 413, ErrorCodeOf(413),
          "request body of " + length + " bytes, at most " + std::to_string(max_body) + " allowed");
      return httplib::Server::HandlerResponse::Handled;
    }
    if (req.method != "GET" && req.method != "HEAD") {
      res.set_header("Allow", "GET, HEAD");
      SendError(res, 405, ErrorCodeOf(405), "method " + req.method + " is not allowed; use GET");
      return httplib::Server::HandlerResponse::Handled;
    }
    if (!expected.empty() && !PublicPath(req.path) &&
        req.get_header_value("Authorization") != expected &&
        req.get_param_value("access_token") != token) {
      res.set_header("WWW-Authenticate", "Bearer");
      SendError(res, 401, ErrorCodeOf(401),
                "missing or wrong bearer token (send 'Authorization: Bearer TOKEN')");
      return httplib::Server::HandlerResponse::Handled;
    }
    return httplib::Server::HandlerResponse::Unhandled;
  });
  // Statuses httplib sets itself (404 no route, 413, 414, 400 unparsable) get a JSON body.
  server_.set_error_handler(
      httplib::Server::HandlerWithResponse([](const httplib::Request& req, httplib::Response& res) {
        if (!res.body.empty()) return httplib::Server::HandlerResponse::Unhandled;
        std::string message;
        switch (res.status) {
          case 404:
            message = "no such route: " + req.path;
            break;
          case 413:
            message = "request body too large";
            break;
          case 414:
            message = "request line too long";
            break;
          default:
            message = "request refused (HTTP " + std::to_string(res.status) + ")";
        }
        SendError(res, res.status, ErrorCodeOf(res.status), message);
        return httplib::Server::HandlerResponse::Handled;
      }));
  server_.set_exception_handler(
      [](const httplib::Request&, httplib::Response& res, const std::exception_ptr& ep) {
        std::string what = "internal error";
        try {
          if (ep) std::rethrow_exception(ep);
        } catch (const std::exception& e) {
          what = e.what();
        } catch (...) {
        }
        SendError(res, 500, "internal", what);
      });
  const size_t pool = std::max<size_t>(2, o.max_connections);
  server_.new_task_queue = [pool] { return new httplib::ThreadPool(pool); };
  server_.set_read_timeout(o.io_timeout_seconds, 0);
  server_.set_write_timeout(o.io_timeout_seconds, 0);
  server_.set_keep_alive_timeout(o.keep_alive_seconds);
  server_.set_keep_alive_max_count(100);
  server_.set_payload_max_length(o.max_body_bytes);
  // Headers and body go out in separate writes: without TCP_NODELAY, Nagle's algorithm and
  // the client's delayed ACK add ~40 ms to every response.
  server_.set_tcp_nodelay(true);
  if (port == 0) {
    port_ = server_.bind_to_any_port(host);
    if (port_ <= 0) return common::Status::IoError("cannot listen on " + address);
  } else {
    if (!server_.bind_to_port(host, port))
      return common::Status::IoError("cannot listen on " + address);
    port_ = port;
  }
  thread_ = std::thread([this] { server_.listen_after_bind(); });
  // Until the loop runs, httplib's stop() is a no-op and Stop() would wait forever.
  for (int i = 0; i < 500 && !server_.is_running(); ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
  }
  return common::Status::Ok();
}

void HttpServer::Stop() {
  stopping_.store(true);
  if (!thread_.joinable()) return;
  server_.stop();
  thread_.join();
}

bool HttpServer::BeginStream() {
  size_t n = streams_.load();
  while (n < options_.max_streams) {
    if (streams_.compare_exchange_weak(n, n + 1)) return true;
  }
  return false;
}

void HttpServer::EndStream() {
  streams_.fetch_sub(1);
}

}  // namespace newsfacts::ingest
