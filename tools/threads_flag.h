#pragma once
// --threads N: how many threads decode and extract, for `ingest`, `extract` and `reindex`
// (one flag, one parser; the pool itself is ingest/worker_pool.h). Default: the number of
// hardware threads. Thread-safety: call during start-up only.

#include <CLI/CLI.hpp>
#include <cstddef>
#include <string>

namespace newsfacts::tools {

// Registers --threads on `app`, bound to *value (left empty when the flag is absent).
void AddThreadsOption(CLI::App* app, std::string* value);

// The thread count of a --threads value ("" = the default). Throws UsageError (exit 2) for
// anything but an integer in [1, WorkerPool::kMaxThreads].
[[nodiscard]] size_t ThreadsFromFlag(const std::string& value);

}  // namespace newsfacts::tools
