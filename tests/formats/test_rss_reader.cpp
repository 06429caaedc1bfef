#include <catch2/catch.hpp>

#include "feed/feed_media.hpp"
#include "report/error.hpp"
#include "rss/rss_reader.hpp"
#include "support/options.hpp"
#include "time/datetime.hpp"

using namespace wirekit;

namespace {

Document read(const std::string& xml, Diagnostics& diag, bool strict = false) {
    ReadOptions ro = test::read_options(diag);
    ro.strict = strict;
    return read_rss(xml, ro);
}

Document read(const std::string& xml) {
    Diagnostics diag;
    return read(xml, diag);
}

std::string rss(const std::string& channel, const std::string& namespaces = {}) {
    return R"(<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" )" + namespaces + "><channel>" + channel + "</channel></rss>";
}

const std::string all_namespaces =
    R"(xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" )"
    R"(xmlns:media="http://search.yahoo.com/mrss/" xmlns:atom="http://www.w3.org/2005/Atom")";

std::string date(const std::optional<DateTime>& dt) { return dt ? format_rfc3339(*dt) : "none"; }

}  // namespace

TEST_CASE("rss reader: RSS 2.0 channel elements fill the feed info", "[rss][reader]") {
    Document doc = read(rss(R"(
        <title> Harbour   News </title><link>https://harbour.example/</link>
        <description>All the news from the harbour</description>
        <atom:link rel="self" href="https://harbour.example/feed.rss" type="application/rss+xml"/>
        <atom:link rel="hub" href="https://hub.example/"/>
        <language>en-gb</language><copyright>(c) Harbour Press</copyright>
        <managingEditor>desk@harbour.example (News Desk)</managingEditor><webMaster>web@harbour.example</webMaster>
        <lastBuildDate>Sun, 30 Jun 2024 10:00:00 +0200</lastBuildDate><category domain="x">Ports</category>
        <generator>Quill 3</generator><ttl>30</ttl><docs>https://www.rssboard.org/rss-specification</docs>
        <image><url>logo.png</url><title>Harbour</title><link>https://harbour.example/</link></image>)",
                            all_namespaces));
    const FeedInfo& f = doc.feed;
    CHECK(f.title == "Harbour News");
    CHECK(f.link == "https://harbour.example/");
    CHECK(f.description == "All the news from the harbour");
    CHECK(f.self_url == "https://harbour.example/feed.rss");
    CHECK(f.hub_url == "https://hub.example/");
    CHECK(f.language == "en-gb");
    CHECK(f.rights == "(c) Harbour Press");
    REQUIRE(f.authors.size() == 2);
    CHECK(f.authors[0] == Person{"News Desk", "editor", "", "desk@harbour.example"});
    CHECK(f.authors[1] == Person{"", "webmaster", "", "web@harbour.example"});
    CHECK(date(f.updated) == "2024-06-30T10:00:00+02:00");
    CHECK(f.categories == std::vector<Concept>{Concept{"x", "", "", "Ports", "", {}}});
    CHECK(f.generator == "Quill 3");
    CHECK(f.ttl == 30);
    CHECK(f.image == FeedImage{"https://harbour.example/logo.png", "Harbour", "https://harbour.example/"});
    REQUIRE(f.extensions.size() == 1);
    CHECK(f.extensions[0] == Extension{"rss", "{}docs", "<docs>https://www.rssboard.org/rss-specification</docs>"});
}

