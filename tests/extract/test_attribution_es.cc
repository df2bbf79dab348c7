// Spanish attribution classes of issue 11 (choosing among the names a sentence has) through
// the Extractor, with invented names and sentences: one case per error class, each with a
// negative (the rule must not fire where the sentence says something else).
#include <catch2/catch.hpp>
#include <string>

#include "extract/extractor.h"
#include "tests/extract/figure_test_util.h"

namespace nf = newsfacts::extract;

namespace {

nf::Extraction Text(const std::string& text) {
  return nf::testing::FullText(text, nf::Lang::kEs);
}

}  // namespace

TEST_CASE("es: 'del país' after an organisation is where it is, not the subject",
          "[attribution][es]") {
  const std::string t =
      "Chile vuelve a crecer tras dos años difíciles. La fábrica de Pelmarex en el norte del "
      "país despidió ayer a 300 trabajadores.";
  auto x = Text(t);
  CHECK(nf::testing::FigureWith(x, "300 trabajadores").entity == "Pelmarex");
  // Negative: without an organisation "del país" is the country the text is about.
  const std::string neg =
      "Chile vuelve a crecer tras dos años difíciles. La producción en el norte del país cayó "
      "un 5 % en marzo.";
  auto xn = Text(neg);
  CHECK(nf::testing::FigureWith(xn, "5 %").entity == "Chile");
}

TEST_CASE("es: a cause after the figure ('muertes por X') does not hide the place of the clause",
          "[attribution][es]") {
  const std::string t =
      "Los hospitales están llenos. En Chile, las cifras superaron las 3.000 muertes por "
      "Morvela, según las autoridades.";
  auto x = Text(t);
  CHECK(nf::testing::FigureWith(x, "3.000 muertes").entity == "Chile");
  // Negative: "por X" after a participle names the agent, who keeps the figure.
  const std::string neg =
      "La demanda sigue débil. En Chile se vendieron 3.000 coches fabricados por Pelmarex.";
  auto xn = Text(neg);
  CHECK(nf::testing::FigureWith(xn, "3.000 coches").entity == "Pelmarex");
}

TEST_CASE("es: the figure's own relative clause places it ('que ejercen en X')",
          "[attribution][es]") {
  const std::string t =
      "La asamblea reunió ayer a muchos profesionales. En el congreso organizado por Medicor "
      "había unos 800 médicos de los 21.000 que ejercen en Chile.";
  auto x = Text(t);
  CHECK(nf::testing::FigureWith(x, "21.000").entity == "Chile");
  CHECK(nf::testing::FigureWith(x, "800 médicos").entity == "Medicor");
  // Negatives: a subject of the clause keeps the figure; a relative after a preposition
  // ("a las que") is not the figure's place.
  const std::string neg =
      "La asamblea reunió ayer a muchos profesionales. La empresa Pelmarex vendió 21.000 equipos "
      "que fabrica en Chile.";
  CHECK(nf::testing::FigureWith(Text(neg), "21.000").entity == "Pelmarex");
  const std::string neg2 =
      "La asamblea reunió ayer a muchos profesionales. La empresa Pelmarex grabó vídeos de 40 "
      "clientes a los que atendió en Chile.";
  CHECK(nf::testing::FigureWith(Text(neg2), "40 clientes").entity == "Pelmarex");
}

TEST_CASE(
    "es: a subordinate clause opening the sentence without a subject shares the main "
    "clause's subject after the comma",
    "[attribution][es]") {
  const std::string t =
      "La cadena Radiolux lidera el mercado. Aunque facturó 200 millones de euros, Ondamar "
      "perdió oyentes.";
  auto x = Text(t);
  CHECK(nf::testing::FigureWith(x, "200 millones de euros").entity == "Ondamar");  // not the topic
  // Negative: a subject inside the clause keeps the figure.
  const std::string own =
      "El mercado de la radio crece. Aunque Radiolux facturó 200 millones de euros, Ondamar "
      "perdió oyentes.";
  auto xo = Text(own);
  CHECK(nf::testing::FigureWith(xo, "200 millones de euros").entity == "Radiolux");
}

