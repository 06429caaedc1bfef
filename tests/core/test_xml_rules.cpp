#include <catch2/catch.hpp>

#include "support/findings_text.hpp"
#include "xml/xml_rules.hpp"

using namespace wirekit;

namespace {

const std::vector<ElementRule>& shelf_rules() {
    static const std::vector<ElementRule> rules = {
        {.name = "shelf",
         .content = {{{"label"}, 1, 1}, {{"book", "box"}, 0, 3}, {{"note"}, 0, 2}, {{other_namespace}, 0, unbounded}},
         .attributes = {{"id", check_xs_ncname, true}, {"kind", nullptr, false, "wood"}}},
        {.name = "label", .text = TextRule::value, .text_check = check_xs_language},
        {.name = "note", .attributes = {{"id", check_xs_id}, {"see", check_xs_idref}}},
        {.name = "room",
         .content = {{{"shelf"}, 0, unbounded}, {{"door"}, 1, 1}, {{"exit"}, 0, unbounded}},
         .order = Order::interleave,
         .trailing_slots = 1},
    };
    return rules;
}

std::vector<std::string> check(std::string_view text) {
    Diagnostics diag;
    ReadOptions options;
    options.diag = &diag;
    Findings findings;
    auto xml = parse_xml_for_findings(text, options, findings);
    if (xml) {
        RuleTable tables[] = {{"urn:shelf", shelf_rules()}};
        check_element_rules(*xml, xml->doc.document_element(), tables, findings);
    }
    return test::findings_text(findings);
}

using Lines = std::vector<std::string>;

}  // namespace

TEST_CASE("xml rules: a document that follows its rules has no findings", "[xml_rules]") {
    CHECK(check(R"(<shelf xmlns="urn:shelf" xmlns:x="urn:x" id="s1" kind="wood" x:any="1"><label>en</label><book/><box/><note/><x:tag/></shelf>)")
              .empty());
}

TEST_CASE("xml rules: children out of order, missing, too many or unknown are each reported", "[xml_rules]") {
    CHECK(check("<shelf xmlns=\"urn:shelf\" id=\"s1\">\n  <label>en</label>\n  <note/>\n  <book/>\n</shelf>") ==
          Lines{"4:3: error: <shelf>: <book> must come before <note>"});
    CHECK(check("<shelf xmlns=\"urn:shelf\" id=\"s1\">\n<book/></shelf>") ==
          Lines{"2:1: error: <shelf>: <label> is required before <book>"});
    CHECK(check("<shelf xmlns=\"urn:shelf\" id=\"s1\"/>") == Lines{"1:1: error: <shelf>: <label> is required"});
    CHECK(check("<shelf xmlns=\"urn:shelf\" id=\"s1\"><label>en</label><book/><box/><book/><box/></shelf>") ==
          Lines{"1:71: error: <shelf>: <box> once too often (at most 3)"});
    CHECK(check("<shelf xmlns=\"urn:shelf\" id=\"s1\"><label>en</label><lamp/><book>x</book></shelf>") ==
          Lines{"1:51: error: <shelf>: <lamp> is not allowed here"});
    CHECK(check("<shelf xmlns=\"urn:shelf\" id=\"s1\"><label>en</label>loose text</shelf>") ==
          Lines{"1:51: error: <shelf> holds elements only, not text"});
}

TEST_CASE("xml rules: a slot that allows one element says so when there is a second", "[xml_rules]") {
    CHECK(check("<shelf xmlns=\"urn:shelf\" id=\"s1\"><label>en</label>\n<label>de</label></shelf>") ==
          Lines{"2:1: error: <shelf>: <label> once too often (only one is allowed)"});
}

TEST_CASE("xml rules: attributes required, fixed, typed and unknown", "[xml_rules]") {
    CHECK(check(R"(<shelf xmlns="urn:shelf" kind="oak" colour="red"><label>en</label></shelf>)") ==
          Lines{"1:1: error: <shelf> needs the attribute id", "1:1: error: <shelf>: kind must be 'wood', not 'oak'",
                "1:1: error: <shelf>: the attribute colour is not allowed"});
    CHECK(check(R"(<shelf xmlns="urn:shelf" id="1a"><label>en</label></shelf>)") ==
          Lines{"1:1: error: <shelf> id: '1a' is not an xs:NCName (a name without spaces or colons)"});
}

TEST_CASE("xml rules: xs:ID values are unique and every xs:IDREF names one", "[xml_rules]") {
    CHECK(check(R"(<shelf xmlns="urn:shelf" id="s"><label>en</label><note id="a" see="b"/><note id="b" see="a"/></shelf>)")
              .empty());
    CHECK(check("<shelf xmlns=\"urn:shelf\" id=\"s\"><label>en</label>\n<note id=\"a\"/><note id=\"a\" see=\"c\"/></shelf>") ==
          Lines{"2:15: error: <note> id: 'a' is already the id of another element", "2:15: error: <note> see: no element has the id 'c'"});
}

TEST_CASE("xml rules: text values are checked and text-only elements refuse children", "[xml_rules]") {
    CHECK(check("<shelf xmlns=\"urn:shelf\" id=\"s\">\n <label>en_GB</label></shelf>") ==
          Lines{"2:2: error: <label>: 'en_GB' is not an xs:language (a tag like en or pt-BR)"});
    CHECK(check(R"(<shelf xmlns="urn:shelf" id="s"><label><b/></label></shelf>)") ==
          Lines{"1:40: error: <label> holds text only, not elements like <b>"});
}

TEST_CASE("xml rules: interleave takes any order but trailing slots come last", "[xml_rules]") {
    CHECK(check(R"(<room xmlns="urn:shelf"><shelf id="a"><label>en</label></shelf><door/><shelf id="b"><label>en</label></shelf><exit/></room>)")
              .empty());
    CHECK(check(R"(<room xmlns="urn:shelf"><exit/><door/></room>)") ==
          Lines{"1:32: error: <room>: <door> must come before the first <exit>"});
    CHECK(check(R"(<room xmlns="urn:shelf"></room>)") == Lines{"1:1: error: <room>: <door> is required"});
}

TEST_CASE("xml rules: input that is not well-formed or uses undeclared prefixes", "[xml_rules]") {
    CHECK(check("<shelf xmlns=\"urn:shelf\">\n<label>en</shelf>").at(0).starts_with("2:"));
    Diagnostics diag;
    ReadOptions options;
    options.diag = &diag;
    Findings findings;
    auto xml = parse_xml_for_findings("<a>\n <m:b/></a>", options, findings);
    REQUIRE(xml);
    CHECK(test::findings_text(findings) == Lines{"2:2: error: the prefix of <m:b> is not declared (no xmlns:m)"});
}
