// Spanish attribution classes of issue 11 (choosing among the names a sentence has) through
// the Extractor, with invented names and sentences: one case per error class, each with a
// negative (the rule must not fire where the sentence says something else).
#include <catch2/catch.hpp>
#include <optional>
#include <string>
#include <string_view>

#include "extract/extractor.h"
#include "tests/extract/figure_test_util.h"

namespace nf = newsfacts::extract;

namespace {

nf::Extraction Text(const std::string& text) {
  return nf::testing::FullText(text, nf::Lang::kEs);
}

nf::Extraction Art(const std::string& title, const std::string& body) {
  nf::Article a;
  a.title = title;
  a.body = body;
  a.lang = nf::Lang::kEs;
  nf::Extraction x;
  REQUIRE(nf::testing::FullExtractor().Extract(a, &x).ok());
  return x;
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
      "La aerolínea Aerobrisa abrirá rutas nuevas. Además ampliará las conexiones con Lima, La "
      "Pradera, Talvira, y Montenor, y en la ruta de la capital peruana venderá pasajes por "
      "75 euros.";
  auto x = Text(t);
  CHECK(nf::testing::FigureWith(x, "75 euros").entity == "Aerobrisa");
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
      "La aseguradora Tejalux cerró el año con pérdidas. El alquiler de una nave en Portugal de "
      "7.000 euros sorprendió a sus socios.";
  auto x = Text(t);
  CHECK(nf::testing::FigureWith(x, "7.000 euros").entity == "Tejalux");
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
  auto x = Text(lead + "Se vendieron 300 ovejas a principios del siglo QXV en la comarca.");
  CHECK(nf::testing::FigureWith(x, "300 ovejas").entity == "Agrovalle");
}

TEST_CASE("es: a capitalised common noun ('un Varelio') is no entity of the text's figures",
          "[attribution][es]") {
  // Invented: "Varelio" is a document noun written with a capital. Without the rule it was
  // the organisation subject of the sentence and took the figure.
  const std::string t =
      "Ayer circuló un Varelio sobre las ayudas. Según el Varelio, el Ministerio de Vivienda "
      "abonará hasta 450 euros por hogar.";
  auto x = Text(t);
  CHECK(nf::testing::FigureWith(x, "450 euros").entity == "Ministerio de Vivienda");
  const std::string t2 =
      "Ayer circuló un Varelio sobre las ayudas. El Varelio dice que se abonarán hasta 450 "
      "euros por hogar.";
  auto x2 = Text(t2);
  CHECK(nf::testing::FigureWith(x2, "450 euros").entity != "Varelio");
  // Negative: the same word without such a use is a name and keeps its figure.
  const std::string neg =
      "Según el Varelio, las ayudas llegan tarde. El Varelio abonará hasta 450 euros por hogar.";
  auto xn = Text(neg);
  CHECK(nf::testing::FigureWith(xn, "450 euros").entity == "Varelio");
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

namespace {

// The type of the first mention of `x` whose surface is `surface`; nullopt when none.
std::optional<nf::EntityType> MentionType(const nf::Extraction& x, std::string_view surface) {
  for (const nf::EntityMention& m : x.entities) {
    if (m.surface == surface) return m.type;
  }
  return std::nullopt;
}

bool HasMention(const nf::Extraction& x, std::string_view surface) {
  for (const nf::EntityMention& m : x.entities) {
    if (m.surface == surface) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("es: a count of a people named by a demonym is a population", "[attribution][es]") {
  const std::string t =
      "El consulado abrió una nueva oficina. Más de 3 millones de venezolanos viven fuera de su "
      "país, según el informe.";
  auto x = Text(t);
  const auto& f = nf::testing::FigureWith(x, "3 millones de venezolanos");
  CHECK(f.metric == "population");
  CHECK(f.entity == "Venezuela");
  // A cue elsewhere in the sentence measures something else: the people stay a population.
  const std::string t2 =
      "La propuesta crea 20.000 puestos de trabajo, sube el salario a 400 dólares y ayuda a "
      "más de un millón de peruanos.";
  auto x2 = Text(t2);
  CHECK(nf::testing::FigureWith(x2, "un millón de peruanos").metric == "population");
  // Negative: people who died are cases.
  const std::string neg = "La epidemia avanza. Han muerto 3.000 venezolanos, según el informe.";
  auto xn = Text(neg);
  CHECK(nf::testing::FigureWith(xn, "3.000 venezolanos").metric == "cases");
}

TEST_CASE("es: a share of a country's GDP is the country's, whatever the subject",
          "[attribution][es]") {
  const std::string t =
      "El Gobierno de Ardania presentó su plan fiscal. La deuda pública equivale al 4 % del PIB "
      "de Colombia, una cifra que preocupa.";
  auto x = Text(t);
  CHECK(nf::testing::FigureWith(x, "4 %").entity == "Colombia");
  const std::string t2 =
      "Pelmarex calcula que el déficit llegará al 3 % del producto interior bruto de la "
      "Argentina.";
  auto x2 = Text(t2);
  CHECK(nf::testing::FigureWith(x2, "3 %").entity == "Argentina");
  // Negative: a share of something else, in the country, is not its output.
  const std::string neg = "La empresa Pelmarex invierte el 4 % de su presupuesto en Colombia.";
  auto xn = Text(neg);
  CHECK(nf::testing::FigureWith(xn, "4 %").entity == "Pelmarex");
}

TEST_CASE("es: a name opening with a saint's title is a place", "[entities][names][es]") {
  const std::string t =
      "Las lluvias inundaron San Teodoro y Santa Lucrecia. En San Teodoro hay 4.000 vecinos "
      "evacuados.";
  auto x = Text(t);
  CHECK(MentionType(x, "San Teodoro") == nf::EntityType::kPlace);
  CHECK(MentionType(x, "Santa Lucrecia") == nf::EntityType::kPlace);
  CHECK(nf::testing::FigureWith(x, "4.000 vecinos").entity_type == nf::EntityType::kPlace);
  // Negative: a cue noun makes it a company ("la empresa San X").
  const std::string neg = "La empresa San Teodoro vendió 4.000 barriles el año pasado.";
  auto xn = Text(neg);
  CHECK(MentionType(xn, "San Teodoro") == nf::EntityType::kOrg);
}

TEST_CASE("es: a person the lead names far more often than an organisation is the topic",
          "[entities][attribution][es]") {
  const std::string t =
      "La alcaldesa Rosalía Quintero visitó ayer el barrio inundado. Quintero prometió ayudas y "
      "la Consejería de Aguas envió técnicos. Según Quintero, las obras empezarán pronto. "
      "Quintero recorrió las calles. Al final del día se habían repartido 3.000 raciones de "
      "comida.";
  auto x = Text(t);
  CHECK(nf::testing::FigureWith(x, "3.000 raciones").entity == "Rosalía Quintero");
  // Negative: an organisation named about as often stays the topic.
  const std::string neg =
      "La alcaldesa Rosalía Quintero visitó ayer el barrio inundado. La Consejería de Aguas "
      "envió técnicos. Quintero prometió ayudas y la Consejería de Aguas pagará las obras. "
      "Al final del día se habían repartido 3.000 raciones de comida.";
  auto xn = Text(neg);
  CHECK(nf::testing::FigureWith(xn, "3.000 raciones").entity == "Consejería de Aguas");
}

TEST_CASE("es: an unknown one-word name after 'en' or 'el municipio de' is a place",
          "[entities][names][es]") {
  const std::string t =
      "Las lluvias dejaron 300 evacuados en Ozmerales. El alcalde de Brezuelo pidió ayuda y "
      "Ozmerales recibió 2.000 mantas.";
  auto x = Text(t);
  CHECK(MentionType(x, "Ozmerales") == nf::EntityType::kPlace);
  CHECK(MentionType(x, "Brezuelo") == nf::EntityType::kPlace);
  CHECK(nf::testing::FigureWith(x, "2.000 mantas").entity_type == nf::EntityType::kPlace);
  // Negatives: a club or firm named like its town ("el Ozmerales"), and the first word of a
  // longer name ("en Brezuelo Digital").
  const std::string neg =
      "El Ozmerales ganó 3 partidos en Ozmerales. Trabajan 40 personas en Brezuelo Digital.";
  auto xn = Text(neg);
  CHECK(MentionType(xn, "Ozmerales") == nf::EntityType::kOrg);
  CHECK(MentionType(xn, "Brezuelo") != nf::EntityType::kPlace);
}

TEST_CASE("es: a name after '<role> de <country>' is the role holder, not part of the country",
          "[entities][names][es]") {
  const std::string t =
      "La vicepresidenta de Colombia Amalia Quirós Verduzco viajó a Madrid. La visita costó "
      "80.000 dólares.";
  auto x = Text(t);
  CHECK(MentionType(x, "Colombia") == nf::EntityType::kPlace);
  CHECK(MentionType(x, "Amalia Quirós Verduzco") == nf::EntityType::kPerson);
  CHECK_FALSE(HasMention(x, "Colombia Amalia Quirós Verduzco"));
}

TEST_CASE("es: a hospital unit or lab test in capitals ('la UCI', 'PCR') is no name",
          "[entities][names][es]") {
  const std::string t =
      "Los hospitales madrileños siguen llenos. En la UCI del hospital central había 462 "
      "pacientes y se hicieron 900 pruebas PCR.";
  auto x = Text(t);
  CHECK_FALSE(HasMention(x, "UCI"));
  CHECK_FALSE(HasMention(x, "PCR"));
  CHECK(nf::testing::FigureWith(x, "462 pacientes").entity != "UCI");
  // Negatives: an unknown acronym is still a name; in German UCI is the cycling union.
  const std::string neg = "La aseguradora TKVG pagó 900 euros a cada cliente.";
  auto xn = Text(neg);
  CHECK(HasMention(xn, "TKVG"));
  const std::string de = "Der Radsportverband UCI verhängte eine Strafe von 5.000 Euro.";
  CHECK(HasMention(nf::testing::FullText(de, nf::Lang::kDe), "UCI"));
}

TEST_CASE("es: a full name after a speech verb in the present or the perfect is a person",
          "[entities][names][es]") {
  const std::string t =
      "«Habrá cierres», ha dicho Llorenç Quiralte Bastida, que calcula que cerrarán 300 "
      "empresas. «No hay dinero», explica Ovidio Tarrés Mendaro.";
  auto x = Text(t);
  CHECK(MentionType(x, "Llorenç Quiralte Bastida") == nf::EntityType::kPerson);
  CHECK(MentionType(x, "Ovidio Tarrés Mendaro") == nf::EntityType::kPerson);
  // Negative: a lone word after the verb may be a company ("explica Pelmarex").
  const std::string neg =
      "La empresa Pelmarex cerró 300 tiendas. «No hay demanda», explica Pelmarex en un "
      "comunicado.";
  auto xn = Text(neg);
  CHECK(MentionType(xn, "Pelmarex") == nf::EntityType::kOrg);
}

TEST_CASE("es: people counted with a participle of harm right after them are cases",
          "[metric][es]") {
  const std::string t =
      "Las protestas siguieron toda la noche en Ardania. Al amanecer había 248 ciudadanos "
      "heridos y 12 detenidos.";
  auto x = Text(t);
  CHECK(nf::testing::FigureWith(x, "248 ciudadanos").metric == "cases");
  // Negative: the people alone stay a population.
  const std::string neg = "Ardania tiene 248.000 ciudadanos inscritos en el censo.";
  auto xn = Text(neg);
  CHECK(nf::testing::FigureWith(xn, "248.000 ciudadanos").metric == "population");
}

TEST_CASE("a country's name alone is the country, not the company named after it",
          "[entities][names][es]") {
  const std::string t =
      "Bolivia registró 500 casos nuevos.\n\nLa aerolínea estatal Bolivia Airlines anunció "
      "pérdidas de cientos de millones de dólares por la cancelación de vuelos a Estados "
      "Unidos, Europa y Asia.";
  auto x = Text(t);
  const auto& f = nf::testing::FigureWith(x, "500 casos");
  CHECK(f.entity == "Bolivia");
  CHECK(f.entity_type == nf::EntityType::kPlace);
  CHECK(nf::testing::FigureWith(x, "millones de dólares").entity == "Bolivia Airlines");
}

TEST_CASE("es: a sentence about a person's kin ('su hermano') is the person's",
          "[attribution][es]") {
  const std::string t =
      "El Consejo Regional debatió ayer el caso. Los diputados pidieron la dimisión de la "
      "consejera Amalia Quirós Verduzco.\n\nEl pago de una fianza de 90.000 dólares para liberar "
      "a su hermano";
  auto x = Text(t);
  CHECK(nf::testing::FigureWith(x, "90.000 dólares").entity == "Amalia Quirós Verduzco");
  // Negative: without kin the organisation topic keeps the figure.
  const std::string neg =
      "El Consejo Regional debatió ayer el caso. Los diputados pidieron la dimisión de la "
      "consejera Amalia Quirós Verduzco.\n\nEl pago de una fianza de 90.000 dólares para cerrar "
      "el caso";
  auto xn = Text(neg);
  CHECK(nf::testing::FigureWith(xn, "90.000 dólares").entity != "Amalia Quirós Verduzco");
}

TEST_CASE("es: a place right before a bracketed count is that count's place", "[attribution][es]") {
  const std::string t =
      "La incidencia sube en la provincia. Destacan municipios como Villalta (3.367), Santa "
      "Teodora de Ribas (2.731) o Molinar (2.244).";
  auto x = Text(t);
  CHECK(nf::testing::FigureWith(x, "2.731").entity == "Santa Teodora de Ribas");
  const std::string t2 =
      "La incidencia sube en la región. Destacan Uruguay (3.367), Paraguay (2.731), Honduras "
      "(2.244) y Panamá (1.100).";
  auto x2 = Text(t2);
  CHECK(nf::testing::FigureWith(x2, "2.731").entity == "Paraguay");
  CHECK(nf::testing::FigureWith(x2, "1.100").entity == "Panamá");
  // Negative: a breakdown in brackets after a place stays with the subject.
  const std::string neg2 =
      "Uruguay conquistó 16 medallas en Montevideo (2 de oro, 4 de plata y 10 de bronce).";
  auto xn2 = Text(neg2);
  CHECK(nf::testing::FigureWith(xn2, "2").entity == "Uruguay");
  // Negative: an amount of money after a place in brackets is a conversion, not the place's.
  const std::string neg = "La empresa Pelmarex cobra en Francia (110 euros) por cada consola.";
  auto xn = Text(neg);
  CHECK(nf::testing::FigureWith(xn, "110 euros").entity == "Pelmarex");
}

TEST_CASE("es: a same-currency amount in brackets with its own measure is no conversion",
          "[attribution][es][es11]") {
  auto x = Text("La tienda Pelmarex facturó 210.000 euros (8.300 euros de beneficio) en marzo.");
  CHECK(nf::testing::FigureWith(x, "210.000 euros").metric == "revenue");
  CHECK(nf::testing::FigureWith(x, "8.300 euros").metric == "profit");
  // Negative: a conversion into another currency keeps the measure of the amount before it.
  auto xn = Text("La tienda Pelmarex facturó 90 millones de pesetas (540.000 euros) en marzo.");
  CHECK(nf::testing::FigureWith(xn, "540.000 euros").metric == "revenue");
}

TEST_CASE("es: a saint's word opening the sentence belongs to the place after it",
          "[attribution][es][es11]") {
  auto x = Text(
      "Los pueblos con más vecinos son Valdemora, con 3.100 vecinos. San Ramiro, con 2.400 "
      "vecinos; Santa Olaya, con 1.900 vecinos.");
  CHECK(nf::testing::FigureWith(x, "2.400").entity == "San Ramiro");
  CHECK(nf::testing::FigureWith(x, "1.900").entity == "Santa Olaya");
  // Negative: another sentence-initial word is not part of the name.
  auto xn = Text("Los pueblos crecen. Sin Valdemora, la comarca tendría 2.400 vecinos menos.");
  CHECK(nf::testing::FigureWith(xn, "2.400").entity.find("Sin") == std::string::npos);
}

TEST_CASE("es: a list of names with their figures ('X, con N') gives each its own",
          "[attribution][es][es11]") {
  auto x = Text(
      "La incidencia sube en la comarca de Tordesalas. Villarcos, con 2.400 casos; Pradomayor, "
      "con 1.900 casos. Por debajo de 1.500 casos se sitúan municipios como Valdeolmos del "
      "Río, con 1.200 casos, y Quintanilla de Arriba, con una tasa de 850 casos.");
  CHECK(nf::testing::FigureWith(x, "2.400").entity == "Villarcos");
  CHECK(nf::testing::FigureWith(x, "1.900").entity == "Pradomayor");
  CHECK(nf::testing::FigureWith(x, "1.200").entity == "Valdeolmos del Río");
  CHECK(nf::testing::FigureWith(x, "850").entity == "Quintanilla de Arriba");
  // Negative: a name inside a phrase before ", con" is not the figure's subject.
  auto xn = Text(
      "Vetania es el segundo mercado de la empresa Pelmarex después de Ostrolia, con un 30 % de "
      "sus ventas.");
  CHECK(nf::testing::FigureWith(xn, "30 %").entity != "Ostrolia");
}

TEST_CASE("es: a capitalised adverb or preposition where the sentence break was lost is no name",
          "[attribution][es][es12]") {
  auto no_name = [](const nf::Extraction& x, std::string_view w) {
    for (const auto& m : x.entities) {
      if (m.surface.find(w) != std::string::npos) return false;
    }
    return true;
  };
  // The full stop without its space: the model read the next word as a name inside a sentence.
  auto x = Text(
      "La cooperativa abrió su tienda en el año 2009.Desde entonces, la Cooperativa Vinícola "
      "de Almarén vendió 300 toneladas de uva.");
  CHECK(nf::testing::FigureWith(x, "300 toneladas").entity == "Cooperativa Vinícola de Almarén");
  CHECK(no_name(x, "Desde"));
  auto y =
      Text("Los vecinos protestaron ante el ayuntamiento.Mientras tanto, 40 barcos esperaban.");
  CHECK(nf::testing::FigureWith(y, "40 barcos").entity != "Mientras");
  CHECK(no_name(y, "Mientras"));
  // A wide space after a question mark.
  auto z = Text(
      "¿Qué pasará con la cosecha?\u2002Pese a la sequía, la cooperativa vendió 300 toneladas.");
  CHECK(no_name(z, "Pese"));
  // Negative: the same words are names elsewhere — an English surname, a Spanish name that
  // opens with a word of the list kept apart ("Entre Ríos" is not in it).
  auto en =
      nf::testing::FullText("Chief executive Lara Su said Voltaro sold 300 cars.", nf::Lang::kEn);
  CHECK_FALSE(no_name(en, "Su"));
  auto es = Text("La provincia de Entre Ríos exportó 300 toneladas de soja.");
  CHECK_FALSE(no_name(es, "Entre Ríos"));
}

TEST_CASE("es: a full name in apposition after a role and what it heads is a person",
          "[attribution][es][es12]") {
  auto person = [](const nf::Extraction& x, std::string_view name) {
    for (const auto& m : x.entities) {
      if (m.surface == name) return m.type == nf::EntityType::kPerson;
    }
    return false;
  };
  auto x = Text(
      "El vicepresidente primero de la Diputación, Casimiro Baltrusco, acumula una fortuna de "
      "420.000 euros. Baltrusco además posee 6.500 euros en fondos.");
  CHECK(person(x, "Casimiro Baltrusco"));
  // The lone surname later is that person (CarryPersons).
  CHECK(nf::testing::FigureWith(x, "6.500 euros").entity == "Casimiro Baltrusco");
  auto y = Text("La ministra de Comercio, Anselma Quirtoga, anunció ayer 40 millones de euros.");
  CHECK(person(y, "Anselma Quirtoga"));
  // Negative: after a plural role the names are a list of what they head, not a holder.
  auto n = Text(
      "Los consejeros de la comarca, Talleres Baltrusco y Vidrios Quirtoga firmaron ayer un "
      "acuerdo de 40 millones de euros.");
  CHECK_FALSE(person(n, "Talleres Baltrusco"));
}

TEST_CASE(
    "es: a place the title names first, with the organisation only after a preposition, "
    "is the topic",
    "[entities][attribution][es]") {
  const std::string body =
      "La tormenta dejó ayer calles cortadas en Ozmerales. Los vecinos de Ozmerales pasaron la "
      "noche en vela y los técnicos del CEBI revisaron las casas. En Ozmerales siguen sin luz. "
      "Al final del día se calcularon daños por 40.000 euros.";
  // (The probe is an amount: a count of people or cases that falls back to an organisation
  // topic goes to the place the text names anyway, rule 6b.)
  auto x = Art("La tormenta en Ozmerales: destrozos en los CEBI", body);
  CHECK(nf::testing::FigureWith(x, "40.000 euros").entity == "Ozmerales");
  // Negative: the organisation is a subject of the title: it stays the topic.
  auto xn = Art("Ozmerales: los CEBI cierran tras la tormenta", body);
  CHECK(nf::testing::FigureWith(xn, "40.000 euros").entity == "CEBI");
}

TEST_CASE("es: a statistics or health agency's figures are its country's", "[attribution][es]") {
  const std::string t =
      "Los hospitales de Chile siguen llenos. El Centro de Control de Enfermedades Tropicales "
      "(CCET) publicó ayer su informe. El CCET recalcó que el 70 % de los casos fueron leves.";
  auto x = Text(t);
  CHECK(nf::testing::FigureWith(x, "70 %").entity == "Chile");
  // Negative: a world body's figures are its own, so is a company's.
  const std::string neg =
      "Los hospitales de Chile siguen llenos. La Organización Mundial de Control de "
      "Enfermedades (OMCE) publicó ayer su informe. La OMCE recalcó que el 70 % de los casos "
      "fueron leves.";
  auto xn = Text(neg);
  CHECK(nf::testing::FigureWith(xn, "70 %").entity ==
        "Organización Mundial de Control de Enfermedades");
  const std::string neg2 =
      "Los hospitales de Chile siguen llenos. El grupo Pelmarex S.A. recalcó que sus ventas "
      "subieron un 5 %.";
  auto xn2 = Text(neg2);
  CHECK(nf::testing::FigureWith(xn2, "5 %").entity == "Pelmarex S.A.");
}

TEST_CASE("es: a government minister's figures are the country's", "[attribution][es]") {
  const std::string t =
      "Chile prepara su presupuesto. El primer ministro, Marelo Quintanar Ibáñez, anunció "
      "ayer un plan de 900 millones de euros para las pymes.";
  auto x = Text(t);
  CHECK(nf::testing::FigureWith(x, "900 millones de euros").entity == "Chile");
  // Negative: a person with no government role keeps the figure.
  const std::string neg =
      "Chile prepara su presupuesto. El empresario, Marelo Quintanar Ibáñez, anunció ayer una "
      "inversión de 900 millones de euros en sus hoteles.";
  auto xn = Text(neg);
  CHECK(nf::testing::FigureWith(xn, "900 millones de euros").entity == "Marelo Quintanar Ibáñez");
}

TEST_CASE("es: a statistics agency's rate is not the place named with the next rate",
          "[attribution][es]") {
  const std::string t =
      "Las escuelas de Uruguay cierran en julio. La Oficina Tecnovía de Estadística Escolar "
      "(OTEE) presentó ayer su balance. La OTEE estima que el abandono ronda el 7 % en el país, "
      "pero sube al 11 % en Kralia.";
  auto x = Text(t);
  CHECK(nf::testing::FigureWith(x, "7 %").entity == "Uruguay");
  CHECK(nf::testing::FigureWith(x, "11 %").entity == "Kralia");
  // Negative: a place right after the rate, with no number between, is its place.
  const std::string neg =
      "Las escuelas de Uruguay cierran en julio. La Oficina Tecnovía de Estadística Escolar "
      "(OTEE) presentó ayer su balance. La OTEE estima que el abandono ronda el 7 % en Kralia.";
  auto xn = Text(neg);
  CHECK(nf::testing::FigureWith(xn, "7 %").entity == "Kralia");
}

TEST_CASE("es: a health ministry named by its short name reports its country's figures",
          "[attribution][es]") {
  const std::string t =
      "Chile endurece las medidas. Ayer Sanidad notificó 400 muertes y 3.000 contagios.";
  auto x = Text(t);
  CHECK(nf::testing::FigureWith(x, "400 muertes").entity == "Chile");
  // Negative: another organisation named alone keeps the figures.
  const std::string neg =
      "Chile endurece las medidas. Ayer Pelmarex notificó 400 despidos en sus fábricas.";
  auto xn = Text(neg);
  CHECK(nf::testing::FigureWith(xn, "400 despidos").entity == "Pelmarex");
}

TEST_CASE("es: a health ministry's figures go to the title's country when the body names none",
          "[attribution][es]") {
  auto x = Art("Chile endurece las medidas",
               "El Ministerio de Sanidad comunicó hoy 370 muertes nuevas en un solo día. Los "
               "colegios de Chile cierran.");
  CHECK(nf::testing::FigureWith(x, "370 muertes").entity == "Chile");
  // Negative: with no place in the title either, the ministry keeps the figure.
  auto xn = Art("Las medidas se endurecen",
                "El Ministerio de Sanidad comunicó hoy 370 muertes nuevas en un solo día. Los "
                "colegios cierran.");
  CHECK(nf::testing::FigureWith(xn, "370 muertes").entity == "Ministerio de Sanidad");
}

TEST_CASE("es: a count of a country's people named by their demonym is the country's",
          "[attribution][es]") {
  const std::string t =
      "Los viajes se recuperan. La encuestadora Pelmarex calcula que 300.000 chilenos viajaron "
      "al extranjero en marzo.";
  auto x = Text(t);
  CHECK(nf::testing::FigureWith(x, "300.000 chilenos").entity == "Chile");
  // Negative: a count of people named by another noun keeps the subject.
  const std::string neg =
      "Los viajes se recuperan. La encuestadora Pelmarex calcula que 300.000 turistas viajaron "
      "al extranjero en marzo.";
  auto xn = Text(neg);
  CHECK(nf::testing::FigureWith(xn, "300.000 turistas").entity == "Pelmarex");
}

TEST_CASE("es: a count of deaths or patients borrowed from an earlier subject is the place's",
          "[attribution][es]") {
  // Nothing in the figures' sentence: rule 6 would borrow the institute of the sentence
  // before; a count of people or cases is a public statistic of the place the text names.
  const std::string title = "Chile refuerza sus hospitales ante la epidemia";
  auto x = Art(title,
               "En Chile, el Instituto Pelmarex de Salud presentó ayer su informe semanal. Ya se "
               "registran 4.800 muertes y 1.200 pacientes hospitalizados.");
  CHECK(nf::testing::FigureWith(x, "4.800 muertes").entity == "Chile");
  CHECK(nf::testing::FigureWith(x, "1.200 pacientes").entity == "Chile");
  // Negative: a count of the institute's own staff stays the institute's.
  auto xn = Art(title,
                "En Chile, el Instituto Pelmarex de Salud presentó ayer su informe semanal. Ya "
                "emplea a 4.800 trabajadores en sus laboratorios.");
  CHECK(nf::testing::FigureWith(xn, "4.800 trabajadores").entity == "Instituto Pelmarex de Salud");
  // Negative: a count whose own sentence names the institute as its subject is not borrowed.
  auto xo = Art(title,
                "En Chile, el Instituto Pelmarex de Salud presentó ayer su informe semanal. El "
                "Instituto Pelmarex de Salud atiende a 1.200 pacientes en sus clínicas.");
  CHECK(nf::testing::FigureWith(xo, "1.200 pacientes").entity == "Instituto Pelmarex de Salud");
}

TEST_CASE("es: a count of deaths that falls back to the article's company topic is the place's",
          "[attribution][es]") {
  // No subject within reach before the figure (a place subject is no topic in Spanish): rule 6
  // would fall back to the title's institute; a count of people or cases is a public statistic
  // of the place the text names.
  const std::string title = "El Instituto Pelmarex de Salud publica su informe";
  auto x = Art(title,
               "Chile vive su peor invierno desde hace diez años. Ya se registran 4.800 muertes "
               "en todo el territorio.");
  CHECK(nf::testing::FigureWith(x, "4.800 muertes").entity == "Chile");
  // Negative: a count of staff keeps the article's topic.
  auto xn = Art(title,
                "Chile vive su peor invierno desde hace diez años. Ya trabajan 4.800 empleados "
                "en sus laboratorios.");
  CHECK(nf::testing::FigureWith(xn, "4.800 empleados").entity == "Instituto Pelmarex de Salud");
}

TEST_CASE("es: a person who reports a clause owns none of its figures", "[attribution][es]") {
  // The report names nobody: the sentence before decides.
  auto x = Text(
      "Uruguay sigue sin pagar. La tesorera, Berenice Olmadal, aseguró que en la provincia "
      "la deuda con los proveedores alcanza 870 millones de pesos.");
  CHECK(nf::testing::FigureWith(x, "870 millones de pesos").entity == "Uruguay");
  // Negative: a personal figure (pay) stays the speaker's.
  auto n = Text(
      "Uruguay sigue sin pagar. La tesorera, Berenice Olmadal, aseguró que en la provincia "
      "el sueldo del cargo alcanza 4 millones de pesos.");
  CHECK(nf::testing::FigureWith(n, "4 millones de pesos").entity == "Berenice Olmadal");
  // Negative: an organisation that reports keeps its figures.
  auto n2 = Text("La empresa Pelmarex señaló que las ventas crecieron un 5 % en marzo.");
  CHECK(nf::testing::FigureWith(n2, "5 %").entity == "Pelmarex");
}

TEST_CASE("es: a time phrase after que or a colon report keeps the person speaker",
          "[attribution][es]") {
  // The verb after the time phrase has the speaker as its dropped subject.
  auto a = Text(
      "La Federación Ternovia de Ciclismo publicó su balance. La ciclista Odalys Fercuna dijo que "
      "en "
      "2031 ganó 14 etapas.");
  CHECK(nf::testing::FigureWith(a, "14 etapas").entity == "Odalys Fercuna");
  auto b = Text(
      "La Federación Ternovia de Ciclismo publicó su balance. La ciclista Odalys Fercuna dijo que "
      "este "
      "año donará 6 millones de euros.");
  CHECK(nf::testing::FigureWith(b, "6 millones de euros").entity == "Odalys Fercuna");
  // A report after ':' in the first person.
  auto c = Text(
      "La Federación Ternovia de Ciclismo publicó su balance. La ciclista Odalys Fercuna explicó: "
      "este "
      "año gané 14 etapas.");
  CHECK(nf::testing::FigureWith(c, "14 etapas").entity == "Odalys Fercuna");
  // Negative: a clause with a subject of its own after the time phrase.
  auto n = Text(
      "La Federación Ternovia de Ciclismo publicó su balance. La ciclista Odalys Fercuna dijo que "
      "este "
      "año los socios donarán 6 millones de euros.");
  CHECK(nf::testing::FigureWith(n, "6 millones de euros").entity ==
        "Federación Ternovia de Ciclismo");
}

TEST_CASE("es: every weekday and month name opens a time phrase after que", "[attribution][es]") {
  // The period grammar's months (also "setiembre") and every weekday (also "miércoles").
  auto a = Text(
      "La Federación Ternovia de Ciclismo publicó su balance. La ciclista Odalys Fercuna dijo que "
      "el miércoles ganó 3 etapas.");
  CHECK(nf::testing::FigureWith(a, "3 etapas").entity == "Odalys Fercuna");
  auto b = Text(
      "La Federación Ternovia de Ciclismo publicó su balance. La ciclista Odalys Fercuna dijo que "
      "en setiembre ganó 5 etapas.");
  CHECK(nf::testing::FigureWith(b, "5 etapas").entity == "Odalys Fercuna");
  auto c = Text(
      "La Federación Ternovia de Ciclismo publicó su balance. La ciclista Odalys Fercuna dijo que "
      "en Marzo ganó 7 etapas.");
  CHECK(nf::testing::FigureWith(c, "7 etapas").entity == "Odalys Fercuna");
  // Negative: a subject of its own after the weekday.
  auto n = Text(
      "La Federación Ternovia de Ciclismo publicó su balance. La ciclista Odalys Fercuna dijo que "
      "el miércoles los socios donarán 6 millones de euros.");
  CHECK(nf::testing::FigureWith(n, "6 millones de euros").entity ==
        "Federación Ternovia de Ciclismo");
}

TEST_CASE("es: a body that notifies a count is its source and not its subject",
          "[attribution][es]") {
  auto x = Text(
      "La pandemia avanza en Andalucía y Sevilla. La Junta de Andalucía notificó este sábado "
      "un total de 2.310 nuevos casos de contagio.");
  CHECK(nf::testing::FigureWith(x, "2.310 nuevos casos").entity == "Andalucía");
  // Negative: a body that buys keeps its purchase.
  auto n = Text(
      "La pandemia avanza en Andalucía y Sevilla. La Junta de Andalucía compró este sábado un "
      "total de 2.310 respiradores.");
  CHECK(nf::testing::FigureWith(n, "2.310 respiradores").entity == "Junta de Andalucía");
}

TEST_CASE("es: a definite count with its owner right after it is the owner's",
          "[attribution][es]") {
  // The clause has a subject (Tecnovía) before the figure: the owner after it still wins.
  const std::string t = "La cadena Tecnovía supera con 120 tiendas a los 60 locales de Ondamar.";
  auto x = Text(t);
  CHECK(nf::testing::FigureWith(x, "120 tiendas").entity == "Tecnovía");
  CHECK(nf::testing::FigureWith(x, "60 locales").entity == "Ondamar");
  const std::string t2 = "La cadena Tecnovía ya dobla las 60 tiendas de Ondamar.";
  auto x2 = Text(t2);
  CHECK(nf::testing::FigureWith(x2, "60 tiendas").entity == "Ondamar");
  // A place owns a definite count too: "los 900 de Perú".
  const std::string place = "Chile registró 1.500 contagios, más que los 900 de Perú.";
  auto xp = Text(place);
  CHECK(nf::testing::FigureWith(xp, "900").entity == "Perú");
  // Negative: an indefinite figure ("unos 30 camiones de X") is the subject's, the name after
  // it makes the things counted.
  const std::string neg = "La cadena Tecnovía compró unos 30 camiones de Ondamar.";
  auto xn = Text(neg);
  CHECK(nf::testing::FigureWith(xn, "30 camiones").entity == "Tecnovía");
  // Negative: more than the counted noun between the figure and "de" ("las 60 tiendas
  // propias nuevas de X"): the clause's subject keeps it.
  const std::string neg2 = "La cadena Tecnovía ya dobla las 60 tiendas propias nuevas de Ondamar.";
  auto xn2 = Text(neg2);
  CHECK(nf::testing::FigureWith(xn2, "60 tiendas").entity == "Tecnovía");
}

TEST_CASE("es: a plural demonstrative before the figure reads like a definite article",
          "[attribution][es]") {
  // "estas 14 naves de X", "estos 35 comercios de X": the owner after "de" owns them.
  auto x1 = Text("La firma Talvera gestiona ahora estas 14 naves de Corvex.");
  CHECK(nf::testing::FigureWith(x1, "14 naves").entity == "Corvex");
  auto x2 = Text("El grupo Talvera reformará estos 35 comercios de Corvex.");
  CHECK(nf::testing::FigureWith(x2, "35 comercios").entity == "Corvex");
  // Negative: an indefinite figure before "de X" stays the subject's.
  auto n1 = Text("La firma Talvera gestiona ahora unas 14 naves de Corvex.");
  CHECK(nf::testing::FigureWith(n1, "14 naves").entity == "Talvera");
  // Negative: a demonstrative with two words between the figure and "de".
  auto n2 = Text("El grupo Talvera reformará estos 35 comercios grandes nuevos de Corvex.");
  CHECK(nf::testing::FigureWith(n2, "35 comercios").entity == "Talvera");
}

TEST_CASE("es: a plural noun opening a reported clause leaves the figure to the speaker",
          "[attribution][es]") {
  // A lower-case plural after "que" is no subject that outranks the organisation speaking.
  auto x1 = Text(
      "La cadena Marvix explicó que los supermercados aportan el 70 % de las ventas del grupo.");
  CHECK(nf::testing::FigureWith(x1, "70 %").entity == "Marvix");
  auto x2 = Text("La cadena Marvix explicó ayer que los descuentos alcanzan el 30 % en verano.");
  CHECK(nf::testing::FigureWith(x2, "30 %").entity == "Marvix");
  auto x3 = Text("La aerolínea Marvix explicó que los pilotos rechazan el 3 % de subida ofrecido.");
  CHECK(nf::testing::FigureWith(x3, "3 %").entity == "Marvix");
  // Negative: a name inside the reported clause is its subject.
  auto n1 = Text("La cadena Marvix explicó que Ondamar aporta un 65 % del negocio del grupo.");
  CHECK(nf::testing::FigureWith(n1, "65 %").entity == "Ondamar");
}

TEST_CASE("es: an organisation subject keeps the definite figure before a place or a seller",
          "[attribution][es]") {
  // A place after "de" says where the subject's things are.
  auto x1 = Text("La cadena Tecnovía cerró las 60 tiendas de Perú.");
  CHECK(nf::testing::FigureWith(x1, "60 tiendas").entity == "Tecnovía");
  auto x2 = Text("La cadena Tecnovía despidió a los 500 empleados de Perú.");
  CHECK(nf::testing::FigureWith(x2, "500 empleados").entity == "Tecnovía");
  auto x3 = Text("La aerolínea Tecnovía opera los 25 vuelos de Madrid.");
  CHECK(nf::testing::FigureWith(x3, "25 vuelos").entity == "Tecnovía");
  // The other party of a purchase, a sale or a payment after "de".
  auto x4 = Text(
      "La constructora Tecnovía recibió los 40 millones de euros del Banco Kelmar para la obra.");
  CHECK(nf::testing::FigureWith(x4, "40 millones de euros").entity == "Tecnovía");
  auto x5 =
      Text("La constructora Tecnovía cobró los 15 millones de euros de Ondamar por el proyecto.");
  CHECK(nf::testing::FigureWith(x5, "15 millones de euros").entity == "Tecnovía");
  auto x6 = Text("La aerolínea Tecnovía compró los 12 aviones de Ondamar en 2022.");
  CHECK(nf::testing::FigureWith(x6, "12 aviones").entity == "Tecnovía");
  // Negative: a comparison or an elided noun still gives the figure to the name after it.
  auto n1 = Text("La cadena Tecnovía abrió 80 tiendas, frente a las 45 tiendas de Perú.");
  CHECK(nf::testing::FigureWith(n1, "45 tiendas").entity == "Perú");
  auto n2 = Text("La cadena Tecnovía cerró los 70 de Perú.");
  CHECK(nf::testing::FigureWith(n2, "70").entity == "Perú");
  // Negative: a verb that is neither buying, selling nor receiving leaves an organisation the
  // owner.
  auto n3 = Text("La cadena Tecnovía ya dobla las 60 tiendas de Ondamar.");
  CHECK(nf::testing::FigureWith(n3, "60 tiendas").entity == "Ondamar");
}

TEST_CASE("es: a first-person sentence outside quotations gives no borrowed name",
          "[attribution][es]") {
  // A narrator's own savings are nobody's the text names: not the subject of the sentence before.
  const std::string t =
      "El banco Drevanor abrió tres oficinas en Toledo. Mi vecino y yo ahorramos 2.350 euros "
      "para la boda de mi hija.";
  auto x = Text(t);
  CHECK(nf::testing::FigureWith(x, "2.350 euros").entity.empty());
  // Negative: in the third person the subject of the sentence before keeps the figure.
  const std::string neg =
      "El banco Drevanor abrió tres oficinas en Toledo. El banco ahorró 2.350 euros en "
      "alquileres.";
  auto xn = Text(neg);
  CHECK(nf::testing::FigureWith(xn, "2.350 euros").entity == "Drevanor");
  // Negative: a quoted speaker's first person is the speaker's (or the topic's), not nobody's.
  const std::string neg2 =
      "El banco Drevanor abrió tres oficinas en Toledo. “Mi red atiende a 80.000 clientes”.";
  auto xn2 = Text(neg2);
  CHECK(nf::testing::FigureWith(xn2, "80.000 clientes").entity == "Drevanor");
  // Negative: a name of the sentence itself still takes the figure.
  const std::string neg3 = "La bolsa subió ayer. Mi banco, Drevanor, ganó 75 millones de euros.";
  auto xn3 = Text(neg3);
  CHECK(nf::testing::FigureWith(xn3, "75 millones de euros").entity == "Drevanor");
  // Negative: dialogue set off by a dash is a quotation.
  const std::string neg4 =
      "La empresa Pelmarex abrió su fábrica en Lérida. Pelmarex emplea a 300 personas. —Yo "
      "creo que este año facturaremos 90 millones de euros —dijo su director.";
  auto xn4 = Text(neg4);
  CHECK(nf::testing::FigureWith(xn4, "90 millones de euros").entity == "Pelmarex");
  // Negative: an interview's answer ("R:") is a quotation.
  const std::string neg5 =
      "Entrevista con Laura Benet, consejera delegada de Pelmarex. Pelmarex fabrica "
      "bicicletas. P: ¿Cómo van las ventas? R: Mi empresa facturó 300 millones de euros el año "
      "pasado.";
  auto xn5 = Text(neg5);
  CHECK(nf::testing::FigureWith(xn5, "300 millones de euros").entity == "Pelmarex");
  // Negative: the reader ("usted") of a firm's offer or price is no narrator: the firm keeps it.
  const std::string neg6 =
      "La plataforma Kralcoin promete ganancias rápidas. Kralcoin usa un algoritmo propio. "
      "Este algoritmo acierta en el 80 % de las operaciones, lo que significa que usted ganará "
      "casi siempre.";
  auto xn6 = Text(neg6);
  CHECK(nf::testing::FigureWith(xn6, "80 %").entity == "Kralcoin");
  const std::string neg7 =
      "La aerolínea Vuelanor crece. Vuelanor vuela a 40 destinos. Si usted viaja en verano, "
      "pagará 30 euros por maleta.";
  auto xn7 = Text(neg7);
  CHECK(nf::testing::FigureWith(xn7, "30 euros").entity == "Vuelanor");
}

TEST_CASE("es: a place the sentence opens with as its setting holds its figures",
          "[attribution][es]") {
  // Not the organisation subject of the sentences before, for every figure of the sentence
  // (the later figures of a sentence whose first figure has the place).
  auto x2 = Art("Brumavia revisa el empleo juvenil",
                "La agencia Brumavia publica cada trimestre su encuesta de empleo juvenil. "
                "Además, en Sarvenia, el paro juvenil subió este otoño al 14,2 %, dos puntos "
                "más que el 11,8 % de 2021.");
  CHECK(nf::testing::FigureWith(x2, "14,2 %").entity == "Sarvenia");
  CHECK(nf::testing::FigureWith(x2, "11,8 %").entity == "Sarvenia");
  // Negative: a place the sentence does not open with is no setting of it: the subject the
  // sentence refers back to keeps the figure.
  const std::string neg =
      "El Instituto Moravel estudia la plaga desde hace años. Sus expertos, que viajaron a "
      "Norlandia, registran 70 muertes al año.";
  auto xn = Text(neg);
  CHECK(nf::testing::FigureWith(xn, "70 muertes").entity == "Instituto Moravel");
  // Negative: a name of the sentence that takes the figure still wins.
  const std::string neg2 = "En Norlandia, la empresa Pelmarex despidió a 70 trabajadores.";
  auto xn2 = Text(neg2);
  CHECK(nf::testing::FigureWith(xn2, "70 trabajadores").entity == "Pelmarex");
  // Negative: the sentence's own subject, also named before, keeps the figure.
  const std::string neg3 = "Pelmarex crece. En Norlandia, Pelmarex tiene 400 empleados.";
  auto xn3 = Text(neg3);
  CHECK(nf::testing::FigureWith(xn3, "400 empleados").entity == "Pelmarex");
}

TEST_CASE("es: a sentence set in the whole world gives no borrowed name", "[attribution][es]") {
  // Not the organisation subject of the sentence before.
  const std::string t =
      "La empresa Farmalux presentó ayer su nueva vacuna. Se cuentan en todo el mundo 4 millones "
      "de contagios y 90.000 fallecidos.";
  auto x = Text(t);
  CHECK(nf::testing::FigureWith(x, "4 millones de contagios").entity.empty());
  CHECK(nf::testing::FigureWith(x, "90.000 fallecidos").entity.empty());
  // Negative: a pronoun back to the subject keeps it ("sus clientes").
  const std::string neg =
      "La empresa Farmalux presentó ayer su nueva vacuna. Cada año 4 millones de personas en "
      "todo el mundo compran sus productos.";
  auto xn = Text(neg);
  CHECK(nf::testing::FigureWith(xn, "4 millones de personas").entity == "Farmalux");
  // Negative: money of a verb with no subject of its own is the borrowed subject's.
  const std::string neg3 =
      "La cadena Tecnovía abrió tiendas en Chile. Tecnovía crece rápido. A nivel mundial, "
      "facturó 800 millones de euros.";
  auto xn3 = Text(neg3);
  CHECK(nf::testing::FigureWith(xn3, "800 millones de euros").entity == "Tecnovía");
  // But a sentence that opens with its own subject noun keeps its share from the subject before.
  const std::string t2 =
      "La cadena Tecnovía abrió tiendas en Chile. Los precios del cobre a nivel mundial "
      "subieron un 12 % en marzo.";
  auto x2 = Text(t2);
  CHECK(nf::testing::FigureWith(x2, "12 %").entity.empty());
  // Negative: a superlative's frame ("la mayor fábrica en el mundo") is no world scope.
  const std::string neg2 =
      "La empresa Farmalux presentó ayer su nueva planta. Es la mayor fábrica en el mundo y "
      "costó 400 millones de dólares.";
  auto xn2 = Text(neg2);
  CHECK(nf::testing::FigureWith(xn2, "400 millones de dólares").entity == "Farmalux");
}

TEST_CASE("es: people at large are no borrowed organisation's or person's", "[attribution][es]") {
  // A study's subjects are not the person the sentence before is about.
  const std::string t =
      "El economista Ramiro Valdeluz presentó ayer su último libro. Un ensayo con 3.200 pacientes "
      "halló que el jarabe no alivia la tos.";
  auto x = Text(t);
  CHECK(nf::testing::FigureWith(x, "3.200 pacientes").entity.empty());
  // Nor is a share of people in general the organisation's named before.
  const std::string t2 =
      "La consultora Brevalia publicó su informe anual en marzo. Apenas el 14 % de las personas "
      "lee un diario en papel cada mañana.";
  auto x2 = Text(t2);
  CHECK(nf::testing::FigureWith(x2, "14 %").entity.empty());
  // Nor a count of "personas" in a sentence that names nobody.
  const std::string t3 =
      "La fundación Arvelia inauguró una clínica en el barrio. Unas 2.300 personas murieron de "
      "gripe el invierno pasado.";
  auto x3 = Text(t3);
  CHECK(nf::testing::FigureWith(x3, "2.300 personas").entity.empty());
  // Negative: a place keeps its people.
  const std::string neg =
      "Chile sufre una ola de calor desde el lunes. Unas 800 personas fueron atendidas en "
      "hospitales.";
  auto xn = Text(neg);
  CHECK(nf::testing::FigureWith(xn, "800 personas").entity == "Chile");
  // Negative: a pronoun back to the subject keeps them ("sus ensayos").
  const std::string neg2 =
      "La farmacéutica Farmalux presentó ayer su nueva vacuna. Sus ensayos incluyeron a 1.200 "
      "pacientes.";
  auto xn2 = Text(neg2);
  CHECK(nf::testing::FigureWith(xn2, "1.200 pacientes").entity == "Farmalux");
  // Negative: an organisation's own people (employees) stay its, also as "personas" it hires.
  const std::string neg3 =
      "La farmacéutica Farmalux abrió una planta en Valencia. Allí trabajan 300 empleados.";
  auto xn3 = Text(neg3);
  CHECK(nf::testing::FigureWith(xn3, "300 empleados").entity == "Farmalux");
  const std::string neg5 =
      "La farmacéutica Farmalux compró un terreno junto al río. La planta nueva contratará a unas "
      "90 personas.";
  auto xn5 = Text(neg5);
  CHECK(nf::testing::FigureWith(xn5, "90 personas").entity == "Farmalux");
  // Negative: a name of the sentence itself keeps its people.
  const std::string neg4 =
      "La vacuna llegó en marzo. La farmacéutica Farmalux la probó en 2.000 voluntarios sanos.";
  auto xn4 = Text(neg4);
  CHECK(nf::testing::FigureWith(xn4, "2.000 voluntarios").entity == "Farmalux");
}

TEST_CASE("es: a count of cases is no borrowed organisation's or person's", "[attribution][es]") {
  // Not the institute the sentence before names.
  const std::string t =
      "El instituto Valdoria publicó ayer un informe sobre la gripe. Se registraron 4.200 "
      "contagios nuevos en la última semana.";
  auto x = Text(t);
  CHECK(nf::testing::FigureWith(x, "4.200 contagios").entity.empty());
  // Negative: a place keeps its cases.
  const std::string neg =
      "Chile vive una ola de gripe desde enero. Se registraron 4.200 contagios nuevos en la "
      "última semana.";
  auto xn = Text(neg);
  CHECK(nf::testing::FigureWith(xn, "4.200 contagios").entity == "Chile");
  // Negative: a pronoun back to the subject keeps them ("su planta").
  const std::string neg2 =
      "La empresa Cárnicas Tolvar cerró ayer su planta del sur. En su planta hubo 75 contagios "
      "en abril.";
  auto xn2 = Text(neg2);
  CHECK(nf::testing::FigureWith(xn2, "75 contagios").entity == "Cárnicas Tolvar");
  // Negative: samples a laboratory analysed are its work, no cases.
  const std::string neg3 =
      "El laboratorio Biolentis abrió una sede en el centro. Allí se analizaron 900 muestras de "
      "sangre positivas en mayo.";
  auto xn3 = Text(neg3);
  CHECK(nf::testing::FigureWith(xn3, "900 muestras").entity == "Biolentis");
}

TEST_CASE("es: an owner's own people or cases, named back by a definite noun, stay its",
          "[attribution][es]") {
  // A definite noun of the sentence refers back to the owner's trial, vaccine, ship or home.
  auto x = Text(
      "La biotecnológica Genvira presentó el martes su fármaco contra la migraña. El ensayo "
      "reclutó a 2.400 pacientes de siete países.");
  CHECK(nf::testing::FigureWith(x, "2.400 pacientes").entity == "Genvira");
  auto x2 = Text(
      "La biotecnológica Genvira anunció resultados el jueves. La vacuna se probó en 18.000 "
      "personas de tres continentes.");
  CHECK(nf::testing::FigureWith(x2, "18.000 personas").entity == "Genvira");
  auto x3 = Text(
      "La residencia Casa Albarda reclamó más personal a la consejería. En el centro fallecieron "
      "9 ancianos en abril.");
  CHECK(nf::testing::FigureWith(x3, "9 ancianos").entity == "Casa Albarda");
  auto x4 = Text(
      "El ferry Estrella Boreal sigue amarrado desde el lunes por la tarde. A bordo se detectaron "
      "65 contagios en diez días.");
  CHECK(nf::testing::FigureWith(x4, "65 contagios").entity == "Estrella Boreal");
  // Volunteers and spectators are the owner's who gathered them.
  auto x5 = Text(
      "La asociación Pan Compartido organizó una recogida de juguetes en diciembre. En la "
      "recogida colaboraron 350 voluntarios.");
  CHECK(nf::testing::FigureWith(x5, "350 voluntarios").entity == "Pan Compartido");
  auto x6 = Text(
      "El club Deportivo Alcaraván estrenó el domingo su nuevo campo. Al encuentro acudieron "
      "12.000 espectadores.");
  CHECK(nf::testing::FigureWith(x6, "12.000 espectadores").entity == "Deportivo Alcaraván");
  // Patients a clinic attends are its own.
  auto x7 = Text(
      "La clínica Santa Orosia estrenó un ala nueva el jueves. Durante la primera semana se "
      "atendió a 85 pacientes.");
  CHECK(nf::testing::FigureWith(x7, "85 pacientes").entity == "Santa Orosia");
  auto x9 = Text(
      "El Hospital Virgen de Aldara estrenó su servicio de urgencias el martes. En la primera "
      "jornada se atendió a 64 pacientes.");
  CHECK(nf::testing::FigureWith(x9, "64 pacientes").entity == "Hospital Virgen de Aldara");
  // Clinical trials are no cases.
  auto x8 = Text(
      "La biotecnológica Genvira amplió su departamento de investigación. Actualmente dirige 31 "
      "ensayos clínicos en Europa.");
  CHECK(nf::testing::FigureWith(x8, "31 ensayos").entity == "Genvira");
  // Negative: an indefinite noun refers back to nobody.
  auto xn = Text(
      "La biotecnológica Genvira presentó el martes su fármaco contra la migraña. Un ensayo "
      "ajeno reclutó a 2.400 pacientes de siete países.");
  CHECK(nf::testing::FigureWith(xn, "2.400 pacientes").entity.empty());
  // Negative: a noun in a side phrase late in the sentence names no owner's thing.
  auto xn2 = Text(
      "La biotecnológica Genvira presentó el martes su fármaco contra la migraña. Cada invierno "
      "mueren de gripe unas 3.100 personas pese a la vacuna.");
  CHECK(nf::testing::FigureWith(xn2, "3.100 personas").entity.empty());
}

TEST_CASE("es: the name people at large do not take is no counterpart of theirs either",
          "[attribution][es]") {
  auto x = Text(
      "El portal Veridia Noticias revisa bulos cada semana. Unas 3.000 personas compartieron en "
      "redes un remedio falso contra la gripe, pero es peligroso, así lo dio a conocer el sitio "
      "Veridia Noticias.");
  const auto& f = nf::testing::FigureWith(x, "3.000 personas");
  CHECK(f.entity.empty());
  CHECK(f.counterpart != "Veridia Noticias");
}

TEST_CASE("es: members named with a de phrase after the count are that name's",
          "[attribution][es]") {
  // Not the firm carried from the sentence before.
  auto x = Text(
      "La constructora Belmonte Obras ganó el concurso del puerto de Arvela. Unos 120 empleados "
      "de Ubatec se sumarán a la obra en mayo.");
  CHECK(nf::testing::FigureWith(x, "120 empleados").entity == "Ubatec");
  // Nor the person who speaks.
  auto x2 = Text(
      "El alcalde Ramiro Valdeluz visitó ayer la feria. Según el concejal, 45 agentes de la "
      "Guardia Rural vigilarán el recinto.");
  CHECK(nf::testing::FigureWith(x2, "45 agentes").entity == "Guardia Rural");
  // Negative: a place of the sentence before the figure keeps its agents, and so does an
  // organisation that is the subject before the figure.
  auto xn = Text(
      "La feria de Arvela abrió sus puertas el lunes. En Arvela, 45 agentes de la Guardia Rural "
      "vigilan el recinto.");
  CHECK(nf::testing::FigureWith(xn, "45 agentes").entity == "Arvela");
  auto xn2 = Text(
      "La feria abrió sus puertas el lunes. La ciudad de Arvela tenía 45 agentes de la Guardia "
      "Rural en el recinto.");
  CHECK(nf::testing::FigureWith(xn2, "45 agentes").entity == "Arvela");
  auto xn4 = Text(
      "La cadena Telvira renovó su parrilla en enero. Telvira contrató a 45 técnicos de Norvalia "
      "para su estudio de Arvela.");
  CHECK(nf::testing::FigureWith(xn4, "45 técnicos").entity == "Telvira");
  // Negative: no name after "de" ("de la construcción"): the subject carried stays.
  auto xn3 = Text(
      "La constructora Belmonte Obras ganó el concurso del puerto de Arvela. Unos 120 empleados "
      "de la construcción se sumarán a la obra en mayo.");
  CHECK(nf::testing::FigureWith(xn3, "120 empleados").entity == "Belmonte Obras");
}

TEST_CASE("es: members with a de place phrase after the count are where they are, not its",
          "[attribution][es]") {
  // A firm's staff or customers "de <país>" stay the firm's: the place says where they are.
  auto a = Text(
      "Kelmar Industrias cerró el año con beneficios. Sus 900 empleados de Portugal recibirán "
      "una paga extra.");
  CHECK(nf::testing::FigureWith(a, "900 empleados").entity != "Portugal");
  auto b = Text(
      "La compañía Kelmar Industrias presentó su plan. Contratará a 120 técnicos de Alemania "
      "para la planta.");
  CHECK(nf::testing::FigureWith(b, "120 técnicos").entity == "Kelmar Industrias");
  auto c = Text(
      "Telvia Comunicaciones ganó 40 millones de euros. Sus 2 millones de clientes de México "
      "pagarán menos.");
  CHECK(nf::testing::FigureWith(c, "2 millones de clientes").entity != "México");
  auto d = Text(
      "El Real Ubatec ganó la liga. Sus 25 jugadores de Brasil celebraron el título en "
      "Toledo.");
  CHECK(nf::testing::FigureWith(d, "25 jugadores").entity == "Real Ubatec");
  // Positive: a place's residents are the place's.
  auto p = Text(
      "El Gobierno aprobó el plan hidrológico el martes. Unos 8.000 vecinos de Villaclara se "
      "quedarán sin agua en agosto.");
  CHECK(nf::testing::FigureWith(p, "8.000 vecinos").entity == "Villaclara");
}

TEST_CASE("es: a measure no metric labels is no borrowed organisation's", "[attribution][es]") {
  // A length, a weight or a frequency whose sentence names no one is not the subject of the
  // sentences before.
  auto b = Text(
      "El doctor Ramiro Velasco dio una charla en Toledo. La tormenta dejó 80 litros por metro "
      "cuadrado en la costa.");
  CHECK(nf::testing::FigureWith(b, "80 litros").entity.empty());
  // Nor is it the place the text is about.
  auto pl = Text(
      "Portugal endurece las penas por tenencia de explosivos. Según la policía, el paquete "
      "contenía unos 4 kilos de pólvora.");
  CHECK(nf::testing::FigureWith(pl, "4 kilos").entity.empty());
  // Negative: a measure whose sentence names its owner keeps it.
  auto n = Text(
      "El sector del acero crece. La compañía Kelmar Industrias fabricó 900 toneladas de tubos en "
      "marzo.");
  CHECK(nf::testing::FigureWith(n, "900 toneladas").entity == "Kelmar Industrias");
  // Negative: a product's figures are its maker's ("El aparato …" points back to it).
  auto a = Text(
      "La empresa Kelmar Industrias presentó ayer su nuevo taladro. El aparato pesa apenas 3 "
      "kilos y mide 40 centímetros.");
  CHECK(nf::testing::FigureWith(a, "3 kilos").entity == "Kelmar Industrias");
  CHECK(nf::testing::FigureWith(a, "40 centímetros").entity == "Kelmar Industrias");
  // Negative: a pronoun back to the subject keeps the measure the subject's.
  auto p = Text(
      "La compañía Kelmar Industrias abrió una planta en Arvela. Su nave ocupa 6.000 metros "
      "cuadrados "
      "junto al puerto.");
  CHECK(nf::testing::FigureWith(p, "6.000 metros cuadrados").entity == "Kelmar Industrias");
  // Negative: a count keeps the subject of the sentences before.
  auto c =
      Text("La compañía Kelmar Industrias presentó su plan. Abrirá 30 tiendas el próximo año.");
  CHECK(nf::testing::FigureWith(c, "30 tiendas").entity == "Kelmar Industrias");
}

TEST_CASE("es: a measure that locates or paces something is nobody's", "[attribution][es]") {
  // "a N kilómetros de X": X is where the distance counts from, not its owner.
  auto a = Text(
      "El alcalde Ramiro Velasco inauguró ayer el nuevo albergue de Montelobo, a unos 40 "
      "kilómetros al norte de Villaclara.");
  CHECK(nf::testing::FigureWith(a, "40 kilómetros").entity.empty());
  auto d = Text(
      "La policía cortó ayer la carretera de Montelobo. El incendio ardía a 15 kilómetros de "
      "Villaclara.");
  CHECK(nf::testing::FigureWith(d, "15 kilómetros").entity.empty());
  // Negative: the "a" of a range is no place's preposition.
  auto r = Text("La compañía Kelmar Industrias fabrica vigas de 10 a 15 metros para puentes.");
  CHECK(nf::testing::FigureWith(r, "15 metros").entity == "Kelmar Industrias");
  // Negative: a change to a measure is the owner's result.
  auto c =
      Text("La compañía Kelmar Industrias redujo sus emisiones a 300 toneladas en el último año.");
  CHECK(nf::testing::FigureWith(c, "300 toneladas").entity == "Kelmar Industrias");
}

TEST_CASE("es: a speed or a depth after a is the owner the sentence names", "[attribution][es]") {
  // Only a place is located by "a N km": a speed or a depth stays the named owner's.
  auto t = Text(
      "El nuevo tranvía de Kelmar Transportes circulará a 80 kilómetros por hora desde junio.");
  CHECK(nf::testing::FigureWith(t, "80 kilómetros").entity == "Kelmar Transportes");
  auto p = Text("El pozo de Kelmar Minera llega a 700 metros de profundidad.");
  CHECK(nf::testing::FigureWith(p, "700 metros").entity == "Kelmar Minera");
  // An athlete's own speed is the athlete's.
  auto b = Text(
      "La ciclista Marta Olmedo bajó el puerto a más de 90 kilómetros por hora en la última "
      "etapa.");
  CHECK(nf::testing::FigureWith(b, "90 kilómetros").entity == "Marta Olmedo");
}

TEST_CASE("es: a measure after a verb with a dropped subject stays the subject's",
          "[attribution][es]") {
  // Spanish drops the pronoun: the verb opening the sentence carries the subject before.
  auto a = Text(
      "La compañía Kelmar Industrias explota la cantera de Pradillo desde 2012. El año pasado "
      "sacó 60.000 toneladas de granito.");
  CHECK(nf::testing::FigureWith(a, "60.000 toneladas").entity == "Kelmar Industrias");
  auto b = Text(
      "La firma Kelmar Industrias mostró el martes su furgoneta eléctrica. Tiene un alcance de "
      "350 kilómetros.");
  CHECK(nf::testing::FigureWith(b, "350 kilómetros").entity == "Kelmar Industrias");
  auto c =
      Text("Argentina es un país muy extenso. Mide cerca de 3.700 kilómetros de punta a punta.");
  CHECK(nf::testing::FigureWith(c, "3.700 kilómetros").entity == "Argentina");
  auto se = Text(
      "La compañía Kelmar Industrias explota la cantera de Pradillo. En 2030 se extrajeron 9.000 "
      "toneladas de mármol.");
  CHECK(nf::testing::FigureWith(se, "9.000 toneladas").entity == "Kelmar Industrias");
  // A vehicle's measure is its maker's.
  auto v = Text(
      "La firma Kelmar Industrias mostró el martes su furgoneta eléctrica. El vehículo recorre "
      "350 kilómetros con una carga.");
  CHECK(nf::testing::FigureWith(v, "350 kilómetros").entity == "Kelmar Industrias");
  // A quantity after a subjectless verb keeps the subject before.
  auto q =
      Text("La compañía Kelmar Industrias presentó su nueva grúa. Levanta hasta 40 toneladas.");
  CHECK(nf::testing::FigureWith(q, "40 toneladas").entity == "Kelmar Industrias");
  // Negative: a sentence with its own subject noun before the verb still gives nobody's.
  auto n = Text(
      "La compañía Kelmar Industrias presentó su plan. El río bajaba con 2.000 toneladas de "
      "lodo.");
  CHECK(nf::testing::FigureWith(n, "2.000 toneladas").entity.empty());
  // Negative: a preposition or a noun opening the sentence is no verb.
  auto o = Text(
      "La compañía Kelmar Industrias presentó su plan. Sobre la mesa quedaban 3 kilos de harina.");
  CHECK(nf::testing::FigureWith(o, "3 kilos").entity.empty());
  auto d = Text(
      "La compañía Kelmar Industrias presentó su plan. Pastilla de 40 miligramos, según el "
      "prospecto.");
  CHECK(nf::testing::FigureWith(d, "40 miligramos").entity.empty());
}

TEST_CASE("es: a common noun capitalised after an article does not take the figures of the place",
          "[attribution][es]") {
  // "la Ludoteca" is written "la ludoteca" later: a common noun, so the town keeps its figure.
  auto x = Text(
      "El municipio de Quivera abrirá en marzo la Ludoteca junto al mercado, que acogerá a 85 "
      "niños. Las familias esperaban la ludoteca desde hace años.");
  CHECK(nf::testing::FigureWith(x, "85 niños").entity == "Quivera");
  auto y = Text(
      "En Tormesillo, los vecinos estrenaron la Pasarela del río, que soporta 400 peatones por "
      "hora. La pasarela costó poco.");
  CHECK(nf::testing::FigureWith(y, "400 peatones").entity == "Tormesillo");
  // Negatives: a party named by a verb stands bare as the subject, a company after its cue
  // noun; both keep their figures though the text writes the word in lower case.
  auto party = Text(
      "En los comicios municipales, Avanzamos sumó 14 concejales, según el escrutinio. Su "
      "portavoz dijo que avanzamos juntos.");
  CHECK(nf::testing::FigureWith(party, "14 concejales").entity == "Avanzamos");
  auto firm = Text(
      "La aerolínea Gaviota transportó 9.000 pasajeros en julio. Una gaviota se posó en la pista.");
  CHECK(nf::testing::FigureWith(firm, "9.000 pasajeros").entity == "Gaviota");
}
