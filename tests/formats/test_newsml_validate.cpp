#include <catch2/catch.hpp>

#include "newsml/newsml_validate.hpp"
#include "support/findings_text.hpp"

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

TEST_CASE("newsml validate: xs:dateTime values, empty or with a +hhmm offset", "[newsml_validate]") {
    CHECK(validate(news_item("<itemClass qcode=\"ninat:text\"/>\n<provider qcode=\"nprov:WK\"/>\n"
                             "<versionCreated>2023-06-06T10:00:00+0100</versionCreated>\n<firstCreated></firstCreated>\n")) ==
          Lines{"5:1: error: <versionCreated>: '2023-06-06T10:00:00+0100' is not an xs:dateTime (the offset needs a colon: +01:00)",
                "6:1: error: <firstCreated>: '' is not an xs:dateTime (it is empty)"});
}

TEST_CASE("newsml validate: element order and required elements in itemMeta", "[newsml_validate]") {
    CHECK(validate(news_item("<itemClass qcode=\"ninat:text\"/>\n<provider qcode=\"nprov:WK\"/>\n"
                             "<versionCreated>2023-06-06T10:00:00Z</versionCreated>\n<title>T</title>\n"
                             "<pubStatus qcode=\"stat:usable\"/>\n")) ==
          Lines{"7:1: error: <itemMeta>: <pubStatus> must come before <title>"});
    CHECK(validate(news_item("<itemClass qcode=\"ninat:text\"/>\n<versionCreated>2023-06-06T10:00:00Z</versionCreated>\n")) ==
          Lines{"4:1: error: <itemMeta>: <provider> is required before <versionCreated>"});
}

TEST_CASE("newsml validate: contentMeta's administrative metadata comes before the descriptive", "[newsml_validate]") {
    CHECK(validate(news_item(good_meta, "<contentMeta>\n<headline>H</headline>\n<located qcode=\"geo:1\"/>\n"
                                        "<urgency></urgency>\n</contentMeta>\n")) ==
          Lines{"9:1: error: <contentMeta>: <located> must come before <headline>",
                "10:1: error: <contentMeta>: <urgency> must come before <headline>",
                "10:1: error: <urgency>: '' is not a number from 1 to 9"});
}

TEST_CASE("newsml validate: one-line strings, QCodes and attribute counts", "[newsml_validate]") {
    CHECK(validate(news_item(std::string(good_meta) + "<fileName>\n  story.xml\n</fileName>\n",
                             "<contentMeta><subject qcode=\"no qcode\"/></contentMeta>\n"
                             "<contentSet><inlineXML wordcount=\"\"/></contentSet>\n")) ==
          Lines{"6:1: error: <fileName>: '\\n  story.xml\\n' must stay on one line (no line breaks or tabs)",
                "10:14: error: <subject> qcode: 'no qcode' is not a QCode (scheme:code, without blanks)",
                "11:13: error: <inlineXML> wordcount: '' is not an xs:nonNegativeInteger"});
}

TEST_CASE("newsml validate: newsMessage attributes and header", "[newsml_validate]") {
    CHECK(validate("<newsMessage xmlns=\"http://iptc.org/std/nar/2006-10-01/\" standard=\"NewsML-G2\">\n"
                   "<header><sent>2023-06-06T10:00:00Z</sent><priority>4</priority><sender>wk</sender></header>\n"
                   "<itemSet/></newsMessage>") ==
          Lines{"1:1: error: <newsMessage>: the attribute standard is not allowed",
                "2:64: error: <header>: <sender> must come before <priority>",
                "3:1: error: <itemSet>: an element of this namespace is required"});
}

TEST_CASE("newsml validate: NITF 3.6 version and hedline", "[newsml_validate]") {
    CHECK(validate(news_item(good_meta, "<contentSet><inlineXML>\n<nitf xmlns=\"http://iptc.org/std/NITF/2006-10-18/\" "
                                        "version=\"-//IPTC//DTD NITF 3.4//EN\"><body><body.head>\n<headline><hl1>H</hl1>"
                                        "</headline></body.head></body></nitf></inlineXML></contentSet>\n")) ==
          Lines{"8:1: error: <nitf>: version must be '-//IPTC//DTD NITF 3.6//EN', not '-//IPTC//DTD NITF 3.4//EN'",
                "9:1: error: <body.head>: <headline> is not allowed here"});
}

TEST_CASE("newsml validate: elements inside a lax wildcard are checked where the schema declares them", "[newsml_validate]") {
    CHECK(validate(news_item(std::string(good_meta) + "<link rel=\"irel:seeAlso\" residref=\"urn:x:2\">\n"
                                                      "<versionCreated>yesterday</versionCreated></link>\n")) ==
          Lines{"7:1: error: <versionCreated>: 'yesterday' is not an xs:dateTime (the year must have four digits)"});
}

TEST_CASE("newsml validate: a document that is not NewsML-G2", "[newsml_validate]") {
    CHECK(validate("<newsItem guid=\"x\"/>") ==
          Lines{"1:1: error: the root <newsItem> is not in the NewsML-G2 namespace http://iptc.org/std/nar/2006-10-01/ (no xmlns)"});
    CHECK(validate("<contentMeta xmlns=\"http://iptc.org/std/nar/2006-10-01/\"/>") ==
          Lines{"1:1: error: <contentMeta> cannot be the root: a NewsML-G2 document is an item or a newsMessage"});
}
