#pragma once
// Helpers shared by every newsfacts test binary (compiled into the common Catch2 main).

#include <string>
#include <string_view>

namespace newsfacts::testing {

// A fresh, empty directory under the system temp dir (mkdtemp), removed with everything in
// it by the destructor. Not copyable.
class TempDir {
 public:
  explicit TempDir(std::string_view tag = "test");
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const std::string& path() const { return path_; }
  // path() + "/" + name.
  std::string sub(std::string_view name) const;

 private:
  std::string path_;
};

// Runs `shell_command` with /bin/sh and returns its standard output (exit status ignored).
std::string RunCapture(const std::string& shell_command);

// The whole content of a file; "" when it cannot be read.
std::string ReadFile(const std::string& path);

// A TCP port that was free on the loopback address of `family` (AF_INET or AF_INET6) a
// moment ago (bound to port 0, read, released); -1 when that family has no loopback.
int FreeLoopbackPort(int family);

}  // namespace newsfacts::testing
