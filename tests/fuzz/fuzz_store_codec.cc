// libFuzzer harness: the store's value codecs (store/codec.h). The first byte picks the record
// type (fact, mention, article, dead letter); the rest is decoded. Whatever decodes must
// survive decode -> encode -> decode unchanged (the re-encodings are byte-identical).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "store/codec.h"

namespace {

namespace codec = newsfacts::store::codec;
using newsfacts::store::DeadLetter;
using newsfacts::store::Fact;
using newsfacts::store::StoredArticle;

void Check(bool ok) {
  if (!ok) std::abort();
}

// decode(bytes) ok => encode(decoded) decodes, and encoding that again gives the same bytes.
template <typename T, typename Decode, typename Encode>
void RoundTrip(std::string_view bytes, Decode decode, Encode encode) {
  T first;
  if (!decode(bytes, &first)) return;
  const std::string once = encode(first);
  T second;
  Check(decode(once, &second));
  Check(encode(second) == once);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const std::string_view bytes(reinterpret_cast<const char*>(data) + 1, size - 1);
  switch (data[0] % 4) {
    case 0:
      RoundTrip<Fact>(
          bytes, [](std::string_view v, Fact* f) { return codec::DecodeFact(v, f).ok(); },
          [](const Fact& f) { return codec::EncodeFact(f); });
      break;
    case 1:
      RoundTrip<newsfacts::extract::EntityMention>(
          bytes,
          [](std::string_view v, newsfacts::extract::EntityMention* m) {
            return codec::DecodeMention(v, m).ok();
          },
          [](const newsfacts::extract::EntityMention& m) { return codec::EncodeMention(m); });
      break;
    case 2: {
      uint64_t hash = 0;
      RoundTrip<StoredArticle>(
          bytes,
          [&hash](std::string_view v, StoredArticle* a) {
            return codec::DecodeArticle(v, a, &hash).ok();
          },
          [&hash](const StoredArticle& a) { return codec::EncodeArticle(a, hash); });
      break;
    }
    default:
      RoundTrip<DeadLetter>(
          bytes,
          [](std::string_view v, DeadLetter* d) { return codec::DecodeDeadLetter(v, d).ok(); },
          [](const DeadLetter& d) { return codec::EncodeDeadLetter(d); });
      break;
  }
  return 0;
}
