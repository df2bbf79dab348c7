// EntityMatcher: case variants, genitives, compounds, model names, context-dependent
// aliases, and words that must not become entities (German and Spanish).
#include <sys/mman.h>
#include <unistd.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "extract/entity_matcher.h"
#include "extract/figure_finder.h"
#include "extract/gazetteer.h"
#include "extract/text_blocks.h"

namespace nf = newsfacts::extract;

namespace {

const nf::EntityMatcher& Matcher() {
  static const nf::EntityMatcher m(nf::Gazetteer::Default());
  return m;
}

std::vector<nf::EntityMention> Find(std::string_view text, nf::Lang lang = nf::Lang::kDe) {
  std::vector<nf::EntityMention> out;
  Matcher().Find(text, lang, nf::Field::kBody, &out);
  return out;
}

// The four seed articles, one after the other.
std::string SeedText() {
  std::string text;
  for (const char* doc : {"000_b40380fbcd9e6641.txt", "001_e914ad4db1b51880.txt",
                          "002_295dfa78b104697f.txt", "003_a72d3fc20d34990a.txt"}) {
    std::ifstream in(std::string(NEWSFACTS_TEST_DATA_DIR) + "/seeds/" + doc);
    std::stringstream ss;
    ss << in.rdbuf();
    text += ss.str();
  }
  return text;
}

// Two scans' mentions: the same entities at the same offsets, in the same order.
void CheckSameMentions(const std::vector<nf::EntityMention>& a,
                       const std::vector<nf::EntityMention>& b) {
  REQUIRE(a.size() == b.size());
  for (size_t i = 0; i < a.size(); ++i) {
    CHECK(a[i].entity == b[i].entity);
    CHECK(a[i].start == b[i].start);
    CHECK(a[i].end == b[i].end);
  }
}

std::vector<std::string> Names(std::string_view text, nf::Lang lang = nf::Lang::kDe) {
  std::vector<std::string> names;
  for (const auto& m : Find(text, lang)) names.push_back(m.entity);
  return names;
}

using V = std::vector<std::string>;

}  // namespace

TEST_CASE("matcher reports canonical name, type, offsets and surface", "[entities]") {
  std::string text = "Laut Reuters bestellt Bytedance bei Nvidia.";
  auto ms = Find(text);
  REQUIRE(ms.size() == 3);
  CHECK(ms[1].entity == "ByteDance");
  CHECK(ms[1].type == nf::EntityType::kOrg);
  CHECK(ms[1].surface == "Bytedance");
  CHECK(text.substr(ms[1].start, ms[1].end - ms[1].start) == "Bytedance");
  CHECK(ms[1].field == nf::Field::kBody);
}

TEST_CASE("matcher accepts case variants", "[entities]") {
  CHECK(Names("ByteDance, Bytedance und BYTEDANCE") == V{"ByteDance", "ByteDance", "ByteDance"});
  CHECK(Names("Nvidia y NVIDIA", nf::Lang::kEs) == V{"Nvidia", "Nvidia"});
}

TEST_CASE("matcher accepts the German genitive -s and plural model names", "[entities]") {
  CHECK(Names("Nvidias Chips, Microsofts Budget und Amazons Cloud") ==
        V{"Nvidia", "Microsoft", "Amazon"});
  CHECK(Names("hauptsächlich H20s") == V{"Nvidia H20"});
  auto ms = Find("Huaweis Ascend");
  REQUIRE(ms.size() == 2);
  CHECK(ms[0].surface == "Huaweis");
  CHECK(ms[1].entity == "Huawei Ascend");
}

TEST_CASE("matcher finds entities in hyphen compounds", "[entities]") {
  CHECK(Names("Nvidia-Chips und H20-GPUs") == V{"Nvidia", "Nvidia H20"});
  CHECK(Names("der TikTok-Mutterkonzern") == V{"TikTok"});
  CHECK(Names("Huawei-Ascend") == V{"Huawei Ascend", "Huawei"});
  CHECK(Names("Bytedance-Sprecher") == V{"ByteDance"});
}

