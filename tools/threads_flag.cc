#include "tools/threads_flag.h"

#include <fmt/format.h>

#include "common/terminal.h"
#include "ingest/worker_pool.h"
#include "tools/command.h"

namespace newsfacts::tools {

void AddThreadsOption(CLI::App* app, std::string* value) {
  app->add_option("--threads", *value,
                  fmt::format("Threads that extract articles (default: hardware threads, {} here)",
                              ingest::WorkerPool::DefaultThreads()));
}

size_t ThreadsFromFlag(const std::string& value) {
  if (value.empty()) return ingest::WorkerPool::DefaultThreads();
  auto n = ingest::WorkerPool::ParseThreads(value);
  if (!n) {
    throw UsageError(fmt::format("--threads must be an integer from 1 to {} (got \"{}\")",
                                 ingest::WorkerPool::kMaxThreads, common::TerminalSafe(value)));
  }
  return *n;
}

}  // namespace newsfacts::tools
