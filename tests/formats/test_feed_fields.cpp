// Everything a feed states reaches the model (issue 16): channel people with
// roles, categories with schemes, channel dates, the generator's parts,
// podcast fields, every link with its attributes, item dates and people,
// content precedence, language tags and RSS dialects; and back out.
#include <catch2/catch.hpp>

#include "atom/atom_reader.hpp"
#include "atom/atom_writer.hpp"
#include "json/json_reader.hpp"
#include "json/json_writer.hpp"
#include "rss/rss_reader.hpp"
#include "rss/rss_writer.hpp"
#include "support/options.hpp"
#include "time/datetime.hpp"

using namespace wirekit;

namespace {

std::string date(const std::optional<DateTime>& dt) { return dt ? format_rfc3339(*dt) : "none"; }

const std::string podcast_rss = R"(<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"
     xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
  <title>Harbour Hour</title><link>https://harbour.example/</link><description>Weekly talk from the harbour</description>
  <language>en_GB</language>
  <managingEditor>Mara Voss &lt;mara@harbour.example&gt;</managingEditor>
  <webMaster>web@harbour.example (Web Team)</webMaster>
  <pubDate>Mon, 01 Jul 2024 06:00:00 GMT</pubDate><lastBuildDate>Mon, 01 Jul 2024 08:00:00 GMT</lastBuildDate>
  <dcterms:created>2019-03-01</dcterms:created>
  <category domain="https://harbour.example/sections">Ports</category>
  <dc:creator>Lena Brandt</dc:creator><dc:publisher>Harbour Media</dc:publisher><dc:contributor>Ole Berg</dc:contributor>
  <itunes:author>Harbour Media</itunes:author>
  <itunes:owner><itunes:name>Harbour Media</itunes:name><itunes:email>pod@harbour.example</itunes:email></itunes:owner>
  <itunes:subtitle>Ships, crews and cargo</itunes:subtitle>
  <itunes:explicit>no</itunes:explicit>
  <itunes:category text="News"><itunes:category text="Daily News"/></itunes:category>
  <image><url>https://harbour.example/logo.png</url><title>Harbour Hour</title><link>https://harbour.example/</link></image>
  <item>
    <title>Episode 12</title><link>https://harbour.example/12</link>
    <description>The short one.</description>
    <comments>https://harbour.example/12#comments</comments>
    <dc:contributor>Ole Berg</dc:contributor><dc:publisher>Harbour Media</dc:publisher>
    <dcterms:created>2024-06-28T10:00:00Z</dcterms:created><dcterms:issued>2024-07-01T06:00:00Z</dcterms:issued>
    <dcterms:modified>2024-07-01T07:00:00Z</dcterms:modified>
    <itunes:subtitle>Tugboats at night</itunes:subtitle><itunes:category text="Boats"/>
    <atom:link rel="related" href="https://harbour.example/tugs" type="text/html" hreflang="en" title="Tugs" length="2048"/>
  </item>
</channel></rss>)";

const std::string atom_feed = R"(<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en_US">
  <id>urn:feed</id><title>Valley</title><updated>2024-07-01T08:00:00Z</updated><published>2024-07-01T06:00:00Z</published>
  <generator uri="https://gen.example/" version="2.1">Pressline</generator>
  <category term="regional" scheme="https://valley.example/topics" label="Regional news"/>
  <entry><id>urn:1</id><title>One</title><updated>2024-07-01T08:00:00Z</updated>
    <link rel="alternate" type="text/html" hreflang="en" href="https://valley.example/1"/>
    <link rel="alternate" type="text/html" hreflang="de" title="Deutsch" href="https://valley.example/de/1"/>
    <link rel="enclosure" type="audio/mpeg" length="1000" href="https://valley.example/1.mp3"/>
    <link href="https://valley.example/1#more" rel="related" length="12"/>
  </entry>
</feed>)";

Document read_rss_text(const std::string& xml, Diagnostics& diag) { return read_rss(xml, test::read_options(diag)); }

}  // namespace

