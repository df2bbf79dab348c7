// Figure extraction from Spanish text.
#include <algorithm>
#include <catch2/catch.hpp>

#include "tests/extract/figure_test_util.h"

namespace newsfacts::extract {
namespace {

using testing::Describe;
using testing::Figures;

Figure One(std::string_view text) {
  return testing::One(text, Lang::kEs);
}

TEST_CASE("es: space, NBSP and narrow NBSP group thousands", "[figures][es]") {
  CHECK(One("alcanzarán las 850 000 unidades").value == 850000);
  CHECK(One("alcanzarán las 850\xC2\xA0"
            "000 unidades")
            .value == 850000);
  CHECK(One("alcanzarán las 850\xE2\x80\xAF"
            "000 unidades")
            .value == 850000);
  CHECK(One("alcanzarán las 850 000 unidades").unit == "unit");
}

TEST_CASE("es: money with millones, mil millones and currency names", "[figures][es]") {
  Figure f = One("el mercado superará los 20 mil millones de dólares estadounidenses");
  CHECK(f.kind == FigureKind::kMoney);
  CHECK(f.value == Approx(20e9));
  CHECK(f.unit == "USD");
  CHECK(f.qualifier == Qualifier::kMoreThan);
  CHECK(One("un desvío de 400 millones de pesetas").unit == "ESP");
  CHECK(One("un desvío de 400 millones de pesetas").value == Approx(4e8));
  CHECK(One("costó 15.000 dólares").value == 15000);
  CHECK(One("una deuda de 3 billones de euros").value == Approx(3e12));
  CHECK(One("pagó 2,5 millones de euros").unit == "EUR");
  CHECK(One("pagó 2,5 millones de libras").unit == "GBP");
  CHECK(One("vale un millón de dólares").value == Approx(1e6));
}

TEST_CASE("es: mil millones with no number before is one of that scale", "[figures][es]") {
  Figure f = One("El plan de Valdoria costará mil millones de euros.");
  CHECK(f.kind == FigureKind::kMoney);
  CHECK(f.value == Approx(1e9));
  CHECK(f.unit == "EUR");
  CHECK(f.surface == "mil millones de euros");
  CHECK(One("Más de mil millones de usuarios tienen un teléfono.").value == Approx(1e9));
  // Negatives: a number before it multiplies, "miles de millones" stays vague, "mil" alone
  // is a thousand.
  CHECK(One("Costará tres mil millones de euros.").value == Approx(3e9));
  CHECK(One("Perdieron miles de millones de euros.").vague);
  CHECK(One("Llegaron mil turistas.").value == 1000);
}

TEST_CASE("es: price context makes a bare scaled amount money", "[figures][es]") {
  Figure f = One("el precio había aumentado a 1,3 millones cada uno");
  CHECK(f.kind == FigureKind::kMoney);
  CHECK(f.value == Approx(1.3e6));
  // No currency anywhere in the text: the language default, marked as taken from context.
  CHECK(f.unit == "EUR");
  CHECK(f.unit_source == UnitSource::kContext);
}

TEST_CASE("es: a scaled bare amount after money and a rate of change takes the currency",
          "[figures][es]") {
  const std::vector<Figure> figs = testing::ArticleFigures(
      "",
      "El beneficio de Norvalia subió un 4 por ciento hasta 820 millones de libras, las "
      "ventas crecieron un 2,5 por ciento y se situaron en 5.340 millones.",
      Lang::kEs);
  INFO(Describe(figs));
  const std::vector<Figure> sales = testing::With(figs, "5.340");
  REQUIRE(sales.size() == 1);
  CHECK(sales[0].kind == FigureKind::kMoney);
  CHECK(sales[0].unit == "GBP");
  CHECK(sales[0].unit_source == UnitSource::kContext);
  // Negative: with no money before the rate, the scaled number stays a count.
  const std::vector<Figure> alone = testing::ArticleFigures(
      "", "Las ventas de Norvalia crecieron un 2,5 por ciento y se situaron en 5.340 millones.",
      Lang::kEs);
  INFO(Describe(alone));
  const std::vector<Figure> bare = testing::With(alone, "5.340");
  REQUIRE(bare.size() == 1);
  CHECK(bare[0].kind == FigureKind::kCount);
}

TEST_CASE("es: percentages", "[figures][es]") {
  CHECK(One("un aumento de aproximadamente el 11 % interanual").qualifier == Qualifier::kApprox);
  CHECK(One("el 17 por ciento de la harina").value == 17);
  CHECK(One("cayó 2 puntos porcentuales").unit == "pp");
  CHECK(One("cerca del 20% del volumen").qualifier == Qualifier::kApprox);
  CHECK(One("menos del 5% del total").qualifier == Qualifier::kLessThan);
  CHECK(One("al menos 3 millones de personas").qualifier == Qualifier::kAtLeast);
}

TEST_CASE("es: ranges and lists", "[figures][es]") {
  Figure f = One("cayó entre un 88 % y un 99 % interanual");
  CHECK(f.qualifier == Qualifier::kRange);
  CHECK(f.value == 88);
  CHECK(*f.value_high == 99);
  Figure g = One("planea agregar de cinco a seis nuevas líneas de producción");
  CHECK(g.value == 5);
  CHECK(*g.value_high == 6);
  CHECK(g.unit == "production_line");
  const auto list = Figures("alcanzando el 17%, 15% y 14% respectivamente", Lang::kEs);
  INFO(Describe(list));
  REQUIRE(list.size() == 3);
  for (const Figure& p : list) CHECK(p.kind == FigureKind::kPercent);
  const auto shared = Figures("con el 17, 15 y 14 % respectivamente", Lang::kEs);
  INFO(Describe(shared));
  REQUIRE(shared.size() == 3);
  CHECK(shared[0].kind == FigureKind::kPercent);
  CHECK(shared[1].kind == FigureKind::kPercent);
}

TEST_CASE("es: counts and spelled numbers", "[figures][es]") {
  Figure f = One("el precio de los ocho servidores de IA");
  CHECK(f.value == 8);
  CHECK(f.unit == "server");
  CHECK(One("alrededor de 1,9 millones de unidades").value == Approx(1.9e6));
  CHECK(One("alrededor de 1,9 millones de unidades").unit == "unit");
  CHECK(One("dos mil personas").value == 2000);
  CHECK(One("mil personas").value == 1000);
  CHECK(One("350 empleados").unit == "employee");
  CHECK(One("conformado por 19 mil 500 dosis").value == 19500);
}

TEST_CASE("es: spelled thousands then digits add up Mexican style", "[figures][es]") {
  Figure f = One("en total cobraron tres mil 614 jubilados del pueblo");
  CHECK(f.value == 3614);
  CHECK(f.surface == "tres mil 614 jubilados");
  CHECK(One("se vacunaron veinte mil 450 ancianos").value == 20450);
  // A doubled space between "mil" and its hundreds.
  CHECK(One("embarcaron 41 mil  206 viajeros").value == 41206);
  // Negatives: a comma ends the number, a year is no hundreds, a phone number and a model
  // number stay non-figures.
  const std::vector<Figure> comma =
      testing::Figures("unos tres mil, 614 de ellos jubilados", Lang::kEs);
  INFO(Describe(comma));
  for (const Figure& x : comma) CHECK(x.value != 3614);
  const std::vector<Figure> year =
      testing::Figures("vendió dos mil 2019 fue su mejor año", Lang::kEs);
  INFO(Describe(year));
  for (const Figure& x : year) CHECK(x.value != 4019);
  CHECK(testing::Figures("llame al +34 915 551 234 para reservar", Lang::kEs).empty());
  Figure b = One("un Boeing 747 con 300 pasajeros");
  CHECK(b.value == 300);
}

TEST_CASE("es: digits that open a clause after los ... mil are no hundreds", "[figures][es]") {
  // "de los cuarenta mil 200 enfermaron": 200 of the forty thousand (a comma left out).
  for (std::string_view text :
       {"De los cuarenta mil 200 enfermaron durante el viaje",
        "De las 40 mil 200 se quedaron en la villa", "Entre los 40 mil 200 fueron al puerto"}) {
    const std::vector<Figure> figs = testing::Figures(text, Lang::kEs);
    INFO(text << "\n" << Describe(figs));
    for (const Figure& x : figs) CHECK(x.value != 40200);
    const auto has = [&figs](double v) {
      return std::any_of(figs.begin(), figs.end(), [v](const Figure& x) { return x.value == v; });
    };
    REQUIRE(has(200));
    // The thousands as digits are a figure of their own (spelled, they need a noun).
    if (text.find("40") != std::string_view::npos) REQUIRE(has(40000));
  }
  // Negatives: a noun after the digits, or no determiner before the number, keeps the
  // Mexican-style number.
  CHECK(One("los 40 mil 200 marineros del puerto").value == 40200);
  CHECK(One("de los cuarenta mil 200 votantes").value == 40200);
  CHECK(One("de las cuales 40 mil 200 fueron al puerto").value == 40200);
}

TEST_CASE("es: los ... mil N is split only after a partitive de or entre", "[figures][es]") {
  // A subject "Los"/"Las" or "Unos"/"Unas" before the number keeps the Mexican-style number.
  CHECK(One("Unos 7 mil 300 huyeron del incendio").value == 7300);
  CHECK(One("Las 9 mil 450 fueron revisadas en una semana").value == 9450);
  CHECK(One("Ayer los 15 mil 600 se marcharon").value == 15600);
  // Negative: after "de los" the digits open a new clause.
  const std::vector<Figure> figs = testing::Figures("De los 70 mil 350 huyeron", Lang::kEs);
  INFO(Describe(figs));
  for (const Figure& x : figs) CHECK(x.value != 70350);
}

TEST_CASE("es: a percent after mil is no hundreds of the thousands", "[figures][es]") {
  // Words then digits, and digits then digits: the percent is its own figure.
  for (std::string_view text :
       {"Acudieron sesenta mil 35 % de ellos jóvenes", "Acudieron sesenta mil 35% de ellos jóvenes",
        "Acudieron 60 mil 35 % de ellos jóvenes", "sesenta mil 12 por ciento más que antes"}) {
    const std::vector<Figure> figs = Figures(text, Lang::kEs);
    INFO(text << "\n" << Describe(figs));
    for (const Figure& x : figs) {
      CHECK(x.value != 60035);
      CHECK(x.value != 60012);
    }
    CHECK(testing::With(figs, "35").size() + testing::With(figs, "12").size() == 1);
  }
  // Negative: a plain Mexican-style count still joins.
  CHECK(One("llegaron sesenta mil 35 jóvenes").value == 60035);
}

TEST_CASE("es: el numero de names what a bare number after a or en counts", "[figures][es]") {
  Figure a = One("La cifra de heridos se elevó a 45 en Kralia.");
  CHECK(a.value == 45);
  CHECK(a.unit == "heridos");
  // Negative: without such a noun the number keeps no unit.
  CHECK(One("El tren llegó a 45 por hora.").unit.empty());
}

TEST_CASE("es: el numero de names no number in the next clause", "[figures][es]") {
  const std::vector<Figure> figs =
      Figures("El número de heridos subió a 38 y el índice bajó a 11.", Lang::kEs);
  INFO(Describe(figs));
  for (const Figure& x : testing::With(figs, "11")) CHECK(x.unit != "heridos");
  // Negative: one clause keeps its noun.
  CHECK(One("El número de heridos subió ayer a 38.").unit == "heridos");
}

TEST_CASE("es: a number after a place name counts the plural after it", "[figures][es]") {
  Figure m = One("El año pasado llegaron a Norlandia 34.000 migrantes por mar.");
  CHECK(m.value == 34000);
  CHECK(m.unit == "migrantes");
  CHECK(One("Contó que junto a la costa de Kralia 260 pescadores perdieron sus redes.").value ==
        260);
  // Negatives: a channel, a product and a news number stay labels.
  CHECK(Figures("Vimos el Canal 9 anoche.", Lang::kEs).empty());
  CHECK(Figures("Compró un Nexus 6 nuevo.", Lang::kEs).empty());
  CHECK(Figures("Es la Noticia 48 de Kralia.", Lang::kEs).empty());
}

TEST_CASE("es: dollars of other countries by their adjective", "[figures][es]") {
  CHECK(One("el billete salió por 640 dólares singapurenses").unit == "SGD");
  CHECK(One("pagó 40 dólares neozelandeses").unit == "NZD");
  CHECK(One("vale 75 dólares de Hong Kong").unit == "HKD");
  CHECK(One("costó 2 millones de dólares australianos").unit == "AUD");
  CHECK(One("recibió 500 pesos dominicanos").unit == "DOP");
  // The plain word stays the US dollar, and an adjective after a figure's end names nothing.
  CHECK(One("costó 20 dólares en la tienda").unit == "USD");
  CHECK(One("pagó 20 dólares, singapurenses incluidos").unit == "USD");
}

TEST_CASE("es: periods", "[figures][es]") {
  CHECK(One("el beneficio en el primer semestre de 2023 cayó un 5 %").period == "2023-H1");
  CHECK(One("en el cuarto trimestre de 2022 subió un 3 %").period == "2022-Q4");
  CHECK(One("con un crecimiento de 41,2% durante 2022-2025").period == "2022-2025");
}

TEST_CASE("es: dates are not figures", "[figures][es]") {
  CHECK(Figures("los comicios del 28 de mayo", Lang::kEs).empty());
  CHECK(Figures("que se celebra del 12 al 17 de este mes", Lang::kEs).empty());
  CHECK(Figures("compraron en junio de 2022", Lang::kEs).empty());
}

TEST_CASE("es: a day before setiembre is a date and not a figure", "[figures][es]") {
  // The figure grammar reads period.h's month names (kMonthNames), "setiembre" among them.
  CHECK(Figures("la junta de Quelvaro votará el 23 de setiembre", Lang::kEs).empty());
  CHECK(Figures("Quelvaro abrió su almacén el 8 setiembre", Lang::kEs).empty());
  // Negative: a count after the date stays a figure.
  const std::vector<Figure> figs =
      Figures("a partir del 19 de setiembre Quelvaro sumó 41 tiendas", Lang::kEs);
  INFO(Describe(figs));
  REQUIRE(figs.size() == 1);
  CHECK(figs[0].value == 41);
}

TEST_CASE("es: a definite or indefinite article before a range's high end is skipped",
          "[figures][es]") {
  Figure f = One("Quelvaro venderá entre el 6 y el 8 % más");
  CHECK(f.qualifier == Qualifier::kRange);
  CHECK(f.value_high == 8);
  CHECK(One("Quelvaro venderá entre un 6 y un 8 % más").value_high == 8);
  // Negative: a German article is not skipped there ("zwischen 6 und den 8 Prozent").
  CHECK(Figures("Quelvaro rechnet mit zwischen 6 und den 8 Prozent mehr", Lang::kDe).size() == 2);
}

TEST_CASE("es: corpus edge cases", "[figures][es][corpus]") {
  CHECK(Figures("Comentar 0/400 Sin comentarios", Lang::kEs).empty());
  CHECK(Figures("Los Angeles Lakers 27 30 35 15 15 122 Golden State", Lang::kEs).size() < 3);
  CHECK(One("un valor bursátil de 4,5 billones de pesetas").value == Approx(4.5e12));
  CHECK(One("pensaba invertir varios miles de dólares").vague);
  CHECK(One("12.000 dólares por ello").unit == "USD");
  CHECK(Figures("el lunes día 5, en Zúrich", Lang::kEs).empty());
  CHECK(One("exportará 240.000 barriles de petróleo").kind == FigureKind::kQuantity);
}

}  // namespace
}  // namespace newsfacts::extract

