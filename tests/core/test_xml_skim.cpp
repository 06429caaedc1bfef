// Finding element boundaries without parsing (xml_skim.hpp): what a reader
// that parses a large document a part at a time relies on.
#include <catch2/catch.hpp>

#include <string>

#include "xml/xml_skim.hpp"

using namespace wirekit;

TEST_CASE("xml skim: the root's start tag comes after the prolog", "[xml][skim]") {
    std::string text = "<?xml version=\"1.0\"?>\n<!-- a <comment> -->\n<!DOCTYPE m [ <!ENTITY e \"x>y\"> ]>\n"
                       "<g2:newsMessage xmlns:g2=\"urn:a\" note='a>b'>\n<header/></g2:newsMessage>";
    auto root = skim_root_tag(text);
    REQUIRE(root);
    CHECK(root->name == "g2:newsMessage");
    CHECK(text.substr(root->begin, root->end - root->begin) == "<g2:newsMessage xmlns:g2=\"urn:a\" note='a>b'>");
    CHECK_FALSE(root->empty);
    auto empty = skim_root_tag("<item/>");
    REQUIRE(empty);
    CHECK(empty->empty);
    CHECK_FALSE(skim_root_tag("text first <root/>"));
    CHECK_FALSE(skim_root_tag("<root attr=\"never closed>"));
    CHECK_FALSE(skim_root_tag("<!-- never closed <root/>"));
}

TEST_CASE("xml skim: the children of an element, from start tag to end tag", "[xml][skim]") {
    std::string text = "<set>\n  <a x=\"1>2\"><b>t<![CDATA[</a>]]></b><!-- </a> --></a>\n  <!-- between -->\n  <c/>\n"
                       "  <?pi </c> ?><a><a>nested</a></a>\n</set>";
    auto children = skim_children(text, text.find('>') + 1);
    REQUIRE(children);
    REQUIRE(children->size() == 3);
    auto span = [&](const XmlElementSpan& e) { return text.substr(e.start.begin, e.end - e.start.begin); };
    CHECK(span((*children)[0]) == "<a x=\"1>2\"><b>t<![CDATA[</a>]]></b><!-- </a> --></a>");
    CHECK((*children)[0].start.name == "a");
    CHECK(span((*children)[1]) == "<c/>");
    CHECK((*children)[1].start.empty);
    CHECK(span((*children)[2]) == "<a><a>nested</a></a>");
}

TEST_CASE("xml skim: text beside the children or an element that never ends is not skimmed", "[xml][skim]") {
    auto from = [](const std::string& text) { return skim_children(text, text.find('>') + 1); };
    CHECK_FALSE(from("<set><a/>stray text<b/></set>"));
    CHECK_FALSE(from("<set><a/><![CDATA[text]]></set>"));
    CHECK_FALSE(from("<set><a><b></a>"));
    CHECK_FALSE(from("<set><a>text"));
    CHECK_FALSE(from("<set><a attr=\"open></a></set>"));
    auto none = from("<set>\n</set>");
    REQUIRE(none);
    CHECK(none->empty());
}

namespace {
bool is_item_set(std::string_view name) { return name == "itemSet"; }
}  // namespace

TEST_CASE("xml skim: a container's children are found in the same pass as its parent's", "[xml][skim]") {
    std::string text = "<msg><header><sent>now</sent></header>\n<itemSet>\n <item><p>a<item/></p></item><!-- c -->\n"
                       " <item/>\n</itemSet><itemSet><other/></itemSet></msg>";
    auto levels = skim_children_and_container(text, text.find('>') + 1, is_item_set);
    REQUIRE(levels);
    REQUIRE(levels->children.size() == 3);
    REQUIRE(levels->container == std::optional<std::size_t>(1));
    auto span = [&](const XmlElementSpan& e) { return text.substr(e.start.begin, e.end - e.start.begin); };
    // Only the first itemSet's own children: not the nested <item/>, not the second set's.
    REQUIRE(levels->grandchildren.size() == 2);
    CHECK(span(levels->grandchildren[0]) == "<item><p>a<item/></p></item>");
    CHECK(span(levels->grandchildren[1]) == "<item/>");
    CHECK(span(levels->children[2]) == "<itemSet><other/></itemSet>");

    auto from = [](const std::string& t) { return skim_children_and_container(t, t.find('>') + 1, is_item_set); };
    // Text beside the container's children is refused as it is beside the parent's.
    CHECK_FALSE(from("<msg><itemSet><item/>stray<item/></itemSet></msg>"));
    CHECK_FALSE(from("<msg><itemSet><![CDATA[x]]></itemSet></msg>"));
    // Text deeper down is no matter, and without a container there are no grandchildren.
    auto deeper = from("<msg><itemSet><item>text</item></itemSet></msg>");
    REQUIRE(deeper);
    CHECK(deeper->grandchildren.size() == 1);
    auto none = from("<msg><header/></msg>");
    REQUIRE(none);
    CHECK_FALSE(none->container);
    CHECK(none->grandchildren.empty());
    auto empty = from("<msg><itemSet/><item/></msg>");
    REQUIRE(empty);
    CHECK(empty->container == std::optional<std::size_t>(0));
    CHECK(empty->grandchildren.empty());
}