TEST_CASE("matcher: a German compound naming a kind of firms is no mention of the first part",
          "[entities][compounds]") {
  auto gaz = nf::Gazetteer::Parse(
      "Kralnet | org | Kralnet | \n"
      "Pexo Z | product | Pexo{exact} | maker=Kralnet\n");
  REQUIRE(gaz.ok());
  nf::EntityMatcher m(*gaz);
  auto names = [&](std::string_view text) {
    std::vector<nf::EntityMention> out;
    m.Find(text, nf::Lang::kDe, nf::Field::kBody, &out);
    std::vector<std::string> v;
    for (const auto& e : out) v.push_back(e.entity);
    return v;
  };
  CHECK(names("Die Kralnet-Betreiber und Kralnet-Konkurrenten verloren Kunden.").empty());
  CHECK(names("Die Kralnet-Branche wächst, Pexo-Hersteller liefern mehr.").empty());
  // Negative: the firm's own group, shares and chief, and the one maker of a product.
  CHECK(names("Der Kralnet-Konzern und Kralnet-Aktien, sagte der Kralnet-Chef.") ==
        V{"Kralnet", "Kralnet", "Kralnet"});
  CHECK(names("Der Pexo-Hersteller meldet mehr Umsatz.") == V{"Pexo Z"});
  // Only in German: a Spanish or English text keeps the name.
  std::vector<nf::EntityMention> es;
  m.Find("Los Kralnet-Betreiber", nf::Lang::kEs, nf::Field::kBody, &es);
  CHECK(es.size() == 1);
}

TEST_CASE("matcher matches model names with spaces, longest first", "[entities]") {
  auto ms = Find("über 100.000 Huawei Ascend 910B Chips und den Ascend 910C-Chip");
  REQUIRE(ms.size() == 3);
  CHECK(ms[0].entity == "Huawei Ascend 910B");
  CHECK(ms[0].surface == "Huawei Ascend 910B");
  CHECK(ms[1].entity == "Huawei");  // the maker inside the product name
  CHECK(ms[2].entity == "Huawei Ascend 910C");
  CHECK(Names("8 Nvidia A100GPU y 80G de memoria", nf::Lang::kEs) == V{"Nvidia A100", "Nvidia"});
  CHECK(Names("die Nvidia H100") == V{"Nvidia H100", "Nvidia"});
}

TEST_CASE("matcher resolves the Cambrian mistranslation only in a chip context", "[entities]") {
  CHECK(Names("e incluso el Cambrian con pérdidas a largo plazo, el precio de las acciones "
              "se ha disparado",
              nf::Lang::kEs) == V{"Cambricon"});
  CHECK(Names("Fossilien aus dem Cambrian sind selten.").empty());
  CHECK(Names("Los fósiles del Cambrian son raros.", nf::Lang::kEs).empty());
}

TEST_CASE("matcher never matches inside another word", "[entities]") {
  CHECK(Names("Metadaten, künstliche Intelligenz, der Amazonas, ein Applet, die Armee").empty());
  CHECK(Names("Intelligenzinfrastruktur und Metallpreise").empty());
  CHECK(Names("Los huawenses y la metástasis", nf::Lang::kEs).empty());
}

TEST_CASE("matcher resolves ambiguous aliases by context", "[entities]") {
  // Spanish "meta" = goal; German "Meta-Daten"; the company is found.
  CHECK(Names("La meta del gobierno es reducir el déficit.", nf::Lang::kEs).empty());
  CHECK(Names("Alle Meta-Daten werden gespeichert.").empty());
  CHECK(Names("Meta compró 224.000 chips.", nf::Lang::kEs) == V{"Meta"});
  CHECK(Names("Google, Meta y AWS", nf::Lang::kEs) == V{"Google", "Meta", "AWS"});
  // "Gate" in page boilerplate is not the exchange; in a crypto context it is.
  CHECK(Names("Escanee para descargar la aplicación Gate", nf::Lang::kEs).empty());
  CHECK(Names("Die Kryptobörse Gate meldet Rekordumsatz.") == V{"Gate.io"});
  // "Arm" is a body part unless chips are the topic.
  CHECK(Names("Er brach sich den Arm.").empty());
  CHECK(Names("Der Chipdesigner Arm gehört zu Softbank.") == V{"Arm", "SoftBank"});
}

