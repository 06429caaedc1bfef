// The newsml1 reader's rules, one at a time, on small documents, and what
// the writer makes of articles from elsewhere.
#include <catch2/catch.hpp>

#include "newsml1/newsml1_reader.hpp"
#include "newsml1/newsml1_writer.hpp"
#include "report/error.hpp"
#include "support/options.hpp"
#include "time/datetime.hpp"

using namespace wirekit;

namespace {

Document read_doc(const std::string& xml, bool strict = false) {
    Diagnostics diag;
    ReadOptions ro = test::read_options(diag);
    ro.strict = strict;
    ro.reference_date = parse_rfc3339("2024-06-30");
    return read_newsml1(xml, ro);
}

const std::string identity =
    "<Identification><NewsIdentifier><ProviderId>p.example</ProviderId><DateId>20240101</DateId><NewsItemId>N1</NewsItemId>"
    "<RevisionId PreviousRevision=\"2\" Update=\"N\">3</RevisionId><PublicIdentifier>urn:newsml:p.example:20240101:N1:3</PublicIdentifier>"
    "</NewsIdentifier></Identification>"
    "<NewsManagement><NewsItemType FormalName=\"News\"/><FirstCreated>20240101T100000+0100</FirstCreated>"
    "<ThisRevisionCreated>20240101T110000+0100</ThisRevisionCreated><Status FormalName=\"Usable\"/></NewsManagement>";

std::string item(const std::string& component, const std::string& ids = identity) {
    return "<NewsItem>" + ids + "<NewsComponent>" + component + "</NewsComponent></NewsItem>";
}

std::string newsml(const std::string& items, const std::string& envelope = "<DateAndTime>20240101T120000Z</DateAndTime>") {
    return "<NewsML Version=\"1.2\"><NewsEnvelope>" + envelope + "</NewsEnvelope>" + items + "</NewsML>";
}

Article read_one(const std::string& component) {
    Document doc = read_doc(newsml(item(component)));
    REQUIRE(doc.articles.size() == 1);
    return doc.articles[0];
}

std::string text_item(const std::string& data, const std::string& format = "") {
    return "<ContentItem><MediaType FormalName=\"Text\"/>" + format + "<DataContent>" + data + "</DataContent></ContentItem>";
}

std::string first_text(const Article& a) {
    REQUIRE_FALSE(a.body.empty());
    REQUIRE_FALSE(a.body[0].inlines.empty());
    return a.body[0].inlines[0].text;
}

}  // namespace

TEST_CASE("newsml1: detected by its root, with or without NewsML 1.2's namespace", "[newsml1]") {
    CHECK(sniff_newsml1("<?xml version=\"1.0\"?>\n<NewsML Version=\"1.2\">") == 90);
    CHECK(sniff_newsml1("<NewsML xmlns=\"http://iptc.org/std/NewsML/2003-10-10/\">") == 95);
    CHECK(sniff_newsml1("<!DOCTYPE NewsML PUBLIC \"urn:newsml:iptc.org:20001006:NewsMLv1.0.dtd:1\" \"x.dtd\" [ <!ENTITY % nitf SYSTEM \"n.dtd\"> %nitf; ]><NewsML>") == 90);
    CHECK(sniff_newsml1("<newsMessage xmlns=\"http://iptc.org/std/nar/2006-10-01/\">") == 0);
    CHECK(sniff_newsml1("<nitf>") == 0);
}

TEST_CASE("newsml1: another root, or no NewsItem, is refused", "[newsml1]") {
    CHECK_THROWS_WITH(read_doc("<nitf/>"), "root element <nitf> is not NewsML 1.x (expected NewsML)");
    CHECK_THROWS_WITH(read_doc(newsml("")), "the NewsML document holds no NewsItem");
}

