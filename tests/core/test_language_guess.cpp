#include <catch2/catch.hpp>

#include <string>

#include "text/language_guess.hpp"

using namespace wirekit;

TEST_CASE("languages are told apart by script and common words", "[language]") {
    struct Case {
        const char* text;
        const char* language;
    };
    const Case cases[] = {
        {"The harbour workers said on Tuesday that the strike would go on until the port authority agreed to talks.", "en"},
        {"Die Hafenarbeiter sagten am Dienstag, dass der Streik weitergehen werde, bis die Behörde mit ihnen spricht.", "de"},
        {"Les dockers ont déclaré mardi que la grève se poursuivrait tant que le port ne serait pas disposé au dialogue.", "fr"},
        {"Los estibadores dijeron el martes que la huelga seguirá hasta que la autoridad portuaria acepte negociar con ellos.", "es"},
        {"I portuali hanno detto martedì che lo sciopero andrà avanti finché l'autorità non accetterà di trattare con loro, anche per il governo.", "it"},
        {"Портовые рабочие заявили во вторник, что забастовка продолжится, пока власти не согласятся на переговоры.", "ru"},
        {"عمال الميناء قالوا يوم الثلاثاء إن الإضراب سيستمر حتى توافق السلطات على التفاوض.", "ar"},
        {"港口工人周二表示，罢工将持续到港务局同意谈判为止。", "zh"},
        {"港湾労働者は火曜日、当局が交渉に応じるまでストライキを続けると述べた。", "ja"},
        {"항만 노동자들은 화요일 당국이 협상에 동의할 때까지 파업을 계속하겠다고 밝혔다.", "ko"},
    };
    for (const auto& c : cases) {
        INFO(c.text);
        CHECK(guess_language(c.text) == c.language);
    }
}

TEST_CASE("no guess when the evidence is thin", "[language]") {
    CHECK(guess_language("") == "");
    CHECK(guess_language("12345 67890") == "");
    CHECK(guess_language("Reykjavik Oslo") == "");
}

// The words are counted the same wherever they fall in the sixteen-byte
// blocks that are read at once: each text below is at the edge of a decision,
// so a word lost or miscounted at any offset changes the guess.
TEST_CASE("common words count at every offset from a block boundary", "[language]") {
    struct Case {
        const char* text;
        const char* language;
    };
    const Case cases[] = {
        {"Xyzzyq THE plugh And frobozz of", "en"},                     // exactly three words, in any case
        {"Xyzzyq the plugh and frobozz xyzzyabcthe", ""},             // a word of more than eight letters is no word
        {"Xyzzyq the plugh and frobozz abcdethe", ""},                // nor is a word that only ends in one
        {"Übermäßig the Österreich and frobozz of", "en"},            // letters beyond ASCII end no word
        {"grün the blüte and straße of wörter", "en"},
        {"Zzz der Zzz nicht Zzz ist Zzz", "de"},                       // a five-letter word
        {"qqqqqqqqqqqqqqqq the qqqqqqqqqqqqqqqqqqqq and of", "en"},     // long runs past a whole block
    };
    for (const auto& c : cases)
        for (std::size_t offset = 0; offset < 40; ++offset) {
            std::string text = std::string(offset, ' ') + c.text + std::string(offset % 7, '.');
            INFO(text);
            CHECK(guess_language(text) == c.language);
        }
}