TEST_CASE("rss reader: RSS 2.0 items become articles", "[rss][reader]") {
    Document doc = read(rss(R"(<link>https://harbour.example/news/</link>
        <item>
          <title>Cranes idle as port strike enters second day</title>
          <link>https://harbour.example/news/strike-day-two</link>
          <guid>https://harbour.example/news/strike-day-two</guid>
          <pubDate>Mon, 01 Jul 2024 08:15:00 GMT</pubDate>
          <description>&lt;p&gt;Dock workers &lt;b&gt;stayed out&lt;/b&gt; on Monday.&lt;/p&gt;&lt;img src="/img/cranes.jpg" alt="Idle cranes"&gt;</description>
          <content:encoded><![CDATA[<p>Dock workers stayed out on Monday.</p><p>Talks resume <em>Tuesday</em>.</p><script>alert(1)</script>]]></content:encoded>
          <dc:creator>Ana Ruiz</dc:creator>
          <author>desk@harbour.example (News Desk)</author>
          <category domain="https://harbour.example/sections">Labour</category>
          <comments>https://harbour.example/news/strike-day-two#comments</comments>
          <source url="https://wire.example/rss">Wire Service</source>
          <enclosure url="https://harbour.example/audio/strike.mp3" length="0" type="audio/mpeg"/>
          <media:content url="https://harbour.example/img/picket.jpg" type="image/jpeg" width="800" height="600" fileSize="51200">
            <media:description>The picket line at gate 4.</media:description><media:credit>Photo: L. Berg</media:credit>
          </media:content>
          <media:thumbnail url="https://harbour.example/img/picket-small.jpg" width="120" height="90"/>
          <media:keywords>strike, port , unions</media:keywords>
          <atom:link rel="related" href="https://harbour.example/news/strike-day-one" title="Day one"/>
          <wfw:commentRss xmlns:wfw="http://wellformedweb.org/CommentAPI/">https://harbour.example/c.rss</wfw:commentRss>
        </item>
        <item><guid isPermaLink="false">harbour-1842</guid><title>Second</title></item>)",
                            all_namespaces));
    REQUIRE(doc.articles.size() == 2);
    const Article& a = doc.articles[0];
    CHECK(a.headline == "Cranes idle as port strike enters second day");
    CHECK(a.url == "https://harbour.example/news/strike-day-two");
    CHECK(a.id == a.url);
    CHECK(date(a.published) == "2024-07-01T08:15:00Z");
    CHECK(a.summary == "Dock workers stayed out on Monday.");
    REQUIRE(a.body.size() == 2);
    CHECK(a.body[1].inlines[1].kind == Inline::Kind::emphasis);
    CHECK(a.authors == std::vector<Person>{{"Ana Ruiz", "author", "", ""}, {"News Desk", "author", "", "desk@harbour.example"}});
    REQUIRE(a.subjects.size() == 1);
    CHECK(a.subjects[0].name == "Labour");
    CHECK(a.subjects[0].scheme == "https://harbour.example/sections");
    CHECK(a.keywords == std::vector<std::string>{"strike", "port", "unions"});
    REQUIRE(a.links.size() == 3);
    CHECK(a.links[0] == Link{"comments", "https://harbour.example/news/strike-day-two#comments", "", "", "", {}});
    CHECK(a.links[1] == Link{"via", "https://wire.example/rss", "", "Wire Service", "", {}});
    CHECK(a.links[2] == Link{"related", "https://harbour.example/news/strike-day-one", "", "Day one", "", {}});
    REQUIRE(a.media.size() == 3);
    CHECK(a.media[0].role == "enclosure");
    CHECK(a.media[0].mime_type == "audio/mpeg");
    CHECK_FALSE(a.media[0].bytes);  // length "0" means unknown
    CHECK(a.media[1].caption == "The picket line at gate 4.");
    CHECK(a.media[1].credit == "Photo: L. Berg");
    CHECK(a.media[1].bytes == 51200);
    // The item's thumbnail is the picture's (the Media RSS rule), not the audio's.
    CHECK(a.media[1].renditions == std::vector<Rendition>{{"thumbnail", "https://harbour.example/img/picket-small.jpg", "", 120, 90, {}, {}}});
    CHECK(a.media[0].renditions.empty());
    CHECK(a.media[2].url == "https://harbour.example/img/cranes.jpg");  // an <img> of the description, resolved
    CHECK(a.media[2].role == "inline");
    CHECK(a.media[2].alt_text == "Idle cranes");
    REQUIRE(a.extensions.size() == 1);
    CHECK(a.extensions[0].key == "{http://wellformedweb.org/CommentAPI/}commentRss");

    const Article& b = doc.articles[1];
    CHECK(b.id == "harbour-1842");
    CHECK(b.url.empty());  // isPermaLink="false": the guid is no link
}