// ---- issue 12: the error classes, Spanish ---------------------------------------------------
namespace newsfacts::extract {
namespace {

using testing::ArticleFigures;

TEST_CASE("es: a scaled amount after a Spanish money noun of public accounts is money",
          "[figures][es]") {
  for (std::string_view text :
       {"El consejo gestiona las subvenciones, a las que destina 310 millones en 2015.",
        "El plan reduce el déficit, que quedará en unos 95.000 millones en 2016.",
        "El banco elevó sus dotaciones al reservar 870 millones para la reestructuración en 2019.",
        "El margen ordinario subió hasta los 14.250 millones en 2018."}) {
    Figure f = One(text);
    INFO(text);
    CHECK(f.kind == FigureKind::kMoney);
    CHECK(f.unit == "EUR");
    CHECK(f.unit_source == UnitSource::kContext);
  }
  // A scaled number of people stays a count.
  CHECK(One("El país tiene una población de 47 millones en 2015.").kind == FigureKind::kCount);
}

TEST_CASE("es: currency left implicit is taken from the article", "[figures][es][issue12]") {
  const auto figs = ArticleFigures(
      "La fábrica vendió terrenos",
      "La fábrica vendió los terrenos por 300 millones de pesetas. En el año anterior facturó "
      "1.250 millones.",
      Lang::kEs);
  INFO(Describe(figs));
  REQUIRE(figs.size() == 2);
  CHECK(figs[1].kind == FigureKind::kMoney);
  CHECK(figs[1].value == 1.25e9);
  CHECK(figs[1].unit == "ESP");
  CHECK(figs[1].unit_source == UnitSource::kContext);
  Figure d = One("La deuda de la cooperativa asciende a 48,6 millones.");
  CHECK(d.kind == FigureKind::kMoney);
  CHECK(d.unit == "EUR");
  CHECK(d.unit_source == UnitSource::kContext);
  // "$" in an article about Mexico is the Mexican peso.
  const auto mx = ArticleFigures(
      "", "En México el litro cuesta $24 y en la capital mexicana sube cada mes.", Lang::kEs);
  INFO(Describe(mx));
  REQUIRE(mx.size() == 1);
  CHECK(mx[0].unit == "MXN");
  // "$" with "pesos" after the amount is the sign of those pesos, also outside a peso country.
  Figure p = One("la inscripción cuesta $350 pesos colombianos");
  CHECK(p.unit == "COP");
  CHECK(p.surface == "$350 pesos colombianos");
  const auto ar = ArticleFigures(
      "", "En Argentina el kilo vale $ 1.200 pesos, dicen en la capital argentina.", Lang::kEs);
  INFO(Describe(ar));
  REQUIRE(ar.size() == 1);
  CHECK(ar[0].unit == "ARS");
  CHECK(ar[0].value == 1200);
  // A bare "$" without pesos after it stays the dollar outside a peso country.
  CHECK(One("el abono cuesta $350 al mes").unit == "USD");
}

TEST_CASE("es: currencies by country, symbols and cents", "[figures][es][issue12]") {
  CHECK(One("la entrada costó 500 pesos mexicanos").unit == "MXN");
  Figure c = One("cada pieza vale 120 céntimos");
  CHECK(c.value == 1.2);
  CHECK(c.unit == "EUR");
  Figure d = One("un café por 20 duros");
  CHECK(d.value == 100);
  CHECK(d.unit == "ESP");
  CHECK(One("un billete de R$ 30").unit == "BRL");
  CHECK(One("una multa de MX$ 250").unit == "MXN");
  CHECK(One("pagó 250 coronas suecas").unit == "SEK");
  Figure u = One("un salario de US$ 45 al día");
  CHECK(u.unit == "USD");
  CHECK(u.value == 45);
}

TEST_CASE("es: number words with fractions", "[figures][es][issue12]") {
  Figure a = One("recibió dos millones y medio de euros");
  CHECK(a.kind == FigureKind::kMoney);
  CHECK(a.value == 2.5e6);
  CHECK(a.unit == "EUR");
  CHECK(a.qualifier == Qualifier::kExact);
  Figure b = One("acudieron medio millón de personas");
  CHECK(b.value == 5e5);
  CHECK(b.unit == "person");
  Figure c = One("invirtió un cuarto de millón de euros");
  CHECK(c.value == 2.5e5);
  CHECK(c.unit == "EUR");
  Figure d = One("la planta tiene tres mil quinientos empleados");
  CHECK(d.value == 3500);
  CHECK(d.unit == "employee");
}

TEST_CASE("es: signs, alternatives and ranges", "[figures][es][issue12]") {
  CHECK(One("con una variación del -3,2 %").value == -3.2);
  Figure r = One("precios entre US$2.000 y US$4.000 por unidad");
  CHECK(r.qualifier == Qualifier::kRange);
  CHECK(r.value == 2000);
  CHECK(r.value_high == Approx(4000));
  CHECK(r.unit == "USD");
  Figure o = One("un recorte del 30% o 40%");
  CHECK(o.qualifier == Qualifier::kRange);
  CHECK(o.value == 30);
  CHECK(o.value_high == Approx(40));
  const auto change = Figures("la cuota ha aumentado del 7,5 al 12,5%", Lang::kEs);
  INFO(Describe(change));
  REQUIRE(change.size() == 2);  // a change: two percentages, not a range
  CHECK(change[0].kind == FigureKind::kPercent);
  CHECK(change[0].value == 7.5);
  CHECK(change[1].value == 12.5);
  Figure v = One("obtendría 20 ó 21 diputados");
  CHECK(v.qualifier == Qualifier::kRange);
  CHECK(v.unit == "legislator");
}

TEST_CASE("es: model numbers, articles of law, channels, far years are not figures",
          "[figures][es][issue12]") {
  CHECK(Figures("la aerolínea compró un Airbus del modelo 320 usado", Lang::kEs).empty());
  CHECK(Figures("lo dice el Artículo 14 de la ley", Lang::kEs).empty());
  CHECK(Figures("lo emitió la cadena Canal 4 por la noche", Lang::kEs).empty());
  CHECK(Figures("el plan llega hasta 2300 según el texto", Lang::kEs).empty());
}

TEST_CASE("es: basis points and percentage points", "[figures][es][issue12]") {
  Figure b = One("el banco subió los tipos 25 puntos básicos");
  CHECK(b.value == 0.25);
  CHECK(b.unit == "pp");
  Figure p = One("la tasa bajó 1,5 puntos porcentuales");
  CHECK(p.value == 1.5);
  CHECK(p.unit == "pp");
}

TEST_CASE("es: a counted noun after the number wins over a price word", "[figures][es][issue12]") {
  Figure a = One("El precio del billete subió y viajaron ocho millones de pasajeros.");
  CHECK(a.kind == FigureKind::kCount);
  CHECK(a.value == 8e6);
  CHECK(a.unit == "passenger");
  Figure b = One("la marca tiene más de 300 puntos de venta");
  CHECK(b.kind == FigureKind::kCount);
  CHECK(b.qualifier == Qualifier::kMoreThan);
  CHECK(b.unit == "point_of_sale");
  Figure g = One("con un coste mayor llegaron 2,4 millones de turistas");
  CHECK(g.kind == FigureKind::kCount);  // a noun outside the table still counts
  CHECK(g.value == 2.4e6);
  // A counted noun nearer than the money word: "the number of passengers ... nine million".
  Figure n =
      One("El valor de la empresa es alto porque el número de pasajeros creció hasta "
          "nueve millones");
  CHECK(n.kind == FigureKind::kCount);
  CHECK(n.value == 9e6);
  // ... but the price word's own complement is what is priced.
  const auto priced = testing::With(
      Figures("el precio de los cuatro servidores subió a 2,2 millones cada uno", Lang::kEs),
      "2,2");
  REQUIRE(priced.size() == 1);
  CHECK(priced[0].kind == FigureKind::kMoney);
  CHECK(priced[0].value == 2.2e6);
}

}  // namespace
}  // namespace newsfacts::extract

