#pragma once
// Conjunctions that open a contrasting clause with its own subject and measure, shared by the
// figure finder (an exchange quote is judged within its own clause) and the metric classifier
// (a cue across such a clause belongs to the other clause's figure). Lower-case, compared
// against folded or lower-cased words.
//
// Thread-safety: constant data.
#include <string_view>

namespace newsfacts::extract {

// "while", "whereas", "mientras", "während" after a comma: "costs climbed to £3.4m, while
// orders slipped to £96m".
inline constexpr std::string_view kContrastConjunctions[] = {"while", "whilst", "whereas",
                                                             "mientras", "während"};

// Spanish concessions after a comma ("aunque", "pero"): the change after them is another
// figure's. Kept apart from kContrastConjunctions because English "but" / "while" after a
// change still tell a move stated with a verb the cue table lacks.
inline constexpr std::string_view kConcessionConjunctionsEs[] = {"aunque", "pero"};

}  // namespace newsfacts::extract