TEST_CASE("matcher: a context cue starting with a capital is a whole word in that spelling",
          "[entities]") {
  auto gaz = nf::Gazetteer::Parse("Torvik | product | Torvik{exact,ctx=Brenna/lager} | \n");
  REQUIRE(gaz.ok());
  nf::EntityMatcher m(*gaz);
  auto names = [&](std::string_view text) {
    std::vector<nf::EntityMention> out;
    m.Find(text, nf::Lang::kEn, nf::Field::kBody, &out);
    return out.size();
  };
  CHECK(names("The new Torvik was shown by Brenna on Monday.") == 1);
  CHECK(names("Brenna's Torvik sold out.") == 1);
  CHECK(names("Torvik lorries now carry lager.") == 1);  // a lower-case cue: a word's prefix
  CHECK(names("Torvik lorries carry brenna roots.") == 0);
  CHECK(names("Torvik lorries carry Brennast tiles.") == 0);
  CHECK(names("Torvik lorries left from Ubrenna.") == 0);
}

TEST_CASE("matcher uses language-specific aliases only in their language", "[entities]") {
  CHECK(Names("Das US-Handelsministerium verbietet Exporte.") == V{"US Department of Commerce"});
  CHECK(Names("Die Kunden in EE. UU. wachsen.", nf::Lang::kDe).empty());
  CHECK(Names("los clientes en EE. UU. crecen", nf::Lang::kEs) == V{"United States"});
  CHECK(Names("Peking und Pekín", nf::Lang::kUnknown) == V{"Beijing", "Beijing"});
}

TEST_CASE("matcher keeps person names and Spanish plurals apart from entities", "[entities]") {
  CHECK(Names("die Klatschkolumnistin Hedda Hopper (Helen Mirren)").empty());
  CHECK(Names("485.000 der „Hopper“-Chips") == V{"Nvidia Hopper"});
  CHECK(Names("las Crónicas de Indias y las Españas", nf::Lang::kEs).empty());
  CHECK(Names("Indiens Premierminister") == V{"India"});
  CHECK(Names("Der Lautsprecher Sonavo UE Wave 3").empty());
  CHECK(Names("en la UE", nf::Lang::kEs) == V{"European Union"});
}

TEST_CASE("matcher finds nothing in unrelated text", "[entities]") {
  CHECK(Names("Der Gemeinderat beschloss am Montag eine neue Parkordnung.").empty());
  CHECK(Names("El ayuntamiento aprobó el presupuesto municipal para 2024.", nf::Lang::kEs).empty());
  CHECK(Names("").empty());
  CHECK(Names("„“ – … 123 %").empty());
}

TEST_CASE("hyperscan prefilter and token scan find the same mentions", "[entities]") {
  nf::EntityMatcher hs(nf::Gazetteer::Default(), {.use_hyperscan = true});
  nf::EntityMatcher tokens(nf::Gazetteer::Default(), {.use_hyperscan = false});
  std::string text = SeedText();
  text += " Nvidias H20s, A100GPU, Huawei-Ascend 910B, Metadaten, xMeta, Intelligenz.";
  std::vector<nf::EntityMention> a, b;
  hs.Find(text, nf::Lang::kUnknown, nf::Field::kBody, &a);
  tokens.Find(text, nf::Lang::kUnknown, nf::Field::kBody, &b);
  REQUIRE(a.size() > 100);
  CheckSameMentions(a, b);
}

