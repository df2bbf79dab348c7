#include "ingest/article_decoder.h"

#include <simdjson.h>

#include <cstring>
#include <string>

#include "common/time.h"
#include "common/utf8.h"

namespace newsfacts::ingest {

struct ArticleDecoder::Impl {
  simdjson::dom::parser parser;
  simdjson::padded_string buffer;
};

ArticleDecoder::ArticleDecoder(size_t max_bytes)
    : impl_(std::make_unique<Impl>()), max_bytes_(max_bytes) {}
ArticleDecoder::~ArticleDecoder() = default;

namespace {

std::string_view TypeName(simdjson::dom::element_type t) {
  using T = simdjson::dom::element_type;
  switch (t) {
    case T::ARRAY:
      return "array";
    case T::OBJECT:
      return "object";
    case T::INT64:
    case T::UINT64:
    case T::DOUBLE:
      return "number";
    case T::STRING:
      return "string";
    case T::BOOL:
      return "boolean";
    case T::NULL_VALUE:
      return "null";
  }
  return "unknown";
}

// Reads string field `name` into *out. Absent (or null when optional) leaves *out empty.
Status ReadString(const simdjson::dom::object& obj, std::string_view name, bool required,
                  std::string* out) {
  simdjson::dom::element el;
  if (obj[name].get(el) != simdjson::SUCCESS ||
      (!required && el.type() == simdjson::dom::element_type::NULL_VALUE)) {
    if (required)
      return Status::InvalidArgument("missing required field '" + std::string(name) + "'");
    return Status::Ok();
  }
  std::string_view s;
  if (el.get_string().get(s) != simdjson::SUCCESS) {
    return Status::InvalidArgument("field '" + std::string(name) + "' must be a string, got " +
                                   std::string(TypeName(el.type())));
  }
  if (required && s.find_first_not_of(" \t\r\n") == std::string_view::npos) {
    return Status::InvalidArgument("field '" + std::string(name) + "' is empty");
  }
  out->assign(s);
  return Status::Ok();
}

}  // namespace

Result<extract::Article> ArticleDecoder::Decode(std::string_view json) {
  if (json.size() > max_bytes_) {
    return Status::InvalidArgument("message of " + std::to_string(json.size()) +
                                   " bytes exceeds the limit of " + std::to_string(max_bytes_) +
                                   " bytes");
  }
  // simdjson reports UTF8_ERROR without a position; find it ourselves for a useful message.
  if (auto bad = common::FindInvalidUtf8(json)) {
    return Status::InvalidArgument("invalid UTF-8 at byte " + std::to_string(*bad));
  }
  if (impl_->buffer.size() < json.size() || impl_->buffer.size() > 4 * json.size() + 4096) {
    impl_->buffer = simdjson::padded_string(json.size() + 1024);
  }
  // Copy into the reusable padded buffer; the padding after `json.size()` must be readable.
  // An empty message (an empty Kafka value) may have a null data pointer: memcpy from null is
  // undefined even for 0 bytes.
  if (!json.empty()) std::memcpy(impl_->buffer.data(), json.data(), json.size());
  simdjson::dom::element doc;
  auto err = impl_->parser.parse(impl_->buffer.data(), json.size(), false).get(doc);
  if (err != simdjson::SUCCESS) {
    return Status::InvalidArgument(std::string("invalid JSON: ") + simdjson::error_message(err));
  }
  simdjson::dom::object obj;
  if (doc.get_object().get(obj) != simdjson::SUCCESS) {
    return Status::InvalidArgument("not a JSON object (got " + std::string(TypeName(doc.type())) +
                                   ")");
  }
  extract::Article a;
  NEWSFACTS_RETURN_IF_ERROR(ReadString(obj, "id", true, &a.id));
  NEWSFACTS_RETURN_IF_ERROR(ReadString(obj, "body", true, &a.body));
  NEWSFACTS_RETURN_IF_ERROR(ReadString(obj, "title", false, &a.title));
  NEWSFACTS_RETURN_IF_ERROR(ReadString(obj, "source", false, &a.source));
  NEWSFACTS_RETURN_IF_ERROR(ReadString(obj, "url", false, &a.url));
  std::string lang;
  NEWSFACTS_RETURN_IF_ERROR(ReadString(obj, "lang", false, &lang));
  if (!lang.empty()) {
    auto l = extract::ParseLang(lang);
    if (!l) {
      return Status::InvalidArgument("field 'lang' must be one of de, es, en (got \"" + lang +
                                     "\")");
    }
    a.lang = *l;
  }
  NEWSFACTS_RETURN_IF_ERROR(ReadString(obj, "published_at", false, &a.published_at));
  if (!a.published_at.empty()) {
    a.published_at_ms = common::ParseRfc3339Ms(a.published_at);
    if (!a.published_at_ms) {
      return Status::InvalidArgument("field 'published_at' is not an RFC 3339 timestamp (got \"" +
                                     a.published_at + "\")");
    }
  }
  return a;
}

}  // namespace newsfacts::ingest
