#include <catch2/catch.hpp>

#include "atom/atom_reader.hpp"
#include "report/error.hpp"
#include "support/options.hpp"
#include "time/datetime.hpp"

using namespace wirekit;

namespace {

Document read(const std::string& xml) {
    Diagnostics diag;
    return read_atom(xml, test::read_options(diag));
}

std::string date(const std::optional<DateTime>& dt) { return dt ? format_rfc3339(*dt) : "none"; }

const std::string atom_feed = R"(<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/" xml:lang="en-GB" xml:base="https://valley.example/news/">
  <id>tag:valley.example,2024:news</id>
  <title type="html">Valley &lt;b&gt;News&lt;/b&gt;</title>
  <subtitle>What happens in the valley</subtitle>
  <updated>2024-04-02T10:00:00Z</updated>
  <link href="./"/>
  <link rel="self" href="feed.atom"/>
  <link rel="next" href="feed.atom?page=2"/>
  <link rel="hub" href="https://hub.example/"/>
  <author><name>Valley Desk</name><email>desk@valley.example</email><uri>/about</uri></author>
  <contributor><name>Night Editor</name></contributor>
  <category term="regional" label="Regional news"/>
  <generator uri="https://gen.example/" version="1.0">Gen</generator>
  <icon>icon.png</icon>
  <logo>logo.png</logo>
  <rights type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">© Valley <b>Press</b></div></rights>
  <entry>
    <id>tag:valley.example,2024:1</id>
    <title>Flood barrier tested</title>
    <updated>2024-04-02T09:00:00+02:00</updated>
    <published>2024-04-01T18:30:00+02:00</published>
    <link rel="alternate" type="text/html" href="2024/flood-barrier"/>
    <link rel="enclosure" type="video/mp4" length="1000" href="https://cdn.example/barrier.mp4"/>
    <link rel="replies" href="2024/flood-barrier#comments"/>
    <category term="weather" scheme="https://valley.example/topics" label="Weather"/>
    <category term="flooding"/>
    <summary type="html">&lt;p&gt;The new &lt;em&gt;barrier&lt;/em&gt; held.&lt;/p&gt;</summary>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>The barrier <strong>held</strong>.</p><p><img src="img/barrier.jpg" alt="Barrier"/></p></div></content>
    <rights>Valley Press</rights>
    <source><id>tag:wire.example,2024</id><title>Wire</title></source>
    <media:thumbnail url="img/barrier-small.jpg"/>
    <geo:point xmlns:geo="http://www.georss.org/georss">51.5 -0.1</geo:point>
  </entry>
  <entry xml:lang="cy">
    <id>tag:valley.example,2024:2</id>
    <title type="text">Second   entry</title>
    <updated>2024-04-02T08:00:00Z</updated>
    <content type="text">Line one
continues here.

Second paragraph.</content>
  </entry>
</feed>)";

}  // namespace

TEST_CASE("atom reader: Atom 1.0 feed elements fill the feed info", "[atom][reader]") {
    Document doc = read(atom_feed);
    const FeedInfo& f = doc.feed;
    CHECK(f.id == "tag:valley.example,2024:news");
    CHECK(f.title == "Valley News");
    CHECK(f.description == "What happens in the valley");
    CHECK(date(f.updated) == "2024-04-02T10:00:00Z");
    CHECK(f.link == "https://valley.example/news/");
    CHECK(f.self_url == "https://valley.example/news/feed.atom");
    CHECK(f.hub_url == "https://hub.example/");
    CHECK(f.language == "en-GB");
    CHECK(f.rights == "© Valley Press");
    CHECK(f.image.url == "https://valley.example/news/logo.png");
    CHECK(f.generator == "Gen");
    CHECK(f.generator_version == "1.0");
    CHECK(f.generator_uri == "https://gen.example/");
    CHECK(f.categories == std::vector<Concept>{Concept{"", "regional", "", "Regional news", "", {}}});
    REQUIRE(f.authors.size() == 2);
    CHECK(f.authors[0] == Person{"Valley Desk", "author", "https://valley.example/about", "desk@valley.example"});
    CHECK(f.authors[1] == Person{"Night Editor", "contributor", "", ""});
    // What the model has no field for is kept: the paging link, the icon.
    std::vector<std::string> kept;
    for (const Extension& x : f.extensions) kept.push_back(x.key);
    CHECK(kept == std::vector<std::string>{"{http://www.w3.org/2005/Atom}link", "{http://www.w3.org/2005/Atom}icon"});
}

