#pragma once
// TextTable: the one aligned text table of the project (`newsfacts query --format table`,
// `query --stats`, `newsfacts indicators`).
//
// Columns are separated by two spaces and padded to the widest cell, counted in code points
// (so "Größe" is as wide as "Grosz"); trailing spaces are cut. Every cell is passed through
// TerminalSafe (common/terminal.h), so control characters in ids, titles or entities are
// printed escaped, never interpreted by the terminal. Text attached after a row (`after`) is
// printed as given: the caller makes it terminal-safe.
// Thread-safety: a value; one owner. No I/O: Render appends to a string.

#include <cstddef>
#include <string>
#include <vector>

namespace newsfacts::common {

class TextTable {
 public:
  enum class Align : unsigned char { kLeft, kRight };

  // `header` is the first line (escaped like every row).
  explicit TextTable(std::vector<std::string> header);

  // Right-aligns column `column` (numbers); columns are left-aligned by default.
  void SetAlign(size_t column, Align align);
  // Adds a row; `after` (possibly empty, newline-terminated lines) is printed below it.
  void AddRow(std::vector<std::string> cells, std::string after = {});
  size_t rows() const { return rows_.size() - 1; }  // without the header

  // Appends the table: header, then each row and its `after` text.
  void Render(std::string* out) const;

 private:
  struct Row {
    std::vector<std::string> cells;  // already terminal-safe
    std::string after;
  };
  std::vector<Row> rows_;
  std::vector<Align> align_;
};

}  // namespace newsfacts::common
