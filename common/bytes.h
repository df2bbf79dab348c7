#pragma once
// The one binary codec of the project: primitives to build and read the byte strings stored
// in RocksDB (store/codec.h builds the store's keys and values from them; the indicator
// values of ingest/indicators.cc too).
//
//   varint      LEB128, 1-10 bytes                  PutVarint / GetVarint
//   signed      zigzag varint                        PutSigned / GetSigned
//   bytes       varint length + bytes                PutBytes / GetBytes
//   fixed LE    4 / 8 bytes little-endian            PutFixed32/64 / GetFixed32/64
//   double      IEEE 754 bits as fixed 64 LE         PutDouble / GetDouble
//   big-endian  4 / 8 bytes, sort like the number    PutBigEndian32/64 / GetBigEndian32/64
//   key string  order-preserving, self-delimiting: 0x00 -> 0x00 0xFF, then 0x00 0x01
//   key time    optional signed ms: nullopt -> 0, t -> (t XOR 2^63) + 1, big-endian 64
// Key components compare bytewise in the order of their values.
// Thread-safety: pure functions; a ByteReader is a value owned by one thread and borrows
// the bytes it reads (they must outlive it).

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace newsfacts::common {

void PutVarint(uint64_t v, std::string* out);
void PutSigned(int64_t v, std::string* out);
void PutBytes(std::string_view s, std::string* out);
void PutFixed32(uint32_t v, std::string* out);
void PutFixed64(uint64_t v, std::string* out);
void PutDouble(double d, std::string* out);
void PutBigEndian32(uint32_t v, std::string* out);
void PutBigEndian64(uint64_t v, std::string* out);
void PutKeyString(std::string_view s, std::string* out);
void PutKeyTime(std::optional<int64_t> t, std::string* out);

// Sequential decoder; every Get* returns false (and may have consumed bytes) on truncated
// or malformed input.
class ByteReader {
 public:
  explicit ByteReader(std::string_view in) : in_(in) {}
  bool GetVarint(uint64_t* v);
  bool GetSigned(int64_t* v);
  bool GetBytes(std::string* s);
  bool GetByte(uint8_t* b);
  bool GetFixed32(uint32_t* v);
  bool GetFixed64(uint64_t* v);
  bool GetDouble(double* d);
  bool GetBigEndian32(uint32_t* v);
  bool GetBigEndian64(uint64_t* v);
  bool GetKeyString(std::string* s);
  bool GetKeyTime(std::optional<int64_t>* t);
  // `n` raw bytes.
  bool GetRaw(size_t n, std::string* s);
  bool empty() const { return in_.empty(); }
  std::string_view rest() const { return in_; }

 private:
  std::string_view in_;
};

}  // namespace newsfacts::common
