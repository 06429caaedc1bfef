#include <catch2/catch.hpp>

#include "atom/atom_reader.hpp"
#include "atom/atom_writer.hpp"
#include "formats/test_feed_checks.hpp"
#include "support/options.hpp"
#include "time/datetime.hpp"

using namespace wirekit;

namespace {

WriteOptions options(Diagnostics& diag) {
    WriteOptions wo = test::write_options(diag);
    wo.now = parse_rfc3339("2024-07-01T12:00:00Z");
    wo.variants = {std::string(round_trip_variant)};  // these tests read the output back whole
    return wo;
}

bool contains(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }

Article entry() {
    Article a;
    a.id = "tag:valley.example,2024:1";
    a.url = "https://valley.example/news/1";
    a.headline = "Flood barrier tested";
    a.summary = "The barrier held.";
    Block p;
    p.inlines.push_back({Inline::Kind::text, "The barrier ", {}, {}});
    p.inlines.push_back({Inline::Kind::strong, {}, {}, {{Inline::Kind::text, "held", {}, {}}}});
    a.body.push_back(p);
    a.published = parse_rfc3339("2024-04-01T18:30:00+02:00");
    a.updated = parse_rfc3339("2024-04-02T09:00:00+02:00");
    a.authors = {{"Valley Desk", "author", "https://valley.example/about", "desk@valley.example"}};
    a.subjects = {{"https://valley.example/topics", "weather", "", "Weather", "", {}}};
    return a;
}

}  // namespace

TEST_CASE("atom writer: Atom output is valid and carries the entry fields", "[atom][writer]") {
    Diagnostics diag;
    Document doc;
    doc.feed.id = "tag:valley.example,2024:news";
    doc.feed.title = "Valley News";
    doc.feed.updated = parse_rfc3339("2024-04-02T10:00:00Z");
    doc.feed.language = "en";
    doc.articles.push_back(entry());
    doc.articles[0].language = "en";
    std::string out = write_atom(doc, options(diag));
    CHECK(test::atom_schema_errors(out) == "");
    CHECK(contains(out, "<updated>2024-04-02T09:00:00+02:00</updated>"));
    CHECK(contains(out, "<published>2024-04-01T18:30:00+02:00</published>"));
    CHECK(contains(out, R"(<category term="weather" scheme="https://valley.example/topics" label="Weather" />)"));
    CHECK(contains(out, R"(<content type="html">&lt;p&gt;The barrier &lt;strong&gt;held&lt;/strong&gt;&lt;/p&gt;</content>)"));
    CHECK_FALSE(contains(out, "wk:"));
    CHECK(read_atom(out, test::read_options(diag)) == doc);
}

TEST_CASE("atom writer: the xhtml variant writes XHTML content", "[atom][writer]") {
    Diagnostics diag;
    Document doc;
    doc.articles.push_back(entry());
    WriteOptions wo = options(diag);
    wo.variants.emplace_back("xhtml");
    std::string out = write_atom(doc, wo);
    CHECK(test::atom_schema_errors(out) == "");
    CHECK(contains(out, R"(<content type="xhtml">)"));
    CHECK(contains(out, R"(<div xmlns="http://www.w3.org/1999/xhtml">)"));
    CHECK(read_atom(out, test::read_options(diag)).articles == doc.articles);
}

TEST_CASE("atom writer: id, title, updated and author are derived deterministically when missing", "[atom][writer]") {
    Diagnostics diag;
    Document doc;
    Article a;
    a.headline = "Lock gate fails";
    a.provider = "Reuters";
    Block p;
    p.inlines.push_back({Inline::Kind::text, "A lock gate jammed.", {}, {}});
    a.body.push_back(p);
    doc.articles.push_back(a);
    std::string out = write_atom(doc, options(diag));
    CHECK(test::atom_schema_errors(out) == "");
    CHECK(contains(out, "<id>urn:uuid:"));
    CHECK(contains(out, "<updated>2024-07-01T12:00:00Z</updated>"));  // WriteOptions::now
    CHECK(contains(out, "<name>Reuters</name>"));
    CHECK(write_atom(doc, options(diag)) == out);
    CHECK(read_atom(out, test::read_options(diag)) == doc);  // each derived value is marked
    SECTION("the feed's updated is its latest entry when it has dates") {
        doc.articles[0].published = parse_rfc3339("2024-03-01T08:00:00+01:00");
        std::string dated = write_atom(doc, options(diag));
        CHECK(contains(dated, "<updated>2024-03-01T08:00:00+01:00</updated>"));
        CHECK(read_atom(dated, test::read_options(diag)) == doc);
    }
}

TEST_CASE("atom writer: values the Atom schema refuses stay out of Atom's elements but read back", "[atom][writer]") {
    Diagnostics diag;
    Document doc;
    doc.feed.language = "en_US";  // not a language tag
    Article a = entry();
    a.authors = {{"", "photographer", "", "not an address"}};
    a.links = {{"related", "https://valley.example/x", "not a media type", "", "", {}}, {"", "", "", "empty", "", {}}};
    a.published = parse_rfc3339("2024-04-01");
    a.extensions = {{"rss", "{}cloud", "<cloud domain=\"x\"/>"}, {"atom", "{urn:geo}point", "<g:point xmlns:g=\"urn:geo\">1 2</g:point>"},
                    {"atom", "{http://www.w3.org/2005/Atom}link", "<link bogus=\"1\" xmlns=\"http://www.w3.org/2005/Atom\"/>"}};
    doc.articles.push_back(a);
    std::string out = write_atom(doc, options(diag));
    CHECK(test::atom_schema_errors(out) == "");
    CHECK(contains(out, R"(<g:point xmlns:g="urn:geo">1 2</g:point>)"));
    CHECK(contains(out, R"(<wk:extension format="rss" key="{}cloud">)"));
    CHECK(read_atom(out, test::read_options(diag)) == doc);
}
