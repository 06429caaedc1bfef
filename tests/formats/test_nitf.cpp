// The nitf reader's rules, one at a time, on small documents, and the
// writer's refusals.
#include <catch2/catch.hpp>

#include "nitf/nitf_reader.hpp"
#include "nitf/nitf_writer.hpp"
#include "report/error.hpp"
#include "support/options.hpp"
#include "time/datetime.hpp"

using namespace wirekit;

namespace {

Article read_one(const std::string& xml, bool strict = false) {
    Diagnostics diag;
    ReadOptions ro = test::read_options(diag);
    ro.strict = strict;
    ro.reference_date = parse_rfc3339("2024-06-30");
    Document doc = read_nitf(xml, ro);
    REQUIRE(doc.articles.size() == 1);
    return doc.articles[0];
}

std::string nitf(const std::string& head, const std::string& body) {
    return "<nitf><head>" + head + "</head><body>" + body + "</body></nitf>";
}

std::string refusal(const std::string& xml, bool strict) {
    try {
        read_one(xml, strict);
    } catch (const Error& e) {
        return e.what();
    }
    return {};
}

}  // namespace

TEST_CASE("nitf: detected by its root, with or without NITF's namespace", "[nitf]") {
    CHECK(sniff_nitf("<?xml version=\"1.0\"?><nitf xmlns=\"http://iptc.org/std/NITF/2006-10-18/\">") == 95);
    CHECK(sniff_nitf("<!DOCTYPE nitf SYSTEM \"../dtd/nitf-3-2.dtd\"><nitf version=\"-//IPTC//DTD NITF 3.2//EN\">") == 90);
    CHECK(sniff_nitf("<x:nitf xmlns:x=\"urn:other\">") == 40);
    CHECK(sniff_nitf("<NewsML Version=\"1.2\">") == 0);
    CHECK(sniff_nitf("<newsItem xmlns=\"http://iptc.org/std/nar/2006-10-01/\">") == 0);
}

TEST_CASE("nitf: another root is refused, naming it", "[nitf]") {
    CHECK(refusal("<html><body/></html>", false) == "root element <html> is not NITF (expected nitf)");
}

TEST_CASE("nitf: head and body.head give the display lines", "[nitf]") {
    Article a = read_one(nitf("<title>Title</title>",
                              "<body.head><hedline><hl1>Head</hl1><hl2>Sub</hl2></hedline>"
                              "<byline>By<person>JANE ROE</person><byttl>Staff Writer</byttl></byline>"
                              "<distributor><org>Wire</org></distributor><abstract><p>One.</p><p>Two.</p></abstract></body.head>"
                              "<body.content><p>Text.</p></body.content><body.end><tagline>Line<br/>two</tagline></body.end>"));
    CHECK(a.headline == "Head");
    CHECK(a.subheadline == "Sub");
    CHECK(a.byline == "By JANE ROE\nStaff Writer");
    REQUIRE(a.authors.size() == 1);
    CHECK(a.authors[0].name == "JANE ROE");
    CHECK(a.provider == "Wire");
    CHECK(a.summary == "One.\nTwo.");
    CHECK(a.trailer == "Line\ntwo");
    // No hedline: the title is the headline.
    CHECK(read_one(nitf("<title>Only the title</title>", "<body.content><p>x</p></body.content>")).headline == "Only the title");
}

TEST_CASE("nitf: docdata's identity, dates and status", "[nitf]") {
    Article a = read_one(nitf("<docdata management-status=\"Withheld\"><doc-id id-string=\"X-1\"/><urgency ed-urg=\"3\"/>"
                              "<date.issue norm=\"20240611T091500+0200\"/><date.release norm=\"20240611T120000+0200\"/>"
                              "<du-key key=\"k\" version=\"4\"/><ed-msg info=\"Note.\"/><key-list><keyword key=\"a\"/></key-list>"
                              "<doc.copyright holder=\"Wire\" year=\"2024\"/></docdata>",
                              "<body.content><p>x</p></body.content>"));
    CHECK(a.id == "X-1");
    CHECK(a.version == "4");
    CHECK(a.urgency == 3);
    CHECK(a.pub_status == "withheld");
    CHECK(format_rfc3339(*a.first_created) == "2024-06-11T09:15:00+02:00");
    // Released after it was issued: an embargo.
    CHECK(format_rfc3339(*a.embargoed) == "2024-06-11T12:00:00+02:00");
    CHECK(a.editor_note == "Note.");
    CHECK(a.keywords == std::vector<std::string>{"a"});
    CHECK(a.copyright.holder == "Wire");
    // Released when issued: no embargo, the date is kept for a NITF writer.
    Article same = read_one(nitf("<docdata><date.issue norm=\"20240611T0915Z\"/><date.release norm=\"20240611T0915Z\"/></docdata>",
                                 "<body.content><p>x</p></body.content>"));
    CHECK_FALSE(same.embargoed);
    CHECK(*find_extension(same.extensions, "nitf", "date.release@norm") == "20240611T0915Z");
}

