#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "dateline/dateline.hpp"
#include "time/datetime.hpp"

using namespace wirekit;

namespace {

struct DatelineCase {
    std::string_view paragraph;
    const char* text;
    const char* place;
    const char* region;
    const char* credit;
    const char* date;  // "YYYY-MM-DD", "" for none
    const char* separator;
};

// All yearless dates below are read against this day.
const std::optional<DateTime> reference = parse_rfc3339("2024-03-14");

std::string date_text(const std::optional<DateTime>& date) { return date ? format_rfc3339(*date) : std::string(); }

void check_case(const DatelineCase& c, const std::optional<DateTime>& ref) {
    INFO(c.paragraph);
    auto m = parse_dateline(c.paragraph, ref);
    REQUIRE(m);
    CHECK(m->dateline.text == c.text);
    CHECK(m->dateline.place == c.place);
    CHECK(m->dateline.region == c.region);
    CHECK(m->dateline.credit == c.credit);
    CHECK(date_text(m->dateline.date) == c.date);
    CHECK(m->separator == c.separator);
    // paragraph == dateline.text + separator + lead
    CHECK(std::string(c.paragraph) == m->dateline.text + m->separator + std::string(c.paragraph.substr(m->length)));
}

}  // namespace

TEST_CASE("datelines with the date inside the credit (Sputnik, UrduPoint)", "[dateline]") {
    const DatelineCase cases[] = {
        {"REYKJAVIK (Nordic Wire / NTB - 12th March, 2024) Harbour workers began a strike on Monday.",
         "REYKJAVIK (Nordic Wire / NTB - 12th March, 2024)", "REYKJAVIK", "", "Nordic Wire / NTB", "2024-03-12", " "},
        {"QUETTA, (APP - Valley Wire / Frontier News - 2nd Feb, 2024 ) :Local farmers gathered at the market.",
         "QUETTA, (APP - Valley Wire / Frontier News - 2nd Feb, 2024 )", "QUETTA", "", "APP - Valley Wire / Frontier News",
         "2024-02-02", " :"},
    };
    for (const auto& c : cases) check_case(c, reference);
}

TEST_CASE("datelines with a place and a credit in parentheses", "[dateline]") {
    const DatelineCase cases[] = {
        {"NEW YORK (AP) — Shares of harbour operators rose.", "NEW YORK (AP)", "NEW YORK", "", "AP", "", " — "},
        {"WASHINGTON (CNN) — Lawmakers returned on Monday.", "WASHINGTON (CNN)", "WASHINGTON", "", "CNN", "", " — "},
        {"LONDON (Reuters) - Bond yields fell on Tuesday.", "LONDON (Reuters)", "LONDON", "", "Reuters", "", " - "},
        {"London (dpa) - Die Fans reisten am Dienstag an.", "London (dpa)", "London", "", "dpa", "", " - "},
        {"Berlin (dpa) - Talks between the parties could fail.", "Berlin (dpa)", "Berlin", "", "dpa", "", " - "},
        {"San Diego (tca/dpa) - The harbour reopened.", "San Diego (tca/dpa)", "San Diego", "", "tca/dpa", "", " - "},
        {"St. Louis (dpa) - The river rose again.", "St. Louis (dpa)", "St. Louis", "", "dpa", "", " - "},
        {"ST. LOUIS (AP) — The river rose again.", "ST. LOUIS (AP)", "ST. LOUIS", "", "AP", "", " — "},
        {"Frankfurt am Main (dpa) - Die Börse schloss fester.", "Frankfurt am Main (dpa)", "Frankfurt am Main", "", "dpa", "", " - "},
        {"BUENOS AIRES, Argentina (AP) _ The museum reopened.", "BUENOS AIRES, Argentina (AP)", "BUENOS AIRES", "Argentina", "AP",
         "", " _ "},
        {"FORT WAYNE, Ind. (AP) _ The plant closed.", "FORT WAYNE, Ind. (AP)", "FORT WAYNE", "Ind.", "AP", "", " _ "},
        // A dual dateline keeps its second place, slash and all, in the region.
        {"SURABAYA, Indonesia/JAKARTA (Reuters) - Rescuers searched the sea.", "SURABAYA, Indonesia/JAKARTA (Reuters)", "SURABAYA",
         "Indonesia/JAKARTA", "Reuters", "", " - "},
        {"WILKES-BARRE, Pa. (AP) — A bridge reopened.", "WILKES-BARRE, Pa. (AP)", "WILKES-BARRE", "Pa.", "AP", "", " — "},
    };
    for (const auto& c : cases) check_case(c, reference);
}

