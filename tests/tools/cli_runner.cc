#include "tests/tools/cli_runner.h"

#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "tests/test_util.h"

namespace newsfacts::testing {

std::string NewsfactsBinary() {
  return std::string(NEWSFACTS_BINARY_DIR) + "/tools/newsfacts";
}

CliResult RunCli(const std::vector<std::string>& args, const std::string& stdin_data) {
  namespace fs = std::filesystem;
  const fs::path dir = fs::temp_directory_path() / ("newsfacts_cli_" + std::to_string(::getpid()) +
                                                    "_" + std::to_string(std::rand()));
  fs::create_directories(dir);
  const std::string in_path = (dir / "in").string(), out_path = (dir / "out").string(),
                    err_path = (dir / "err").string();
  std::ofstream(in_path, std::ios::binary) << stdin_data;

  CliResult r;
  const pid_t pid = ::fork();
  if (pid == 0) {
    const int in = ::open(in_path.c_str(), O_RDONLY);
    const int out = ::open(out_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    const int err = ::open(err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    ::dup2(in, 0);
    ::dup2(out, 1);
    ::dup2(err, 2);
    std::vector<std::string> argv_s = {NewsfactsBinary()};
    argv_s.insert(argv_s.end(), args.begin(), args.end());
    std::vector<char*> argv;
    for (auto& s : argv_s) argv.push_back(s.data());
    argv.push_back(nullptr);
    ::execv(argv[0], argv.data());
    std::_Exit(127);
  }
  int status = 0;
  ::waitpid(pid, &status, 0);
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  r.out = ReadFile(out_path);
  r.err = ReadFile(err_path);
  fs::remove_all(dir);
  return r;
}

}  // namespace newsfacts::testing
