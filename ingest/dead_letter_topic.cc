#include "ingest/dead_letter_topic.h"

#include <fmt/format.h>

namespace newsfacts::ingest {

namespace {

void AppendJsonString(std::string_view s, std::string* out) {
  out->push_back('"');
  for (unsigned char c : s) {
    switch (c) {
      case '"':
        out->append("\\\"");
        break;
      case '\\':
        out->append("\\\\");
        break;
      case '\n':
        out->append("\\n");
        break;
      case '\r':
        out->append("\\r");
        break;
      case '\t':
        out->append("\\t");
        break;
      default:
        if (c < 0x20) {
          out->append(fmt::format("\\u{:04x}", c));
        } else {
          out->push_back(static_cast<char>(c));
        }
    }
  }
  out->push_back('"');
}

}  // namespace

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
  std::string out = "{\"reason\":";
  AppendJsonString(d.reason, &out);
  out.append(",\"source\":");
  AppendJsonString(d.position.source, &out);
  out.append(",\"topic\":");
  const std::string_view source = d.position.source;
  AppendJsonString(source.rfind("kafka:", 0) == 0 ? source.substr(6) : std::string_view(), &out);
  out.append(fmt::format(",\"partition\":{},\"offset\":{},\"rejected_at_ms\":{}",
                         d.position.partition, d.position.offset, d.at_ms));
  out.append(",\"payload_base64\":\"");
  out.append(Base64Encode(d.payload));
  out.append("\"}");
  return out;
}

Status DeadLetterTopic::Publish(const store::DeadLetter& d) {
  const std::string key =
      fmt::format("{}/{}/{}", d.position.source, d.position.partition, d.position.offset);
  return producer_->Produce(topic_, key, DeadLetterEnvelope(d));
}

}  // namespace newsfacts::ingest
