// The NewsML-G2 reader: roots, leniency (and what it says it forgave), QCodes,
// the kinds of body, packages and messages.
#include <catch2/catch.hpp>

#include "newsml/newsml_reader.hpp"
#include "report/error.hpp"
#include "support/options.hpp"
#include "time/datetime.hpp"

using namespace wirekit;

namespace {

const std::string g2 = "http://iptc.org/std/nar/2006-10-01/";

Document read(const std::string& xml, Diagnostics& diag, bool strict = false) {
    ReadOptions ro = test::read_options(diag, "item.xml");
    ro.reference_date = parse_rfc3339("2024-06-30");
    ro.strict = strict;
    return read_newsml(xml, ro);
}

Article read_one(const std::string& xml) {
    Diagnostics diag;
    Document doc = read(xml, diag);
    REQUIRE(doc.articles.size() == 1);
    return doc.articles.front();
}

// A newsItem around META (inside contentMeta) and CONTENT (inside contentSet).
std::string item(const std::string& meta, const std::string& content = {}, const std::string& item_meta = {}) {
    return "<newsItem xmlns=\"" + g2 + "\" guid=\"urn:test:1\" version=\"2\" standard=\"NewsML-G2\" standardversion=\"2.35\">"
           "<itemMeta><itemClass qcode=\"ninat:text\"/><provider literal=\"Test Wire\"/>"
           "<versionCreated>2024-03-12T08:00:00Z</versionCreated>" + item_meta + "</itemMeta>"
           "<contentMeta>" + meta + "</contentMeta><contentSet>" + content + "</contentSet></newsItem>";
}

std::string first_paragraph(const Article& a) {
    REQUIRE_FALSE(a.body.empty());
    REQUIRE_FALSE(a.body.front().inlines.empty());
    return a.body.front().inlines.front().text;
}

bool noted(const Diagnostics& diag, const std::string& part) {
    for (const auto& d : diag.all())
        if (d.message.find(part) != std::string::npos) return true;
    return false;
}

}  // namespace