namespace newsfacts::extract {
namespace {

TEST_CASE("es: odd but real number formats", "[figures][es][issue12]") {
  Figure a = One("la obra creó 230. 000 empleos");
  CHECK(a.value == 230000);
  CHECK(a.unit == "job");
  Figure b = One("el premio fue de 2 millones 300 mil pesos");
  CHECK(b.value == 2.3e6);
  CHECK(b.kind == FigureKind::kMoney);
  Figure c = One("una deuda de 300 mil 512.40 pesos");
  CHECK(c.value == Approx(300512.4));
  CHECK(c.kind == FigureKind::kMoney);
  Figure d = One("pagó 8.412.50 euros");
  CHECK(d.value == Approx(8412.5));
  CHECK(d.unit == "EUR");
  // Mexican style thousands of millions: "7 mil 420 millones" = 7.420 millones.
  Figure e = One("el fondo recibirá 7 mil 420 millones de pesos");
  CHECK(e.kind == FigureKind::kMoney);
  CHECK(e.value == 7.42e9);
  CHECK(e.unit == "MXN");
  CHECK(e.surface == "7 mil 420 millones de pesos");
}

TEST_CASE("es: units of measure are quantities, not counts", "[figures][es]") {
  Figure a = One("cada cápsula contiene 250 miligramos de extracto");
  CHECK(a.kind == FigureKind::kQuantity);
  CHECK(a.unit == "mg");
  CHECK(One("la dosis fue de 40 microgramos por kilo").unit == "µg");
  CHECK(One("un jarabe con 15 mililitros de agua").unit == "ml");
  CHECK(One("partículas de unos 3 micrómetros de diámetro").unit == "µm");
  Figure b = One("el parque eólico producirá 120 megavatios al año");
  CHECK(b.kind == FigureKind::kQuantity);
  CHECK(b.unit == "MW");
  CHECK(One("tomó un comprimido de 500 mg al día").unit == "mg");
  // A count of things stays a count.
  CHECK(One("la farmacia vendió 250 cajas de jarabe").kind == FigureKind::kCount);
}

TEST_CASE("es: square and cubic measures keep their power", "[figures][es]") {
  CHECK(One("el almacén ocupa 2.400 metros cuadrados junto al puerto").unit == "m2");
  CHECK(One("la presa retiene 90 metros cúbicos por segundo").unit == "m3");
  CHECK(One("un piso de 85 metro cuadrado").unit == "m2");
  CHECK(One("la reserva abarca 310 kilómetros cuadrados de selva").unit == "km2");
  CHECK(One("una isla de 12 km cuadrados").unit == "km2");
  CHECK(One("una moto de 125 centímetros cúbicos").unit == "cm3");
  // Plain lengths stay lengths.
  CHECK(One("el muro mide 40 metros de largo").unit == "m");
  CHECK(One("la carrera recorre 42 kilómetros por la ciudad").unit == "km");
}

TEST_CASE("es: the terms of a 'de cada' / 'por cada' ratio are not counts", "[figures][es]") {
  // The base and the "1" of the ratio count nothing.
  CHECK(Figures("Solo 1 de cada 12 socios votó la propuesta.", Lang::kEs).empty());
  CHECK(Figures("Una de cada siete familias no tiene coche.", Lang::kEs).empty());
  const auto a = Figures("La comarca registra 45 casos por cada 10.000 habitantes.", Lang::kEs);
  INFO(Describe(a));
  REQUIRE(a.size() == 1);
  CHECK(a[0].value == 45);
  const auto r = Figures("La epidemia suma 180 contagios por 100.000 habitantes.", Lang::kEs);
  INFO(Describe(r));
  REQUIRE(r.size() == 1);
  CHECK(r[0].value == 180);
  // After "por" only a power of ten is a base: "cambió 40 cromos por 25 sellos".
  CHECK(Figures("Cambió 40 cromos por 25 sellos.", Lang::kEs).size() == 2);
  const auto b = Figures("Ganaron 3 de cada 10 mil apuestas.", Lang::kEs);
  INFO(Describe(b));
  for (const Figure& f : b) CHECK(f.value != 10000);
  // Without "cada" the numbers are figures.
  const auto c = Figures("Llegaron 1.200 turistas de 14 países.", Lang::kEs);
  INFO(Describe(c));
  CHECK(c.size() == 2);
}

TEST_CASE("es: scores, seasons and verse numbers are not figures", "[figures][es]") {
  CHECK(Figures("La tenista ganó por 6-2, 3-6 y 7-5 en la final.", Lang::kEs).empty());
  CHECK(Figures("El Atlético Norteño venció 3-1 al líder.", Lang::kEs).empty());
  CHECK(Figures("El equipo goleó por 5-0 al colista.", Lang::kEs).empty());
  CHECK(Figures("Goles: 1-0, m.12, Ferrán remata de cabeza.", Lang::kEs).empty());
  CHECK(Figures("los patrocinios de las temporadas 95-96 y 96-97", Lang::kEs).empty());
  CHECK(Figures("El equipo juega en el grupo 3 del torneo.", Lang::kEs).empty());
  // A day of the month after its weekday is a date.
  CHECK(Figures("Los robos ocurrieron entre el viernes 14 y el sábado 15.", Lang::kEs).empty());
  CHECK(Figures("La feria abre el miércoles 3 en el recinto.", Lang::kEs).empty());
  CHECK(One("el lunes 40 vecinos firmaron la carta").value == 40);
  // A range of things counted, qualified or with a unit stays a figure.
  Figure a = One("en cada mesa se sientan 4-6 comensales");
  CHECK(a.qualifier == Qualifier::kRange);
  CHECK(a.value_high == 6);
  CHECK(One("unos 20-30 vecinos protestaron").value == 20);
  CHECK(One("el precio subirá un 10-12%").kind == FigureKind::kPercent);
  CHECK(One("se esperan 3.000-5.000 visitantes").value_high == 5000);
}

TEST_CASE("es: a text that writes thousands with commas groups them before a unit too",
          "[figures][es]") {
  // The text shows its convention: a point decimal before a percent, or two comma groups.
  std::vector<Figure> f = Figures(
      "La renta media es de 4,250 pesos al mes y la inflación cerró en 3.8 por ciento.", Lang::kEs);
  REQUIRE(f.size() == 2);
  CHECK(f[0].value == 4250);
  CHECK(f[0].kind == FigureKind::kMoney);
  f = Figures(
      "La cooperativa reunió 1,640,200 pesos; el ahorro creció 12,000% y cada socio "
      "puso 2,300 pesos.",
      Lang::kEs);
  REQUIRE(f.size() == 3);
  CHECK(f[0].value == 1640200);
  CHECK(f[1].value == 12000);
  CHECK(f[2].value == 2300);
  // A text with decimal commas (or none shown) keeps "2,268 euros" a decimal.
  f = Figures("La acción cerró a 2,268 euros tras subir un 1,5 %.", Lang::kEs);
  REQUIRE(f.size() == 2);
  CHECK(f[0].value == 2.268);
  CHECK(One("La acción cerró a 2,268 euros.").value == 2.268);
  f = Figures("La acción cerró a 2,268 euros; la empresa tiene 1.250.000 acciones y subió 2.5%.",
              Lang::kEs);
  REQUIRE(!f.empty());
  CHECK(f[0].value == 2.268);
}

TEST_CASE("es: a comma group of three zeros shows a text's comma thousands",
          "[figures][es][es18]") {
  // Nobody writes ",000" as decimals: the text groups thousands with commas, also in the
  // amount written without zeros.
  std::vector<Figure> f = Figures(
      "El plan movilizará 27,000 millones de euros (31,450 millones de dólares) para las pymes.",
      Lang::kEs);
  REQUIRE(f.size() == 2);
  CHECK(f[0].value == Approx(27e9));
  CHECK(f[1].value == Approx(31.45e9));
  // Without such a group, three digits after the comma stay decimals.
  f = Figures("El fondo invertirá 31,450 millones de euros en la red.", Lang::kEs);
  REQUIRE(f.size() == 1);
  CHECK(f[0].value == Approx(31.45e6));
}

TEST_CASE("es: a title reads its numbers with the body's thousands convention",
          "[figures][es][es18]") {
  std::vector<Figure> f = testing::ArticleFigures(
      "Valdoria gastará 12,450 millones de euros",
      "El plan suma 12,450 millones de euros; ya se entregaron 3,000 millones.", Lang::kEs);
  REQUIRE(f.size() == 3);
  CHECK(f[0].field == Field::kTitle);
  CHECK(f[0].value == Approx(12.45e9));
  // Negative: a body with decimal commas keeps the title's decimal.
  f = testing::ArticleFigures("Valdoria gastará 12,450 millones de euros",
                              "El plan suma 12,45 millones de euros y el paro baja al 6,2 %.",
                              Lang::kEs);
  REQUIRE(!f.empty());
  CHECK(f[0].value == Approx(12.45e6));
  // Negative: a title that shows its own comma decimals keeps them over a comma-thousands body.
  f = testing::ArticleFigures("El paro baja al 6,2 % y Valdoria gastará 12,450 millones de euros",
                              "El plan suma 12,450 millones de euros; ya se entregaron 3,000 "
                              "millones.",
                              Lang::kEs);
  REQUIRE(f.size() >= 2);
  CHECK(f[1].field == Field::kTitle);
  CHECK(f[1].value == Approx(12.45e6));
}

TEST_CASE("es: a bare '$' is the peso the article writes its amounts in", "[figures][es][es18]") {
  std::vector<Figure> f = testing::ArticleFigures(
      "La obra costará $4.500 millones",
      "El puente de Colombia costará 4.500 millones de pesos, dijo el ministro.", Lang::kEs);
  REQUIRE(f.size() == 2);
  CHECK(f[1].unit == "COP");
  CHECK(f[0].unit == "COP");
  // Negative: without an amount in pesos a country named once leaves "$" the dollar.
  f = testing::ArticleFigures("La obra costará $4.500 millones",
                              "El puente de Colombia costará más de lo previsto.", Lang::kEs);
  REQUIRE(f.size() == 1);
  CHECK(f[0].unit == "USD");
}

TEST_CASE("es: bare pesos are the peso of the one country the article names", "[figures][es]") {
  // Named once, and no other peso country named: that country's peso.
  auto f = ArticleFigures(
      "", "El nuevo hospital de Colombia costará 42.000 millones de pesos, dijo el ministro.",
      Lang::kEs);
  REQUIRE(f.size() == 1);
  CHECK(f[0].unit == "COP");
  f = ArticleFigures("", "En Chile la matrícula sube a 90 mil pesos.", Lang::kEs);
  REQUIRE(f.size() == 1);
  CHECK(f[0].unit == "CLP");
  // Two countries named once each, or none: the default peso.
  f = ArticleFigures("", "Entre Chile y Argentina el peaje cuesta 300 pesos.", Lang::kEs);
  REQUIRE(f.size() == 1);
  CHECK(f[0].unit == "MXN");
  // A bare "$" still needs two mentions (it is as often the US dollar).
  f = ArticleFigures("", "La empresa de Colombia vendió bonos por $40 millones.", Lang::kEs);
  REQUIRE(f.size() == 1);
  CHECK(f[0].unit == "USD");
}

TEST_CASE("es: match minutes, decades and times of day are not figures", "[figures][es]") {
  CHECK(Figures("El visitante empató en el minuto 71 de un cabezazo.", Lang::kEs).empty());
  CHECK(
      Figures("El baile se puso de moda a mediados de los 50 en los barrios.", Lang::kEs).empty());
  CHECK(Figures("La revista, fundada en los años 30, cerró en la década de los 60.", Lang::kEs)
            .empty());
  CHECK(
      Figures("Los vecinos se reunieron a las 8,15 de la mañana en la plaza.", Lang::kEs).empty());
  CHECK(Figures("La tienda abre hasta las 9 pm y el sábado desde las 10 a.m.", Lang::kEs).empty());
  CHECK(Figures("El tren salió a las 6 en punto de la estación.", Lang::kEs).empty());
  // What is counted after such words stays a figure.
  CHECK(One("en el minuto 12 entraron 300 aficionados").value == 300);
  CHECK(One("en los años 80 abrieron 60 fábricas").value == 60);
  CHECK(One("de las 40 solicitudes se aprobaron muchas").value == 40);
  CHECK(One("los 70 socios votaron a favor").value == 70);
  CHECK(Figures("cerraron 50 de las 80 tiendas", Lang::kEs).size() == 2);
  // A number too large for an int is still checked (the sanitizer build fails on a cast).
  CHECK(One("en el minuto 777777777777 llegaron").value == 777777777777.0);
}

}  // namespace
}  // namespace newsfacts::extract

