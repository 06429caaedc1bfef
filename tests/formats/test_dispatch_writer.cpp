// The dispatch writer on models that did not come from a dispatch.
#include <catch2/catch.hpp>

#include "dispatch/dispatch_writer.hpp"

using namespace wirekit;

namespace {

Block paragraph(std::string text) {
    Block b;
    b.inlines.push_back({Inline::Kind::text, std::move(text), {}, {}});
    return b;
}

std::string write(const Document& doc, int wrap = 0) {
    Diagnostics diag;
    WriteOptions wo;
    wo.wrap = wrap;
    wo.diag = &diag;
    return write_dispatch(doc, wo);
}

Article story() {
    Article a;
    a.headline = "Port reopens\nafter storm";
    a.dateline.text = "OSLO (NTB)";
    a.body = {paragraph("The port reopened on Monday after three days."), paragraph("Ferries sailed again.")};
    return a;
}

}  // namespace

TEST_CASE("headline on one line, dateline before the lead with the default separator", "[dispatch][writer]") {
    Document doc{{}, {story()}};
    CHECK(write(doc) == "Port reopens after storm\n\nOSLO (NTB) - The port reopened on Monday after three days.\n\nFerries sailed again.\n");
}

TEST_CASE("wrapping hard-wraps paragraphs at the width", "[dispatch][writer]") {
    Document doc{{}, {story()}};
    CHECK(write(doc, 24) ==
          "Port reopens after storm\n\nOSLO (NTB) - The port\nreopened on Monday after\nthree days.\n\nFerries sailed again.\n");
}

TEST_CASE("rich bodies flatten to text paragraphs", "[dispatch][writer]") {
    Article a;
    a.headline = "Markets";
    Block heading;
    heading.kind = Block::Kind::heading;
    heading.level = 2;
    heading.inlines = {{Inline::Kind::text, "Prices", {}, {}}};
    Block strong_para;
    strong_para.inlines = {{Inline::Kind::text, "Oil ", {}, {}},
                           {Inline::Kind::strong, {}, {}, {{Inline::Kind::text, "rose", {}, {}}}},
                           {Inline::Kind::line_break, {}, {}, {}},
                           {Inline::Kind::link, {}, "https://example.org", {{Inline::Kind::text, "sharply", {}, {}}}}};
    Block list;
    list.kind = Block::Kind::list;
    list.ordered = true;
    Block item;
    item.kind = Block::Kind::list_item;
    item.children = {paragraph("Brent")};
    list.children = {item, item};
    Block rule;
    rule.kind = Block::Kind::rule;
    a.body = {heading, strong_para, list, rule};
    CHECK(write(Document{{}, {a}}) == "Markets\n\nPrices\n\nOil rose sharply\n\n1. Brent\n\n2. Brent\n\n* * *\n");
}

TEST_CASE("several articles are separated by a form-feed line", "[dispatch][writer]") {
    Article b = story();
    b.dateline = {};
    Document doc{{}, {story(), b}};
    CHECK(write(doc) ==
          "Port reopens after storm\n\nOSLO (NTB) - The port reopened on Monday after three days.\n\nFerries sailed again.\n"
          "\f\n"
          "Port reopens after storm\n\nThe port reopened on Monday after three days.\n\nFerries sailed again.\n");
}

TEST_CASE("fields a dispatch cannot carry are named with -v", "[dispatch][writer]") {
    Article a = story();
    a.id = "urn:example:1";
    a.keywords = {"ports"};
    Diagnostics diag;
    WriteOptions wo;
    wo.diag = &diag;
    write_dispatch(Document{{}, {a}}, wo);
    REQUIRE(diag.all().size() == 1);
    CHECK(diag.all()[0].message == "dispatch cannot carry, dropped: id, keywords");
}

TEST_CASE("an article without a headline gets its summary, else a placeholder, as the first line", "[dispatch][writer]") {
    Document doc;
    Article with_summary = story();
    with_summary.headline.clear();
    with_summary.summary = "The port is open\nagain.";
    Article bare = story();
    bare.headline.clear();
    doc.articles = {with_summary, bare};
    std::string text = write(doc);
    CHECK(text.starts_with("The port is open again.\n\nOSLO (NTB) - The port reopened"));
    CHECK(text.find("\f\n(no headline)\n\nOSLO (NTB) - ") != std::string::npos);
}

TEST_CASE("authors without a printed byline are written as a By line", "[dispatch][writer]") {
    Article a = story();
    a.authors = {{"Kari Nordvik", "author", {}, {}}, {"Jonas Eide", "author", {}, {}}, {"Ole Berg", "author", {}, {}}};
    Document doc;
    doc.articles = {a};
    CHECK(write(doc).starts_with("Port reopens after storm\n\nBy Kari Nordvik, Jonas Eide and Ole Berg\n\nOSLO (NTB) - "));
    a.authors.clear();
    a.byline = "Marta Lindqvist";
    doc.articles = {a};
    CHECK(write(doc).starts_with("Port reopens after storm\n\nBy Marta Lindqvist\n\nOSLO"));
}

TEST_CASE("bylines and datelines a dispatch reader would not know again are left out", "[dispatch][writer]") {
    Article a = story();
    a.byline = "heise online";
    a.dateline.text = "2014-07-16 13:00:03 GMT+00:00";
    Document doc;
    doc.articles = {a};
    CHECK(write(doc) == "Port reopens after storm\n\nThe port reopened on Monday after three days.\n\nFerries sailed again.\n");
}

TEST_CASE("control characters other than tab and newline are left out", "[dispatch][writer]") {
    Article a = story();
    a.headline = "Port\x01 reopens\x0c";
    a.body = {paragraph("Ferries\x1b sailed\tagain.")};
    Document doc;
    doc.articles = {a};
    CHECK(write(doc) == "Port reopens\n\nOSLO (NTB) - Ferries sailed again.\n");
}
