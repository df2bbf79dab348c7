#include "tests/browser/chromium.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <simdjson.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <thread>

#include "common/json_writer.h"
#include "tests/test_util.h"

extern char** environ;

namespace newsfacts::testing {

using common::JsonWriter;
using common::Result;
using common::Status;

std::string FindChromium() {
  if (const char* env = std::getenv("NEWSFACTS_CHROMIUM"); env != nullptr && *env != '\0') {
    return env;
  }
  std::string path = RunCapture("command -v chromium || command -v chromium-browser");
  while (!path.empty() && (path.back() == '\n' || path.back() == ' ')) path.pop_back();
  const size_t nl = path.find('\n');
  return nl == std::string::npos ? path : path.substr(0, nl);
}

namespace {

// A pipe end moved to a descriptor >= 10 (so dup2 onto 3 and 4 never meets itself), close-on-
// exec in this process.
int HighFd(int fd) {
  const int high = ::fcntl(fd, F_DUPFD_CLOEXEC, 10);
  ::close(fd);
  return high;
}

}  // namespace

Result<std::unique_ptr<HeadlessChromium>> HeadlessChromium::Launch(const std::string& profile_dir,
                                                                   const std::string& log_path) {
  const std::string exe = FindChromium();
  if (exe.empty()) return Status::Unavailable("no chromium on PATH");
  int to_browser[2];
  int from_browser[2];
  if (::pipe(to_browser) != 0 || ::pipe(from_browser) != 0) {
    return Status::IoError(std::string("pipe: ") + std::strerror(errno));
  }
  const int browser_reads = HighFd(to_browser[0]);
  const int we_write = HighFd(to_browser[1]);
  const int we_read = HighFd(from_browser[0]);
  const int browser_writes = HighFd(from_browser[1]);

  std::vector<std::string> args = {exe,
                                   "--headless=new",
                                   "--no-sandbox",
                                   "--disable-gpu",
                                   "--remote-debugging-pipe",
                                   "--user-data-dir=" + profile_dir,
                                   "--no-first-run",
                                   "--no-default-browser-check",
                                   "--disable-extensions",
                                   "--disable-sync",
                                   "--disable-background-networking",
                                   "--disable-component-update",
                                   "--disable-dev-shm-usage",
                                   "--hide-scrollbars",
                                   "--mute-audio",
                                   "--window-size=1280,900",
                                   "about:blank"};
  std::vector<char*> argv;
  argv.reserve(args.size() + 1);
  for (std::string& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);

  posix_spawn_file_actions_t fa;
  posix_spawn_file_actions_init(&fa);
  posix_spawn_file_actions_addopen(&fa, 0, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&fa, 1, log_path.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0644);
  posix_spawn_file_actions_addopen(&fa, 2, log_path.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0644);
  posix_spawn_file_actions_adddup2(&fa, browser_reads, 3);
  posix_spawn_file_actions_adddup2(&fa, browser_writes, 4);
  posix_spawnattr_t attr;
  posix_spawnattr_init(&attr);
  posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETPGROUP);  // own group: killed as one
  posix_spawnattr_setpgroup(&attr, 0);
  pid_t pid = -1;
  const int rc = ::posix_spawn(&pid, exe.c_str(), &fa, &attr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&fa);
  posix_spawnattr_destroy(&attr);
  ::close(browser_reads);
  ::close(browser_writes);
  if (rc != 0) {
    ::close(we_write);
    ::close(we_read);
    return Status::IoError("cannot start " + exe + ": " + std::strerror(rc));
  }
  return std::unique_ptr<HeadlessChromium>(new HeadlessChromium(pid, we_write, we_read));
}