TEST_CASE("atom reader: Atom 1.0 entries become articles", "[atom][reader]") {
    Document doc = read(atom_feed);
    REQUIRE(doc.articles.size() == 2);
    const Article& a = doc.articles[0];
    CHECK(a.id == "tag:valley.example,2024:1");
    CHECK(a.headline == "Flood barrier tested");
    CHECK(date(a.updated) == "2024-04-02T09:00:00+02:00");
    CHECK(date(a.published) == "2024-04-01T18:30:00+02:00");
    CHECK(a.url == "https://valley.example/news/2024/flood-barrier");
    CHECK(a.summary == "The new barrier held.");
    REQUIRE(a.body.size() == 1);
    CHECK(a.body[0].inlines.at(1).kind == Inline::Kind::strong);
    CHECK(a.language == "en-GB");           // inherited
    CHECK(a.authors == doc.feed.authors);  // inherited
    CHECK(a.copyright.notice == "Valley Press");
    REQUIRE(a.subjects.size() == 2);
    CHECK(a.subjects[0] == Concept{"https://valley.example/topics", "weather", "", "Weather", "", {}});
    CHECK(a.subjects[1] == Concept{"", "", "", "flooding", "", {}});
    REQUIRE(a.links.size() == 2);  // the url's link says its type: it is kept too
    CHECK(a.links[0] == Link{"alternate", "https://valley.example/news/2024/flood-barrier", "text/html", "", "", {}});
    CHECK(a.links[1] == Link{"replies", "https://valley.example/news/2024/flood-barrier#comments", "", "", "", {}});
    REQUIRE(a.media.size() == 2);
    CHECK(a.media[0].role == "enclosure");
    CHECK(a.media[0].bytes == 1000);
    // The entry's thumbnail is the video's (the Media RSS rule), resolved.
    REQUIRE(a.media[0].renditions.size() == 1);
    CHECK(a.media[0].renditions[0].name == "thumbnail");
    CHECK(a.media[0].renditions[0].href == "https://valley.example/news/img/barrier-small.jpg");
    CHECK(a.media[1].url == "https://valley.example/news/img/barrier.jpg");  // the content's <img>, in document order
    CHECK(a.media[1].role == "inline");
    std::vector<std::string> kept;
    for (const Extension& x : a.extensions) kept.push_back(x.key);
    CHECK(kept == std::vector<std::string>{"{http://www.w3.org/2005/Atom}source", "{http://www.georss.org/georss}point"});

    const Article& b = doc.articles[1];
    CHECK(b.headline == "Second entry");
    CHECK(b.language == "cy");
    REQUIRE(b.body.size() == 2);
    CHECK(b.body[0].inlines.at(0).text == "Line one continues here.");
}

TEST_CASE("atom reader: Atom 0.3 feeds are read too", "[atom][reader]") {
    Document doc = read(R"(<feed version="0.3" xmlns="http://purl.org/atom/ns#">
        <title>Old feed</title><tagline>Since 2004</tagline><copyright>Old Press</copyright>
        <modified>2004-01-01T19:48:21Z</modified><link rel="alternate" type="text/html" href="https://old.example/"/>
        <entry><title>Entry</title><issued>2004-01-01T10:00:00-05:00</issued><modified>2004-01-01T19:48:21Z</modified>
          <content type="text/html" mode="escaped">&lt;p&gt;Hello &lt;b&gt;there&lt;/b&gt;&lt;/p&gt;</content>
          <summary type="text/plain" mode="base64">U2hvcnQgdmVyc2lvbg==</summary></entry></feed>)");
    CHECK(doc.feed.title == "Old feed");
    CHECK(doc.feed.description == "Since 2004");
    CHECK(doc.feed.rights == "Old Press");
    CHECK(doc.feed.link == "https://old.example/");
    CHECK(date(doc.feed.updated) == "2004-01-01T19:48:21Z");
    const Article& a = doc.articles.at(0);
    CHECK(date(a.published) == "2004-01-01T10:00:00-05:00");
    CHECK(date(a.updated) == "2004-01-01T19:48:21Z");
    CHECK(a.body.at(0).inlines.at(1).kind == Inline::Kind::strong);
    CHECK(a.summary == "Short version");
}

TEST_CASE("atom reader: an Atom entry document is one article", "[atom][reader]") {
    Document doc = read(R"(<entry xmlns="http://www.w3.org/2005/Atom"><id>urn:x:1</id><title>Alone</title><updated>2024-01-01T00:00:00Z</updated></entry>)");
    REQUIRE(doc.articles.size() == 1);
    CHECK(doc.articles[0].headline == "Alone");
}

TEST_CASE("atom reader: what is not Atom is refused clearly", "[atom][reader]") {
    Diagnostics diag;
    CHECK_THROWS_WITH(read_atom("<rss version=\"2.0\"/>", test::read_options(diag)), Catch::Contains("not an Atom feed"));
    CHECK_THROWS_WITH(read_atom("<feed xmlns=\"urn:other\"/>", test::read_options(diag)), Catch::Contains("not an Atom feed"));
    CHECK_THROWS_AS(read_atom("<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>x</feed>", test::read_options(diag)), Error);
}

TEST_CASE("atom reader: the Atom sniffer wants a feed or entry root in Atom's namespace", "[atom][sniff]") {
    CHECK(sniff_atom("<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">") >= 90);
    CHECK(sniff_atom("<feed version=\"0.3\" xmlns=\"http://purl.org/atom/ns#\">") >= 90);
    CHECK(sniff_atom("<a:feed xmlns:a=\"http://www.w3.org/2005/Atom\">") >= 90);
    CHECK(sniff_atom("<entry xmlns=\"http://www.w3.org/2005/Atom\">") >= 50);
    CHECK(sniff_atom("<feed xmlns=\"urn:something-else\">") == 0);
    CHECK(sniff_atom("<rss version=\"2.0\">") == 0);
    CHECK(sniff_atom("") == 0);
}