TEST_CASE("feed fields: channel people keep their roles, in both RSS forms of an address", "[feed][fields]") {
    Diagnostics diag;
    const FeedInfo f = read_rss_text(podcast_rss, diag).feed;
    CHECK(f.authors == std::vector<Person>{{"Mara Voss", "editor", "", "mara@harbour.example"},
                                           {"Web Team", "webmaster", "", "web@harbour.example"},
                                           {"Lena Brandt", "author", "", ""},
                                           {"Harbour Media", "publisher", "", ""},
                                           {"Ole Berg", "contributor", "", ""},
                                           {"Harbour Media", "author", "", ""},
                                           {"Harbour Media", "owner", "", "pod@harbour.example"}});
}

TEST_CASE("feed fields: channel categories, dates, podcast fields and language", "[feed][fields]") {
    Diagnostics diag;
    const FeedInfo f = read_rss_text(podcast_rss, diag).feed;
    CHECK(f.categories == std::vector<Concept>{Concept{"https://harbour.example/sections", "", "", "Ports", "", {}},
                                               Concept{"http://www.itunes.com/", "", "", "News", "", {}},
                                               Concept{"http://www.itunes.com/", "", "", "Daily News", "", {}}});
    CHECK(date(f.published) == "2024-07-01T06:00:00Z");
    CHECK(date(f.updated) == "2024-07-01T08:00:00Z");
    CHECK(date(f.created) == "2019-03-01");
    CHECK(f.subtitle == "Ships, crews and cargo");
    CHECK(f.explicit_content == false);
    CHECK(f.image == FeedImage{"https://harbour.example/logo.png", "Harbour Hour", "https://harbour.example/"});
    CHECK(f.language == "en-GB");
    bool noted = false;
    for (const auto& d : diag.all()) noted = noted || d.message == "language 'en_GB' read as 'en-GB'";
    CHECK(noted);
}

TEST_CASE("feed fields: item links, people, dates and podcast fields", "[feed][fields]") {
    Diagnostics diag;
    const Article a = read_rss_text(podcast_rss, diag).articles.at(0);
    CHECK(a.links == std::vector<Link>{Link{"comments", "https://harbour.example/12#comments", "", "", "", {}},
                                       Link{"related", "https://harbour.example/tugs", "text/html", "Tugs", "en", 2048}});
    CHECK(a.authors == std::vector<Person>{{"Ole Berg", "contributor", "", ""}, {"Harbour Media", "publisher", "", ""}});
    CHECK(date(a.first_created) == "2024-06-28T10:00:00Z");
    CHECK(date(a.published) == "2024-07-01T06:00:00Z");
    CHECK(date(a.updated) == "2024-07-01T07:00:00Z");
    CHECK(a.subheadline == "Tugboats at night");
    CHECK(a.subjects == std::vector<Concept>{Concept{"http://www.itunes.com/", "", "", "Boats", "", {}}});
}

TEST_CASE("feed fields: Atom's generator parts, categories, every link and its attributes", "[feed][fields]") {
    Diagnostics diag;
    Document doc = read_atom(atom_feed, test::read_options(diag));
    CHECK(doc.feed.generator == "Pressline");
    CHECK(doc.feed.generator_version == "2.1");
    CHECK(doc.feed.generator_uri == "https://gen.example/");
    CHECK(doc.feed.categories == std::vector<Concept>{Concept{"https://valley.example/topics", "regional", "", "Regional news", "", {}}});
    CHECK(date(doc.feed.published) == "2024-07-01T06:00:00Z");
    CHECK(doc.feed.language == "en-US");
    const Article& a = doc.articles.at(0);
    CHECK(a.url == "https://valley.example/1");
    CHECK(a.links == std::vector<Link>{Link{"alternate", "https://valley.example/1", "text/html", "", "en", {}},
                                       Link{"alternate", "https://valley.example/de/1", "text/html", "Deutsch", "de", {}},
                                       Link{"related", "https://valley.example/1#more", "", "", "", 12}});
    REQUIRE(a.media.size() == 1);
    CHECK(a.media[0].bytes == 1000);
}

