// Every real dispatch in ../shared/corpus/dispatch: the dateline each one
// carries, and that writing it as a dispatch and reading it back gives the
// same article.
#include <catch2/catch.hpp>

#include "dispatch/dispatch_reader.hpp"
#include "dispatch/dispatch_writer.hpp"
#include "support/paths.hpp"
#include "time/datetime.hpp"

using namespace wirekit;

namespace {

struct Expected {
    const char* file;
    const char* place;
    const char* credit;
    const char* date;  // "" when the dateline names none (or there is no dateline)
};

// Dates without a year are dated against this reference, which also exercises
// the "never more than two days after" rule.
const DateTime reference = *parse_rfc3339("2024-06-30");

const Expected corpus[] = {
    {"de-dpa-london-german.txt", "London", "dpa", ""},
    {"en-afp-stockholm-full-date-newsml.txt", "STOCKHOLM", "AFP", "2014-08-29"},
    {"en-alcom-huntsville-hyphen.txt", "HUNTSVILLE", "", ""},
    {"en-ansa-credit-first-rome.txt", "Rome", "ANSA", "2023-10-11"},
    {"en-ap-buenosaires-anpa-underscore.txt", "BUENOS AIRES", "AP", ""},
    {"en-ap-newyork-emdash-nitf.txt", "NEW YORK", "AP", ""},
    {"en-bloomberg-jobs-no-dateline.txt", "", "", ""},
    {"en-cnn-via-fox13-washington.txt", "WASHINGTON", "CNN", ""},
    {"en-dpa-berlin-iptc7901-body.txt", "Berlin", "dpa", ""},
    {"en-dpa-tca-sandiego-byline-with-outlet.txt", "San Diego", "tca/dpa", ""},
    {"en-mlive-greenbay-double-hyphen.txt", "GREEN BAY", "", ""},
    {"en-reuters-corrected-jan3-no-place.txt", "", "Reuters", "2024-01-03"},
    {"en-reuters-gold-wire-indented-no-place.txt", "", "Reuters", "2024-01-30"},
    {"en-reuters-london-ebola.txt", "LONDON", "Reuters", ""},
    {"en-reuters-surabaya-jakarta-dual-dateline.txt", "SURABAYA", "Reuters", ""},
    {"en-reuters21578-portland-ore.txt", "PORTLAND", "", "2024-02-26"},
    {"en-spacenews-washington-emdash.txt", "WASHINGTON", "", ""},
    {"en-urdupoint-app-peshawar.txt", "PESHAWAR", "APP - UrduPoint / Pakistan Point News", "2023-01-04"},
    {"en-xinhua-beijing-enditem.txt", "BEIJING", "Xinhua", "2023-11-24"},
    {"en-yonhap-seoul-abbrev-month.txt", "SEOUL", "Yonhap", "2023-08-20"},
    {"es-xinhua-elcairo-fin.txt", "EL CAIRO", "Xinhua", "2024-06-30"},
    {"ja-afpbb-lenticular-bracket.txt", "", "AFP", "2024-06-18"},
    {"lavrov-dushanbe-sputnik.txt", "DUSHANBE", "Pakistan Point News / Sputnik", "2023-06-06"},
    {"ru-ria-moscow-emdash-credit.txt", "МОСКВА", "РИА Новости", "2024-02-10"},
    {"zh-xinhua-beijing-dian.txt", "北京", "新华社", "2023-11-17"},
};

Document read_corpus_file(const std::string& name, Diagnostics& diag) {
    ReadOptions opts;
    opts.source = name;
    opts.reference_date = reference;
    opts.diag = &diag;
    return read_dispatch(test::read_file(test::shared_path("corpus/dispatch/" + name)), opts);
}

}  // namespace

TEST_CASE("every corpus dispatch yields its dateline", "[dispatch][corpus]") {
    for (const auto& e : corpus) {
        SECTION(e.file) {
            Diagnostics diag;
            Document doc = read_corpus_file(e.file, diag);
            REQUIRE(doc.articles.size() == 1);
            const Article& a = doc.articles[0];
            CHECK(!a.headline.empty());
            CHECK(!a.body.empty());
            CHECK(a.dateline.place == e.place);
            CHECK(a.dateline.credit == e.credit);
            CHECK((a.dateline.date ? format_rfc3339(*a.dateline.date) : std::string()) == e.date);
            CHECK(a.dateline.text.empty() == (std::string(e.place).empty() && std::string(e.credit).empty()));
        }
    }
}

TEST_CASE("every corpus dispatch reads back the same after writing", "[dispatch][corpus][roundtrip]") {
    for (const auto& e : corpus) {
        SECTION(e.file) {
            Diagnostics diag;
            Document first = read_corpus_file(e.file, diag);
            WriteOptions wo;
            wo.diag = &diag;
            std::string written = write_dispatch(first, wo);
            ReadOptions ro;
            ro.source = "written";
            ro.reference_date = reference;
            ro.diag = &diag;
            Document second = read_dispatch(written, ro);
            REQUIRE(second.articles.size() == 1);
            CHECK(second.articles[0].headline == first.articles[0].headline);
            CHECK(second.articles[0].body == first.articles[0].body);
            CHECK(second.articles[0].trailer == first.articles[0].trailer);
            CHECK(second.articles[0].byline == first.articles[0].byline);
            CHECK(second.articles[0].dateline == first.articles[0].dateline);
            CHECK(second == first);
            // Writing is a fixed point from then on.
            CHECK(write_dispatch(second, wo) == written);
        }
    }
}

TEST_CASE("the reference dispatch reads as documented", "[dispatch][corpus]") {
    Diagnostics diag;
    Document doc = read_corpus_file("lavrov-dushanbe-sputnik.txt", diag);
    REQUIRE(doc.articles.size() == 1);
    const Article& a = doc.articles[0];
    CHECK(a.headline == "Lavrov Says Dialogue With Taliban In Economic, Security Interests Of Region");
    CHECK(a.dateline.text == "DUSHANBE (Pakistan Point News / Sputnik - 06th June, 2023)");
    CHECK(a.dateline.place == "DUSHANBE");
    CHECK(a.dateline.credit == "Pakistan Point News / Sputnik");
    REQUIRE(a.dateline.date);
    CHECK(format_rfc3339(*a.dateline.date) == "2023-06-06");
    CHECK(a.sources == std::vector<std::string>{"Pakistan Point News", "Sputnik"});
    CHECK(a.creditline == "Pakistan Point News / Sputnik");
    CHECK(a.located.name == "Dushanbe");
    REQUIRE(a.body.size() == 6);
    CHECK(a.body[0].inlines.at(0).text.starts_with("Building a dialogue"));
    CHECK(a.language == "en");
    CHECK(a.id.starts_with("urn:uuid:"));
    WriteOptions wo;
    wo.diag = &diag;
    std::string original = test::read_file(test::shared_path("corpus/dispatch/lavrov-dushanbe-sputnik.txt"));
    std::string written = write_dispatch(doc, wo);
    // Byte for byte, bar the final newline the file lacks.
    CHECK(written == original + "\n");
}
