// The NewsML-G2 writer: every model field survives newsml -> newsml, the
// shapes G2 demands (zoned date-times, one-line fields, catalog aliases only),
// determinism. Schema validity is checked by xmllint (tests/newsml_tests.cmake).
#include <catch2/catch.hpp>

#include <pugixml.hpp>

#include "ids/qcode.hpp"
#include "model/media.hpp"
#include "newsml/newsml_reader.hpp"
#include "newsml/newsml_writer.hpp"
#include "support/options.hpp"
#include "time/datetime.hpp"

using namespace wirekit;

namespace {

DateTime date(const char* text) { return *parse_rfc3339(text); }
Inline text(std::string s) { return Inline{Inline::Kind::text, std::move(s), {}, {}}; }
Inline span(Inline::Kind kind, std::vector<Inline> children, std::string href = {}) {
    return Inline{kind, {}, std::move(href), std::move(children)};
}
Block paragraph(std::vector<Inline> inlines) { return Block{Block::Kind::paragraph, 0, false, std::move(inlines), {}}; }

// Every field of the model filled, in shapes HTML can carry.
Article full_article() {
    Article a;
    a.id = "urn:uuid:6f1c1b1e-8f0b-4f7e-9d3a-1c2b3d4e5f60";
    a.version = "3";
    a.type = "text";
    a.url = "https://news.example.com/2023/06/06/dushanbe";
    a.headline = "Tajikistan, Pakistan sign accord";
    a.subheadline = "Energy and transit";
    a.slugline = "TAJIKISTAN-PAKISTAN/";
    a.summary = "The two countries signed an accord.\nIt covers power lines.";
    a.byline = "By Jane Doe\nand John Roe";
    a.body = {Block{Block::Kind::heading, 3, false, {text("Heading")}, {}},
              paragraph({text("Plain, "), span(Inline::Kind::emphasis, {text("emphasised "), span(Inline::Kind::strong, {text("strong")})}),
                         text(" and a "), span(Inline::Kind::link, {text("link")}, "https://example.com/a?b=1&c=2"),
                         Inline{Inline::Kind::line_break, {}, {}, {}}, text("after the break.")}),
              Block{Block::Kind::quote, 0, false, {}, {paragraph({text("\"Quoted\" <words> & more.")})}},
              Block{Block::Kind::list, 0, true, {}, {Block{Block::Kind::list_item, 0, false, {}, {paragraph({text("one")})}}}},
              Block{Block::Kind::preformatted, 0, false, {text("col1\tcol2\n  indented")}, {}},
              Block{Block::Kind::rule, 0, false, {}, {}},
              paragraph({text("Ünïcödé — “quotes”, 新闻, خبر.")})};
    a.trailer = "(Reporting by Jane Doe;\nEditing by John Roe)\n\n(c) Example";
    a.dateline = {"DUSHANBE (Sputnik - 06th June, 2023)", "DUSHANBE", "Tajikistan", date("2023-06-06"), "Sputnik"};
    a.located = {"Dushanbe", "TJ-DU", {{"Tajikistan", "iso3166-1a2:TJ", "country"}, {"Asia", "", "continent"}}};
    a.creditline = "Sputnik";
    a.provider = "Pakistan Point News";
    a.sources = {"Sputnik", "APP"};
    a.authors = {{"Jane Doe", "writer", "https://example.com/jane", "jane@example.com"},
                 {"John Roe", "contributor", "ex:roe", ""},
                 {"Ann Lee", "author", "", ""}};
    a.copyright = {"Example News", "© 2023 Example News", "For subscribers only"};
    a.first_created = date("2023-06-06T10:00:00Z");
    a.version_created = date("2023-06-06T10:30:00.250+05:00");
    a.content_created = date("2023-06-06T09:59:59");
    a.published = date("2023-06-06T10:31:00-03:30");
    a.updated = date("2023-06-06T12:00:00Z");
    a.embargoed = date("2023-06-07");
    a.language = "en-GB";
    a.urgency = 3;
    a.priority = 5;
    a.pub_status = "usable";
    a.signals = {"update", "sig:correction", "edStat:U"};
    a.editor_note = "Corrects spelling\n\nof a name";
    a.genres = {{"genre", "Current", "http://cv.iptc.org/newscodes/genre/Current", "Current", "abstract", std::nullopt}};
    a.subjects = {{"medtop", "20000763", "http://cv.iptc.org/newscodes/mediatopic/20000763", "energy", "abstract", 90},
                  {"N2", "ENER", "", "Energy (Reuters)", "", std::nullopt},
                  {"", "", "https://example.com/topics/power", "power", "event", std::nullopt},
                  {"", "", "", "Shehbaz Sharif", "person", 0}};
    a.keywords = {"energy", "transit"};
    // A picture (written as an item of a package, with every field), a bare
    // file and a picture known only by its id.
    Media picture;
    picture.role = "main";
    picture.caption = "Caption";
    picture.credit = "Photo: X";
    picture.alt_text = "Two ministers";
    picture.title = "Ministers meet";
    picture.by = "Ann Example";
    picture.copyright = {"Example News", "(c) Example News", "Editorial use only"};
    set_renditions(picture, {{"rnd:highRes", "https://example.com/p.jpg", "image/jpeg", 1024, 768, 123456789012LL, std::nullopt},
                             {"thumb", "https://example.com/p-th.jpg", "image/jpeg", 256, 192, 2048, std::nullopt}});
    Media video;
    video.url = "https://example.com/v.mp4";
    video.mime_type = "video/mp4";
    video.role = "video";
    video.duration = 93.25;
    Media reference;
    reference.id = "urn:example:picture:9";
    reference.type = "picture";
    a.media = {picture, video, reference};
    a.links = {{"alternate", "https://example.com/amp", "text/html", "AMP version", "", {}}, {"irel:seeAlso", "item-42", "", "", "", {}}};
    a.extensions = {{"dispatch", "dateline-separator", " -- "}, {"json", "flag", ""}, {"rss", "x", "<a b=\"c\">\n\td</a>"}};
    return a;
}

WriteOptions options(Diagnostics& diag) {
    WriteOptions wo = test::write_options(diag);
    wo.now = parse_rfc3339("2024-06-30T12:00:00Z");
    wo.variants = {std::string(round_trip_variant)};  // these tests read the output back whole
    return wo;
}

Document read_back(const std::string& xml, Diagnostics& diag) { return read_newsml(xml, test::read_options(diag, "g2")); }

// The story's newsItem: the root, or the message's first newsItem (a package's text).
pugi::xml_node story_item(const pugi::xml_document& doc) {
    if (pugi::xml_node item = doc.child("newsItem")) return item;
    return doc.child("newsMessage").child("itemSet").child("newsItem");
}

pugi::xml_node content_meta(const pugi::xml_document& doc) { return story_item(doc).child("contentMeta"); }

}  // namespace