TEST_CASE(
    "es: a capitalised particle before a person's surname ('De Ralo') is part of the "
    "name, not a preposition",
    "[attribution][es]") {
  const std::string t =
      "El mercado de la radio crece. El presidente Tomás de Ralo dejó la cadena Ondamar. "
      "Gracias a que poseía el 30 % de las acciones, De Ralo ganó 200 millones de euros.";
  auto x = Text(t);
  const auto& f = nf::testing::FigureWith(x, "200 millones de euros");
  CHECK(f.entity == "Tomás de Ralo");
  CHECK(f.entity_type == nf::EntityType::kPerson);
  CHECK(nf::testing::FigureWith(x, "30 %").entity == "Tomás de Ralo");
  // Negative: a lower-case "de" before an organisation still governs it ("200 millones de
  // Ondamar" is Ondamar's, the owner after the figure).
  const std::string neg =
      "El mercado de la radio crece. El presidente Tomás de Ralo habló. Los ingresos de "
      "Ondamar sumaron 200 millones de euros.";
  auto xn = Text(neg);
  CHECK(nf::testing::FigureWith(xn, "200 millones de euros").entity == "Ondamar");
}

TEST_CASE("es: a fronted phrase of price ('Por 900 euros, X …') shares the main clause's subject",
          "[attribution][es]") {
  const std::string t =
      "La cadena Radiolux lidera el mercado. Por 900 euros, Ondamar ofrece un año de anuncios.";
  auto x = Text(t);
  CHECK(nf::testing::FigureWith(x, "900 euros").entity == "Ondamar");  // not the topic
  // Negative: a name inside the phrase ("por 900 euros de Radiolux") keeps it out.
  const std::string neg =
      "La cadena Radiolux lidera el mercado. Con los 900 euros de Telvira, Ondamar ofrece un "
      "año de anuncios.";
  auto xn = Text(neg);
  CHECK(nf::testing::FigureWith(xn, "900 euros").entity != "Ondamar");
}

TEST_CASE(
    "es: a person who is the subject after the organisation topic carries a figure "
    "of a sentence that names nobody",
    "[attribution][es]") {
  const std::string t =
      "La cadena Radiolux lidera el mercado. \"Trabajo sin descanso\", dijo Alberto Quirivén. "
      "\"Por eso gano 900 euros al día\".";
  auto x = Text(t);
  const auto& f = nf::testing::FigureWith(x, "900 euros");
  CHECK(f.entity == "Alberto Quirivén");
  CHECK(f.entity_type == nf::EntityType::kPerson);
  // Negative: an organisation subject after the person is the topic again.
  const std::string neg =
      "\"Trabajo sin descanso\", dijo Alberto Quirivén. La cadena Radiolux lidera el mercado. "
      "Las ventas subieron a 900 euros al día.";
  auto xn = Text(neg);
  CHECK(nf::testing::FigureWith(xn, "900 euros").entity == "Radiolux");
}

TEST_CASE(
    "es: a list of places behind a preposition, with articles and ', y', stays governed, and "
    "a country adjective after a governed noun is no subject",
    "[attribution][es]") {
  const std::string t =
      "La aerolínea Aerobrisa abrirá rutas nuevas. Además aumentará los vuelos con Lima, La "
      "Pradera, Talvira, y Montenor, y en el caso de la capital peruana ofrecerá billetes por "
      "90 euros.";
  auto x = Text(t);
  CHECK(nf::testing::FigureWith(x, "90 euros").entity == "Aerobrisa");
  // Negative: a place that opens the sentence without a preposition is its subject.
  const std::string neg = "La Pradera, con 95.000 habitantes, celebra hoy su fiesta mayor.";
  auto xn = Text(neg);
  CHECK(nf::testing::FigureWith(xn, "95.000 habitantes").entity == "Pradera");
}

