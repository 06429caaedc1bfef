#include <catch2/catch.hpp>

#include "rss/rss_validate.hpp"
#include "support/findings_text.hpp"

using namespace wirekit;

namespace {

using Lines = std::vector<std::string>;

Lines validate(std::string_view text) { return test::validate_text(validate_rss, text); }

}  // namespace

TEST_CASE("rss validate: a complete RSS 2.0 channel has no findings", "[rss_validate]") {
    CHECK(validate(R"(<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
  <title>Lakeside Courier</title>
  <link>https://lakeside.example/</link>
  <description>Ferries and weather</description>
  <language>en-gb</language>
  <pubDate>Sat, 07 Sep 2024 09:42:31 GMT</pubDate>
  <ttl>30</ttl>
  <atom:link rel="self" href="https://lakeside.example/feed.rss"/>
  <item>
    <title>Timetable</title>
    <author>desk@lakeside.example (Desk)</author>
    <guid isPermaLink="false">ferry-1</guid>
    <enclosure url="https://lakeside.example/t.pdf" length="1200" type="application/pdf"/>
  </item>
</channel>
</rss>)")
              .empty());
}

TEST_CASE("rss validate: the channel's required elements", "[rss_validate]") {
    CHECK(validate("<rss version=\"2.0\">\n<channel><item><title>t</title></item></channel></rss>") ==
          Lines{"2:1: error: <channel>: <title> is required", "2:1: error: <channel>: <link> is required",
                "2:1: error: <channel>: <description> is required"});
}

TEST_CASE("rss validate: values of dates, links, languages and items", "[rss_validate]") {
    CHECK(validate("<rss version=\"2.0\"><channel><title>t</title><link>/home</link><description>d</description>\n"
                   "<pubDate>2024-09-07</pubDate><language>en_US</language><ttl>soon</ttl>\n"
                   "<item><guid>ferry-1</guid><author>Desk</author><enclosure url=\"x.mp3\"/></item></channel></rss>") ==
          Lines{"1:45: error: <link>: '/home' is not an absolute URL",
                "2:1: error: <pubDate>: '2024-09-07' is not an RFC 822 date like 'Sat, 07 Sep 2002 09:42:31 GMT'",
                "2:30: error: <language>: 'en_US' is not a language code like en or en-us",
                "2:56: error: <ttl>: 'soon' is not a number of minutes",
                "3:27: error: <author>: 'Desk' is not an e-mail address (like 'desk@example.com (Desk)')",
                "3:1: error: <item> needs a <title> or a <description>",
                "3:7: error: <guid> 'ferry-1' is a permalink (isPermaLink defaults to true) but not a URL; add isPermaLink=\"false\"",
                "3:48: error: <enclosure> needs a url attribute holding an absolute URL",
                "3:48: error: <enclosure> needs a type attribute (a MIME type)",
                "3:48: error: <enclosure> length must be its size in bytes, not ''"});
}

TEST_CASE("rss validate: unknown elements without a namespace, and image limits as warnings", "[rss_validate]") {
    CHECK(validate("<rss version=\"2.0\"><channel><title>t</title><link>http://a.example/</link><description>d</description>\n"
                   "<creditLine>x</creditLine><image><url>http://a.example/i.png</url><title>t</title><link>http://a.example/</link>"
                   "<width>256</width></image></channel></rss>") ==
          Lines{"2:1: error: <channel>: <creditLine> is not allowed here",
                "2:113: warning: <image> width '256' should be a number of pixels up to 144"});
}

TEST_CASE("rss validate: RSS 0.91 and RSS 1.0 are not RSS 2.0", "[rss_validate]") {
    CHECK(validate(R"(<rss version="0.91"><channel><title>t</title></channel></rss>)") ==
          Lines{"1:1: error: this is RSS 0.91, not RSS 2.0; `wirekit convert -t rss` turns it into RSS 2.0"});
    CHECK(validate(R"(<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"><channel/></rdf:RDF>)") ==
          Lines{"1:1: error: this is RSS 1.0 (RDF), not RSS 2.0; `wirekit convert -t rss` turns it into RSS 2.0"});
}

TEST_CASE("rss validate: undeclared prefixes and broken XML", "[rss_validate]") {
    CHECK(validate("<rss version=\"2.0\"><channel><title>t</title><link>http://a.example/</link><description>d</description>\n"
                   "<media:content url=\"http://a.example/v.mp4\"/></channel></rss>") ==
          Lines{"2:1: error: the prefix of <media:content> is not declared (no xmlns:media)"});
    Lines broken = validate("<rss version=\"2.0\"><channel>\n<title>t &amp x</title></channel></rss>");
    REQUIRE(broken.size() == 1);
    CHECK(broken[0].starts_with("2:"));
}