#include "extract/figure_context.h"

namespace newsfacts::extract {
namespace {

// One implicit amount ("facturó 16.000 millones") resolved by the article pass.
Figure ImplicitAmount(std::string_view body, std::optional<int64_t> published_at_ms) {
  std::vector<Figure> figs = Figures(body, Lang::kEs);  // already resolved without a date
  for (Figure& f : figs) {
    if (f.unit_source == UnitSource::kContext) f.unit.clear();  // back to implicit
  }
  ResolveContextUnits(figs, Lang::kEs, FigureTexts{{}, body, published_at_ms});
  INFO(Describe(figs));
  REQUIRE(!figs.empty());
  return figs[0];
}

TEST_CASE("es: implicit amounts of the peseta era are pesetas", "[figures][es][issue12]") {
  // Undated, and every year it names is before the euro: pesetas.
  Figure a = One("La naviera facturó 14.000 millones en 1997, más que en 1996.");
  CHECK(a.kind == FigureKind::kMoney);
  CHECK(a.value == 1.4e10);
  CHECK(a.unit == "ESP");
  CHECK(a.unit_source == UnitSource::kContext);
  CHECK(a.qualifier == Qualifier::kExact);
  // Undated, naming a year of the euro: euros.
  Figure b = One("La constructora facturó unos 160 millones en 2015.");
  CHECK(b.value == 1.6e8);
  CHECK(b.unit == "EUR");
  CHECK(b.qualifier == Qualifier::kApprox);
  // No year, but the text speaks of pesetas.
  Figure c = One("El equipo pagará el traspaso, que alcanza 3.000 millones, en pesetas.");
  CHECK(c.value == 3e9);
  CHECK(c.unit == "ESP");
  // The publication time decides when it is known: 1999 -> pesetas, 2010 -> euros, even
  // against the years the text names.
  constexpr int64_t k1999 = 915148800000;   // 1999-01-01T00:00:00Z
  constexpr int64_t k2010 = 1262304000000;  // 2010-01-01T00:00:00Z
  const std::string_view body = "El grupo ganó 312,5 millones, el doble que en 1990.";
  Figure d = ImplicitAmount(body, k1999);
  CHECK(d.value == 3.125e8);
  CHECK(d.unit == "ESP");
  CHECK(d.unit_source == UnitSource::kContext);
  CHECK(ImplicitAmount(body, k2010).unit == "EUR");
  CHECK(ImplicitAmount(body, std::nullopt).unit == "ESP");
  // An explicit currency of the article still comes first.
  const auto both = Figures("En 1998 facturó 300 millones de euros y ganó 12 millones.", Lang::kEs);
  REQUIRE(both.size() == 2);
  CHECK(both[1].value == 1.2e7);
  CHECK(both[1].unit == "EUR");
}

TEST_CASE("es: an amount converted in brackets passes on no currency", "[figures][es]") {
  // The euro amount in brackets converts the pesetas: the bare amount after them is pesetas.
  const auto a = Figures(
      "Ondaluz pagará 9.000 millones de pesetas (54,1 millones de euros) y Tecnovía otros "
      "3.000 millones.",
      Lang::kEs);
  REQUIRE(a.size() == 3);
  CHECK(a[2].value == 3e9);
  CHECK(a[2].unit == "ESP");
  CHECK(a[2].unit_source == UnitSource::kContext);
  // Negative: an amount in brackets that follows no other amount is a currency of its own.
  const auto b = Figures(
      "El coste (unos 20 millones de dólares) lo asume Ondaluz, que invertirá otros 5 millones.",
      Lang::kEs);
  REQUIRE(b.size() == 2);
  CHECK(b[1].unit == "USD");
}

TEST_CASE("es: a counted noun outside the table keeps its source word", "[figures][es][issue12]") {
  Figure a = One("La banda del pueblo tiene 51 tamborileros.");
  CHECK(a.kind == FigureKind::kCount);
  CHECK(a.value == 51);
  CHECK(a.unit == "tamborileros");
  CHECK(a.qualifier == Qualifier::kExact);
  Figure b = One("En la mina trabajan unos 340 picadores.");
  CHECK(b.value == 340);
  CHECK(b.unit == "picadores");
  CHECK(b.qualifier == Qualifier::kApprox);
  // "de" after a plain number does not name what is counted.
  for (const Figure& f : Figures("Aprobaron 3 de cada 10 alumnos del curso.", Lang::kEs)) {
    CHECK(f.unit != "cada");
  }
}

TEST_CASE("es: a colloquial price list shares its currency", "[figures][es][issue12]") {
  const auto figs = testing::Figures(
      "En la feria, 60 pelas un anís, 90 un vermú y 250 una ración de calamares.", Lang::kEs);
  INFO(testing::Describe(figs));
  REQUIRE(figs.size() == 3);
  const double want[] = {60, 90, 250};
  for (size_t i = 0; i < 3; ++i) {
    CHECK(figs[i].kind == FigureKind::kMoney);
    CHECK(figs[i].value == want[i]);
    CHECK(figs[i].unit == "ESP");
    CHECK(figs[i].qualifier == Qualifier::kExact);
    CHECK(figs[i].unit_source == (i == 0 ? UnitSource::kText : UnitSource::kContext));
  }
  // Not a price list: the number after the money figure prices no item.
  const auto other = testing::Figures(
      "La feria costó 3 millones de euros en total, 20 concejales votaron.", Lang::kEs);
  INFO(testing::Describe(other));
  REQUIRE(other.size() == 2);
  CHECK(other[1].kind == FigureKind::kCount);
}

TEST_CASE("es: a bare 'mil' before a number of hundreds adds them (Mexican style)",
          "[figures][es][es11]") {
  Figure a = One("Ayer se contaron, es decir, mil 342 pacientes en la región.");
  CHECK(a.kind == FigureKind::kCount);
  CHECK(a.value == 1342);
  CHECK(a.surface == "mil 342 pacientes");
  Figure b = One("La obra costará mil 250 millones de pesos.");
  CHECK(b.value == 1.25e9);
  // "a" is a Spanish preposition, never an article counting one.
  Figure c = One("La fábrica contrató a mil 80 operarios.");
  CHECK(c.value == 1080);
  CHECK(c.surface == "mil 80 operarios");
  // Negative: "mil" alone stays a thousand; a following year is not its hundreds.
  CHECK(One("Llegaron mil personas a la plaza.").value == 1000);
}

TEST_CASE("es: a year after a name and an apostrophe is no figure", "[figures][es][es11]") {
  const auto figs = Figures(
      "La nadadora ganó en Lunaria'94 y en Valdeluz\xE2\x80\x99"
      "97 un total de 12 medallas.",
      Lang::kEs);
  INFO(Describe(figs));
  REQUIRE(figs.size() == 1);
  CHECK(figs[0].value == 12);
  // Negative: a quoted number after a space stays a figure.
  CHECK(One("El cartel decía '40 plazas libres' en la puerta.").value == 40);
}

TEST_CASE("es: a numbered part of a law is a label, not a figure", "[figures][es][es11]") {
  CHECK(Figures("Se reforma el apartado 3 del artículo 9 y el párrafo 2 de la norma.", Lang::kEs)
            .empty());
  CHECK(Figures("Lo dice el inciso 4 de la ley.", Lang::kEs).empty());
  CHECK(Figures("El importe consta en la casilla 31 del impreso.", Lang::kEs).empty());
  // Negative: a number of parts is counted.
  CHECK(One("La norma tiene 14 apartados nuevos.").value == 14);
}

TEST_CASE("es: a bare amount before 'de' and a money noun is money", "[figures][es][es11]") {
  const auto figs = Figures(
      "La tienda facturó 210.000 euros (8.300 euros de beneficio) y un año después 260.000 "
      "euros (9.100 de beneficio).",
      Lang::kEs);
  INFO(Describe(figs));
  REQUIRE(figs.size() == 4);
  CHECK(figs[3].kind == FigureKind::kMoney);
  CHECK(figs[3].value == 9100);
  CHECK(figs[3].unit == "EUR");
  // Negative: a plain number before "de" and something else counts.
  const auto other =
      Figures("La tienda vendió 260.000 euros y 400 de sus clientes repitieron.", Lang::kEs);
  INFO(Describe(other));
  REQUIRE(other.size() == 2);
  CHECK(other[1].kind != FigureKind::kMoney);
}

TEST_CASE("es: an apostrophe marks the millions (Colombian style)", "[figures][es][es11]") {
  Figure a = One("La alcaldía gastará $75,000'000,000 en el metro.");
  CHECK(a.kind == FigureKind::kMoney);
  CHECK(a.value == 75e9);
  CHECK(a.surface == "$75,000'000,000");
  CHECK(One("El puente costó 6.400'000.000 de pesos.").value == 6.4e9);
  // Negative: a quoted number is no group of another one.
  const auto figs = Figures("Vendió 30 casas, '25 de ellas' nuevas.", Lang::kEs);
  INFO(Describe(figs));
  REQUIRE(!figs.empty());
  CHECK(figs[0].value == 30);
}

TEST_CASE("es: millions written in digits take 'de' before the currency", "[figures][es][es11]") {
  Figure a = One("El club pagó 12.000.000 de euros por el fichaje.");
  CHECK(a.kind == FigureKind::kMoney);
  CHECK(a.value == 12e6);
  CHECK(a.unit == "EUR");
  CHECK(a.surface == "12.000.000 de euros");
  // Negative: a small number before "de" and a currency word is no amount of it.
  for (const Figure& f : Figures("Las 300 de euros más vendidas.", Lang::kEs)) {
    CHECK(f.kind != FigureKind::kMoney);
  }
}

TEST_CASE("es: gallons are a quantity, not a count", "[figures][es][es11]") {
  Figure a = One("La patrulla decomisó 1.250 galones de combustible.");
  CHECK(a.kind == FigureKind::kQuantity);
  CHECK(a.unit == "gal");
  CHECK(a.value == 1250);
  // Negative: a counted container stays a count.
  CHECK(One("La patrulla decomisó 40 bidones de combustible.").kind == FigureKind::kCount);
}

TEST_CASE("es: '$' with 'dólares' after the amount is the dollar, also in a peso country",
          "[figures][es][es11]") {
  const auto figs = ArticleFigures(
      "", "En México el kilo cuesta $30 y en la capital mexicana un turista paga $40 dólares.",
      Lang::kEs);
  INFO(Describe(figs));
  REQUIRE(figs.size() == 2);
  CHECK(figs[0].unit == "MXN");
  CHECK(figs[1].unit == "USD");
  CHECK(figs[1].surface == "$40 dólares");
}

TEST_CASE("es: a unit of measure after a scale word and 'de' is a quantity",
          "[figures][es][es17]") {
  Figure a = One("La fábrica de Varelsa quema 9 millones de toneladas de carbón al año.");
  CHECK(a.kind == FigureKind::kQuantity);
  CHECK(a.unit == "t");
  CHECK(a.value == Approx(9e6));
  Figure b = One("La flota descargó medio millón de toneladas de sardina.");
  CHECK(b.kind == FigureKind::kQuantity);
  CHECK(b.value == Approx(5e5));
  CHECK(One("El pozo de Tarquena bombea 2,3 millones de barriles al día.").kind ==
        FigureKind::kQuantity);
  // Negative: a counted noun after the scale and "de" stays a count.
  Figure c = One("La cooperativa vendió 3 millones de botellas de aceite.");
  CHECK(c.kind == FigureKind::kCount);
  CHECK(c.value == Approx(3e6));
}

TEST_CASE("es: inches are a quantity and an octane rating is no figure", "[figures][es][es17]") {
  Figure a = One("La tableta de Quorvia tiene una pantalla de 11 pulgadas.");
  CHECK(a.kind == FigureKind::kQuantity);
  CHECK(a.unit == "in");
  CHECK(Figures("Solo venden gasolina de 98 octanos en la comarca.", Lang::kEs).empty());
  // Negative: a number of litres of that petrol is still a figure.
  CHECK(One("Vendieron 4.000 litros de gasolina de 98 octanos.").value == 4000);
}

TEST_CASE("es: 'nuevos' before the noun is not what is counted", "[figures][es][es17]") {
  Figure a = One("Sanidad notificó ayer 2.347 nuevos positivos en la región.");
  CHECK(a.value == 2347);
  CHECK(a.unit == "positivos");
  Figure b = One("El barrio de Olmedal estrenó 900 nuevas farolas.");
  CHECK(b.unit == "farolas");
  // Negative: "nuevas" alone before a conjunction names nothing counted.
  const auto figs = Figures("Se repartieron 40 licencias (25 nuevas y 15 renovadas).", Lang::kEs);
  for (const Figure& f : figs) {
    CHECK(f.unit != "nuevas");
  }
}

TEST_CASE("es: a number in degrees is no figure", "[figures][es][es17]") {
  CHECK(Figures("En Villarcos el termómetro marcó 41°C el martes.", Lang::kEs).empty());
  CHECK(Figures("La fiebre pasa de 38,5 °C en dos días.", Lang::kEs).empty());
  CHECK(Figures("A 65 ° C la bacteria muere.", Lang::kEs).empty());
  // Negative: a count right before a capital C is still a figure.
  CHECK(One("Llegaron 400 Cruceros a Villarcos.").value == 400);
}

TEST_CASE("es: a scaled amount after 'por', a cut or a result is money", "[figures][es][es17]") {
  const auto sale = Figures("Tarquena venderá su 4 % en Olmedal por 9.000 millones.", Lang::kEs);
  REQUIRE(sale.size() == 2);
  CHECK(sale[1].kind == FigureKind::kMoney);
  CHECK(One("Explicó un recorte de 1.200 millones en los beneficios.").kind == FigureKind::kMoney);
  CHECK(One("El de explotación quedó en 3.410 millones.").kind == FigureKind::kMoney);
  // Negative: a counted noun after the amount keeps it a count.
  Figure c = One("La ruta fue recorrida por 3 millones de pasajeros.");
  CHECK(c.kind == FigureKind::kCount);
}

TEST_CASE("es: a scaled amount continuing a list of money amounts is money",
          "[figures][es][es17]") {
  const auto figs = Figures(
      "El plan de Olmedal invertirá 1.200 millones de euros en trenes. En carreteras serán 800 "
      "millones, y en puertos, 350 millones.",
      Lang::kEs);
  REQUIRE(figs.size() == 3);
  CHECK(figs[1].kind == FigureKind::kMoney);
  CHECK(figs[2].kind == FigureKind::kMoney);
  // Negative: a counted noun between the amounts makes the next one a count.
  const auto counts = Figures(
      "Tarquena facturó 90 millones de euros. El número de pasajeros llegó a siete millones.",
      Lang::kEs);
  REQUIRE(counts.size() == 2);
  CHECK(counts[1].kind == FigureKind::kCount);
}

TEST_CASE("es: a bare number in brackets after a name takes the percent of its list",
          "[figures][es][rankings]") {
  const auto figs = Figures("Lideran la tabla Norlandia (5,9 %) y Vetonia (5,25).", Lang::kEs);
  INFO(Describe(figs));
  const auto k = testing::With(figs, "5,25");
  REQUIRE(k.size() == 1);
  CHECK(k[0].kind == FigureKind::kPercent);
  CHECK(k[0].value == Approx(5.25));
  // Negative: an age in brackets after a name.
  CHECK(Figures("El alcalde Antonio Quirós (45) no dijo nada.", Lang::kEs).empty());
}

}  // namespace
}  // namespace newsfacts::extract

