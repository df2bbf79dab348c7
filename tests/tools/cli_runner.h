#pragma once
// Runs the built `newsfacts` binary in a child process for CLI tests and captures its
// exit code, stdout and stderr.

#include <string>
#include <vector>

namespace newsfacts::testing {

struct CliResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

// Path of the newsfacts binary in this build tree.
std::string NewsfactsBinary();

// Runs newsfacts with `args` (no shell involved), with `stdin_data` on its standard input.
CliResult RunCli(const std::vector<std::string>& args, const std::string& stdin_data = "");

}  // namespace newsfacts::testing
