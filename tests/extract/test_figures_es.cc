// Figure extraction from Spanish text.
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

TEST_CASE("es: price context makes a bare scaled amount money", "[figures][es]") {
  Figure f = One("el precio había aumentado a 1,3 millones cada uno");
  CHECK(f.kind == FigureKind::kMoney);
  CHECK(f.value == Approx(1.3e6));
  // No currency anywhere in the text: the language default, marked as taken from context.
  CHECK(f.unit == "EUR");
  CHECK(f.unit_source == UnitSource::kContext);
}

TEST_CASE("es: percentages", "[figures][es]") {
  CHECK(One("un aumento de aproximadamente el 11 % interanual").qualifier == Qualifier::kApprox);
  CHECK(One("el 8 por ciento de la energía").value == 8);
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

TEST_CASE("es: periods", "[figures][es]") {
  CHECK(One("el beneficio en el primer semestre de 2023 cayó un 5 %").period == "2023-H1");
  CHECK(One("en el cuarto trimestre de 2022 subió un 3 %").period == "2022-Q4");
  CHECK(One("con un crecimiento de 41,2% durante 2022-2025").period == "2022-2025");
}

TEST_CASE("es: dates are not figures", "[figures][es]") {
  CHECK(Figures("los comicios del 28 de mayo", Lang::kEs).empty());
  CHECK(Figures("que se disputa del 20 al 24 de este mes", Lang::kEs).empty());
  CHECK(Figures("compraron en junio de 2022", Lang::kEs).empty());
}

TEST_CASE("es: corpus edge cases", "[figures][es][corpus]") {
  CHECK(Figures("Comentar 0/400 Sin comentarios", Lang::kEs).empty());
  CHECK(Figures("Los Angeles Lakers 27 30 35 15 15 122 Golden State", Lang::kEs).size() < 3);
  CHECK(One("una capitalización de 6,8 billones de pesetas").value == Approx(6.8e12));
  CHECK(One("había acordado gastar varios miles de dólares").vague);
  CHECK(One("15.000 dólares por eso").unit == "USD");
  CHECK(Figures("el lunes día 5, en Zúrich", Lang::kEs).empty());
  CHECK(One("venderá 160.000 barriles de crudo").kind == FigureKind::kQuantity);
}

}  // namespace
}  // namespace newsfacts::extract
