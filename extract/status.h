#pragma once
// Status and Result<T>: errors as values, shared by every newsfacts module.
//
// A Status is either OK or carries a code and a human-readable message. Result<T> holds
// either a T or a non-OK Status. Both are cheap to move, and [[nodiscard]] so an ignored
// error is a compiler warning. Thread-safety: plain values; no shared state.
// Exceptions never cross module boundaries: functions that can fail return these.

#include <cassert>
#include <string>
#include <string_view>
#include <utility>
#include <variant>

namespace newsfacts::extract {

class [[nodiscard]] Status {
 public:
  enum class Code {
    kOk = 0,
    kInvalidArgument,  // bad input from the user or a message (malformed article, bad flag value)
    kNotFound,         // a requested key, file or record does not exist
    kCorruption,       // stored data cannot be decoded
    kIoError,          // file system, RocksDB or network I/O failed
    kUnavailable,      // a remote service (broker) cannot be reached right now; retry later
    kIncompatible,     // e.g. a database with an unknown schema version
    kAborted,          // stopped on request (signal) before completion
    kInternal,         // a bug: an invariant did not hold
  };

  Status() = default;  // OK
  static Status Ok() { return Status(); }
  static Status InvalidArgument(std::string msg) {
    return {Code::kInvalidArgument, std::move(msg)};
  }
  static Status NotFound(std::string msg) { return {Code::kNotFound, std::move(msg)}; }
  static Status Corruption(std::string msg) { return {Code::kCorruption, std::move(msg)}; }
  static Status IoError(std::string msg) { return {Code::kIoError, std::move(msg)}; }
  static Status Unavailable(std::string msg) { return {Code::kUnavailable, std::move(msg)}; }
  static Status Incompatible(std::string msg) { return {Code::kIncompatible, std::move(msg)}; }
  static Status Aborted(std::string msg) { return {Code::kAborted, std::move(msg)}; }
  static Status Internal(std::string msg) { return {Code::kInternal, std::move(msg)}; }

  bool ok() const { return code_ == Code::kOk; }
  Code code() const { return code_; }
  const std::string& message() const { return message_; }
  // "ok", or "<code name>: <message>".
  std::string ToString() const;
  static std::string_view CodeName(Code code);

 private:
  Status(Code code, std::string msg) : code_(code), message_(std::move(msg)) {}
  Code code_ = Code::kOk;
  std::string message_;
};

// Result<T>: a T or a non-OK Status.
// REQUIRES: constructing from a Status only with a non-OK one; value() only when ok().
template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : v_(std::move(value)) {}        // NOLINT(google-explicit-constructor)
  Result(Status status) : v_(std::move(status)) {  // NOLINT(google-explicit-constructor)
    assert(!std::get<Status>(v_).ok() && "Result built from an OK Status has no value");
  }

  bool ok() const { return std::holds_alternative<T>(v_); }
  // The error; Status::Ok() when a value is held.
  Status status() const { return ok() ? Status::Ok() : std::get<Status>(v_); }

  T& value() & {
    assert(ok());
    return std::get<T>(v_);
  }
  const T& value() const& {
    assert(ok());
    return std::get<T>(v_);
  }
  T&& value() && {
    assert(ok());
    return std::get<T>(std::move(v_));
  }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }

 private:
  std::variant<T, Status> v_;
};

}  // namespace newsfacts::extract

// Return early from the enclosing function if `expr` (a Status) is not OK.
#define NEWSFACTS_RETURN_IF_ERROR(expr)               \
  do {                                                \
    ::newsfacts::extract::Status nf_status_ = (expr); \
    if (!nf_status_.ok()) return nf_status_;          \
  } while (0)
