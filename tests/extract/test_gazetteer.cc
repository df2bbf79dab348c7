// Gazetteer: the file format, the built-in data and merging user files over it.
#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "extract/entity_matcher.h"
#include "extract/gazetteer.h"

namespace nf = newsfacts::extract;

TEST_CASE("built-in gazetteer parses and has at least 200 entries", "[gazetteer]") {
  const nf::Gazetteer& g = nf::Gazetteer::Default();
  CHECK(g.size() >= 200);
  REQUIRE(g.Find("nvidia") != nullptr);
  CHECK(g.Find("nvidia")->name == "Nvidia");
  CHECK(g.Find("Nvidia H20")->type == nf::EntityType::kProduct);
  CHECK(g.Find("Zhang Yiming")->type == nf::EntityType::kPerson);
  CHECK(g.Find("Malaysia")->type == nf::EntityType::kPlace);
}

TEST_CASE("built-in gazetteer covers every seed entity by its gold canonical name", "[gazetteer]") {
  std::ifstream in(std::string(NEWSFACTS_TEST_DATA_DIR) + "/gold/seed_entities.jsonl");
  REQUIRE(in.good());
  const nf::Gazetteer& g = nf::Gazetteer::Default();
  std::string line;
  int n = 0;
  while (std::getline(in, line)) {
    size_t k = line.find("\"entity\": \"");
    if (k == std::string::npos) continue;
    k += 11;
    std::string name = line.substr(k, line.find('"', k) - k);
    INFO(name);
    const nf::GazetteerEntry* e = g.Find(name);
    REQUIRE(e != nullptr);
    CHECK(e->name == name);  // exact spelling of the gold
    ++n;
  }
  CHECK(n >= 68);
}

TEST_CASE("gazetteer relations: product makers and parents", "[gazetteer]") {
  const nf::Gazetteer& g = nf::Gazetteer::Default();
  for (const char* p : {"Nvidia H20", "Nvidia Hopper", "Nvidia A100", "Nvidia A800"}) {
    CHECK(g.MakerOf(p) == "Nvidia");
  }
  CHECK(g.MakerOf("Huawei Ascend 910B") == "Huawei");
  CHECK(g.MakerOf("Huawei Ascend 910C") == "Huawei");
  CHECK(g.MakerOf("AMD EPYC") == "AMD");
  CHECK(g.MakerOf("Doubao") == "ByteDance");
  CHECK(g.ParentOf("TikTok") == "ByteDance");
  CHECK(g.ParentOf("AWS") == "Amazon");
  CHECK(g.ParentOf("Instagram") == "Meta");
  CHECK(g.ParentOf("Nvidia").empty());
  CHECK(g.MakerOf("no such thing").empty());
  CHECK(g.IsSource("Reuters"));
  CHECK(g.IsSource("TrendForce"));
  CHECK_FALSE(g.IsSource("ByteDance"));
}

TEST_CASE("Resolve maps aliases, case variants and genitives to canonical names", "[gazetteer]") {
  const nf::Gazetteer& g = nf::Gazetteer::Default();
  CHECK(g.Resolve("Bytedance") == "ByteDance");
  CHECK(g.Resolve("NVIDIA") == "Nvidia");
  CHECK(g.Resolve("Nvidias") == "Nvidia");
  CHECK(g.Resolve("Amazon Web Services") == "AWS");
  CHECK(g.Resolve("Cambrian") == "Cambricon");
  CHECK(g.Resolve("US-Handelsministerium") == "US Department of Commerce");
  CHECK(g.Resolve("Ascend 910B") == "Huawei Ascend 910B");
  CHECK_FALSE(g.Resolve("Sitzsack").has_value());
  CHECK_FALSE(g.Resolve("").has_value());
}

TEST_CASE("Parse reads names, types, language aliases, options and relations", "[gazetteer]") {
  auto g = nf::Gazetteer::Parse(
      "# comment\n"
      "\n"
      "Acme Chips | org | ACME{exact}; de:Acme-Werke; Acme{ctx=chip/halbleiter/Kralwerk} | "
      "parent=Acme "
      "Holding\n"
      "Acme Holding | org | |\n"
      "Roadrunner X1 | product | X1{exact,nohyphen} | maker=Acme Chips\n"
      "Wire | org | | source\n"
      "Kralbund | org | | union\n");
  REQUIRE(g.ok());
  REQUIRE(g->size() == 5);
  CHECK(g->Find("Kralbund")->union_of_states);
  CHECK(g->IsUnionOfStates("kralbund"));
  CHECK_FALSE(g->IsUnionOfStates("Wire"));
  CHECK_FALSE(g->IsUnionOfStates("Kralbunt"));
  CHECK_FALSE(g->Find("Wire")->union_of_states);
  const nf::GazetteerEntry* e = g->Find("acme chips");
  REQUIRE(e != nullptr);
  CHECK(e->parent == "Acme Holding");
  REQUIRE(e->aliases.size() == 4);  // canonical + 3
  CHECK(e->aliases[0].text == "Acme Chips");
  CHECK(e->aliases[1].exact_case);
  CHECK(e->aliases[2].lang == nf::Lang::kDe);
  // A cue starting with a capital is kept as written (a whole word in that spelling).
  CHECK(e->aliases[3].context == std::vector<std::string>{"chip", "halbleiter", "Kralwerk"});
  CHECK(g->Find("Roadrunner X1")->aliases[1].no_hyphen);
  CHECK(g->MakerOf("Roadrunner X1") == "Acme Chips");
  CHECK(g->IsSource("Wire"));
}