TEST_CASE("newsml: the fields of a newsItem", "[newsml][reader]") {
    Article a = read_one(item(
        "<urgency>3</urgency><contentCreated>2024-03-12</contentCreated><contentModified>2024-03-12T09:00:00+01:00</contentModified>"
        "<located qcode=\"geo:rkv\"><name>Reykjavik</name><broader type=\"loctyp:Country\"><name>Iceland</name></broader></located>"
        "<infoSource><name>Nordic Wire</name></infoSource><infoSource literal=\"Baltic Press\"/>"
        "<creator><name>Anna Keller</name></creator><contributor role=\"ctrol:editor\"><name>Jon Eide</name></contributor>"
        "<language tag=\"is\"/><genre qcode=\"genre:Current\"/>"
        "<subject qcode=\"medtop:20000763\" type=\"cpnat:abstract\" relevance=\"80\"><name>energy</name></subject>"
        "<subject qcode=\"N2:ISL\" type=\"cpnat:geoArea\"/><subject uri=\"http://cv.iptc.org/newscodes/subjectcode/04005000\"/>"
        "<keyword>strike</keyword><keyword> </keyword><slugline>ICELAND-STRIKE/</slugline>"
        "<headline>Harbour strike enters day three</headline><headline role=\"hld:subHeadline\">Talks stall</headline>"
        "<dateline>REYKJAVIK, March 12 (Nordic Wire)</dateline><by>By Anna Keller</by><creditline>Nordic Wire</creditline>"
        "<description role=\"drol:summary\">Port workers stay out.</description>",
        "<inlineXML contenttype=\"application/xhtml+xml\"><html xmlns=\"http://www.w3.org/1999/xhtml\"><body>"
        "<p>Harbour workers walked out <em>again</em>.</p><p>Talks resume Friday.</p></body></html></inlineXML>"
        "<remoteContent href=\"https://wire.example/p.jpg\" rendition=\"rnd:highRes\" contenttype=\"image/jpeg\" width=\"800\" "
        "height=\"600\" size=\"12345\"/>",
        "<firstCreated>2024-03-12T07:00:00Z</firstCreated><embargoed>2024-03-12T10:00:00Z</embargoed><pubStatus qcode=\"stat:usable\"/>"
        "<edNote>Updates<br/>with quotes</edNote><signal qcode=\"sig:update\"/><altRep>https://wire.example/strike</altRep>"
        "<link rel=\"irel:seeAlso\" href=\"https://wire.example/\" title=\"Wire\"/>"));
    CHECK(a.id == "urn:test:1");
    CHECK(a.version == "2");
    CHECK(a.type == "text");
    CHECK(a.url == "https://wire.example/strike");
    CHECK(a.provider == "Test Wire");
    CHECK(format_rfc3339(*a.version_created) == "2024-03-12T08:00:00Z");
    CHECK(format_rfc3339(*a.first_created) == "2024-03-12T07:00:00Z");
    CHECK(format_rfc3339(*a.embargoed) == "2024-03-12T10:00:00Z");
    CHECK(format_rfc3339(*a.content_created) == "2024-03-12");
    CHECK(format_rfc3339(*a.updated) == "2024-03-12T09:00:00+01:00");
    CHECK(a.pub_status == "usable");
    CHECK(a.editor_note == "Updates\nwith quotes");
    CHECK(a.signals == std::vector<std::string>{"sig:update"});
    REQUIRE(a.links.size() == 1);
    CHECK(a.links[0] == link_to("irel:seeAlso", "https://wire.example/", "Wire"));
    CHECK(a.urgency == 3);
    CHECK(a.located.name == "Reykjavik");
    CHECK(a.located.code == "geo:rkv");
    CHECK(a.located.broader == std::vector<PlaceRef>{{"Iceland", "", "Country"}});
    CHECK(a.sources == std::vector<std::string>{"Nordic Wire", "Baltic Press"});
    REQUIRE(a.authors.size() == 2);
    CHECK(a.authors[0] == Person{"Anna Keller", "author", "", ""});
    CHECK(a.authors[1] == Person{"Jon Eide", "ctrol:editor", "", ""});
    CHECK(a.language == "is");
    REQUIRE(a.genres.size() == 1);
    CHECK(a.genres[0].uri == "http://cv.iptc.org/newscodes/genre/Current");
    REQUIRE(a.subjects.size() == 3);
    CHECK(a.subjects[0] == Concept{"medtop", "20000763", "http://cv.iptc.org/newscodes/mediatopic/20000763", "energy", "abstract", 80});
    CHECK(a.subjects[1] == Concept{"N2", "ISL", "", "", "place", std::nullopt});  // unknown alias: kept as it is
    CHECK(a.subjects[2].scheme == "subj");  // a URI under an IPTC scheme gets its QCode
    CHECK(a.subjects[2].code == "04005000");
    CHECK(a.keywords == std::vector<std::string>{"strike"});
    CHECK(a.slugline == "ICELAND-STRIKE/");
    CHECK(a.headline == "Harbour strike enters day three");
    CHECK(a.subheadline == "Talks stall");
    CHECK(a.dateline.text == "REYKJAVIK, March 12 (Nordic Wire)");
    CHECK(a.dateline.place == "REYKJAVIK");
    REQUIRE(a.dateline.date);
    CHECK(format_rfc3339(*a.dateline.date) == "2024-03-12");
    CHECK(a.byline == "By Anna Keller");
    CHECK(a.creditline == "Nordic Wire");
    CHECK(a.summary == "Port workers stay out.");
    REQUIRE(a.body.size() == 2);
    CHECK(first_paragraph(a) == "Harbour workers walked out ");
    REQUIRE(a.media.size() == 1);
    Media expected;
    expected.url = "https://wire.example/p.jpg";
    expected.mime_type = "image/jpeg";
    expected.rendition = "rnd:highRes";
    expected.width = 800;
    expected.height = 600;
    expected.bytes = 12345;
    CHECK(a.media[0] == expected);
}