TEST_CASE("datelines with a date after the place", "[dateline]") {
    const DatelineCase cases[] = {
        {"STOCKHOLM, Aug 29, 2014 (AFP) - A carmaker asked for protection.", "STOCKHOLM, Aug 29, 2014 (AFP)", "STOCKHOLM", "", "AFP",
         "2014-08-29", " - "},
        {"BEIJING, Nov. 24 (Xinhua) -- Officials said on Sunday.", "BEIJING, Nov. 24 (Xinhua)", "BEIJING", "", "Xinhua", "2023-11-24",
         " -- "},
        {"SEOUL, Aug. 20 (Yonhap) -- The drill ended.", "SEOUL, Aug. 20 (Yonhap)", "SEOUL", "", "Yonhap", "2023-08-20", " -- "},
        {"EL CAIRO, 30 jun (Xinhua) -- Al menos una persona resultó herida.", "EL CAIRO, 30 jun (Xinhua)", "EL CAIRO", "", "Xinhua",
         "2023-06-30", " -- "},
        {"BERLIN, 5. März (dpa) - Die Gespräche gehen weiter.", "BERLIN, 5. März (dpa)", "BERLIN", "", "dpa", "2024-03-05", " - "},
        {"PORTLAND, Ore., Feb 26 - Widget Inns said it filed a statement.", "PORTLAND, Ore., Feb 26", "PORTLAND", "Ore.", "",
         "2024-02-26", " - "},
        {"CARACAS, 12 jun (EFE).- El banco central anunció cambios.", "CARACAS, 12 jun (EFE)", "CARACAS", "", "EFE", "2023-06-12",
         ".- "},
        // Russian: the agency follows the dash and ends with a period.
        {"МОСКВА, 10 фев — РИА Новости. Правительство намерено добиться пересмотра.", "МОСКВА, 10 фев — РИА Новости.", "МОСКВА", "",
         "РИА Новости", "2024-02-10", " "},
    };
    for (const auto& c : cases) check_case(c, reference);
}

TEST_CASE("datelines without a credit", "[dateline]") {
    const DatelineCase cases[] = {
        {"GREEN BAY, Wis. -- Here we go again.", "GREEN BAY, Wis.", "GREEN BAY", "Wis.", "", "", " -- "},
        {"HUNTSVILLE, Alabama - Skaters will fill the arena.", "HUNTSVILLE, Alabama", "HUNTSVILLE", "Alabama", "", "", " - "},
        {"WASHINGTON — The agency will receive more money.", "WASHINGTON", "WASHINGTON", "", "", "", " — "},
        {"LIMA – El Congreso aprobó la ley.", "LIMA", "LIMA", "", "", "", " – "},
        {"MEXICO CITY.- The central bank held rates.", "MEXICO CITY", "MEXICO CITY", "", "", "", ".- "},
        {"NEW DELHI: The government announced a plan.", "NEW DELHI", "NEW DELHI", "", "", "", ": "},
        {"DAR ES SALAAM - The port reopened.", "DAR ES SALAAM", "DAR ES SALAAM", "", "", "", " - "},
        {"WASHINGTON—The Senate voted.", "WASHINGTON", "WASHINGTON", "", "", "", "—"},
        // Only Russian-language agencies put their name after the dash.
        {"LONDON, Jan 3 — Britain. Then the lead goes on.", "LONDON, Jan 3", "LONDON", "", "", "2024-01-03", " — "},
    };
    for (const auto& c : cases) check_case(c, reference);
}

TEST_CASE("datelines without a place, or with the credit first", "[dateline]") {
    const DatelineCase cases[] = {
        {"Mar 3 (Reuters) - Residents of flooded areas waited.", "Mar 3 (Reuters)", "", "", "Reuters", "2024-03-03", " - "},
        {"Jan 30 (Reuters) - Gold rose on Tuesday.", "Jan 30 (Reuters)", "", "", "Reuters", "2024-01-30", " - "},
        {"(ANSA) - Rome, October 11 - The minister said the plan was unacceptable.", "(ANSA) - Rome, October 11", "Rome", "", "ANSA",
         "2023-10-11", " - "},
        {"(ANSA) - ROMA, 1 LUG - Il ministro ha parlato.", "(ANSA) - ROMA, 1 LUG", "ROMA", "", "ANSA", "2023-07-01", " - "},
    };
    for (const auto& c : cases) check_case(c, reference);
}

TEST_CASE("CJK datelines", "[dateline]") {
    const DatelineCase cases[] = {
        {"【3月12日 AFP】港湾労働者がストライキを始めた。", "【3月12日 AFP】", "", "", "AFP", "2024-03-12", ""},
        {"【ワシントン＝共同】米議会は12日、法案を可決した。", "【ワシントン＝共同】", "ワシントン", "", "共同", "", ""},
        {"新华社上海3月12日电 记者12日从港口获悉，工人开始罢工。", "新华社上海3月12日电", "上海", "", "新华社", "2024-03-12", " "},
        {"中新网3月12日电 港口恢复运营。", "中新网3月12日电", "", "", "中新网", "2024-03-12", " "},
    };
    for (const auto& c : cases) check_case(c, reference);
}

