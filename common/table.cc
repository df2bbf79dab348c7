#include "common/table.h"

#include <algorithm>
#include <utility>

#include "common/terminal.h"
#include "common/utf8.h"

namespace newsfacts::common {
namespace {

std::vector<std::string> Safe(std::vector<std::string> cells) {
  for (std::string& c : cells) c = TerminalSafe(c);
  return cells;
}

}  // namespace

TextTable::TextTable(std::vector<std::string> header) {
  rows_.push_back({Safe(std::move(header)), {}});
}

void TextTable::SetAlign(size_t column, Align align) {
  if (align_.size() <= column) align_.resize(column + 1, Align::kLeft);
  align_[column] = align;
}

void TextTable::AddRow(std::vector<std::string> cells, std::string after) {
  rows_.push_back({Safe(std::move(cells)), std::move(after)});
}

void TextTable::Render(std::string* out) const {
  std::vector<size_t> width;
  for (const Row& r : rows_) {
    if (width.size() < r.cells.size()) width.resize(r.cells.size(), 0);
    for (size_t i = 0; i < r.cells.size(); ++i) {
      width[i] = std::max(width[i], CountCodePoints(r.cells[i]));
    }
  }
  std::string line;
  for (const Row& r : rows_) {
    line.clear();
    for (size_t i = 0; i < r.cells.size(); ++i) {
      const std::string& cell = r.cells[i];
      const size_t pad = width[i] - CountCodePoints(cell);
      const bool right = i < align_.size() && align_[i] == Align::kRight;
      if (right) line.append(pad, ' ');
      line += cell;
      if (!right) line.append(pad, ' ');
      if (i + 1 < r.cells.size()) line.append(2, ' ');
    }
    while (!line.empty() && line.back() == ' ') line.pop_back();
    *out += line;
    *out += '\n';
    *out += r.after;
  }
}

}  // namespace newsfacts::common