TEST_CASE("feed fields: what was read is written back by RSS, Atom and json", "[feed][fields]") {
    Diagnostics diag;
    WriteOptions wo = test::write_options(diag);
    Document rss = read_rss_text(podcast_rss, diag);
    Document rss_again = read_rss_text(write_rss(rss, wo), diag);
    CHECK(rss_again.feed.authors == rss.feed.authors);
    CHECK(rss_again.feed.categories == rss.feed.categories);
    CHECK(rss_again.feed.published == rss.feed.published);
    CHECK(rss_again.feed.created == rss.feed.created);
    CHECK(rss_again.feed.subtitle == rss.feed.subtitle);
    CHECK(rss_again.feed.explicit_content == rss.feed.explicit_content);
    CHECK(rss_again.articles.at(0).links == rss.articles.at(0).links);
    CHECK(rss_again.articles.at(0).authors == rss.articles.at(0).authors);

    Document atom = read_atom(atom_feed, test::read_options(diag));
    Document atom_again = read_atom(write_atom(atom, wo), test::read_options(diag));
    CHECK(atom_again.feed.generator_uri == atom.feed.generator_uri);
    CHECK(atom_again.feed.generator_version == atom.feed.generator_version);
    CHECK(atom_again.feed.categories == atom.feed.categories);
    CHECK(atom_again.articles.at(0).url == atom.articles.at(0).url);
    CHECK(atom_again.articles.at(0).links == atom.articles.at(0).links);

    // json keeps everything; with +roundtrip so do RSS and Atom.
    CHECK(read_json(write_json(rss, wo), test::read_options(diag)) == rss);
    WriteOptions marked = wo;
    marked.variants = {"roundtrip"};
    CHECK(read_rss_text(write_rss(rss, marked), diag).feed == rss.feed);
    CHECK(read_atom(write_atom(atom, marked), test::read_options(diag)).feed == atom.feed);
}

TEST_CASE("feed fields: content precedence, and RSS in UserLand's namespace and RSS 1.0", "[feed][fields]") {
    Diagnostics diag;
    Document doc = read_rss_text(R"(<rss version="2.0" xmlns="http://backend.userland.com/rss2"
        xmlns:xhtml="http://www.w3.org/1999/xhtml"><channel><title>U</title>
        <item><title>T</title><description>The summary.</description>
        <xhtml:body><xhtml:p>The <xhtml:b>whole</xhtml:b> story.</xhtml:p></xhtml:body></item></channel></rss>)",
                                 diag);
    CHECK(doc.feed.title == "U");
    const Article& a = doc.articles.at(0);
    CHECK(a.summary == "The summary.");
    REQUIRE(a.body.size() == 1);
    CHECK(a.body[0].inlines.at(1).kind == Inline::Kind::strong);

    Document rdf = read_rss_text(R"(<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
        <channel rdf:about="https://r.example/"><title>R</title><link>https://r.example/</link></channel>
        <item rdf:about="https://r.example/item/1"><title>One</title><link>https://r.example/1</link></item></rdf:RDF>)",
                                 diag);
    CHECK(rdf.feed.id == "https://r.example/");
    CHECK(rdf.articles.at(0).id == "https://r.example/item/1");
}

TEST_CASE("feed fields: Atom 0.3 in a namespace of its own, its dates and escaped content", "[feed][fields]") {
    const std::string odd = R"(<feed version="0.3" xmlns="http://example.com/newatom#"><title>Odd</title>
        <entry><title>One</title><id>urn:1</id><issued>2004-01-01T00:00:00Z</issued><created>2003-12-31T00:00:00Z</created>
        <modified>2004-01-02T00:00:00Z</modified>
        <content mode="escaped" type="text/html">&lt;p&gt;Hi &lt;b&gt;there&lt;/b&gt;&lt;/p&gt;</content></entry></feed>)";
    Diagnostics diag;
    Document doc = read_atom(odd, test::read_options(diag));
    CHECK(doc.feed.title == "Odd");
    const Article& a = doc.articles.at(0);
    CHECK(a.headline == "One");
    CHECK(date(a.first_created) == "2003-12-31T00:00:00Z");
    CHECK(date(a.published) == "2004-01-01T00:00:00Z");
    CHECK(date(a.updated) == "2004-01-02T00:00:00Z");
    REQUIRE(a.body.size() == 1);
    CHECK(a.body[0].inlines.at(1).kind == Inline::Kind::strong);
}