TEST_CASE("newsml1: identification, management and the envelope", "[newsml1]") {
    Document doc = read_doc(newsml(item("", identity) + item("", identity),
                                   "<TransmissionId>7</TransmissionId><DateAndTime>20240101T120000Z</DateAndTime>"
                                   "<NewsProduct FormalName=\"A\"/><NewsProduct FormalName=\"B\"/><Priority FormalName=\"3\"/>"));
    REQUIRE(doc.articles.size() == 2);
    const Article& a = doc.articles[0];
    CHECK(a.id == "urn:newsml:p.example:20240101:N1");
    CHECK(a.version == "3");
    CHECK(format_rfc3339(*a.first_created) == "2024-01-01T10:00:00+01:00");
    CHECK(format_rfc3339(*a.version_created) == "2024-01-01T11:00:00+01:00");
    CHECK(a.pub_status == "usable");
    CHECK(a.priority == 3);
    CHECK(format_rfc3339(*doc.feed.updated) == "2024-01-01T12:00:00Z");
    CHECK(*find_extension(doc.feed.extensions, "newsml1", "news-product") == "A\nB");
    CHECK(*find_extension(doc.feed.extensions, "newsml1", "transmission-id") == "7");
}

TEST_CASE("newsml1: a PublicIdentifier without the item's id (Belga's) gives way to the parts", "[newsml1]") {
    std::string belga =
        "<Identification><NewsIdentifier><ProviderId>belga.be</ProviderId><DateId>20190129T133400</DateId><NewsItemId>98055798</NewsItemId>"
        "<RevisionId PreviousRevision=\"0\" Update=\"N\">4</RevisionId><PublicIdentifier>urn:newsml:www.belga.be</PublicIdentifier>"
        "</NewsIdentifier></Identification><NewsManagement><NewsItemType FormalName=\"NEWS\"/><FirstCreated>20190129T124550</FirstCreated>"
        "<ThisRevisionCreated>20190129T133400</ThisRevisionCreated><Status FormalName=\"USABLE\"/></NewsManagement>";
    std::string doc = newsml(item(text_item("x"), belga));
    CHECK(read_doc(doc).articles[0].id == "urn:newsml:belga.be:20190129T133400:98055798");
    CHECK_THROWS_WITH(read_doc(doc, true), Catch::Contains("(--strict)"));
}

TEST_CASE("newsml1: the NewsLines and metadata of the components on the body's path", "[newsml1]") {
    Article a = read_one(
        "<NewsLines><HeadLine>Outer</HeadLine><CreditLine>Wire</CreditLine></NewsLines>"
        "<NewsComponent><Role FormalName=\"Main\"/><NewsLines><Headline>Inner</Headline><ByLine>By Ann Lee</ByLine>"
        "<ByLineTitle>Staff</ByLineTitle><DateLine>OSLO, Jan 1 (W) -</DateLine><KeywordLine>k</KeywordLine></NewsLines>"
        "<DescriptiveMetadata><Language FormalName=\"en\"/><SubjectCode><SubjectMatter FormalName=\"15054000\"/></SubjectCode>"
        "<Location><Property FormalName=\"City\" Value=\"Oslo\"/><Property FormalName=\"Country\" Value=\"NOR\"/></Location>"
        "</DescriptiveMetadata>" +
        text_item("<p>The lead.</p>") + "</NewsComponent>");
    CHECK(a.headline == "Inner");  // the component nearer the body wins; "Headline" in any case
    CHECK(a.creditline == "Wire");
    CHECK(a.byline == "By Ann Lee\nStaff");
    CHECK(a.dateline.text == "OSLO, Jan 1 (W)");
    CHECK(*find_extension(a.extensions, "dispatch", "dateline-separator") == " - ");
    CHECK(a.keywords == std::vector<std::string>{"k"});
    CHECK(a.language == "en");
    REQUIRE(a.subjects.size() == 1);
    CHECK(a.subjects[0].scheme == "subj");
    CHECK(a.located.name == "Oslo");
    CHECK(a.located.broader[0].code == "NOR");
    CHECK(first_text(a) == "The lead.");
}

