#pragma once
// TerminalSafe: text from articles, messages or the command line made safe to print on a
// terminal or into a log line. Every table cell and every error/log line that echoes input
// (article ids, titles, entities, `lang`, `published_at`, dead-letter reasons, ...) goes
// through it; JSON output has its own escaping (common/json_writer.h).
//
// Escaped (so that no input can move the cursor, clear the screen, set the window title,
// ring the bell or fake a new log line):
//   - C0 controls U+0000-U+001F and DEL U+007F: "\n", "\r", "\t", others "\x1b"-style;
//   - C1 controls U+0080-U+009F (U+009B is a one-character CSI): "\u009b"-style;
//   - bidirectional overrides/isolates U+202A-U+202E, U+2066-U+2069 ("\u202e"-style), which
//     reorder what is shown;
//   - bytes that are not well-formed UTF-8: "\xff"-style.
// Everything else (printable ASCII, backslash included, and valid UTF-8 text) is kept as is.
// Pure functions; thread-safe.

#include <string>
#include <string_view>

namespace newsfacts::common {

// Appends `s` to `out` with the characters above escaped.
void AppendTerminalSafe(std::string_view s, std::string* out);
// `s` with the characters above escaped.
std::string TerminalSafe(std::string_view s);

}  // namespace newsfacts::common