TEST_CASE("feed fields: Microsoft CDF read as a feed, nested channels' items too", "[feed][fields]") {
    const std::string cdf = R"(<?xml version="1.0"?>
<CHANNEL HREF="http://harbour.example/news/" LASTMOD="2004-01-01T12:00">
  <TITLE>Harbour desk</TITLE>
  <ABSTRACT>Stories from the harbour desk</ABSTRACT>
  <LOGO HREF="icon.gif" STYLE="ICON"/><LOGO HREF="logo.gif" STYLE="IMAGE"/>
  <ITEM HREF="ferry.html" LASTMOD="2004-01-02T08:30">
    <TITLE>Ferry resumes night crossings</TITLE>
    <ABSTRACT>The night ferry returns after the storm season.</ABSTRACT>
  </ITEM>
  <channel href="sport/"><title>Sport</title><item href="regatta.html"><title>Regatta moved to June</title></item></channel>
</CHANNEL>)";
    Diagnostics diag;
    Document doc = read_rss_text(cdf, diag);
    CHECK(doc.feed.title == "Harbour desk");
    CHECK(doc.feed.description == "Stories from the harbour desk");
    CHECK(doc.feed.link == "http://harbour.example/news/");
    CHECK(date(doc.feed.updated) == "2004-01-01T12:00:00");
    CHECK(doc.feed.image.url == "http://harbour.example/news/logo.gif");
    REQUIRE(doc.articles.size() == 2);
    CHECK(doc.articles[0].headline == "Ferry resumes night crossings");
    CHECK(doc.articles[0].summary == "The night ferry returns after the storm season.");
    CHECK(doc.articles[0].url == "http://harbour.example/news/ferry.html");
    CHECK(date(doc.articles[0].updated) == "2004-01-02T08:30:00");
    CHECK(doc.articles[1].headline == "Regatta moved to June");
    CHECK(doc.articles[1].url == "http://harbour.example/news/regatta.html");
}

TEST_CASE("feed fields: a link without href gives its text as the address, or nothing", "[feed][fields]") {
    const std::string atom = R"(<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title>
<link>https://harbour.example/</link>
<entry><title>e</title><id>urn:e</id><link rel="alternate">https://harbour.example/e</link><link rel="related"/></entry></feed>)";
    Diagnostics diag;
    Document doc = read_atom(atom, test::read_options(diag));
    CHECK(doc.feed.link == "https://harbour.example/");
    REQUIRE(doc.articles.size() == 1);
    CHECK(doc.articles[0].url == "https://harbour.example/e");
    CHECK(doc.articles[0].links.empty());
}

TEST_CASE("feed fields: itunes:duration is the running time of the item's enclosure", "[feed][fields]") {
    const std::string rss = R"(<rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"><channel><title>t</title>
<item><title>With</title><enclosure url="https://harbour.example/12.mp3" type="audio/mpeg" length="1000"/><itunes:duration>52:36</itunes:duration></item>
<item><title>Without</title><itunes:duration>1:02:03</itunes:duration></item></channel></rss>)";
    Diagnostics diag;
    Document doc = read_rss_text(rss, diag);
    REQUIRE(doc.articles.size() == 2);
    REQUIRE(doc.articles[0].media.size() == 1);
    CHECK(doc.articles[0].media[0].duration == 3156.0);
    CHECK(doc.articles[0].extensions.empty());
    CHECK(doc.articles[1].media.empty());
    CHECK(doc.articles[1].extensions.size() == 1);
}

TEST_CASE("feed fields: an item's media:category is a subject with its scheme and label", "[feed][fields]") {
    const std::string rss = R"(<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel><title>t</title>
<item><title>i</title>
<media:category scheme="http://search.yahoo.com/mrss/category_schema" label="Harbour life">harbour_life</media:category>
<media:category>ferries</media:category></item></channel></rss>)";
    Diagnostics diag;
    Document doc = read_rss_text(rss, diag);
    REQUIRE(doc.articles.size() == 1);
    const auto& subjects = doc.articles[0].subjects;
    REQUIRE(subjects.size() == 2);
    CHECK(subjects[0].scheme == "http://search.yahoo.com/mrss/category_schema");
    CHECK(subjects[0].code == "harbour_life");
    CHECK(subjects[0].name == "Harbour life");
    CHECK(subjects[1].name == "ferries");
    CHECK(doc.articles[0].extensions.empty());
}