TEST_CASE("es: 'de acuerdo con X' cites X, a plain 'acuerdo' before X does not",
          "[attribution][es]") {
  const std::string t =
      "El día empezó tranquilo. Durante la campaña Ondamar prometió un bono de 1.000 euros y "
      "criticó el acuerdo firmado entre Telvira y el Gobierno.";
  auto x = Text(t);
  CHECK(nf::testing::FigureWith(x, "1.000 euros").entity == "Ondamar");
  // Negative: the cited source is not the subject; the topic before it is.
  const std::string neg =
      "La cadena Radiolux lidera el mercado. De acuerdo con Telvira, la audiencia creció un 4 %.";
  auto xn = Text(neg);
  CHECK(nf::testing::FigureWith(xn, "4 %").entity == "Radiolux");
}

TEST_CASE("es: a subject after the verb, close after the figure, before the article's topic",
          "[attribution][es]") {
  // The lead names the article's topic; a long sentence puts it out of the topic's reach.
  const std::string lead =
      "La cooperativa Agrovalle protesta en el campo. Los agricultores llevan semanas de asambleas "
      "en los "
      "pueblos de la sierra, en las plazas y en los caminos, y piden que alguien escuche sus "
      "quejas sobre el agua, los precios del gasoil, los seguros de las cosechas, el transporte "
      "de la fruta hasta los mercados de la costa y las ayudas que llegan tarde y mal a las "
      "familias que viven de la tierra desde hace generaciones y que no saben si podrán seguir "
      "trabajando el año que viene sin endeudarse todavía más con los bancos. ";
  auto x = Text(lead +
                "Quieren recortar un 30 por ciento las ayudas y además, la Consejería "
                "Rural redujo las visitas.");
  CHECK(nf::testing::FigureWith(x, "30 por ciento").entity == "Consejería Rural");
  // Negative: an organisation far after the figure is no subject: the article's topic.
  auto xn =
      Text(lead +
           "Quieren recortar un 30 por ciento las ayudas que pagan a los pueblos y a las "
           "cooperativas de la comarca durante todo el invierno, y la Consejería Rural calla.");
  CHECK(nf::testing::FigureWith(xn, "30 por ciento").entity == "Agrovalle");
}

TEST_CASE(
    "es: an organisation named right before the next figure does not hide the place of "
    "this one",
    "[attribution][es]") {
  const std::string t =
      "El turismo se recupera. Solo en Portugal hay 3.200 hoteles abiertos, seguido de "
      "Ondamar con 1.500 hoteles.";
  auto x = Text(t);
  CHECK(nf::testing::FigureWith(x, "3.200 hoteles").entity == "Portugal");
  CHECK(nf::testing::FigureWith(x, "1.500 hoteles").entity == "Ondamar");
  // Negative: an organisation of this figure's sentence, not named with another figure,
  // keeps the place out.
  const std::string neg =
      "El turismo se recupera. Solo en Portugal hay 3.200 hoteles abiertos, que gestiona "
      "Ondamar.";
  auto xn = Text(neg);
  CHECK(nf::testing::FigureWith(xn, "3.200 hoteles").entity != "Portugal");
}

TEST_CASE("es: a company noun described by the organisations that make it is theirs",
          "[attribution][es]") {
  const std::string t =
      "La patronal Comerlux critica la operación. El portavoz de Comerlux aseguró que el grupo "
      "resultante de la fusión entre Tecnovía y Ondamar controlará el 40 % del mercado.";
  auto x = Text(t);
  CHECK(nf::testing::FigureWith(x, "40 %").entity == "Tecnovía");
  // Negative: a name after punctuation does not describe the noun; the reference keeps the
  // subject before it.
  const std::string neg =
      "La patronal Comerlux presentó sus cuentas. La compañía, socia de Tecnovía, ganó el 40 % "
      "más.";
  auto xn = Text(neg);
  CHECK(nf::testing::FigureWith(xn, "40 %").entity == "Comerlux");
}

TEST_CASE("es: a share of the people infected with a disease is the disease's",
          "[attribution][es]") {
  const std::string t =
      "La aseguradora Tejalux publicó su informe. Cerca del 30 % de la gente infectada con "
      "Morvela no tiene síntomas.";
  auto x = Text(t);
  CHECK(nf::testing::FigureWith(x, "30 %").entity == "Morvela");
  // Negative: the same name without the participle is not what the share is about.
  const std::string neg =
      "La aseguradora Tejalux publicó su informe. Cerca del 30 % de la gente trabaja con "
      "Morvela desde casa.";
  auto xn = Text(neg);
  CHECK(nf::testing::FigureWith(xn, "30 %").entity == "Tejalux");
}

