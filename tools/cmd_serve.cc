// newsfacts serve: the HTTP API and dashboard over a DB (ingest/api.h). Opens the DB as a
// RocksDB secondary instance, like `query`, so it runs while `newsfacts ingest` writes, and
// catches up with the writer every poll.
#include <fmt/format.h>

#include <cstdio>
#include <memory>
#include <string>

#include "common/terminal.h"
#include "ingest/api.h"
#include "ingest/indicator_config.h"
#include "ingest/ingest_metrics.h"
#include "store/store.h"
#include "tools/cli_util.h"
#include "tools/command.h"

namespace newsfacts::tools {

namespace {

struct ServeArgs {
  std::string db;
  std::string listen = "127.0.0.1:8080";
  std::string token;
  bool insecure_public = false;
  std::string indicators_config;
  size_t max_connections = ingest::HttpServerOptions().max_connections;
  int poll_ms = 50;
};

int RunServe(const ServeArgs& args) {
  std::string host;
  int port = 0;
  common::Status a = ingest::ParseHostPort(args.listen, &host, &port);
  if (!a.ok()) throw UsageError(a.message());
  if (!ingest::IsLoopbackHost(host) && args.token.empty() && !args.insecure_public)
    throw UsageError("--listen " + args.listen +
                     " is reachable from other hosts: add --token TOKEN or --insecure-public");
  if (args.poll_ms < 1 || args.poll_ms > 60000) throw UsageError("--poll-ms must be 1..60000");
  ingest::IndicatorConfig config = ingest::IndicatorConfig::Default();
  if (!args.indicators_config.empty()) {
    auto c = ingest::IndicatorConfig::Load(args.indicators_config);
    if (!c.ok()) throw UsageError(c.status().message());
    config = std::move(c).value();
  }
  std::unique_ptr<store::Store> db = OpenReadOnly("serve", args.db);
  if (!db) return kExitRuntime;
  ingest::ApiOptions api;
  api.http.token = args.token;
  api.http.insecure_public = args.insecure_public;
  api.http.max_connections = args.max_connections;
  api.config = &config;
  api.poll_ms = args.poll_ms;
  api.catch_up = true;
  const std::atomic<bool>& stop = InstallStopSignals();
  auto server = ingest::ApiServer::Start(db.get(), args.listen, std::move(api));
  if (!server.ok()) return Failed("serve", server.status());
  CliReport("serve", fmt::format("listening on http://{} (dashboard /, API /api/v1)", args.listen));
  while (SleepUnlessStopped(stop, 3600)) {
  }
  (*server)->Stop();
  return kExitOk;
}

}  // namespace

Command AddServeCommand(CLI::App& app) {
  auto args = std::make_shared<ServeArgs>();
  Command c;
  c.app = app.add_subcommand(
      "serve", "HTTP API and dashboard over a DB (read-only; works while an ingest is running)");
  c.app->add_option("--db", args->db, "Database directory")->required();
  c.app->add_option("--listen", args->listen, "HOST:PORT to serve on (default 127.0.0.1:8080)");
  c.app->add_option("--token", args->token,
                    "Require 'Authorization: Bearer TOKEN' (needed for a non-loopback --listen)");
  c.app->add_flag("--insecure-public", args->insecure_public,
                  "Allow a non-loopback --listen address without --token");
  c.app->add_option("--indicators-config", args->indicators_config,
                    "Indicator config (TOML; default: the built-in set)");
  c.app->add_option("--max-connections", args->max_connections,
                    "Connections served at once (worker threads)");
  c.app->add_option("--poll-ms", args->poll_ms,
                    "How often to look for the writer's new data (SSE latency), ms");
  c.run = [args] { return RunServe(*args); };
  return c;
}

}  // namespace newsfacts::tools