TEST_CASE("rss reader: of many elements for one field the preferred one wins, the others are kept", "[rss][reader]") {
    // More candidates than the reader holds in place: the rest go to the heap, in order.
    std::string item = "<item>";
    for (int i = 0; i < 100; ++i) item += "<dc:title>Dublin Core title " + std::to_string(i) + "</dc:title>";
    for (int i = 0; i < 100; ++i) item += "<title>Title " + std::to_string(i) + "</title>";
    item += "<dc:date>2024-07-01T08:15:00Z</dc:date><pubDate>Tue, 02 Jul 2024 09:00:00 GMT</pubDate></item>";
    Document doc = read(rss(item, all_namespaces));
    REQUIRE(doc.articles.size() == 1);
    const Article& a = doc.articles[0];
    CHECK(a.headline == "Title 0");
    CHECK(date(a.published) == "2024-07-02T09:00:00Z");
    REQUIRE(a.extensions.size() == 199);
    CHECK(a.extensions[0].value.find("Title 1<") != std::string::npos);
    CHECK(a.extensions[99].value.find("Dublin Core title 0<") != std::string::npos);
    CHECK(a.extensions[198].value.find("Dublin Core title 99<") != std::string::npos);
}

TEST_CASE("rss reader: a guid that is a permalink is the link when there is none", "[rss][reader]") {
    Document doc = read(rss("<item><guid>https://harbour.example/a</guid></item>"));
    CHECK(doc.articles.at(0).url == "https://harbour.example/a");
}

TEST_CASE("rss reader: RSS 1.0 (RDF) items stand beside the channel", "[rss][reader]") {
    Document doc = read(R"(<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
        xmlns:dc="http://purl.org/dc/elements/1.1/">
      <channel rdf:about="https://valley.example/rss"><title>Valley</title><link>https://valley.example/</link>
        <description>Valley news</description><dc:language>de</dc:language><image rdf:resource="https://valley.example/logo.gif"/>
        <items><rdf:Seq><rdf:li rdf:resource="https://valley.example/1"/></rdf:Seq></items></channel>
      <image rdf:about="https://valley.example/logo.gif"><title>Valley</title><url>https://valley.example/logo.gif</url><link>https://valley.example/</link></image>
      <item rdf:about="https://valley.example/1"><title>Bridge reopens</title><link>https://valley.example/1</link>
        <dc:date>2024-05-02T09:00:00+02:00</dc:date><dc:subject>Traffic</dc:subject></item>
    </rdf:RDF>)");
    CHECK(doc.feed.title == "Valley");
    CHECK(doc.feed.language == "de");
    CHECK(doc.feed.image.url == "https://valley.example/logo.gif");
    REQUIRE(doc.articles.size() == 1);
    const Article& a = doc.articles[0];
    CHECK(a.headline == "Bridge reopens");
    CHECK(a.language == "de");  // inherited from the channel
    CHECK(date(a.published) == "2024-05-02T09:00:00+02:00");
    CHECK(date(a.updated) == "2024-05-02T09:00:00+02:00");
    CHECK(a.subjects.at(0).name == "Traffic");
}

TEST_CASE("rss reader: RSS 0.91 and a feed that forgot to declare its prefixes", "[rss][reader]") {
    Document doc = read(R"(<rss version="0.91"><channel><title>Old</title>
        <atom:link rel="self" href="https://old.example/rss"/>
        <item><title>One</title><dc:creator>Jo</dc:creator><content:encoded>&lt;p&gt;Body&lt;/p&gt;</content:encoded></item></channel></rss>)");
    CHECK(doc.feed.self_url == "https://old.example/rss");
    REQUIRE(doc.articles.size() == 1);
    CHECK(doc.articles[0].authors.at(0).name == "Jo");
    CHECK(doc.articles[0].body.size() == 1);
}