namespace newsfacts::extract {
namespace {

TEST_CASE("es: a comparison states its unit once for both numbers", "[figures][es]") {
  const auto a =
      testing::Figures("La participación fue del 48 frente al 39 por ciento.", Lang::kEs);
  INFO(testing::Describe(a));
  REQUIRE(a.size() == 2);
  CHECK(a[0].kind == FigureKind::kPercent);
  CHECK(a[0].value == Approx(48));
  // Negative: a counted noun keeps its own unit.
  const auto c =
      testing::Figures("Llegaron 48 socios frente al 39 por ciento del año pasado.", Lang::kEs);
  INFO(testing::Describe(c));
  REQUIRE(c.size() == 2);
  CHECK(c[0].kind == FigureKind::kCount);
}

TEST_CASE("es: engine power in CV is a quantity", "[figures][es]") {
  const auto a = testing::Figures("El motor del Tarvix rinde 150 CV de potencia.", Lang::kEs);
  INFO(testing::Describe(a));
  REQUIRE(a.size() == 1);
  CHECK(a[0].kind == FigureKind::kQuantity);
  CHECK(a[0].unit == "CV");
}

}  // namespace
}  // namespace newsfacts::extract

namespace newsfacts::extract {
namespace {

TEST_CASE("es: a list shares a unit of measure stated once", "[figures][es]") {
  const auto a = testing::Figures("La atleta Nerea Valdés ganó en 400 y 800 metros.", Lang::kEs);
  INFO(testing::Describe(a));
  REQUIRE(a.size() == 2);
  CHECK(a[0].kind == FigureKind::kQuantity);
  CHECK(a[0].unit == "m");
}

TEST_CASE("es: a year-shaped number after a plural determiner counts the plural", "[figures][es]") {
  Figure f = One("El catastro revisó unas 1800 parcelas.");
  CHECK(f.kind == FigureKind::kCount);
  CHECK(f.value == 1800);
  CHECK(f.surface == "1800 parcelas");
  CHECK(One("Ninguna de las 1900 encuestas llegó a tiempo.").value == 1900);
  CHECK(One("Brelo vendió sus 2100 camiones.").value == 2100);
  // Negatives: after a verb, a preposition, an article or a year word it stays a year.
  CHECK(
      testing::Figures("La cooperativa Brelo cerró 2022 además con pérdidas.", Lang::kEs).empty());
  CHECK(testing::Figures("Brelo atravesó 2019 meses muy duros.", Lang::kEs).empty());
  CHECK(testing::Figures("El grupo retomó 2024 conversaciones con Vantor.", Lang::kEs).empty());
  CHECK(testing::Figures("En 2019 ventas y compras subieron.", Lang::kEs).empty());
  CHECK(testing::Figures("Desde 1990 pocas empresas exportaban.", Lang::kEs).empty());
  CHECK(testing::Figures("Fue el año 2010 registros nunca vistos.", Lang::kEs).empty());
}

TEST_CASE("es: a number before 1900 right after a verb counts the plural", "[figures][es]") {
  Figure f = One("El laboratorio Quesar examinó 1640 probetas.");
  CHECK(f.kind == FigureKind::kCount);
  CHECK(f.value == 1640);
  CHECK(f.surface == "1640 probetas");
  CHECK(One("Tralvia repartió 1720 bonos entre sus socios.").value == 1720);
  // Negatives: a year of this or the last century after a verb and any year after a
  // preposition stay years.
  CHECK(testing::Figures("Tralvia reanudó 2023 contactos con Vantor.", Lang::kEs).empty());
  CHECK(testing::Figures("Tralvia exportaba desde 1870 barricas.", Lang::kEs).empty());
  CHECK(testing::Figures("En 1880 pocas bodegas exportaban.", Lang::kEs).empty());
}

}  // namespace
}  // namespace newsfacts::extract