TEST_CASE("one matcher can be used from several threads at once", "[entities]") {
  const nf::EntityMatcher& m = Matcher();
  std::string text;
  for (int i = 0; i < 50; ++i) {
    text += "Bytedance bestellt Nvidias H20s, Huawei liefert Ascend 910B an Baidu und Tencent. ";
  }
  std::vector<nf::EntityMention> expected;
  m.Find(text, nf::Lang::kDe, nf::Field::kBody, &expected);
  REQUIRE(expected.size() == 350);
  std::vector<std::vector<nf::EntityMention>> got(4);
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (int r = 0; r < 50; ++r) {
        got[t].clear();
        m.Find(text, nf::Lang::kDe, nf::Field::kBody, &got[t]);
      }
    });
  }
  for (auto& th : threads) th.join();
  for (const auto& g : got) {
    REQUIRE(g.size() == expected.size());
    for (size_t i = 0; i < g.size(); ++i) CHECK(g[i].start == expected[i].start);
  }
}

// The capital scan (capital words looked up, hyperscan only for the literals a capital word
// cannot match) must propose exactly what the full literal scan does, also where a short
// first token would verify with a separator its literals do not list ("KX  Verbund" with two
// spaces: the literal scan does not propose it, so the capital scan must not either).
TEST_CASE("capital scan and full literal scan find the same mentions", "[entities]") {
  auto gaz = nf::Gazetteer::Parse(
      "Kralinger | org | Kralinger AG; de:Kralinger Werke | \n"
      "KX Verbund | org | KX Verbund; KX-Verbund | \n"
      "Tecnovía | org | tecnovía; es:Tecnovia{exact} | \n"
      "Qz | org | QZ; Qz{exact} | \n"
      "ZB7 | product | ZB7{exact} | maker=Kralinger\n"
      "Velmora | org | vELMORA; Velmora{nohyphen} | \n"
      "Östmark | place | Östmark | \n"
      "Orbitel | org | Orbitel{ctx=funk/netz} | \n"
      "drovix | org | drovix; 4Drovix | \n");
  REQUIRE(gaz.ok());
  nf::EntityMatcher capital(*gaz, {.use_hyperscan = true, .capital_scan = true});
  nf::EntityMatcher literal(*gaz, {.use_hyperscan = true, .capital_scan = false});
  nf::EntityMatcher tokens(*gaz, {.use_hyperscan = false});
  const std::string text =
      "Kralinger AG und Kralingers Werke; KRALINGER meldet, kralinger nicht. KX Verbund, "
      "KX-Verbund, KX  Verbund, KX.Verbund, Kx verbund, kx Verbund. Tecnovía, tecnovía, "
      "TECNOVÍA, Tecnovia. QZ, Qz, qz, QZs, Qzs. ZB7, ZB7s, ZB7GPU, zb7. Velmora-Daten, "
      "VELMORA, vELMORA, velmora. „Östmark“ und östmark. Orbitel im Funknetz, Orbitel "
      "allein. drovix, Drovix, DROVIX, 4Drovix. éKralinger, _Kralinger, (Kralinger), "
      "KralingerAG, Kr, K, Ö. Am Ende: Kra";
  for (nf::Lang lang : {nf::Lang::kDe, nf::Lang::kEs, nf::Lang::kUnknown}) {
    std::vector<nf::EntityMention> a, b, c;
    capital.Find(text, lang, nf::Field::kBody, &a);
    literal.Find(text, lang, nf::Field::kBody, &b);
    tokens.Find(text, lang, nf::Field::kBody, &c);
    REQUIRE(a.size() > 10);
    REQUIRE(a.size() == b.size());
    for (size_t i = 0; i < a.size(); ++i) {
      CHECK(a[i].entity == b[i].entity);
      CHECK(a[i].start == b[i].start);
      CHECK(a[i].end == b[i].end);
    }
    // The token scan also finds "KX  Verbund" (two spaces): the literal scans do not.
    CHECK(c.size() > b.size());
  }
  // Every suffix of the text (so that each candidate is also the last bytes of a text).
  for (size_t from = 0; from < text.size(); ++from) {
    std::vector<nf::EntityMention> a, b;
    capital.Find(std::string_view(text).substr(from), nf::Lang::kDe, nf::Field::kBody, &a);
    literal.Find(std::string_view(text).substr(from), nf::Lang::kDe, nf::Field::kBody, &b);
    REQUIRE(a.size() == b.size());
    for (size_t i = 0; i < a.size(); ++i) CHECK(a[i].start == b[i].start);
  }
}

