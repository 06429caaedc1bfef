// Dispatches through NewsML-G2: the dispatch's facts land where G2 users look
// (the Lavrov acceptance case), dispatch -> newsml -> dispatch gives the
// dispatch back byte for byte, and several dispatches make one newsMessage.
#include <catch2/catch.hpp>

#include <pugixml.hpp>

#include "dispatch/dispatch_reader.hpp"
#include "dispatch/dispatch_writer.hpp"
#include "newsml/newsml_reader.hpp"
#include "newsml/newsml_writer.hpp"
#include "support/golden.hpp"
#include "support/options.hpp"
#include "support/paths.hpp"
#include "time/datetime.hpp"

using namespace wirekit;

namespace {

ReadOptions options_for(Diagnostics& diag, const std::string& source) {
    ReadOptions ro = test::read_options(diag, source);
    ro.reference_date = parse_rfc3339("2024-06-30");
    return ro;
}

std::string lavrov_path() { return test::shared_path("corpus/dispatch/lavrov-dushanbe-sputnik.txt"); }

std::string to_newsml(const std::string& path, Diagnostics& diag, std::vector<std::string> variants = {}) {
    Document doc = read_dispatch(test::read_file(path), options_for(diag, path));
    WriteOptions wo = test::write_options(diag);
    wo.variants = std::move(variants);
    wo.variants.emplace_back(round_trip_variant);  // read back whole
    return write_newsml(doc, wo);
}

std::size_t count_children(pugi::xml_node parent, const char* name) {
    std::size_t n = 0;
    for (pugi::xml_node c : parent.children(name)) n += c ? 1 : 0;
    return n;
}

}  // namespace

TEST_CASE("newsml: the reference dispatch as NewsML-G2 says what G2 users look for", "[newsml][dispatch]") {
    Diagnostics diag;
    std::string xml = to_newsml(lavrov_path(), diag);
    pugi::xml_document doc;
    REQUIRE(doc.load_string(xml.c_str()));
    pugi::xml_node item = doc.child("newsItem");
    REQUIRE(item);
    CHECK(std::string(item.attribute("xmlns").value()) == "http://iptc.org/std/nar/2006-10-01/");
    CHECK(std::string(item.attribute("standardversion").value()) == "2.35");
    CHECK(std::string(item.attribute("conformance").value()) == "power");
    CHECK(std::string(item.attribute("xml:lang").value()) == "en");
    CHECK(std::string(item.child("catalogRef").attribute("href").value()) ==
          "http://www.iptc.org/std/catalog/catalog.IPTC-G2-Standards_41.xml");

    pugi::xml_node meta = item.child("contentMeta");
    CHECK(std::string(meta.child_value("headline")) == "Lavrov Says Dialogue With Taliban In Economic, Security Interests Of Region");
    CHECK(std::string(meta.child_value("dateline")) == "DUSHANBE (Pakistan Point News / Sputnik - 06th June, 2023)");
    CHECK(std::string(meta.child("located").child_value("name")) == "Dushanbe");
    CHECK(std::string(meta.child_value("creditline")) == "Pakistan Point News / Sputnik");
    REQUIRE(count_children(meta, "infoSource") == 2);
    CHECK(std::string(meta.child("infoSource").child_value("name")) == "Pakistan Point News");
    CHECK(std::string(meta.child("infoSource").next_sibling("infoSource").child_value("name")) == "Sputnik");
    CHECK(std::string(meta.child_value("contentCreated")) == "2023-06-06");
    CHECK(std::string(meta.child("language").attribute("tag").value()) == "en");

    pugi::xml_node inline_xml = item.child("contentSet").child("inlineXML");
    CHECK(std::string(inline_xml.attribute("contenttype").value()) == "application/xhtml+xml");
    pugi::xml_node html = inline_xml.child("html");
    CHECK(std::string(html.attribute("xmlns").value()) == "http://www.w3.org/1999/xhtml");
    CHECK(count_children(html.child("body"), "p") == 6);
    CHECK(std::string(html.child("body").child_value("p")).starts_with("Building a dialogue with the Taliban"));
}