TEST_CASE("rss reader: relative URLs are resolved against xml:base, the document URL or the channel link", "[rss][reader]") {
    Document doc = read(rss(R"(<link>https://harbour.example/news/</link>
        <item><link>story-1</link><description>&lt;a href="../about"&gt;About&lt;/a&gt;</description></item>
        <item xml:base="https://cdn.example/x/"><link>story-2</link></item>)"));
    CHECK(doc.articles.at(0).url == "https://harbour.example/news/story-1");
    CHECK(doc.articles.at(1).url == "https://cdn.example/x/story-2");
    Diagnostics diag;
    ReadOptions ro = test::read_options(diag);
    ro.base_url = "https://mirror.example/feeds/main.rss";
    Document mirrored = read_rss(rss("<item><link>story-3</link></item>"), ro);
    CHECK(mirrored.articles.at(0).url == "https://mirror.example/feeds/story-3");
}

TEST_CASE("rss reader: a dateline at the start of the content is moved out of the lead", "[rss][reader][dateline]") {
    Document doc = read(rss(R"(<item><title>Strike</title><content:encoded>&lt;p&gt;REYKJAVIK (Nordic Wire) - Harbour workers walked out.&lt;/p&gt;&lt;p&gt;Second.&lt;/p&gt;</content:encoded></item>)",
                            all_namespaces));
    const Article& a = doc.articles.at(0);
    CHECK(a.dateline.text == "REYKJAVIK (Nordic Wire)");
    CHECK(a.dateline.place == "REYKJAVIK");
    CHECK(a.dateline.credit == "Nordic Wire");
    CHECK(a.body.at(0).inlines.at(0).text == "Harbour workers walked out.");
    CHECK(*find_extension(a.extensions, "dispatch", "dateline-separator") == " - ");
}

TEST_CASE("rss reader: declared encodings are converted to UTF-8", "[rss][reader][charset]") {
    SECTION("ISO-8859-1") {
        std::string xml = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss version=\"2.0\"><channel><title>Caf\xE9 M\xFCller</title></channel></rss>";
        CHECK(read(xml).feed.title == "Café Müller");
    }
    SECTION("Windows-1251") {
        std::string xml = "<?xml version=\"1.0\" encoding=\"windows-1251\"?><rss version=\"2.0\"><channel><title>\xCD\xEE\xE2\xEE\xF1\xF2\xE8</title></channel></rss>";
        CHECK(read(xml).feed.title == "Новости");
    }
    SECTION("KOI8-R") {
        std::string xml = "<?xml version=\"1.0\" encoding=\"KOI8-R\"?><rss version=\"2.0\"><channel><title>\xEE\xCF\xD7\xCF\xD3\xD4\xC9</title></channel></rss>";
        CHECK(read(xml).feed.title == "Новости");
    }
    SECTION("Shift_JIS") {
        std::string xml = "<?xml version=\"1.0\" encoding=\"Shift_JIS\"?><rss version=\"2.0\"><channel><title>\x93\xFA\x96\x7B</title></channel></rss>";
        CHECK(read(xml).feed.title == "日本");
    }
    SECTION("UTF-16 with a byte order mark") {
        std::string ascii = "<rss version=\"2.0\"><channel><title>Tide</title></channel></rss>";
        std::string utf16 = "\xFF\xFE";
        for (char c : ascii) {
            utf16 += c;
            utf16 += '\0';
        }
        CHECK(read(utf16).feed.title == "Tide");
    }
    SECTION("bytes that are not UTF-8, undeclared, are Windows-1252 with a warning") {
        Diagnostics diag;
        CHECK(read(rss("<title>Se\xF1or \x93quoted\x94</title>"), diag).feed.title == "Señor “quoted”");
        CHECK(diag.has_warnings());
        CHECK_THROWS_AS(read(rss("<title>Se\xF1or</title>"), diag, true), Error);
    }
}

TEST_CASE("rss reader: HTML entities and bare ampersands are recovered, and refused with --strict", "[rss][reader][recovery]") {
    Diagnostics diag;
    std::string xml = rss("<title>Fish &amp; chips &nbsp;&eacute;t&eacute; & more</title>");
    CHECK(read(xml, diag).feed.title == "Fish & chips \xC2\xA0été & more");
    CHECK(diag.has_warnings());
    CHECK_THROWS_AS(read(xml, diag, true), Error);
}

TEST_CASE("rss reader: an unreadable date is kept verbatim as an extension, with a warning", "[rss][reader][dates]") {
    Diagnostics diag;
    std::string xml = rss("<item><title>T</title><pubDate>the day before yesterday</pubDate></item>");
    Document doc = read(xml, diag);
    const Article& a = doc.articles.at(0);
    CHECK_FALSE(a.published);
    REQUIRE(a.extensions.size() == 1);
    CHECK(a.extensions[0] == Extension{"rss", "{}pubDate", "<pubDate>the day before yesterday</pubDate>"});
    CHECK(diag.has_warnings());
    CHECK_THROWS_AS(read(xml, diag, true), Error);
    SECTION("with warnings not kept (-q) it is not placed, but kept all the same, and still refused with --strict") {
        Diagnostics quiet(Diagnostics::Kept::nothing);
        Document q = read(xml, quiet);
        CHECK(q.articles.at(0).extensions == a.extensions);
        CHECK(quiet.all().empty());
        CHECK_THROWS_WITH(read(xml, quiet, true), Catch::Contains("unreadable date 'the day before yesterday' in <pubDate> (--strict)"));
    }
    SECTION("real-world date forms are read") {
        Document dated = read(rss("<item><pubDate>Seg, 15 Set 2014 18:27:00 -0300</pubDate></item>"
                                "<item><pubDate>2024-06-30 10:00:00 +0200</pubDate></item>"
                                "<item><pubDate>Sun, 30 Jun 24 10:00 EDT</pubDate></item>"));
        CHECK(date(dated.articles.at(0).published) == "2014-09-15T18:27:00-03:00");
        CHECK(date(dated.articles.at(1).published) == "2024-06-30T10:00:00+02:00");
        CHECK(date(dated.articles.at(2).published) == "2024-06-30T10:00:00-04:00");
    }
}

TEST_CASE("rss reader: what is not RSS is refused clearly", "[rss][reader]") {
    Diagnostics diag;
    CHECK_THROWS_WITH(read("<feed xmlns=\"http://www.w3.org/2005/Atom\"/>", diag), Catch::Contains("not an RSS feed"));
    CHECK_THROWS_AS(read("this is not XML", diag), Error);
    CHECK_THROWS_AS(read("", diag), Error);
}

TEST_CASE("rss reader: the RSS sniffer knows RSS 2.0, 1.0 and 0.90 roots", "[rss][sniff]") {
    CHECK(sniff_rss("<?xml version=\"1.0\"?>\n<!-- hi --><rss version=\"2.0\">") >= 90);
    CHECK(sniff_rss("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns=\"http://purl.org/rss/1.0/\">") >= 90);
    CHECK(sniff_rss("<rdf:RDF xmlns=\"http://my.netscape.com/rdf/simple/0.9/\">") >= 90);
    CHECK(sniff_rss("<feed xmlns=\"http://www.w3.org/2005/Atom\">") == 0);
    CHECK(sniff_rss("{\"rss\": 1}") == 0);
    CHECK(sniff_rss("") == 0);
    CHECK(sniff_rss("<") == 0);
}