TEST_CASE("Parse rejects malformed lines with the line number", "[gazetteer]") {
  auto bad_type = nf::Gazetteer::Parse("A | company | |\n");
  REQUIRE_FALSE(bad_type.ok());
  CHECK(bad_type.status().code() == nf::Status::Code::kInvalidArgument);
  CHECK(bad_type.status().message().find("line 1") != std::string::npos);
  CHECK_FALSE(nf::Gazetteer::Parse("A | org | A{loud} |\n").ok());
  CHECK_FALSE(nf::Gazetteer::Parse("A | org | | sister=B\n").ok());
  CHECK_FALSE(nf::Gazetteer::Parse("A | org | |\na | org | |\n").ok());
  CHECK_FALSE(nf::Gazetteer::Parse("just a name\n").ok());
  auto dup = nf::Gazetteer::Parse("# x\nA | org | |\nB | place\nA | org\n");
  REQUIRE_FALSE(dup.ok());
  CHECK(dup.status().message().find("line 4") != std::string::npos);
}

TEST_CASE("Merge adds user entities and replaces same-named ones", "[gazetteer]") {
  nf::Gazetteer g = nf::Gazetteer::Default();
  size_t before = g.size();
  auto user = nf::Gazetteer::Parse(
      "Zeppelin Rechenwerke | org | Zeppelin-Rechenwerke; ZRW{exact} |\n"
      "Nvidia | org | Grüner Riese |\n");
  REQUIRE(user.ok());
  g.Merge(*user);
  CHECK(g.size() == before + 1);
  CHECK(g.Resolve("ZRW") == "Zeppelin Rechenwerke");
  CHECK(g.Resolve("Grüner Riese") == "Nvidia");
  CHECK_FALSE(g.Resolve("NVIDIA Corp").has_value());  // the default entry was replaced

  nf::EntityMatcher matcher(g);
  std::vector<nf::EntityMention> out;
  matcher.Find("Die ZRW liefern an den Grüner Riese.", nf::Lang::kDe, nf::Field::kBody, &out);
  REQUIRE(out.size() == 2);
  CHECK(out[0].entity == "Zeppelin Rechenwerke");
  CHECK(out[1].entity == "Nvidia");
}

TEST_CASE("IsSource answers as Find(name)->source for merged sources and in any case",
          "[gazetteer][speed]") {
  // IsSource rejects most names by the shape (first byte, length) of the sources' names
  // before the look-up; it must agree with the look-up itself.
  nf::Gazetteer g = nf::Gazetteer::Default();
  auto user = nf::Gazetteer::Parse(
      "Kralinger Marktforschung | org | KMF | source\n"
      "Donaublick Versicherung | org | |\n"
      "Ein Sehr Langer Name Eines Marktforschungsinstituts | org | | source\n"
      "Wire | org | | \n");
  REQUIRE(user.ok());
  g.Merge(*user);
  auto slow = [&](std::string_view name) {
    const nf::GazetteerEntry* e = g.Find(name);
    return e != nullptr && e->source;
  };
  std::vector<std::string> names = {"",
                                    "Kralinger Marktforschung",
                                    "KRALINGER MARKTFORSCHUNG",
                                    "kralinger marktforschung",
                                    "Kralinger Marktforschun",
                                    "Donaublick Versicherung",
                                    "Ein Sehr Langer Name Eines Marktforschungsinstituts",
                                    "EIN SEHR LANGER NAME EINES MARKTFORSCHUNGSINSTITUTS",
                                    "Ein Sehr Langer Name Eines Marktforschungsinstitutes",
                                    "Wire",
                                    "Ökab",
                                    "Brightwater Systems Inc."};
  for (const nf::GazetteerEntry& e : g.entries()) {
    names.push_back(e.name);
    std::string upper = e.name;
    for (char& c : upper) c = (c >= 'a' && c <= 'z') ? static_cast<char>(c - 32) : c;
    names.push_back(upper);
    names.push_back(e.name + "s");
  }
  size_t sources = 0;
  for (const std::string& n : names) {
    INFO(n);
    CHECK(g.IsSource(n) == slow(n));
    sources += slow(n) ? 1 : 0;
  }
  CHECK(g.IsSource("kralinger marktforschung"));
  CHECK(g.IsSource("EIN SEHR LANGER NAME EINES MARKTFORSCHUNGSINSTITUTS"));
  CHECK_FALSE(g.IsSource("Donaublick Versicherung"));
  CHECK(sources > 10);
}
