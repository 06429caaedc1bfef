#include <catch2/catch.hpp>

#include "text/script_chars.hpp"

using namespace wirekit;

TEST_CASE("fold_case lowers ASCII, Latin, Greek and Cyrillic capitals, before and after other bytes", "[text]") {
    CHECK(fold_case("").empty());
    CHECK(fold_case("REYKJAVIK, Iceland 2024 - @[`{") == "reykjavik, iceland 2024 - @[`{");
    // Capitals after the first byte beyond ASCII are lowered too.
    CHECK(fold_case("AbÇD") == "abçd");
    CHECK(fold_case("ÉCOLE Straße") == "école straße");
    CHECK(fold_case("МОСКВА, ΑΘΗΝΑ") == "москва, αθηνα");
    CHECK(fold_case("Žilina ŁÓDŹ") == "žilina łódź");
    // A broken sequence is one replacement character, wherever it stands.
    CHECK(fold_case("AB\xFF" "CD") == "ab\xEF\xBF\xBD" "cd");
    CHECK(fold_case("北京 TOKYO") == "北京 tokyo");
}