TEST_CASE("newsml: every field of the model survives newsml -> newsml", "[newsml][writer][roundtrip]") {
    Diagnostics diag;
    Document doc;
    doc.articles.push_back(full_article());
    std::string xml = write_newsml(doc, options(diag));
    Document back = read_back(xml, diag);
    REQUIRE(back.articles.size() == 1);
    const Article& a = doc.articles[0];
    const Article& b = back.articles[0];
    CHECK(b.body == a.body);
    CHECK(b.dateline == a.dateline);
    CHECK(b.located == a.located);
    CHECK(b.authors == a.authors);
    CHECK(b.subjects == a.subjects);
    CHECK(b.media == a.media);
    CHECK(b.links == a.links);
    CHECK(b.extensions == a.extensions);
    CHECK(b == a);
    CHECK(write_newsml(back, options(diag)) == xml);
}

TEST_CASE("newsml: date-times are written with seconds and a zone; wk:value keeps the rest", "[newsml][writer]") {
    Diagnostics diag;
    Document doc;
    doc.articles.push_back(full_article());
    std::string xml = write_newsml(doc, options(diag));
    pugi::xml_document parsed;
    REQUIRE(parsed.load_string(xml.c_str()));
    pugi::xml_node meta = story_item(parsed).child("itemMeta");
    CHECK(std::string(meta.child_value("versionCreated")) == "2023-06-06T10:30:00+05:00");
    CHECK(std::string(meta.child("versionCreated").attribute("wk:value").value()) == "2023-06-06T10:30:00.250+05:00");
    CHECK(std::string(meta.child_value("embargoed")) == "2023-06-07T00:00:00Z");
    CHECK(std::string(content_meta(parsed).child_value("contentCreated")) == "2023-06-06T09:59:59Z");
    CHECK(std::string(content_meta(parsed).child_value("contentModified")) == "2023-06-06T12:00:00Z");
    CHECK_FALSE(content_meta(parsed).child("contentModified").attribute("wk:value"));
}