namespace newsfacts::extract {
namespace {

// The article's amounts go on far after the one that names the currency: a scaled number that
// counts nothing, whose nearest scaled figure before it is money, is money too.
TEST_CASE("es: a scaled bare number far after an amount continues the amounts",
          "[figures][es][rec42]") {
  const std::string body =
      "La diputación de Marvella destinará 120 millones de euros a reparar las carreteras "
      "comarcales, según explicó ayer su presidente en una rueda de prensa celebrada en la sede "
      "provincial. Los vecinos de la comarca llevaban años reclamando las obras. La oposición "
      "reclamó en el pleno un plan mucho más ambicioso, de 300 millones.";
  const std::vector<Figure> figs = testing::ArticleFigures("", body, Lang::kEs);
  INFO(Describe(figs));
  const std::vector<Figure> plan = testing::With(figs, "300");
  REQUIRE(plan.size() == 1);
  CHECK(plan[0].kind == FigureKind::kMoney);
  CHECK(plan[0].unit == "EUR");
  CHECK(plan[0].value == Approx(3e8));
  // Also past an unscaled number between them, and on along the chain.
  const std::vector<Figure> more = testing::ArticleFigures(
      "",
      body +
          " Los ingenieros han catalogado 17 puentes en mal estado. Para el de Zarzal, el más "
          "antiguo, el plan reserva 85 millones.",
      Lang::kEs);
  INFO(Describe(more));
  const std::vector<Figure> rest = testing::With(more, "85");
  REQUIRE(rest.size() == 1);
  CHECK(rest[0].kind == FigureKind::kMoney);
  CHECK(rest[0].unit == "EUR");
}

TEST_CASE("es: a scaled bare number after a count or beside a counted noun stays a count",
          "[figures][es][rec42]") {
  // The nearest scaled figure before it counts tourists.
  const std::string tourists =
      "La diputación de Marvella destinará 120 millones de euros a reparar las carreteras "
      "comarcales, según explicó ayer su presidente en una rueda de prensa celebrada en la sede "
      "provincial. Más de 3 millones de turistas visitaron la isla. Este año serán 4 millones.";
  const std::vector<Figure> a = testing::ArticleFigures("", tourists, Lang::kEs);
  INFO(Describe(a));
  const std::vector<Figure> four = testing::With(a, "4 millones");
  REQUIRE(four.size() == 1);
  CHECK(four[0].kind == FigureKind::kCount);
  // A counted noun or a people word in its own sentence.
  const std::string people =
      "La diputación de Marvella destinará 120 millones de euros a reparar las carreteras "
      "comarcales, según explicó ayer su presidente en una rueda de prensa celebrada en la sede "
      "provincial. El número de visitantes de la comarca superó los 2 millones. En la provincia "
      "viven hoy 5 millones.";
  const std::vector<Figure> b = testing::ArticleFigures("", people, Lang::kEs);
  INFO(Describe(b));
  const std::vector<Figure> two = testing::With(b, "2 millones");
  REQUIRE(two.size() == 1);
  CHECK(two[0].kind == FigureKind::kCount);
  const std::vector<Figure> five = testing::With(b, "5 millones");
  REQUIRE(five.size() == 1);
  CHECK(five[0].kind == FigureKind::kCount);
}

}  // namespace
}  // namespace newsfacts::extract
