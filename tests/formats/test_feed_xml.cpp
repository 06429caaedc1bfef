#include <catch2/catch.hpp>

#include <pugixml.hpp>

#include "feed/feed_xml.hpp"

using namespace wirekit;

TEST_CASE("serialize_element gives a kept element the declarations it needs to stand alone, and only those", "[feed]") {
    pugi::xml_document doc;
    REQUIRE(doc.load_string("<rss xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><channel><item>"
                            "<pubDate>no date</pubDate>"
                            "<dc:date>soon</dc:date>"
                            "<foo xmlns=\"urn:x\"><bar/></foo>"
                            "<odd:thing>t</odd:thing>"
                            "<media:credit>Photo desk</media:credit>"
                            "</item></channel></rss>"));
    pugi::xml_node item = doc.child("rss").child("channel").child("item");
    // No namespace to declare: printed as it stands.
    CHECK(serialize_element(item.child("pubDate")) == "<pubDate>no date</pubDate>");
    // Declared above the element: the declaration comes along.
    CHECK(serialize_element(item.child("dc:date")) == "<dc:date xmlns:dc=\"http://purl.org/dc/elements/1.1/\">soon</dc:date>");
    // Declared by the element itself: nothing added.
    CHECK(serialize_element(item.child("foo")) == "<foo xmlns=\"urn:x\"><bar/></foo>");
    // An unknown undeclared prefix stays as written; a known one gets its conventional namespace.
    CHECK(serialize_element(item.child("odd:thing")) == "<odd:thing>t</odd:thing>");
    CHECK(serialize_element(item.child("media:credit")) ==
          "<media:credit xmlns:media=\"http://search.yahoo.com/mrss/\">Photo desk</media:credit>");
}