TEST_CASE("newsml: single-line fields hold no line breaks or tabs", "[newsml][writer]") {
    Diagnostics diag;
    Document doc;
    Article a;
    a.headline = "Two\nlines";
    a.slugline = "SLUG\tLINE\n";
    a.creditline = "Credit\r\nline";
    a.keywords = {"key\nword"};
    doc.articles.push_back(a);
    pugi::xml_document parsed;
    REQUIRE(parsed.load_string(write_newsml(doc, options(diag)).c_str()));
    CHECK(std::string(content_meta(parsed).child_value("slugline")) == "SLUG LINE");
    CHECK(std::string(content_meta(parsed).child_value("creditline")) == "Credit line");
    CHECK(std::string(content_meta(parsed).child_value("keyword")) == "key word");
    CHECK(std::string(content_meta(parsed).child_value("headline")) == "Two lines");
}

TEST_CASE("newsml: QCodes use only aliases the IPTC catalog or the item's own catalog declares", "[newsml][writer]") {
    Diagnostics diag;
    Document doc;
    doc.articles.push_back(full_article());
    pugi::xml_document parsed;
    REQUIRE(parsed.load_string(write_newsml(doc, options(diag)).c_str()));
    std::size_t qcodes = 0;
    for (pugi::xpath_node n : parsed.select_nodes("//@qcode | //@rel | //@type | //@role | //@rendition | //@durationunit")) {
        std::string value = n.attribute().value();
        auto q = split_qcode(value);
        INFO(n.attribute().name() << "=" << value);
        REQUIRE(q);
        CHECK((!iptc_scheme_uri(q->alias).empty() || q->alias == "wkhl"));
        ++qcodes;
    }
    CHECK(qcodes > 5);
    CHECK(parsed.select_node("//scheme[@alias='wkhl']"));
}

TEST_CASE("newsml: the same document gives the same bytes; the clock is read only as a last resort", "[newsml][writer]") {
    Diagnostics diag;
    Document doc;
    Article a;
    a.headline = "No time at all";
    doc.articles.push_back(a);
    std::string first = write_newsml(doc, options(diag));
    CHECK(write_newsml(doc, options(diag)) == first);
    CHECK(first.find("<versionCreated wk:derived=\"true\">2024-06-30T12:00:00Z</versionCreated>") != std::string::npos);
    Document back = read_back(first, diag);
    CHECK_FALSE(back.articles[0].version_created);  // a derived time is not read back as the item's
}

TEST_CASE("newsml: several articles make a newsMessage; the feed's sent time is kept", "[newsml][writer]") {
    Diagnostics diag;
    Document doc;
    doc.feed.updated = date("2024-03-12T08:30:00.5Z");
    Article a;
    a.headline = "One";
    a.priority = 2;
    doc.articles = {a, a};
    doc.articles[1].headline = "Two";
    std::string xml = write_newsml(doc, options(diag));
    pugi::xml_document parsed;
    REQUIRE(parsed.load_string(xml.c_str()));
    pugi::xml_node header = parsed.child("newsMessage").child("header");
    CHECK(std::string(header.child_value("sent")) == "2024-03-12T08:30:00Z");
    CHECK(std::string(header.child_value("priority")) == "2");
    Document back = read_back(xml, diag);
    REQUIRE(back.articles.size() == 2);
    CHECK(back.articles[1].headline == "Two");
    CHECK(back.feed.updated == doc.feed.updated);
}

TEST_CASE("newsml: no article: nothing to write", "[newsml][writer]") {
    Diagnostics diag;
    CHECK_THROWS(write_newsml(Document{}, options(diag)));
}