TEST_CASE("newsml: lenient reading: no namespace, any order, loose dates, and a note for each", "[newsml][reader][lenient]") {
    std::string xml =
        "<newsItem guid=\"g1\" standard=\"NewsML-G2\" standardversion=\"2.10\">"
        "<contentMeta><Headline>  Loose\n  item </Headline><slugline></slugline><by/>"
        "<contentCreated>2017-10-11T10:41:00+0100</contentCreated></contentMeta>"
        "<itemMeta><itemClass qcode=\"icls:text\"/><provider literal=\"x\"/>"
        "<firstCreated>\n  2017-10-11T10:41:00  \n</firstCreated><embargoed></embargoed></itemMeta></newsItem>";
    Diagnostics diag;
    Document doc = read(xml, diag);
    REQUIRE(doc.articles.size() == 1);
    const Article& a = doc.articles[0];
    CHECK(a.headline == "Loose item");
    CHECK(a.slugline.empty());
    CHECK(a.byline.empty());
    CHECK_FALSE(a.embargoed);
    CHECK(format_rfc3339(*a.content_created) == "2017-10-11T10:41:00+01:00");
    CHECK(format_rfc3339(*a.first_created) == "2017-10-11T10:41:00");
    CHECK(a.version_created == a.content_created);  // versionCreated -> contentModified -> contentCreated
    CHECK(noted(diag, "no NewsML-G2 namespace"));
    CHECK(noted(diag, "+hhmm"));
    CHECK(noted(diag, "without a zone"));
    CHECK(noted(diag, "white space around a date-time"));
    CHECK(noted(diag, "no versionCreated"));
    CHECK_THROWS_AS(read(xml, diag, true), Error);  // --strict forgives nothing
}

TEST_CASE("newsml: roots that are not news items get a clear error", "[newsml][reader]") {
    Diagnostics diag;
    try {
        read("<knowledgeItem xmlns=\"" + g2 + "\" guid=\"k\" standard=\"NewsML-G2\" standardversion=\"2.35\"/>", diag);
        FAIL("no error");
    } catch (const Error& e) {
        CHECK(e.code() == Exit::data);
        CHECK(std::string(e.what()).find("knowledgeItem") != std::string::npos);
        CHECK(e.line() == 1);
    }
    CHECK_THROWS_WITH(read("<rss version=\"2.0\"><channel/></rss>", diag), Catch::Contains("<rss>") && Catch::Contains("not NewsML-G2"));
    CHECK_THROWS_WITH(read("<contentSet xmlns=\"" + g2 + "\"/>", diag), Catch::Contains("part of a NewsML-G2 item"));
}

TEST_CASE("newsml: a newsMessage gives its items; sent and priority are kept", "[newsml][reader]") {
    std::string xml = "<newsMessage xmlns=\"" + g2 + "\"><header><sent>2024-03-12T08:30:00Z</sent><sender>wire.example</sender>"
                      "<priority>2</priority><destination>A</destination><destination>B</destination></header><itemSet>" +
                      item("<headline>One</headline>") + item("<headline>Two</headline>") + "</itemSet></newsMessage>";
    Diagnostics diag;
    Document doc = read(xml, diag);
    REQUIRE(doc.articles.size() == 2);
    CHECK(doc.articles[1].headline == "Two");
    CHECK(doc.articles[0].priority == 2);
    CHECK(format_rfc3339(*doc.feed.updated) == "2024-03-12T08:30:00Z");
    CHECK(*find_extension(doc.feed.extensions, "newsml", "sender") == "wire.example");
    CHECK(*find_extension(doc.feed.extensions, "newsml", "destination") == "A\nB");
}

