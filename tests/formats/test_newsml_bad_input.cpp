// Bad NewsML-G2 input gets a clear error (exit 65, with line and column where
// there is one) and never a crash, a hang, an expanded entity or a fetch.
#include <catch2/catch.hpp>

#include "newsml/newsml_reader.hpp"
#include "report/error.hpp"
#include "support/options.hpp"

using namespace wirekit;

namespace {

const std::string g2 = "http://iptc.org/std/nar/2006-10-01/";

Document read(const std::string& xml) {
    Diagnostics diag;
    return read_newsml(xml, test::read_options(diag, "bad.xml"));
}

std::string item_with_headline(const std::string& headline, const std::string& before = {}) {
    return before + "<newsItem xmlns=\"" + g2 + "\" guid=\"g\" standard=\"NewsML-G2\" standardversion=\"2.35\"><itemMeta>"
                    "<itemClass qcode=\"ninat:text\"/><provider literal=\"p\"/><versionCreated>2024-01-01T00:00:00Z</versionCreated>"
                    "</itemMeta><contentMeta><headline>" + headline + "</headline></contentMeta></newsItem>";
}

class CollectingSinkForBadInput : public ArticleSink {
public:
    void feed(FeedInfo) override {}
    void article(Article&&) override {}
};

}  // namespace

TEST_CASE("newsml: XML that is not well-formed: an error with line and column", "[newsml][bad]") {
    try {
        read("<newsItem xmlns=\"" + g2 + "\">\n  <itemMeta>\n    <itemClass qcode=\"ninat:text\">\n  </itemMeta>\n</newsItem>");
        FAIL("no error");
    } catch (const Error& e) {
        CHECK(e.code() == Exit::data);
        CHECK(e.line() >= 3);
        CHECK(e.column() > 0);
        CHECK(e.source() == "bad.xml");
    }
    CHECK_THROWS_AS(read(""), Error);
    CHECK_THROWS_AS(read("not xml at all"), Error);
}

TEST_CASE("newsml: 100,000 nested elements are refused, not recursed into", "[newsml][bad]") {
    std::string deep = "<newsItem xmlns=\"" + g2 + "\">";
    for (int i = 0; i < 100000; ++i) deep += "<a>";
    for (int i = 0; i < 100000; ++i) deep += "</a>";
    deep += "</newsItem>";
    CHECK_THROWS_WITH(read(deep), Catch::Contains("nested deeper"));
}

TEST_CASE("newsml: entities declared in a DTD are never expanded", "[newsml][bad]") {
    std::string laughs = "<!DOCTYPE newsItem [<!ENTITY lol \"lol\">";
    for (int i = 1; i <= 9; ++i) {
        std::string prev = i == 1 ? "&lol;" : "&lol" + std::to_string(i - 1) + ";";
        laughs += "<!ENTITY lol" + std::to_string(i) + " \"";
        for (int k = 0; k < 10; ++k) laughs += prev;
        laughs += "\">";
    }
    laughs += "]>\n";
    Document doc;
    CHECK_NOTHROW(doc = read(item_with_headline("&lol9;", laughs)));
    REQUIRE(doc.articles.size() == 1);
    CHECK(doc.articles[0].headline.size() < 100);
}

TEST_CASE("newsml: external entities are never fetched", "[newsml][bad]") {
    std::string dtd = "<!DOCTYPE newsItem [<!ENTITY xxe SYSTEM \"file:///etc/passwd\"><!ENTITY web SYSTEM \"http://127.0.0.1:9/x\">]>\n";
    Document doc = read(item_with_headline("a &xxe; b &web;", dtd));
    REQUIRE(doc.articles.size() == 1);
    CHECK(doc.articles[0].headline.find("root:") == std::string::npos);
    CHECK(doc.articles[0].headline.size() < 100);
}

TEST_CASE("newsml: a 10 MB attribute is refused", "[newsml][bad]") {
    std::string xml = "<newsItem xmlns=\"" + g2 + "\" guid=\"" + std::string(10 * 1024 * 1024, 'x') + "\"/>";
    CHECK_THROWS_WITH(read(xml), Catch::Contains("attribute") && Catch::Contains("longer"));
}

TEST_CASE("newsml: an empty message and an item without anything still read or fail clearly", "[newsml][bad]") {
    CHECK_THROWS_WITH(read("<newsMessage xmlns=\"" + g2 + "\"><header><sent>2024-01-01T00:00:00Z</sent></header><itemSet/></newsMessage>"),
                      Catch::Contains("holds no newsItem"));
    Document doc = read("<newsItem xmlns=\"" + g2 + "\"/>");
    REQUIRE(doc.articles.size() == 1);
    CHECK(doc.articles[0].id.starts_with("urn:uuid:"));
}

TEST_CASE("newsml: an attribute longer than 1 MiB is refused, in an item and in a message read item by item", "[newsml][bad]") {
    std::string long_value(std::size_t{1} << 20, 'x');
    std::string item = item_with_headline("Fine");
    item.insert(item.find(" guid="), "\n note=\"" + long_value + "x\"");
    std::string fine = item_with_headline("Fine");
    fine.insert(fine.find(" guid="), " note=\"" + long_value + "\"");
    CHECK(read(fine).articles.size() == 1);  // exactly 1 MiB is allowed
    for (const std::string& xml : {item, "<newsMessage xmlns=\"" + g2 + "\"><itemSet>" + item_with_headline("First") + item + "</itemSet></newsMessage>"}) {
        Diagnostics diag;
        CollectingSinkForBadInput sink;
        std::string streamed, whole;
        try {
            read_newsml_each(xml, test::read_options(diag, "bad.xml"), sink);
        } catch (const Error& e) {
            streamed = e.format();
        }
        try {
            read(xml);
        } catch (const Error& e) {
            whole = e.format();
        }
        CHECK(whole.find("error: an attribute longer than 1 MiB: not NewsML-G2 metadata") != std::string::npos);
        CHECK(streamed == whole);  // at the same line and column
    }
}