// Aliases written with a capital whose first word has one or two bytes are proposed by the
// capital scan where one of their literals starts (no hyperscan): the same starts as the
// full literal scan, for every separator and case the literals list or do not list, for a
// lower-case alias sharing the short first word, genitives, and words cut by the text's end.
TEST_CASE("capital scan proposes short first words exactly where their literals start",
          "[entities]") {
  auto gaz = nf::Gazetteer::Parse(
      "Q Werke | org | Q Werke; Q-Werke Nord | \n"
      "VR Lumen | org | VR Lumen; VR-Lumen; de:VR Lumen Süd | \n"
      "vr kreis | org | vr kreis | \n"
      "PZ | org | PZ | \n"
      "Tb | org | Tb{exact} | \n"
      "J.K. Talwerk | org | J.K. Talwerk | \n"
      "Ostrava Dunel | org | Ostrava Dunel | \n");
  REQUIRE(gaz.ok());
  nf::EntityMatcher capital(*gaz, {.use_hyperscan = true, .capital_scan = true});
  nf::EntityMatcher literal(*gaz, {.use_hyperscan = true, .capital_scan = false});
  const std::string text =
      "Q Werke, Q-Werke Nord, Q  Werke, Q - Werke, q werke, Q\u00a0Werke, QWerke. VR Lumen, "
      "VR-Lumen, Vr lumen, vr Lumen, VR Lumen Süd, VR  Lumen, VR.Lumen, VR. Lumen, VR&Lumen, "
      "VR'Lumen, VR.-Lumen, VR Kreis, vr kreis, VR - Kreis. PZ, Pz, pz, pZ, PZs, Pzs, PZX, "
      "(PZ), PZ-Daten. Tb, TB, tb, Tbs. J.K. Talwerk, J.K.Talwerk, j.k. talwerk, J. K. Talwerk. "
      "Ostrava Dunel, OSTRAVA DUNEL. Am Ende: VR Lu, Q, P, PZ";
  for (nf::Lang lang : {nf::Lang::kDe, nf::Lang::kEs, nf::Lang::kUnknown}) {
    std::vector<nf::EntityMention> a, b;
    capital.Find(text, lang, nf::Field::kBody, &a);
    literal.Find(text, lang, nf::Field::kBody, &b);
    REQUIRE(a.size() > 15);
    CheckSameMentions(a, b);
  }
  for (size_t from = 0; from < text.size(); ++from) {
    for (size_t to : {text.size(), text.size() - 1, text.size() - 2}) {
      if (to <= from) continue;
      const std::string_view part = std::string_view(text).substr(from, to - from);
      std::vector<nf::EntityMention> a, b;
      capital.Find(part, nf::Lang::kDe, nf::Field::kBody, &a);
      literal.Find(part, nf::Lang::kDe, nf::Field::kBody, &b);
      REQUIRE(a.size() == b.size());
      for (size_t i = 0; i < a.size(); ++i) CHECK(a[i].start == b[i].start);
    }
  }
}

TEST_CASE("capital scan and full literal scan agree on the seed articles", "[entities]") {
  nf::EntityMatcher capital(nf::Gazetteer::Default(), {.capital_scan = true});
  nf::EntityMatcher literal(nf::Gazetteer::Default(), {.capital_scan = false});
  std::string text = SeedText();
  std::vector<nf::EntityMention> a, b;
  capital.Find(text, nf::Lang::kUnknown, nf::Field::kBody, &a);
  literal.Find(text, nf::Lang::kUnknown, nf::Field::kBody, &b);
  REQUIRE(a.size() > 100);
  CheckSameMentions(a, b);
}