TEST_CASE("newsml: a packageItem's item references become links with their headlines", "[newsml][reader][package]") {
    std::string xml = "<packageItem xmlns=\"" + g2 + "\" guid=\"p1\" standard=\"NewsML-G2\" standardversion=\"2.35\">"
                      "<itemMeta><itemClass qcode=\"ninat:composite\"/><provider literal=\"x\"/>"
                      "<versionCreated>2024-01-01T00:00:00Z</versionCreated></itemMeta>"
                      "<groupSet root=\"G1\"><group id=\"G1\" role=\"group:main\"><itemRef residref=\"urn:a\" "
                      "contenttype=\"application/vnd.iptc.g2.newsitem+xml\"><headline>Story A</headline></itemRef>"
                      "<itemRef href=\"https://x.example/b\" title=\"Story B\"/></group></groupSet></packageItem>";
    Article a = read_one(xml);
    CHECK(a.type == "composite");
    REQUIRE(a.links.size() == 2);
    CHECK(a.links[0] == Link{"group:main", "urn:a", "application/vnd.iptc.g2.newsitem+xml", "Story A", "", {}});
    CHECK(a.links[1] == Link{"group:main", "https://x.example/b", "", "Story B", "", {}});
}

TEST_CASE("newsml: XHTML bodies: namespaced, inheriting the G2 namespace, upper case", "[newsml][reader][body]") {
    for (std::string html : {"<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>One</p><p>Two</p></body></html>",
                             "<html><body><p>One</p><p>Two</p></body></html>",
                             "<x:html xmlns:x=\"http://www.w3.org/1999/xhtml\"><x:body><x:p>One</x:p><x:p>Two</x:p></x:body></x:html>",
                             "<HTML><BODY><P>One</P><P>Two</P></BODY></HTML>", "<p>One</p>"}) {
        SECTION(html) {
            Article a = read_one(item("", "<inlineXML contenttype=\"xhtml/xml\">" + html + "</inlineXML>"));
            CHECK(first_paragraph(a) == "One");
        }
    }
}

TEST_CASE("newsml: a NITF body", "[newsml][reader][body][nitf]") {
    Article a = read_one(item(
        "", "<inlineXML contenttype=\"application/nitf+xml\"><nitf xmlns=\"http://iptc.org/std/NITF/2006-10-18/\"><body>"
            "<body.head><hedline><hl1>Head</hl1><hl2>Sub</hl2></hedline><byline>By A. Writer</byline></body.head>"
            "<body.content><block><p>First <em class=\"strong\">bold</em> <person>Ann</person>.</p><hl2>Section</hl2><p>Second</p></block>"
            "<media><media-reference source=\"x.jpg\"/></media></body.content>"
            "<body.end><tagline>(Reporting by A. Writer)</tagline></body.end></body></nitf></inlineXML>"));
    CHECK(a.headline == "Head");
    CHECK(a.subheadline == "Sub");
    CHECK(a.byline == "By A. Writer");
    REQUIRE(a.body.size() == 3);
    CHECK(a.body[0].inlines.at(1).kind == Inline::Kind::strong);
    CHECK(a.body[1].kind == Block::Kind::heading);
    CHECK(a.trailer == "(Reporting by A. Writer)");
}

TEST_CASE("newsml: plain text bodies: paragraphs by blank lines, indents or line breaks", "[newsml][reader][body]") {
    Article blank = read_one(item("", "<inlineData contenttype=\"text/plain\">One line\ncontinued.\n\nTwo.</inlineData>"));
    REQUIRE(blank.body.size() == 2);
    CHECK(first_paragraph(blank) == "One line continued.");
    Article indented = read_one(item("", "<inlineData>   One\nstill one.\n   Two\nstill two.</inlineData>"));
    REQUIRE(indented.body.size() == 2);
    CHECK(first_paragraph(indented) == "One still one.");
    Article lines = read_one(item("", "<inlineData>One\nTwo\nThree</inlineData>"));
    CHECK(lines.body.size() == 3);
}