TEST_CASE("newsml: a byline becomes by and creator", "[newsml][dispatch]") {
    Diagnostics diag;
    std::string xml = to_newsml(test::source_path("samples/solar-grid-millbrook-vermont.txt"), diag);
    pugi::xml_document doc;
    REQUIRE(doc.load_string(xml.c_str()));
    pugi::xml_node meta = doc.child("newsItem").child("contentMeta");
    CHECK(std::string(meta.child_value("by")).starts_with("By "));
    CHECK(std::string(meta.child("creator").child_value("name")).size() > 0);
}

TEST_CASE("newsml: dispatch -> newsml -> dispatch gives the dispatch back", "[newsml][dispatch][roundtrip]") {
    auto inputs = test::files_in(test::source_path("samples"), ".txt");
    inputs.push_back(lavrov_path());
    for (const auto& path : inputs) {
        SECTION(path) {
            Diagnostics diag;
            std::string text = test::read_file(path);
            std::string xml = to_newsml(path, diag);
            Document back = read_newsml(xml, options_for(diag, "g2"));
            std::string expected = text.ends_with("\n") ? text : text + "\n";
            CHECK(write_dispatch(back, test::write_options(diag)) == expected);
            CHECK(to_newsml(path, diag) == xml);  // the same input gives the same bytes
        }
    }
}

TEST_CASE("newsml: two dispatches make a newsMessage of two items, read back as two articles", "[newsml][dispatch]") {
    Diagnostics diag;
    std::string a_path = test::source_path("samples/canal-lock-rotterdam.txt");
    Document doc = read_dispatch(test::read_file(a_path), options_for(diag, a_path));
    Document lavrov = read_dispatch(test::read_file(lavrov_path()), options_for(diag, lavrov_path()));
    doc.articles.push_back(lavrov.articles.front());
    WriteOptions wo = test::write_options(diag);
    wo.now = parse_rfc3339("2024-06-30T08:00:00Z");
    wo.variants = {std::string(round_trip_variant)};  // these tests read the output back whole
    std::string xml = write_newsml(doc, wo);

    pugi::xml_document parsed;
    REQUIRE(parsed.load_string(xml.c_str()));
    pugi::xml_node message = parsed.child("newsMessage");
    REQUIRE(message);
    // The newest item's time: the canal dispatch names none, so it is WriteOptions::now.
    CHECK(std::string(message.child("header").child_value("sent")) == "2024-06-30T08:00:00Z");
    CHECK(count_children(message.child("itemSet"), "newsItem") == 2);

    Document back = read_newsml(xml, options_for(diag, "g2"));
    REQUIRE(back.articles.size() == 2);
    CHECK(back.articles[0].headline == doc.articles[0].headline);
    CHECK(back.articles[1].dateline == doc.articles[1].dateline);
    CHECK(back.articles[1].body == doc.articles[1].body);
    CHECK(write_dispatch(back, wo) == write_dispatch(doc, wo));
}

TEST_CASE("newsml: the nitf variant carries the body as NITF", "[newsml][dispatch][nitf]") {
    Diagnostics diag;
    std::string xml = to_newsml(lavrov_path(), diag, {"nitf"});
    pugi::xml_document doc;
    REQUIRE(doc.load_string(xml.c_str()));
    pugi::xml_node inline_xml = doc.child("newsItem").child("contentSet").child("inlineXML");
    CHECK(std::string(inline_xml.attribute("contenttype").value()) == "application/nitf+xml");
    pugi::xml_node nitf = inline_xml.child("nitf");
    CHECK(std::string(nitf.attribute("xmlns").value()) == "http://iptc.org/std/NITF/2006-10-18/");
    CHECK(count_children(nitf.child("body").child("body.content"), "p") == 6);
    CHECK(std::string(nitf.child("body").child("body.head").child("hedline").child_value("hl1")).starts_with("Lavrov Says"));

    Document back = read_newsml(xml, options_for(diag, "g2"));
    std::string text = test::read_file(lavrov_path());
    CHECK(write_dispatch(back, test::write_options(diag)) == text + "\n");
}
