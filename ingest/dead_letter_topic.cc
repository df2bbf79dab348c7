#include "ingest/dead_letter_topic.h"

#include <fmt/format.h>

#include "common/json_writer.h"

namespace newsfacts::ingest {

std::string Base64Encode(std::string_view bytes) {
  static constexpr char kAlphabet[] =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  out.reserve((bytes.size() + 2) / 3 * 4);
  size_t i = 0;
  for (; i + 3 <= bytes.size(); i += 3) {
    const uint32_t v = static_cast<uint8_t>(bytes[i]) << 16 |
                       static_cast<uint8_t>(bytes[i + 1]) << 8 | static_cast<uint8_t>(bytes[i + 2]);
    out.push_back(kAlphabet[v >> 18]);
    out.push_back(kAlphabet[(v >> 12) & 63]);
    out.push_back(kAlphabet[(v >> 6) & 63]);
    out.push_back(kAlphabet[v & 63]);
  }
  const size_t rest = bytes.size() - i;
  if (rest > 0) {
    uint32_t v = static_cast<uint8_t>(bytes[i]) << 16;
    if (rest == 2) v |= static_cast<uint8_t>(bytes[i + 1]) << 8;
    out.push_back(kAlphabet[v >> 18]);
    out.push_back(kAlphabet[(v >> 12) & 63]);
    out.push_back(rest == 2 ? kAlphabet[(v >> 6) & 63] : '=');
    out.push_back('=');
  }
  return out;
}

std::string DeadLetterEnvelope(const store::DeadLetter& d) {
  const std::string_view source = d.position.source;
  std::string out;
  common::JsonWriter w(&out);
  w.BeginObject();
  w.Key("reason").String(d.reason);
  w.Key("source").String(source);
  w.Key("topic").String(source.rfind("kafka:", 0) == 0 ? source.substr(6) : std::string_view());
  w.Key("partition").Int(d.position.partition);
  w.Key("offset").Int(d.position.offset);
  w.Key("rejected_at_ms").Int(d.at_ms);
  w.Key("payload_base64").String(Base64Encode(d.payload));
  w.EndObject();
  return out;
}

Status DeadLetterTopic::Publish(const store::DeadLetter& d) {
  const std::string key =
      fmt::format("{}/{}/{}", d.position.source, d.position.partition, d.position.offset);
  return producer_->Produce(topic_, key, DeadLetterEnvelope(d));
}

}  // namespace newsfacts::ingest
