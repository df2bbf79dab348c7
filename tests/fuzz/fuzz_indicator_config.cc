// libFuzzer harness: IndicatorConfig::Parse on arbitrary TOML text. Errors are values: it
// must never crash, throw or hit UB (e.g. a float too large for an integer field).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "ingest/indicator_config.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view toml(reinterpret_cast<const char*>(data), size);
  auto config = newsfacts::ingest::IndicatorConfig::Parse(toml, "fuzz");
  (void)config.ok();
  return 0;
}
