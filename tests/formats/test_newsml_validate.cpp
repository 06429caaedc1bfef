// `wirekit validate` for NewsML-G2: IPTC's 2.35 schema with NITF 3.6 for the
// bodies, through libxml2; each finding in libxml2's words (as xmllint
// --schema prints them) at the start tag or attribute it is about.
#include <catch2/catch.hpp>

#include "newsml/newsml_validate.hpp"
#include "support/findings_text.hpp"
#include "support/paths.hpp"

using namespace wirekit;

namespace {

using Lines = std::vector<std::string>;

Lines validate(std::string_view text) { return test::validate_text(validate_newsml, text); }

// A newsItem with ITEM_META inside itemMeta and REST after it.
std::string news_item(std::string_view item_meta, std::string_view rest = {}) {
    return "<newsItem xmlns=\"http://iptc.org/std/nar/2006-10-01/\" guid=\"urn:x:1\" standard=\"NewsML-G2\" "
           "standardversion=\"2.35\" version=\"1\">\n<itemMeta>\n" +
           std::string(item_meta) + "</itemMeta>\n" + std::string(rest) + "</newsItem>";
}

const std::string_view good_meta =
    "<itemClass qcode=\"ninat:text\"/>\n<provider qcode=\"nprov:WK\"/>\n<versionCreated>2023-06-06T10:00:00Z</versionCreated>\n";

const std::string g2 = "{http://iptc.org/std/nar/2006-10-01/}";

bool starts_with(const Lines& lines, std::size_t i, std::string_view prefix) { return i < lines.size() && lines[i].starts_with(prefix); }

}  // namespace

TEST_CASE("newsml validate: a minimal item with NITF content has no findings", "[newsml_validate]") {
    CHECK(validate(news_item(good_meta,
                             "<contentMeta><urgency>4</urgency><headline>Wind farm</headline></contentMeta>\n"
                             "<contentSet><inlineXML contenttype=\"application/nitf+xml\" wordcount=\"3\">"
                             "<nitf xmlns=\"http://iptc.org/std/NITF/2006-10-18/\" version=\"-//IPTC//DTD NITF 3.6//EN\">"
                             "<body><body.head><hedline><hl1>Wind farm</hl1></hedline></body.head></body></nitf>"
                             "</inlineXML></contentSet>\n"))
              .empty());
}

TEST_CASE("newsml validate: the samples and IPTC's own examples are valid", "[newsml_validate]") {
    for (auto path : {test::source_path("samples/wind-farm-newsml.xml"),
                      test::shared_path("formats-ref/newsml-g2/examples/LISTING_2_NewsML-G2_Text_Document.xml"),
                      test::shared_path("formats-ref/newsml-g2/examples/LISTING_6_Simple_NewsML-G2_Package.xml")}) {
        INFO(path);
        CHECK(validate(test::read_file(path)) == Lines{});
    }
}

TEST_CASE("newsml validate: xs:dateTime values, empty or with a +hhmm offset", "[newsml_validate]") {
    CHECK(validate(news_item("<itemClass qcode=\"ninat:text\"/>\n<provider qcode=\"nprov:WK\"/>\n"
                             "<versionCreated>2023-06-06T10:00:00+0100</versionCreated>\n<firstCreated></firstCreated>\n")) ==
          Lines{"5:1: error: Element '" + g2 + "versionCreated': '2023-06-06T10:00:00+0100' is not a valid value of the atomic type 'xs:dateTime'.",
                "6:1: error: Element '" + g2 + "firstCreated': '' is not a valid value of the atomic type 'xs:dateTime'."});
}

TEST_CASE("newsml validate: element order and required elements in itemMeta", "[newsml_validate]") {
    Lines order = validate(news_item("<itemClass qcode=\"ninat:text\"/>\n<provider qcode=\"nprov:WK\"/>\n"
                                     "<versionCreated>2023-06-06T10:00:00Z</versionCreated>\n<title>T</title>\n"
                                     "<pubStatus qcode=\"stat:usable\"/>\n"));
    CHECK(order.size() == 1);
    CHECK(starts_with(order, 0, "7:1: error: Element '" + g2 + "pubStatus': This element is not expected. Expected is one of ( " + g2 + "title,"));
    Lines missing = validate(news_item("<itemClass qcode=\"ninat:text\"/>\n<versionCreated>2023-06-06T10:00:00Z</versionCreated>\n"));
    CHECK(missing == Lines{"4:1: error: Element '" + g2 + "versionCreated': This element is not expected. Expected is ( " + g2 + "provider )."});
}

TEST_CASE("newsml validate: attribute values are placed at the attribute", "[newsml_validate]") {
    CHECK(validate(news_item(good_meta, "<contentMeta><subject qcode=\"no qcode\"/></contentMeta>\n"
                                        "<contentSet><inlineXML\n    wordcount=\"\"/></contentSet>\n")) ==
          Lines{"7:23: error: Element '" + g2 + "subject', attribute 'qcode': [facet 'pattern'] The value 'no qcode' is not accepted by the pattern '[^\\s:]+:[^\\s]+'.",
                "9:5: error: Element '" + g2 + "inlineXML', attribute 'wordcount': '' is not a valid value of the atomic type 'xs:nonNegativeInteger'."});
}

TEST_CASE("newsml validate: NITF inside inlineXML is checked by the NITF 3.6 schema", "[newsml_validate]") {
    Lines found = validate(news_item(good_meta, "<contentSet><inlineXML>\n<nitf xmlns=\"http://iptc.org/std/NITF/2006-10-18/\" "
                                                "version=\"-//IPTC//DTD NITF 3.4//EN\"><body><body.head>\n<headline><hl1>H</hl1>"
                                                "</headline></body.head></body></nitf></inlineXML></contentSet>\n"));
    REQUIRE(found.size() == 2);
    CHECK(found[0] == "8:52: error: Element '{http://iptc.org/std/NITF/2006-10-18/}nitf', attribute 'version': The value "
                      "'-//IPTC//DTD NITF 3.4//EN' does not match the fixed value constraint '-//IPTC//DTD NITF 3.6//EN'.");
    CHECK(found[1].starts_with("9:1: error: Element '{http://iptc.org/std/NITF/2006-10-18/}headline': This element is not expected."));
}

TEST_CASE("newsml validate: a document that is not NewsML-G2", "[newsml_validate]") {
    CHECK(validate("<newsItem guid=\"x\"/>") ==
          Lines{"1:1: error: Element 'newsItem': No matching global declaration available for the validation root."});
    CHECK(validate("<newsItem xmlns=\"http://iptc.org/std/nar/2006-10-01/\"\n  guid=\"x\"/>").at(0) ==
          "1:1: error: Element '" + g2 + "newsItem': The attribute 'standard' is required but missing.");
}
