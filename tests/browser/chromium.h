#pragma once
// HeadlessChromium: a headless Chromium child process driven over the DevTools protocol on a
// pipe (--remote-debugging-pipe: commands go to the browser's fd 3 and replies come from its
// fd 4, each one JSON message ended by a NUL byte). No WebSocket, no node, no Python: enough
// to open a page, evaluate JavaScript in it, wait for a DOM condition and take screenshots.
//
// Thread-safety: one thread at a time. Ownership: owns the browser's process group (killed by
// the destructor) and its profile directory (given by the caller, left in place).

#include <sys/types.h>

#include <chrono>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "common/status.h"

namespace newsfacts::testing {

// The chromium executable: $NEWSFACTS_CHROMIUM, else `chromium` / `chromium-browser` on PATH;
// "" when none is installed.
std::string FindChromium();

class HeadlessChromium {
 public:
  // Starts `chromium` headless with a fresh profile in `profile_dir`; its stderr goes to
  // `log_path`. Errors: Unavailable (no chromium), IoError (cannot start it).
  [[nodiscard]] static common::Result<std::unique_ptr<HeadlessChromium>> Launch(
      const std::string& profile_dir, const std::string& log_path);
  ~HeadlessChromium();
  HeadlessChromium(const HeadlessChromium&) = delete;
  HeadlessChromium& operator=(const HeadlessChromium&) = delete;

  // Sends one DevTools command (params: a JSON object) to the browser, or to the page of
  // `session` when it is not empty, and returns the reply's "result" as JSON text.
  // Errors: Internal (the command failed: the protocol's message), Unavailable (no reply
  // within `timeout`, or the browser closed the pipe).
  [[nodiscard]] common::Result<std::string> Call(
      std::string_view method, std::string_view params_json, std::string_view session = {},
      std::chrono::milliseconds timeout = std::chrono::seconds(60));

  // Opens a new page of `width` x `height` CSS pixels at `url`; returns its session id.
  [[nodiscard]] common::Result<std::string> OpenPage(const std::string& url, int width, int height);
  // Evaluates a JavaScript expression in the page (promises are awaited). A string result is
  // returned as is, any other value as JSON text. Errors: Internal (an exception: its text).
  [[nodiscard]] common::Result<std::string> Evaluate(std::string_view session,
                                                     std::string_view expression);
  // Polls `expression` every 100 ms until it evaluates to true. Returns false on timeout.
  bool WaitFor(std::string_view session, std::string_view expression,
               std::chrono::milliseconds timeout);
  // Saves a PNG of the page's viewport to `path`.
  [[nodiscard]] common::Status Screenshot(std::string_view session, const std::string& path);

  // Uncaught JavaScript exceptions and console errors reported by the pages so far
  // (Runtime.exceptionThrown, console.error), one line each.
  const std::vector<std::string>& page_errors() const { return page_errors_; }

 private:
  HeadlessChromium(pid_t pid, int to_browser, int from_browser)
      : pid_(pid), to_browser_(to_browser), from_browser_(from_browser) {}
  // Reads one NUL-terminated message; false on timeout or EOF.
  bool ReadMessage(std::string* message, std::chrono::steady_clock::time_point deadline);
  void NoteEvent(const std::string& message);

  pid_t pid_;
  int to_browser_;
  int from_browser_;
  int next_id_ = 1;
  std::string buffer_;
  std::vector<std::string> page_errors_;
};

}  // namespace newsfacts::testing