TEST_CASE("a yearless dateline date without a reference still gives the dateline", "[dateline]") {
    check_case({"BEIJING, Nov. 24 (Xinhua) -- Officials said on Sunday.", "BEIJING, Nov. 24 (Xinhua)", "BEIJING", "", "Xinhua", "", " -- "},
               std::nullopt);
    check_case({"STOCKHOLM, Aug 29, 2014 (AFP) - A carmaker asked.", "STOCKHOLM, Aug 29, 2014 (AFP)", "STOCKHOLM", "", "AFP",
                "2014-08-29", " - "},
               std::nullopt);
}

TEST_CASE("the lead paragraph of a dispatch may be no dateline at all", "[dateline]") {
    const std::string_view paragraphs[] = {
        "",
        "Federal: Health care, of course, and vending machines",
        "1 of 2. A general view of the harbour is seen in Reykjavik, Iceland March 12, 2024.",
        "Credit: NASA View full size image",
        "(In Jan. 3 story, corrects last paragraph to reflect capacity, not output)",
        "(Adds comments, detail)",
        "* Spot gold may edge up to $1,205 per ounce- technicals",
        "Nevada, Arizona and Florida are among those furthest from their peak.",
        "Here is a Huntsville/Madison County calendar of events:",
        "By Arpan Varghese",
        "The company said on Monday - after markets closed - that profits rose.",
        "Chancellor Olaf Scholz - who spoke on Monday - said the talks could fail.",
        "Merkel's Christian Democratic Union (CDU) and their Bavaria-based sister party",
        "The Social Democrats (SPD) - the junior partner - objected.",
        "Jan. 14-19: National Supreme Council, Marriott-Huntsville, 225",
        "FILE - In this March 3 photo, a ship leaves the harbour.",
        "UPDATE: Officials said the road had reopened.",
        "INTERVIEW - À la veille de ses 90 ans, le couturier parle.",
        "BC-US--Earns-Widget Inns, 1st Ld-Writethru",
        "SOCCER-ENGLAND/CHELSEA-COACH:Soccer-Coach pleads for support",
        "STT–Sourcefabric",
        "EDITOR'S NOTE — This story contains details some readers may find upsetting.",
        "Dublin - The city council voted on Monday.",
        "   Berlin (dpa) - An indented paragraph is not trimmed.",
        "WASHINGTON —",
        "LONDON (Reuters)",
        "LONDON (Reuters) - lower case cannot start a lead.",
        "© AFP 2019 / Alberto Pizzolo",
        "【速報】地震が発生した。",
        "Глава движения, министр экономического развития",
        "Associated Press",
    };
    for (std::string_view p : paragraphs) {
        INFO(p);
        CHECK_FALSE(parse_dateline(p, reference));
    }
}

TEST_CASE("every prefix of a dateline paragraph parses safely", "[dateline]") {
    // Cut anywhere, even inside a UTF-8 sequence, the parser must neither read
    // past the end nor break its invariant.
    const std::string_view paragraphs[] = {
        "REYKJAVIK (Nordic Wire / NTB - 12th March, 2024) Harbour workers began a strike.",
        "МОСКВА, 10 фев — РИА Новости. Правительство намерено.",
        "【3月12日 AFP】港湾労働者がストライキを始めた。",
        "新华社上海3月12日电 记者12日从港口获悉。",
        "(ANSA) - Rome, October 11 - The minister said.",
        "CARACAS, 12 jun (EFE).- El banco central.",
        "دمشق، سوريا (CNN) -- قالت الحكومة.",
    };
    for (std::string_view p : paragraphs) {
        for (std::size_t n = 0; n <= p.size(); ++n) {
            std::string_view prefix = p.substr(0, n);
            INFO(prefix);
            if (auto m = parse_dateline(prefix, reference)) {
                CHECK(m->length <= prefix.size());
                CHECK(std::string(prefix) == m->dateline.text + m->separator + std::string(prefix.substr(m->length)));
            }
        }
    }
}

