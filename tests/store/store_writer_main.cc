// newsfacts_store_test_writer: a child process for the store tests.
//   newsfacts_store_test_writer DB REPORT FIRST COUNT DELAY_US
// Stores articles w<FIRST>..w<FIRST+COUNT-1> one Write each (sync_writes on), re-storing
// every third one with new content (version 1). After each Write returns it appends
// "<id> <version>\n" to REPORT and fsyncs it, so REPORT lists only durable writes.
// Exit codes: 0 done, 1 store error.

#include <fcntl.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <string>

#include "store/store.h"
#include "tests/store/store_test_util.h"

namespace ns = newsfacts::store;
namespace nt = newsfacts::store::testing;

// Facts per (article number, version): the checker recomputes this.
static int FactsFor(long n, int version) {
  return static_cast<int>((n * 7 + version * 3) % 9);
}

int main(int argc, char** argv) {
  if (argc != 6) {
    std::fprintf(stderr, "usage: %s DB REPORT FIRST COUNT DELAY_US\n", argv[0]);
    return 2;
  }
  const std::string db = argv[1];
  const long first = std::atol(argv[3]), count = std::atol(argv[4]);
  const long delay_us = std::atol(argv[5]);
  ns::OpenOptions o;
  o.sync_writes = true;
  auto store = ns::Store::Open(db, o);
  if (!store.ok()) {
    std::fprintf(stderr, "open: %s\n", store.status().ToString().c_str());
    return 1;
  }
  const int report = ::open(argv[2], O_WRONLY | O_CREAT | O_APPEND, 0644);
  if (report < 0) return 1;
  auto put = [&](long n, int version) -> bool {
    std::string id = "w";
    id += std::to_string(n);
    ns::Batch batch;
    batch.PutArticle(nt::MakeArticle(id, version, 1700000000000 + n * 1000),
                     nt::MakeExtraction(FactsFor(n, version), version), {"file:w", 0, n}, 1, n);
    batch.SetNextOffset({"file:w", 0, n + 1});
    auto r = (*store)->Write(batch);
    if (!r.ok()) {
      std::fprintf(stderr, "write: %s\n", r.status().ToString().c_str());
      return false;
    }
    const std::string line = id + " " + std::to_string(version) + "\n";
    if (::write(report, line.data(), line.size()) != static_cast<ssize_t>(line.size()))
      return false;
    ::fsync(report);
    return true;
  };
  for (long n = first; n < first + count; ++n) {
    if (!put(n, 0)) return 1;
    if (n % 3 == 0 && !put(n, 1)) return 1;
    if (delay_us) ::usleep(static_cast<useconds_t>(delay_us));
  }
  ::close(report);
  return 0;
}
