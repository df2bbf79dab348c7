#include "common/bytes.h"

#include <cstring>

namespace newsfacts::common {
namespace {

constexpr uint64_t kSignBit = 0x8000000000000000ULL;

}  // namespace

void PutVarint(uint64_t v, std::string* out) {
  while (v >= 0x80) {
    out->push_back(static_cast<char>((v & 0x7f) | 0x80));
    v >>= 7;
  }
  out->push_back(static_cast<char>(v));
}

void PutSigned(int64_t v, std::string* out) {  // zigzag
  PutVarint((static_cast<uint64_t>(v) << 1) ^ static_cast<uint64_t>(v >> 63), out);
}

void PutBytes(std::string_view s, std::string* out) {
  PutVarint(s.size(), out);
  out->append(s);
}

void PutFixed32(uint32_t v, std::string* out) {
  for (int i = 0; i < 4; ++i) out->push_back(static_cast<char>((v >> (8 * i)) & 0xff));
}

void PutFixed64(uint64_t v, std::string* out) {
  for (int i = 0; i < 8; ++i) out->push_back(static_cast<char>((v >> (8 * i)) & 0xff));
}

void PutDouble(double d, std::string* out) {
  uint64_t bits;
  std::memcpy(&bits, &d, sizeof bits);
  PutFixed64(bits, out);
}

void PutBigEndian32(uint32_t v, std::string* out) {
  for (int i = 3; i >= 0; --i) out->push_back(static_cast<char>((v >> (8 * i)) & 0xff));
}

void PutBigEndian64(uint64_t v, std::string* out) {
  for (int i = 7; i >= 0; --i) out->push_back(static_cast<char>((v >> (8 * i)) & 0xff));
}

void PutKeyString(std::string_view s, std::string* out) {
  for (char c : s) {
    out->push_back(c);
    if (c == '\0') out->push_back('\xff');
  }
  out->push_back('\0');
  out->push_back('\x01');
}

void PutKeyTime(std::optional<int64_t> t, std::string* out) {
  // nullopt -> 0; a time t -> (t ^ sign) + 1 can wrap only for INT64_MAX, which no clock gives.
  PutBigEndian64(t ? (static_cast<uint64_t>(*t) ^ kSignBit) + 1 : 0, out);
}

bool ByteReader::GetVarint(uint64_t* v) {
  uint64_t result = 0;
  for (int shift = 0; shift <= 63 && !in_.empty(); shift += 7) {
    const auto b = static_cast<uint8_t>(in_.front());
    in_.remove_prefix(1);
    result |= static_cast<uint64_t>(b & 0x7f) << shift;
    if (!(b & 0x80)) {
      *v = result;
      return true;
    }
  }
  return false;
}

bool ByteReader::GetSigned(int64_t* v) {
  uint64_t u;
  if (!GetVarint(&u)) return false;
  *v = static_cast<int64_t>((u >> 1) ^ (~(u & 1) + 1));
  return true;
}

bool ByteReader::GetBytes(std::string* s) {
  uint64_t n;
  if (!GetVarint(&n) || n > in_.size()) return false;
  s->assign(in_.data(), n);
  in_.remove_prefix(n);
  return true;
}

bool ByteReader::GetRaw(size_t n, std::string* s) {
  if (n > in_.size()) return false;
  s->assign(in_.data(), n);
  in_.remove_prefix(n);
  return true;
}

bool ByteReader::GetByte(uint8_t* b) {
  if (in_.empty()) return false;
  *b = static_cast<uint8_t>(in_.front());
  in_.remove_prefix(1);
  return true;
}

bool ByteReader::GetFixed32(uint32_t* v) {
  if (in_.size() < 4) return false;
  uint32_t r = 0;
  for (int i = 0; i < 4; ++i) r |= uint32_t{static_cast<uint8_t>(in_[i])} << (8 * i);
  *v = r;
  in_.remove_prefix(4);
  return true;
}

bool ByteReader::GetFixed64(uint64_t* v) {
  if (in_.size() < 8) return false;
  uint64_t r = 0;
  for (int i = 0; i < 8; ++i) r |= uint64_t{static_cast<uint8_t>(in_[i])} << (8 * i);
  *v = r;
  in_.remove_prefix(8);
  return true;
}

bool ByteReader::GetDouble(double* d) {
  uint64_t bits;
  if (!GetFixed64(&bits)) return false;
  std::memcpy(d, &bits, sizeof bits);
  return true;
}

bool ByteReader::GetBigEndian32(uint32_t* v) {
  if (in_.size() < 4) return false;
  uint32_t r = 0;
  for (int i = 0; i < 4; ++i) r = (r << 8) | static_cast<uint8_t>(in_[i]);
  *v = r;
  in_.remove_prefix(4);
  return true;
}

bool ByteReader::GetBigEndian64(uint64_t* v) {
  if (in_.size() < 8) return false;
  uint64_t r = 0;
  for (int i = 0; i < 8; ++i) r = (r << 8) | static_cast<uint8_t>(in_[i]);
  *v = r;
  in_.remove_prefix(8);
  return true;
}

bool ByteReader::GetKeyString(std::string* s) {
  s->clear();
  while (!in_.empty()) {
    const char c = in_.front();
    if (c != '\0') {
      s->push_back(c);
      in_.remove_prefix(1);
      continue;
    }
    if (in_.size() < 2) return false;
    const char next = in_[1];
    in_.remove_prefix(2);
    if (next == '\x01') return true;
    if (next != '\xff') return false;
    s->push_back('\0');
  }
  return false;
}

bool ByteReader::GetKeyTime(std::optional<int64_t>* t) {
  uint64_t v;
  if (!GetBigEndian64(&v)) return false;
  if (v == 0) {
    t->reset();
  } else {
    *t = static_cast<int64_t>((v - 1) ^ kSignBit);
  }
  return true;
}

}  // namespace newsfacts::common
