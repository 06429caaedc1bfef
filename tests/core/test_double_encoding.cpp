#include <catch2/catch.hpp>

#include "text/charset.hpp"

using namespace wirekit;

namespace {

std::string repaired(std::string_view text) {
    auto r = repair_double_encoding(text);
    return r ? *r : "(kept)";
}

}  // namespace

TEST_CASE("double-encoded UTF-8 is repaired", "[charset]") {
    CHECK(repaired("AdemÃ¡s") == "Además");
    CHECK(repaired("â€™") == "’");
    CHECK(repaired("Lâ€™Ã©tÃ© dernier") == "L’été dernier");
    CHECK(repaired("30Â\u00A0Â°C") == "30\u00A0°C");  // "Â" + no-break space was a no-break space
    CHECK(repaired("ÃƒÂ©tÃƒÂ©") == "été");                                      // encoded twice over
    CHECK(repaired("â\u0080\u0099") == "’");                                      // decoded as Latin-1: C1 controls
    CHECK(repaired("ÐœÐ¾Ñ\u0081ÐºÐ²Ð°") == "Москва");
    CHECK(repaired("Ã¦Â\u009DÂ±Ã¤ÂºÂ¬") == "東京");
    CHECK(repaired("ï¿½") == "\uFFFD");
}

TEST_CASE("double-encoded runs beside real characters are repaired, the real ones kept", "[charset]") {
    CHECK(repaired("’50th Anniversary: Genji-e â€” Challenging the Classics’") ==
          "’50th Anniversary: Genji-e — Challenging the Classics’");
    CHECK(repaired("Müller sagte: â€žJaâ€œ") == "Müller sagte: „Ja“");
}

TEST_CASE("text that is not double-encoded is kept", "[charset]") {
    for (std::string_view text : {"plain ASCII", "", "Además", "„Gruß“, sagte er", "Ärger über Öl", "東京", "PELÉ’s goal",
                                  "KØBENHAVN’s harbour", "«café»", "Москва", "naïve façade", "Ã", "â€"}) {
        INFO(text);
        CHECK_FALSE(repair_double_encoding(text));
    }
}