TEST_CASE("newsml: a dateline the body marks or opens with", "[newsml][reader][dateline]") {
    Article span = read_one(item("", "<inlineXML><html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p><span class=\"dateline\">London "
                                     "<span class=\"credit\">(dpa)</span> - </span>Die Eintracht reist.</p></body></html></inlineXML>"));
    CHECK(span.dateline.text == "London (dpa)");
    CHECK(span.dateline.credit == "dpa");
    CHECK(first_paragraph(span) == "Die Eintracht reist.");
    CHECK(*find_extension(span.extensions, "dispatch", "dateline-separator") == " - ");

    Article lead = read_one(item("", "<inlineXML><html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>By Jane Doe</p>"
                                     "<p>WASHINGTON (Reuters) - Lawmakers <em>agreed</em> on Tuesday.</p></body></html></inlineXML>"));
    CHECK(lead.dateline.text == "WASHINGTON (Reuters)");
    CHECK(lead.located.name == "Washington");
    CHECK(lead.creditline == "Reuters");
    CHECK(lead.body[1].inlines.front().text == "Lawmakers ");
    CHECK(*find_extension(lead.extensions, "dispatch", "lead-index") == "1");

    // The element names the place; the lead repeats it with its credit.
    Article both = read_one(item("<dateline>FORT WASHINGTON, Pa.</dateline>",
                                 "<inlineXML><html><body><p>FORT WASHINGTON, Pa. (AP) _ Nutrisystem Inc. reported.</p></body></html></inlineXML>"));
    CHECK(both.dateline.text == "FORT WASHINGTON, Pa. (AP)");
    CHECK(first_paragraph(both) == "Nutrisystem Inc. reported.");
}

TEST_CASE("newsml: remote content becomes media, durations in seconds", "[newsml][reader][media]") {
    Article a = read_one(item("", "<remoteContent href=\"https://x.example/v.mp4\" contenttype=\"video/mp4\" duration=\"41\"/>"
                                  "<remoteContent residref=\"v2\" duration=\"1500\" durationunit=\"timeunit:milliseconds\"/>"
                                  "<remoteContent href=\"https://x.example/v3.mp4\" duration=\"00:01:05\"/>"));
    REQUIRE(a.media.size() == 3);
    CHECK(a.media[0].duration == 41.0);
    CHECK(a.media[1].url == "v2");
    CHECK(a.media[1].duration == 1.5);
    CHECK(a.media[2].duration == 65.0);
}

TEST_CASE("newsml: sniffing NewsML-G2", "[newsml][sniff]") {
    CHECK(sniff_newsml("<?xml version=\"1.0\"?>\n<!-- c -->\n<newsItem xmlns=\"" + g2 + "\" guid=\"x\">") == 95);
    CHECK(sniff_newsml("<g2:newsMessage xmlns:g2=\"" + g2 + "\">") == 95);
    CHECK(sniff_newsml("<packageItem xmlns='" + g2 + "'") == 95);
    CHECK(sniff_newsml("<newsItem standard=\"NewsML-G2\" guid=\"x\">") == 70);
    CHECK(sniff_newsml("<newsItem>") == 40);
    CHECK(sniff_newsml("<knowledgeItem xmlns=\"" + g2 + "\">") == 50);
    CHECK(sniff_newsml("<rss version=\"2.0\">") == 0);
    CHECK(sniff_newsml("<!DOCTYPE x [ <!ENTITY a \"b\"> ]><newsItem xmlns=\"" + g2 + "\">") == 95);
    CHECK(sniff_newsml("") == 0);
    CHECK(sniff_newsml("<") == 0);
    CHECK(sniff_newsml("<newsItem xmlns=\"") == 40);  // cut off: no namespace seen
    CHECK(sniff_newsml("Headline\n\nDUSHANBE (Sputnik) - text") == 0);
}
