// The dispatch reader on small fictional stories, one habit of wire text each.
#include <catch2/catch.hpp>

#include "dispatch/dispatch_reader.hpp"
#include "report/error.hpp"
#include "time/datetime.hpp"

using namespace wirekit;
using namespace std::string_view_literals;

namespace {

struct Read {
    Diagnostics diag;
    Document doc;
};

Read read(std::string_view text, std::string lang = {}, std::string charset = {}) {
    Read r;
    ReadOptions ro;
    ro.source = "story.txt";
    ro.reference_date = parse_rfc3339("2024-06-30");
    ro.language = std::move(lang);
    ro.charset = std::move(charset);
    ro.diag = &r.diag;
    r.doc = read_dispatch(text, ro);
    return r;
}

std::vector<std::string> paragraphs(const Article& a) {
    std::vector<std::string> out;
    for (const auto& b : a.body) out.push_back(b.inlines.at(0).text);
    return out;
}

using Strings = std::vector<std::string>;

}  // namespace

TEST_CASE("headline, dateline and paragraphs of the canonical layout", "[dispatch]") {
    auto r = read("Ferries held as harbour strike widens\n\nREYKJAVIK (Nordic Wire) - Ferries stayed in port.\n\nTalks resume on Friday.\n");
    const Article& a = r.doc.articles.at(0);
    CHECK(a.headline == "Ferries held as harbour strike widens");
    CHECK(a.dateline.text == "REYKJAVIK (Nordic Wire)");
    CHECK(paragraphs(a) == Strings{"Ferries stayed in port.", "Talks resume on Friday."});
    CHECK(a.type == "text");
    CHECK(a.language == "");  // too little text to be sure
}

TEST_CASE("CRLF, a BOM and Windows-1252 bytes are all read", "[dispatch]") {
    auto crlf = read("\xEF\xBB\xBFHarbour reopens\r\n\r\nOSLO (NTB) - The harbour reopened.\r\n\r\nShips sailed.\r\n");
    CHECK(crlf.doc.articles.at(0).headline == "Harbour reopens");
    CHECK(paragraphs(crlf.doc.articles.at(0)) == Strings{"The harbour reopened.", "Ships sailed."});
    CHECK_FALSE(crlf.diag.has_warnings());

    auto latin = read("Caf\xE9 reopens\n\nLYON (AFP) - The caf\xE9 opened \x93" "again\x94.\n");
    CHECK(latin.doc.articles.at(0).headline == "Café reopens");
    CHECK(paragraphs(latin.doc.articles.at(0)) == Strings{"The café opened “again”."});
    CHECK(latin.diag.has_warnings());
}

TEST_CASE("a charset declared outside the bytes (HTTP Content-Type) decodes them", "[dispatch]") {
    auto latin9 = read("Prix en \xA4 \xE0 Lyon\n\nLYON (AFP) - Le caf\xE9 co\xFBte 2 \xA4.\n", {}, "ISO-8859-15");
    CHECK(latin9.doc.articles.at(0).headline == "Prix en € à Lyon");
    CHECK(paragraphs(latin9.doc.articles.at(0)) == Strings{"Le café coûte 2 €."});
    CHECK_FALSE(latin9.diag.has_warnings());

    auto koi8 = read("\xF0\xD2\xC9\xD7\xC5\xD4\n\nMOSCOW (TASS) - Text.\n", {}, "KOI8-R");
    CHECK(koi8.doc.articles.at(0).headline == "Привет");

    auto unknown = read("Harbour reopens\n\nOSLO (NTB) - Ships sailed.\n", {}, "x-no-such-charset");
    CHECK(unknown.doc.articles.at(0).headline == "Harbour reopens");
    CHECK(unknown.diag.has_warnings());
}

TEST_CASE("hard-wrapped paragraphs are joined; indents start paragraphs", "[dispatch]") {
    auto indented = read(
        "Canal lock jams\n\n"
        "   ROTTERDAM (Reuters) - A lock gate on a busy canal jammed half\n"
        "open on Wednesday, holding up barges.\n"
        "   Divers found a cracked hinge on the lower gate, the agency\n"
        "said.\n");
    CHECK(paragraphs(indented.doc.articles.at(0)) ==
          Strings{"A lock gate on a busy canal jammed half open on Wednesday, holding up barges.",
                  "Divers found a cracked hinge on the lower gate, the agency said."});

    auto wrapped = read(
        "Canal lock jams\n\n"
        "ROTTERDAM (Reuters) - A lock gate on a busy canal jammed half open on\n"
        "Wednesday, holding up more than eighty barges with grain and fuel.\n\n"
        "Divers found a cracked hinge.\n");
    CHECK(paragraphs(wrapped.doc.articles.at(0)).at(0) ==
          "A lock gate on a busy canal jammed half open on Wednesday, holding up more than eighty barges with grain and fuel.");
}

