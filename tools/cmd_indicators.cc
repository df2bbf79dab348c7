// newsfacts indicators: live market indicators (see issue: indicators and alerts).
#include <cstdio>

#include "tools/command.h"

namespace newsfacts::tools {

Command AddIndicatorsCommand(CLI::App& app) {
  Command c;
  c.app = app.add_subcommand("indicators", "Show live market indicators (not available yet)");
  c.run = [] {
    std::fprintf(stderr, "newsfacts indicators: not available in this version\n");
    return kExitRuntime;
  };
  return c;
}

Command AddAlertsCommand(CLI::App& app) {
  Command c;
  c.app = app.add_subcommand("alerts", "Read the alert feed (not available yet)");
  c.run = [] {
    std::fprintf(stderr, "newsfacts alerts: not available in this version\n");
    return kExitRuntime;
  };
  return c;
}

}  // namespace newsfacts::tools