TEST_CASE(
    "es: a place that only locates a thing introduced with 'un'/'una' is not the "
    "figure's subject",
    "[attribution][es]") {
  const std::string t =
      "La aseguradora Tejalux cerró el año con pérdidas. El pago de una fianza en Portugal de "
      "5.000 euros sorprendió a sus socios.";
  auto x = Text(t);
  CHECK(nf::testing::FigureWith(x, "5.000 euros").entity == "Tejalux");
  // Negative: a statistic of the place itself ("la inflación en X") is the place's.
  const std::string neg =
      "La aseguradora Tejalux cerró el año con pérdidas. La inflación en Portugal llegó al 5 %.";
  auto xn = Text(neg);
  CHECK(nf::testing::FigureWith(xn, "5 %").entity == "Portugal");
}

TEST_CASE("es: a name after a lower-case noun is no subject after the verb", "[attribution][es]") {
  // The lead names the article's topic; a long sentence puts it out of the topic's reach.
  const std::string lead =
      "La cooperativa Agrovalle protesta en el campo. Los agricultores llevan semanas de "
      "asambleas en los pueblos de la sierra, en las plazas y en los caminos, y piden que alguien "
      "escuche sus quejas sobre el agua, los precios del gasoil, los seguros de las cosechas, el "
      "transporte de la fruta hasta los mercados de la costa y las ayudas que llegan tarde y mal "
      "a las familias que viven de la tierra desde hace generaciones y que no saben si podrán "
      "seguir trabajando el año que viene sin endeudarse todavía más con los bancos. ";
  auto x = Text(lead + "Murieron 300 personas a principios del siglo QXV en la comarca.");
  CHECK(nf::testing::FigureWith(x, "300 personas").entity == "Agrovalle");
}

TEST_CASE("es: a capitalised common noun ('un Varelio') is no entity of the text's figures",
          "[attribution][es]") {
  // Invented: "Varelio" is a document noun written with a capital. Without the rule it was
  // the organisation subject of the sentence and took the figure.
  const std::string t =
      "Ayer circuló un Varelio sobre las ayudas. Según el Varelio, el Ministerio de Vivienda "
      "pagará hasta 600 euros al mes.";
  auto x = Text(t);
  CHECK(nf::testing::FigureWith(x, "600 euros").entity == "Ministerio de Vivienda");
  const std::string t2 =
      "Ayer circuló un Varelio sobre las ayudas. El Varelio dice que se pagarán hasta 600 "
      "euros al mes.";
  auto x2 = Text(t2);
  CHECK(nf::testing::FigureWith(x2, "600 euros").entity != "Varelio");
  // Negative: the same word without such a use is a name and keeps its figure.
  const std::string neg =
      "Según el Varelio, las ayudas llegan tarde. El Varelio pagará hasta 600 euros al mes.";
  auto xn = Text(neg);
  CHECK(nf::testing::FigureWith(xn, "600 euros").entity == "Varelio");
}

TEST_CASE("es: a lone surname typed person is the full-name person the text names",
          "[attribution][es]") {
  const std::string t =
      "El tribunal electoral anunció que el candidato Amalio Verduzco irá a la segunda vuelta. "
      "Verduzco, candidato del Frente Cívico, logró 1.830.045 votos.";
  auto x = Text(t);
  const auto& f = nf::testing::FigureWith(x, "1.830.045 votos");
  CHECK(f.entity == "Amalio Verduzco");
  CHECK(f.entity_type == nf::EntityType::kPerson);
  // Negative: a surname two persons share names neither of them.
  const std::string neg =
      "El tribunal anunció que el candidato Amalio Verduzco y la candidata Rosa Verduzco irán "
      "a la segunda vuelta. Verduzco, candidato del Frente Cívico, logró 1.830.045 votos.";
  auto xn = Text(neg);
  CHECK(nf::testing::FigureWith(xn, "1.830.045 votos").entity == "Verduzco");
}