TEST_CASE("the capital scan reads the figure scan's text blocks and finds the same mentions",
          "[entities]") {
  nf::EntityMatcher matcher(nf::Gazetteer::Default(), {.capital_scan = true});
  const std::string text = SeedText();
  // Every cut moves the 64-byte block edges and the text's end.
  for (size_t cut : {size_t{0}, size_t{1}, size_t{37}, size_t{63}, size_t{64}, size_t{65}}) {
    const std::string_view part = std::string_view(text).substr(cut, text.size() - 2 * cut);
    nf::TextBlocks blocks;
    std::vector<uint32_t> triggers;
    nf::figure_detail::ScanCandidates(part, &triggers, &blocks);
    std::vector<nf::EntityMention> own, from_blocks;
    matcher.Find(part, nf::Lang::kUnknown, nf::Field::kBody, &own);
    matcher.Find(part, nf::Lang::kUnknown, nf::Field::kBody, &from_blocks, &blocks);
    REQUIRE(own.size() > 100);
    CheckSameMentions(from_blocks, own);
    // The matcher does read them: without their capital starts it misses the capital words.
    std::fill(blocks.capital_starts.begin(), blocks.capital_starts.end(), 0);
    std::vector<nf::EntityMention> none;
    matcher.Find(part, nf::Lang::kUnknown, nf::Field::kBody, &none, &blocks);
    CHECK(none.size() < own.size());
    // Blocks of another text are ignored, even of the same bytes and length (their capital
    // bits, cleared above, would miss the capital words).
    std::vector<nf::EntityMention> other;
    const std::string copy(part);
    matcher.Find(copy, nf::Lang::kUnknown, nf::Field::kBody, &other, &blocks);
    CheckSameMentions(other, own);
  }
}

namespace {

// Matches every prefix of `text` placed next to a PROT_NONE page — ending at the last
// readable byte before it (`guard_after`) or starting at the first readable byte after it —
// and checks the mentions against those of a copy with readable memory around it.
void CheckMatchedNextToGuardPage(const std::string& text, bool guard_after) {
  const auto page = static_cast<size_t>(sysconf(_SC_PAGESIZE));
  void* mem = mmap(nullptr, 2 * page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  REQUIRE(mem != MAP_FAILED);
  char* base = static_cast<char*>(mem);
  REQUIRE(mprotect(guard_after ? base + page : base, page, PROT_NONE) == 0);
  size_t found = 0;
  for (size_t len = 1; len <= text.size(); ++len) {
    char* at = guard_after ? base + page - len : base + page;
    std::memcpy(at, text.data(), len);
    const std::string_view view(at, len);
    std::vector<nf::EntityMention> at_edge;
    Matcher().Find(view, nf::Lang::kDe, nf::Field::kBody, &at_edge);
    const std::string copy(view);
    const std::vector<nf::EntityMention> expected = Find(copy);
    REQUIRE(at_edge.size() == expected.size());
    for (size_t k = 0; k < at_edge.size(); ++k) CHECK(at_edge[k].start == expected[k].start);
    found += at_edge.size();
  }
  CHECK(found > 0);
  munmap(mem, 2 * page);
}

}  // namespace

TEST_CASE("a text that ends right before an unreadable page is matched without reading past it",
          "[entities]") {
  // Hyperscan's AVX-512 VBMI literal matcher reads past the end of its buffer; on such a CPU
  // this test crashed (SIGSEGV) before the matcher scanned a padded copy. Every length of the
  // text is placed so that its last byte is the last readable byte before a PROT_NONE page.
  CheckMatchedNextToGuardPage(
      "Der Konzern Nvidia meldet 6,2 Milliarden Euro Umsatz, sagte Huawei in Berlin. "
      "Bytedance bestellt H20s bei Nvidia und Huawei liefert an Baidu.",
      /*guard_after=*/true);
}

TEST_CASE("a text that starts right after an unreadable page is matched without reading before it",
          "[entities]") {
  // The matcher scans the text in place when the bytes hyperscan may read on either side lie in
  // the pages of its first and last bytes, else a padded copy: here the text's first byte is
  // the first readable byte after a PROT_NONE page, and the copy must be taken.
  CheckMatchedNextToGuardPage(
      "Nvidia meldet 6,2 Milliarden Euro Umsatz, sagte Huawei in Berlin. "
      "Bytedance bestellt H20s bei Nvidia und Huawei liefert an Baidu.",
      /*guard_after=*/false);
}