TEST_CASE("credits split into the agencies they name", "[dateline]") {
    struct CreditCase {
        std::string_view credit;
        std::vector<std::string> sources;
    };
    const CreditCase cases[] = {
        {"Pakistan Point News / Sputnik", {"Pakistan Point News", "Sputnik"}},
        {"tca/dpa", {"tca", "dpa"}},
        {"APP - UrduPoint / Pakistan Point News", {"APP", "UrduPoint", "Pakistan Point News"}},
        {"AP", {"AP"}},
        {"Reuters", {"Reuters"}},
        {"dpa-AFX", {"dpa-AFX"}},
        {"РИА Новости", {"РИА Новости"}},
        {"", {}},
        {" / ", {}},
    };
    for (const auto& c : cases) {
        INFO(c.credit);
        CHECK(split_credit_sources(c.credit) == c.sources);
    }
}

TEST_CASE("place names for located are title-cased from capitals", "[dateline]") {
    CHECK(place_name("DUSHANBE") == "Dushanbe");
    CHECK(place_name("BUENOS AIRES") == "Buenos Aires");
    CHECK(place_name("WINSTON-SALEM") == "Winston-Salem");
    CHECK(place_name("МОСКВА") == "Москва");
    CHECK(place_name("San Diego") == "San Diego");
    CHECK(place_name("北京") == "北京");
    CHECK(place_name("Ore.") == "Ore.");
    CHECK(place_name("") == "");
}

TEST_CASE("wire datelines: AAP's bare credit, credits alone, TASS's slashes, Reuters Japan's brackets", "[dateline]") {
    const DatelineCase cases[] = {
        {"SYDNEY, Dec 7 AAP - Shares rose.", "SYDNEY, Dec 7 AAP", "SYDNEY", "", "AAP", "2023-12-07", " - "},
        {"(Reuters) - Gold rose on Tuesday.", "(Reuters)", "", "", "Reuters", "", " - "},
        {"(CNN) -- The storm moved north.", "(CNN)", "", "", "CNN", "", " -- "},
        {"(CNN)The storm moved north.", "(CNN)", "", "", "CNN", "", ""},
        {"ВАШИНГТОН, 5 февраля. /ТАСС/. Сенат принял закон.", "ВАШИНГТОН, 5 февраля. /ТАСС/", "ВАШИНГТОН", "", "ТАСС",
         "2024-02-05", ". "},
        {"[東京 18日 ロイター] 株価が上昇した。", "[東京 18日 ロイター]", "東京", "", "ロイター", "", " "},
        {"TOKYO, Japan, Dec. 5 Kyodo - Japan's economy shrank.", "TOKYO, Japan, Dec. 5 Kyodo", "TOKYO", "Japan", "Kyodo",
         "2023-12-05", " - "},
        {"Berne (ats) La Banque nationale a maintenu son taux.", "Berne (ats)", "Berne", "", "ats", "", " "},
        {"Genève (ats afp) Le sommet s'est ouvert lundi.", "Genève (ats afp)", "Genève", "", "ats afp", "", " "},
        {"(ats afp) Le sommet s'est ouvert lundi.", "(ats afp)", "", "", "ats afp", "", " "},
    };
    for (const auto& c : cases) check_case(c, reference);
}

TEST_CASE("datelines in caseless alphabets and in Latin Extended letters", "[dateline]") {
    const DatelineCase cases[] = {
        {"دمشق، سوريا (CNN) -- قالت الحكومة إن المحادثات ستستأنف.", "دمشق، سوريا (CNN)", "دمشق", "سوريا", "CNN", "",
         " -- "},
        {"القاهرة (رويترز) - ارتفعت الأسهم.", "القاهرة (رويترز)", "القاهرة", "", "رويترز", "", " - "},
        {"ירושלים (AP) - הכנסת אישרה את התקציב.", "ירושלים (AP)", "ירושלים", "", "AP", "", " - "},
        {"BUCUREȘTI, 12 mar (Agerpres) - Guvernul a aprobat bugetul.", "BUCUREȘTI, 12 mar (Agerpres)", "BUCUREȘTI", "",
         "Agerpres", "2024-03-12", " - "},
        {"HÀ NỘI (TTXVN) - Quốc hội đã thông qua ngân sách.", "HÀ NỘI (TTXVN)", "HÀ NỘI", "", "TTXVN", "", " - "},
    };
    for (const auto& c : cases) check_case(c, reference);
    CHECK(place_name("BUCUREȘTI") == "București");
    CHECK(place_name("HÀ NỘI") == "Hà Nội");
    CHECK(place_name("دمشق") == "دمشق");
}

TEST_CASE("a lead without a dash needs a lower-case signature, not just any credit", "[dateline]") {
    for (std::string_view p : {"Berne (SDA) La Banque nationale a maintenu son taux.", "Berne (ats) la Banque a maintenu son taux.",
                               "Ursula von der Leyen (EU) Says She Will Stay", "دمشق (CNN) قالت الحكومة"}) {
        INFO(p);
        CHECK_FALSE(parse_dateline(p, reference));
    }
}