TEST_CASE("newsml1: the body as NITF, XHTML, HTML in CDATA, markup in text or plain text", "[newsml1]") {
    CHECK(first_text(read_one(text_item("<nitf><body><body.content><p>NITF</p></body.content></body></nitf>"))) == "NITF");
    CHECK(first_text(read_one(text_item("<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title/></head><body><p>XHTML</p></body></html>"))) ==
          "XHTML");
    CHECK(first_text(read_one(text_item("<![CDATA[<P>HTML</P>]]>", "<Format FormalName=\"HTML\"/>"))) == "HTML");
    CHECK(first_text(read_one(text_item("Steven &lt;b&gt;Van Geel&lt;/b&gt; gaf"))) == "Steven ");
    Article escaped = read_one(text_item("<![CDATA[<nitf><body><body.head><hedline><hl1>Head</hl1></hedline></body.head>"
                                         "<body.content><p>Escaped NITF</p></body.content></body></nitf>]]>"));
    CHECK(escaped.headline == "Head");
    CHECK(first_text(escaped) == "Escaped NITF");
    Article plain = read_one(text_item("First line\n   second paragraph"));
    REQUIRE(plain.body.size() == 2);
}

TEST_CASE("newsml1: captions, media and a photo item", "[newsml1]") {
    Article a = read_one(
        "<NewsLines><HeadLine></HeadLine></NewsLines>"
        "<NewsComponent><Role FormalName=\"Caption\"/>" + text_item("Relatives mourn.") + "</NewsComponent>"
        "<NewsComponent><Role FormalName=\"main\"/><ContentItem Href=\"p.jpg\"><MediaType FormalName=\"Photo\"/>"
        "<Format FormalName=\"image/jpeg\"/><Characteristics><SizeInBytes>10</SizeInBytes><Property FormalName=\"Width\" Value=\"30\"/>"
        "</Characteristics></ContentItem></NewsComponent>");
    CHECK(a.type == "picture");
    REQUIRE(a.media.size() == 1);
    CHECK(a.media[0].url == "p.jpg");
    CHECK(a.media[0].mime_type == "image/jpeg");
    CHECK(a.media[0].bytes == 10);
    CHECK(a.media[0].width == 30);
    CHECK(a.media[0].caption == "Relatives mourn.");
    CHECK(first_text(a) == "Relatives mourn.");
    // Written back, the caption is the caption again and the item a picture.
    Diagnostics diag;
    Document doc;
    doc.articles.push_back(a);
    Document back = read_doc(write_newsml1(doc, test::write_options(diag)));
    CHECK(back.articles[0] == a);
}

TEST_CASE("newsml1 writer: ids of other formats, and several articles", "[newsml1]") {
    Diagnostics diag;
    WriteOptions wo = test::write_options(diag);
    wo.now = parse_rfc3339("2024-06-30T12:00:00Z");
    Document doc;
    doc.articles.resize(2);
    doc.articles[0].id = "tag:ap.org,2011:b6d5";  // a URI: the PublicIdentifier as it is
    doc.articles[0].headline = "One";
    doc.articles[1].id = "LCW-0042";  // no URI: made one
    doc.articles[1].headline = "Two";
    doc.articles[1].provider = "Lakeside";
    std::string xml = write_newsml1(doc, wo);
    CHECK(xml.find("<PublicIdentifier>tag:ap.org,2011:b6d5:1</PublicIdentifier>") != std::string::npos);
    CHECK(xml.find("<PublicIdentifier>urn:newsml:Lakeside:20240630:LCW-0042:1</PublicIdentifier>") != std::string::npos);
    Document back = read_doc(xml);
    REQUIRE(back.articles.size() == 2);
    CHECK(back.articles[0].id == "tag:ap.org,2011:b6d5");
    CHECK(back.articles[1].id == "urn:newsml:Lakeside:20240630:LCW-0042");
    CHECK_THROWS_WITH(write_newsml1(Document{}, wo), "no article to write: a NewsML document needs at least one NewsItem");
}
