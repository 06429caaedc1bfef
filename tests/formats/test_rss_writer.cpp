#include <catch2/catch.hpp>

#include "formats/test_feed_checks.hpp"
#include "rss/rss_reader.hpp"
#include "rss/rss_writer.hpp"
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

Article story() {
    Article a;
    a.id = "https://harbour.example/news/strike";
    a.url = "https://harbour.example/news/strike";
    a.headline = "Port strike enters second day";
    a.language = "en";
    a.summary = "Dock workers stayed out.";
    Block p;
    p.inlines.push_back({Inline::Kind::text, "Talks resume on Tuesday.", {}, {}});
    a.body.push_back(p);
    a.published = parse_rfc3339("2024-07-01T08:15:00+02:00");
    a.authors = {{"Ana Ruiz", "author", "", ""}, {"News Desk", "author", "", "desk@harbour.example"}};
    a.subjects = {{"https://harbour.example/sections", "", "", "Labour", "", {}}};
    Media audio;
    audio.url = "https://harbour.example/a.mp3";
    audio.mime_type = "audio/mpeg";
    audio.bytes = 1234;
    audio.role = "enclosure";
    Media photo;
    photo.url = "https://harbour.example/p.jpg";
    photo.mime_type = "image/jpeg";
    photo.width = 800;
    photo.caption = "The picket line.";
    a.media = {audio, photo};
    return a;
}

}  // namespace

TEST_CASE("rss writer: RSS 2.0 output follows the rules and carries the item fields", "[rss][writer]") {
    Diagnostics diag;
    Document doc;
    doc.feed.title = "Harbour News";
    doc.feed.link = "https://harbour.example/";
    doc.feed.description = "News from the harbour";
    doc.feed.self_url = "https://harbour.example/feed.rss";
    doc.feed.language = "en";
    doc.articles.push_back(story());
    std::string out = write_rss(doc, options(diag));
    CHECK(test::rss_problems(out).empty());
    CHECK(contains(out, R"(<atom:link href="https://harbour.example/feed.rss" rel="self" type="application/rss+xml" />)"));
    CHECK(contains(out, "<lastBuildDate>Mon, 01 Jul 2024 12:00:00 +0000</lastBuildDate>"));  // from WriteOptions::now
    CHECK(contains(out, R"(<guid isPermaLink="true">https://harbour.example/news/strike</guid>)"));
    CHECK(contains(out, "<pubDate>Mon, 01 Jul 2024 08:15:00 +0200</pubDate>"));
    CHECK(contains(out, "<description>Dock workers stayed out.</description>"));
    CHECK(contains(out, "<content:encoded><![CDATA[<p>Talks resume on Tuesday.</p>]]></content:encoded>"));
    CHECK(contains(out, "<dc:creator>Ana Ruiz</dc:creator>"));
    CHECK(contains(out, "<author>desk@harbour.example (News Desk)</author>"));
    CHECK(contains(out, R"(<category domain="https://harbour.example/sections">Labour</category>)"));
    CHECK(contains(out, R"(<enclosure url="https://harbour.example/a.mp3" length="1234" type="audio/mpeg" />)"));
    CHECK(contains(out, R"(<media:content url="https://harbour.example/p.jpg" type="image/jpeg" medium="image" width="800">)"));
    CHECK(contains(out, "<wk:updated />"));  // the feed had no date: lastBuildDate was derived
    CHECK_FALSE(contains(out.substr(out.find("<item>")), "wk:"));  // the item needs none of wirekit's own elements
    Document back = read_rss(out, test::read_options(diag));
    CHECK(back.articles == doc.articles);
}

TEST_CASE("rss writer: isPermaLink says whether the guid is the item's link", "[rss][writer]") {
    Diagnostics diag;
    Document doc;
    Article a = story();
    a.id = "harbour-1842";
    doc.articles.push_back(a);
    Article no_id = story();
    no_id.id.clear();
    doc.articles.push_back(no_id);
    std::string out = write_rss(doc, options(diag));
    CHECK(contains(out, R"(<guid isPermaLink="false">harbour-1842</guid>)"));
    // Without an id the link stands in as a permalink, and the item says the id was derived.
    CHECK(contains(out, R"(<guid isPermaLink="true">https://harbour.example/news/strike</guid>)"));
    CHECK(contains(out, "<wk:id />"));
    Document back = read_rss(out, test::read_options(diag));
    CHECK(back.articles == doc.articles);
}

TEST_CASE("rss writer: a document without channel data gets a derived channel, marked as derived", "[rss][writer]") {
    Diagnostics diag;
    Document doc;
    Article a;
    a.headline = "Lock gate fails near Rotterdam";
    a.provider = "Reuters";
    doc.articles.push_back(a);
    std::string out = write_rss(doc, options(diag));
    CHECK(test::rss_problems(out).empty());
    CHECK(contains(out, "<title>Lock gate fails near Rotterdam</title>\n    <link>urn:uuid:"));
    CHECK(contains(out, "<description>Lock gate fails near Rotterdam</description>"));
    CHECK(contains(out, "<wk:title />"));
    CHECK(write_rss(doc, options(diag)) == out);
    CHECK(read_rss(out, test::read_options(diag)) == doc);
}

TEST_CASE("rss writer: model fields without an RSS element travel as wk elements", "[rss][writer]") {
    Diagnostics diag;
    Document doc;
    Article a = story();
    a.subheadline = "Talks to resume";
    a.byline = "By ANA RUIZ";
    a.urgency = 3;
    a.embargoed = parse_rfc3339("2024-07-01T06:00:00Z");
    a.genres = {{"genre", "current", "", "Current", "", 90}};
    a.subjects.push_back({"medtop", "20000763", "http://cv.iptc.org/newscodes/mediatopic/20000763", "strike", "abstract", 80});
    a.published = parse_rfc3339("2024-07-01");  // a bare date RFC 822 cannot say
    a.extensions = {{"newsml", "{urn:x}signal", "<x/>"}, {"rss", "{urn:y}z", "<y:z xmlns:y=\"urn:y\">1</y:z>"}};
    doc.articles.push_back(a);
    std::string out = write_rss(doc, options(diag));
    CHECK(test::rss_problems(out).empty());
    CHECK(contains(out, "<wk:subheadline>Talks to resume</wk:subheadline>"));
    CHECK(contains(out, "<wk:published>2024-07-01</wk:published>"));
    CHECK(contains(out, R"(<wk:extension format="newsml" key="{urn:x}signal">&lt;x/&gt;</wk:extension>)"));
    CHECK(contains(out, R"(<y:z xmlns:y="urn:y">1</y:z>)"));
    CHECK(read_rss(out, test::read_options(diag)).articles == doc.articles);
}

TEST_CASE("rss writer: characters XML cannot hold are left out, with a warning", "[rss][writer]") {
    Diagnostics diag;
    Document doc;
    Article a;
    a.headline = std::string("Bell\x07 rings");
    doc.articles.push_back(a);
    std::string out = write_rss(doc, options(diag));
    CHECK(contains(out, "<title>Bell rings</title>"));
    CHECK(diag.has_warnings());
    CHECK(test::rss_problems(out).empty());
}