TEST_CASE("bylines, captions before the dateline, and trailers", "[dispatch]") {
    auto r = read(
        "Town votes for microgrid\n\n"
        "By DANA WHITCOMB and LEE PARK\nAssociated Press\n\n"
        "A crowd fills the school gym in Millbrook.\n\n"
        "MILLBROOK, Vermont (AP) — Residents voted on Saturday.\n\n"
        "Work starts in June.\n\n"
        "(Reporting by Dana Whitcomb; Editing by Lee Park)\n\n"
        "###\n");
    const Article& a = r.doc.articles.at(0);
    CHECK(a.byline == "By DANA WHITCOMB and LEE PARK\nAssociated Press");
    REQUIRE(a.authors.size() == 2);
    CHECK(a.authors[0].name == "Dana Whitcomb");
    CHECK(a.authors[1].name == "Lee Park");
    CHECK(paragraphs(a) == Strings{"A crowd fills the school gym in Millbrook.", "Residents voted on Saturday.", "Work starts in June."});
    CHECK(a.dateline.place == "MILLBROOK");
    CHECK(a.dateline.region == "Vermont");
    CHECK(a.located.broader.at(0).name == "Vermont");
    const std::string* lead = find_extension(a.extensions, "dispatch", "lead-index");
    REQUIRE(lead);
    CHECK(*lead == "1");
    CHECK(a.trailer == "(Reporting by Dana Whitcomb; Editing by Lee Park)\n\n###");
}

TEST_CASE("end marks glued to the last sentence go to the trailer", "[dispatch]") {
    auto r = read("Tea harvest starts early\n\nKUNMING, Nov. 24 (Xinhua) -- Growers began picking. Enditem\n");
    const Article& a = r.doc.articles.at(0);
    CHECK(paragraphs(a) == Strings{"Growers began picking."});
    CHECK(a.trailer == "Enditem");
    CHECK(format_rfc3339(*a.dateline.date) == "2023-11-24");

    auto notes = read("Port deal\n\nOSLO (NTB) - A deal was signed.\n\n___\n\nAnna Berg in Oslo contributed.\n");
    CHECK(paragraphs(notes.doc.articles.at(0)) == Strings{"A deal was signed."});
    CHECK(notes.doc.articles.at(0).trailer == "___\n\nAnna Berg in Oslo contributed.");
}

TEST_CASE("a story without a dateline keeps every paragraph", "[dispatch]") {
    auto r = read("Jobs recover unevenly\n\nNevada, Arizona and Florida are furthest from their peak.\n\nOthers recovered.\n");
    const Article& a = r.doc.articles.at(0);
    CHECK(a.dateline.empty());
    CHECK(a.sources.empty());
    CHECK(paragraphs(a).size() == 2);
}

TEST_CASE("a given language wins over the guess; the guess needs enough text", "[dispatch]") {
    std::string text =
        "Harbour workers walk out\n\nREYKJAVIK (Nordic Wire) - The harbour workers said on Tuesday that the strike "
        "would go on until the port authority agreed to talks with the union and its members.\n";
    CHECK(read(text).doc.articles.at(0).language == "en");
    CHECK(read(text, "is").doc.articles.at(0).language == "is");
}

TEST_CASE("ids are derived from content: same text, same id", "[dispatch]") {
    std::string text = "Harbour reopens\n\nOSLO (NTB) - The harbour reopened.\n";
    std::string id = read(text).doc.articles.at(0).id;
    CHECK(id.starts_with("urn:uuid:"));
    CHECK(read(text).doc.articles.at(0).id == id);
    CHECK(read("Harbour reopens\n\nOSLO (NTB) - The harbour closed.\n").doc.articles.at(0).id != id);
}

TEST_CASE("form-feed lines separate stories in one file", "[dispatch]") {
    auto r = read("First\n\nOSLO (NTB) - One.\n\f\nSecond\n\nBERGEN (NTB) - Two.\n");
    REQUIRE(r.doc.articles.size() == 2);
    CHECK(r.doc.articles[1].headline == "Second");
    CHECK(r.doc.articles[1].dateline.place == "BERGEN");
}

TEST_CASE("input that is no dispatch is refused with a precise error", "[dispatch]") {
    auto error_of = [](std::string_view text) {
        try {
            read(text);
        } catch (const Error& e) {
            return e.format();
        }
        return std::string("no error");
    };
    CHECK(error_of("") == "story.txt: error: empty input: no headline, no story");
    CHECK(error_of("\n \n\t\n") == "story.txt: error: empty input: no headline, no story");
    CHECK(error_of("Head\nli\0ne"sv) == "story.txt:2:3: error: NUL byte: binary data, not a text dispatch");
    CHECK(error_of(std::string(2u << 20, 'x')) == "story.txt:1: error: line is longer than 1 MiB: not a text dispatch");
}

TEST_CASE("the dispatch sniffer", "[dispatch][detect]") {
    CHECK(sniff_dispatch("Headline\n\nBody") > sniff_dispatch("Just some text"));
    CHECK(sniff_dispatch("Just some text") > 0);
    CHECK(sniff_dispatch("<rss>") == 0);
    CHECK(sniff_dispatch("{\"a\": 1}") == 0);
    CHECK(sniff_dispatch("bin\x01\x02") == 0);
}