HeadlessChromium::~HeadlessChromium() {
  // Ask the browser to close, then end its whole process group (renderers, zygote).
  std::string close_msg = R"({"id":0,"method":"Browser.close"})";
  close_msg.push_back('\0');
  [[maybe_unused]] const ssize_t n = ::write(to_browser_, close_msg.data(), close_msg.size());
  ::close(to_browser_);
  ::close(from_browser_);
  int status = 0;
  for (int i = 0; i < 30; ++i) {
    if (::waitpid(pid_, &status, WNOHANG) == pid_) {
      pid_ = -1;
      break;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  if (pid_ > 0) {
    ::kill(-pid_, SIGKILL);
    ::waitpid(pid_, &status, 0);
  }
}

bool HeadlessChromium::ReadMessage(std::string* message,
                                   std::chrono::steady_clock::time_point deadline) {
  for (;;) {
    const size_t nul = buffer_.find('\0');
    if (nul != std::string::npos) {
      message->assign(buffer_, 0, nul);
      buffer_.erase(0, nul + 1);
      return true;
    }
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
        deadline - std::chrono::steady_clock::now());
    if (left.count() <= 0) return false;
    pollfd p{from_browser_, POLLIN, 0};
    const int ready = ::poll(&p, 1, static_cast<int>(left.count()));
    if (ready < 0 && errno == EINTR) continue;
    if (ready <= 0) return false;
    char chunk[65536];
    const ssize_t n = ::read(from_browser_, chunk, sizeof chunk);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;  // the browser went away
    buffer_.append(chunk, static_cast<size_t>(n));
  }
}

void HeadlessChromium::NoteEvent(const std::string& message) {
  simdjson::dom::parser parser;
  simdjson::dom::element doc;
  if (parser.parse(message).get(doc) != simdjson::SUCCESS) return;
  std::string_view method;
  if (doc["method"].get(method) != simdjson::SUCCESS) return;
  if (method == "Runtime.exceptionThrown") {
    std::string_view text = "exception";
    std::string_view description;
    const auto details = doc["params"]["exceptionDetails"];
    if (details["text"].get(text) != simdjson::SUCCESS) text = "exception";
    if (details["exception"]["description"].get(description) == simdjson::SUCCESS) {
      text = description;
    }
    page_errors_.emplace_back(text);
  } else if (method == "Runtime.consoleAPICalled") {
    std::string_view type;
    if (doc["params"]["type"].get(type) != simdjson::SUCCESS || type != "error") return;
    page_errors_.push_back("console.error: " + simdjson::to_string(doc["params"]["args"]));
  }
}

Result<std::string> HeadlessChromium::Call(std::string_view method, std::string_view params_json,
                                           std::string_view session,
                                           std::chrono::milliseconds timeout) {
  const int id = next_id_++;
  std::string msg;
  JsonWriter w(&msg);
  w.BeginObject().Key("id").Int(id).Key("method").String(method);
  if (!session.empty()) w.Key("sessionId").String(session);
  w.EndObject();
  msg.pop_back();  // re-open the object for the raw params
  msg += ",\"params\":";
  msg += params_json.empty() ? std::string_view("{}") : params_json;
  msg += "}";
  msg.push_back('\0');
  for (size_t off = 0; off < msg.size();) {
    const ssize_t n = ::write(to_browser_, msg.data() + off, msg.size() - off);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return Status::Unavailable("the browser closed its pipe");
    off += static_cast<size_t>(n);
  }
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  std::string reply;
  simdjson::dom::parser parser;
  while (ReadMessage(&reply, deadline)) {
    simdjson::dom::element doc;
    if (parser.parse(reply).get(doc) != simdjson::SUCCESS) continue;
    int64_t reply_id = -1;
    if (doc["id"].get(reply_id) != simdjson::SUCCESS) {
      NoteEvent(reply);
      continue;
    }
    if (reply_id != id) continue;
    simdjson::dom::element error;
    if (doc["error"].get(error) == simdjson::SUCCESS) {
      return Status::Internal(std::string(method) + ": " + simdjson::to_string(error));
    }
    simdjson::dom::element result;
    if (doc["result"].get(result) != simdjson::SUCCESS) return std::string("{}");
    return simdjson::to_string(result);
  }
  return Status::Unavailable(std::string(method) + ": no reply from the browser");
}

Result<std::string> HeadlessChromium::OpenPage(const std::string& url, int width, int height) {
  auto created = Call("Target.createTarget", R"({"url":"about:blank"})");
  if (!created.ok()) return created.status();
  simdjson::dom::parser parser;
  std::string_view target;
  if (parser.parse(*created)["targetId"].get(target) != simdjson::SUCCESS) {
    return Status::Internal("Target.createTarget: no targetId in " + *created);
  }
  std::string params;
  JsonWriter(&params)
      .BeginObject()
      .Key("targetId")
      .String(target)
      .Key("flatten")
      .Bool(true)
      .EndObject();
  auto attached = Call("Target.attachToTarget", params);
  if (!attached.ok()) return attached.status();
  std::string_view session_view;
  if (parser.parse(*attached)["sessionId"].get(session_view) != simdjson::SUCCESS) {
    return Status::Internal("Target.attachToTarget: no sessionId in " + *attached);
  }
  const std::string session(session_view);
  for (const char* domain : {"Page.enable", "Runtime.enable"}) {
    if (auto r = Call(domain, "{}", session); !r.ok()) return r.status();
  }
  std::string metrics;
  JsonWriter(&metrics)
      .BeginObject()
      .Key("width")
      .Int(width)
      .Key("height")
      .Int(height)
      .Key("deviceScaleFactor")
      .Int(1)
      .Key("mobile")
      .Bool(false)
      .EndObject();
  if (auto r = Call("Emulation.setDeviceMetricsOverride", metrics, session); !r.ok()) {
    return r.status();
  }
  std::string nav;
  JsonWriter(&nav).BeginObject().Key("url").String(url).EndObject();
  if (auto r = Call("Page.navigate", nav, session); !r.ok()) return r.status();
  return session;
}

Result<std::string> HeadlessChromium::Evaluate(std::string_view session,
                                               std::string_view expression) {
  std::string params;
  JsonWriter(&params)
      .BeginObject()
      .Key("expression")
      .String(expression)
      .Key("returnByValue")
      .Bool(true)
      .Key("awaitPromise")
      .Bool(true)
      .EndObject();
  auto r = Call("Runtime.evaluate", params, session);
  if (!r.ok()) return r.status();
  simdjson::dom::parser parser;
  simdjson::dom::element doc;
  if (parser.parse(*r).get(doc) != simdjson::SUCCESS) return Status::Internal("bad reply " + *r);
  simdjson::dom::element details;
  if (doc["exceptionDetails"].get(details) == simdjson::SUCCESS) {
    return Status::Internal("exception: " + simdjson::to_string(details));
  }
  simdjson::dom::element value;
  if (doc["result"]["value"].get(value) != simdjson::SUCCESS) return std::string();
  std::string_view s;
  if (value.get(s) == simdjson::SUCCESS) return std::string(s);
  return simdjson::to_string(value);
}

bool HeadlessChromium::WaitFor(std::string_view session, std::string_view expression,
                               std::chrono::milliseconds timeout) {
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  const std::string wrapped = "(() => { try { return !!(" + std::string(expression) +
                              "); } catch (e) { return false; } })()";
  while (std::chrono::steady_clock::now() < deadline) {
    auto r = Evaluate(session, wrapped);
    if (r.ok() && *r == "true") return true;
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  return false;
}

Status HeadlessChromium::Screenshot(std::string_view session, const std::string& path) {
  auto r = Call("Page.captureScreenshot", R"({"format":"png"})", session);
  if (!r.ok()) return r.status();
  simdjson::dom::parser parser;
  std::string_view data;
  if (parser.parse(*r)["data"].get(data) != simdjson::SUCCESS) {
    return Status::Internal("Page.captureScreenshot: no data");
  }
  // The PNG comes base64-encoded: decoded by coreutils' base64.
  const std::string b64_path = path + ".b64";
  {
    FILE* f = std::fopen(b64_path.c_str(), "wb");
    if (f == nullptr) return Status::IoError("cannot write " + b64_path);
    std::fwrite(data.data(), 1, data.size(), f);
    std::fclose(f);
  }
  const std::string out = RunCapture("base64 -d '" + b64_path + "' > '" + path + "' && rm -f '" +
                                     b64_path + "' && echo ok");
  if (out.find("ok") == std::string::npos) return Status::IoError("cannot decode " + b64_path);
  return Status::Ok();
}

}  // namespace newsfacts::testing