TEST_CASE("nitf: subject codes, genres and identified content", "[nitf]") {
    Article a = read_one(nitf("<tobject><tobject.property tobject.property.type=\"Analysis\"/>"
                              "<tobject.subject tobject.subject.refnum=\"15054000\" tobject.subject.type=\"Sport\" tobject.subject.matter=\"soccer\"/>"
                              "<tobject.subject tobject.subject.ipr=\"EFE\" tobject.subject.refnum=\"F01\"/></tobject>"
                              "<docdata><identified-content><person value=\"p1\" idsrc=\"ids\">Ann Lee</person><org>Club</org>"
                              "<classifier idsrc=\"x\" value=\"y\">Z</classifier></identified-content></docdata>",
                              "<body.content><p>x</p></body.content>"));
    REQUIRE(a.genres.size() == 1);
    CHECK(a.genres[0].code == "Analysis");
    REQUIRE(a.subjects.size() == 5);
    CHECK(a.subjects[0].scheme == "subj");
    CHECK(a.subjects[0].code == "15054000");
    CHECK(a.subjects[0].name == "soccer");
    CHECK(a.subjects[0].uri == "http://cv.iptc.org/newscodes/subjectcode/15054000");
    CHECK(a.subjects[1].scheme == "EFE");
    CHECK(a.subjects[2].kind == "person");
    CHECK(a.subjects[2].code == "p1");
    CHECK(a.subjects[3].kind == "organisation");
    CHECK(a.subjects[4].kind == "abstract");
}

TEST_CASE("nitf: the dateline from the element, the lead, or both", "[nitf]") {
    // The element's place opens the lead with more: the lead's form is taken out of it.
    Article ap = read_one(nitf("", "<body.head><dateline><location>NEW YORK</location></dateline></body.head>"
                                   "<body.content><p>NEW YORK (AP) \xE2\x80\x94 The gas.</p></body.content>"));
    CHECK(ap.dateline.text == "NEW YORK (AP)");
    CHECK(ap.dateline.credit == "AP");
    CHECK(ap.body[0].inlines[0].text == "The gas.");
    // Only a machine date in story.date: the dateline opening the lead, the date from norm.
    Article efe = read_one(nitf("", "<body.head><dateline><story.date norm=\"20170102T222800+0000\">20170102T222800+0000</story.date>"
                                    "</dateline></body.head><body.content><p>Tegucigalpa, Jan 2 (EFE).- Test.</p></body.content>"));
    CHECK(efe.dateline.text == "Tegucigalpa, Jan 2 (EFE)");
    CHECK(format_rfc3339(*efe.dateline.date) == "2017-01-02T22:28:00Z");
    // A city and a state in the markup; plain words are a place.
    Article city = read_one(nitf("", "<body.head><dateline><location><city>Newport News</city>, <state>VA</state></location>"
                                     "</dateline></body.head><body.content><p>x</p></body.content>"));
    CHECK(city.dateline.text == "Newport News, VA");
    CHECK(city.dateline.place == "Newport News");
    CHECK(city.dateline.region == "VA");
    CHECK(read_one(nitf("", "<body.head><dateline>Oslo</dateline></body.head><body.content><p>x</p></body.content>")).dateline.place ==
          "Oslo");
    // Parts written without space between them are words of their own.
    Article paris = read_one(nitf("", "<body.head><dateline><location><city>PARIS</city><country>France</country></location>"
                                      "</dateline></body.head><body.content><p>x</p></body.content>"));
    CHECK(paris.dateline.text == "PARIS France");
    CHECK(paris.dateline.region == "France");
}

TEST_CASE("nitf: tables, media and blocks in body.content", "[nitf]") {
    Article a = read_one(nitf("", "<body.content><block><hl2>Head</hl2><table><tr><th>A</th></tr><tr><td>1</td></tr></table></block>"
                                  "<media media-type=\"image\"><media-reference source=\"p.jpg\" mime-type=\"image/jpeg\" width=\"10\"/>"
                                  "<media-caption>Cap</media-caption><media-producer>By me</media-producer></media></body.content>"));
    REQUIRE(a.body.size() == 2);
    CHECK(a.body[0].kind == Block::Kind::heading);
    CHECK(a.body[1].kind == Block::Kind::table);
    REQUIRE(a.media.size() == 1);
    CHECK(a.media[0].url == "p.jpg");
    CHECK(a.media[0].width == 10);
    CHECK(a.media[0].caption == "Cap");
    CHECK(a.media[0].credit == "By me");
}

TEST_CASE("nitf: what the reader forgives is an error with --strict", "[nitf]") {
    std::string extended = nitf("<docdata><doc-id id-string=\"x\"/><date.issue norm=\"2016-05-12T00:05:13+02:00\"/></docdata>",
                                "<body.content><p>x</p></body.content>");
    CHECK(read_one(extended).first_created);
    CHECK(refusal(extended, true).starts_with("a norm date in ISO 8601's extended form"));
    std::string no_id = nitf("", "<body.content><p>x</p></body.content>");
    CHECK(read_one(no_id).id.starts_with("urn:uuid:"));
    CHECK(refusal(no_id, true) == "no doc-id: an id was derived from the content (--strict)");
    std::string bad_urgency = nitf("<docdata><doc-id id-string=\"x\"/><urgency ed-urg=\"12\"/></docdata>", "");
    CHECK_FALSE(read_one(bad_urgency).urgency);
}

TEST_CASE("nitf writer: one article a document", "[nitf]") {
    Diagnostics diag;
    WriteOptions wo = test::write_options(diag);
    Document two;
    two.articles.resize(2);
    two.articles[0].headline = two.articles[1].headline = "H";
    CHECK_THROWS_WITH(write_nitf(two, wo), "a NITF document holds one article and the input has 2: write each to a file of its own with -o FOLDER/ --split");
    CHECK_THROWS_WITH(write_nitf(Document{}, wo), "no article to write: a NITF document holds one");
}
