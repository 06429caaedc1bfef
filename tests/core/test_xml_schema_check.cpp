// The libxml2 validator (src/schema/xml_schema_check): every bundled XML
// schema compiles from memory, documents are checked against an XSD, a RELAX
// NG grammar or a DTD with xmllint's verdict, findings sit at the start tag or
// attribute they are about, and nothing outside the bundle is ever loaded.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "report/error.hpp"
#include "schema/bundled_files.hpp"
#include "schema/xml_schema_check.hpp"
#include "support/findings_text.hpp"
#include "support/paths.hpp"

using namespace wirekit;
namespace fs = std::filesystem;
using Lines = std::vector<std::string>;

namespace {

constexpr XmlSchema nitf{"newsml-g2/nitf-3-6.xsd", XmlSchemaLanguage::xsd};
constexpr XmlSchema newsml1{"newsml1/NewsML_1.2.dtd", XmlSchemaLanguage::dtd};
constexpr XmlSchema atom{"atom/atom.rng", XmlSchemaLanguage::relax_ng};

Lines check(std::string_view text, XmlSchema schema) {
    Diagnostics diag;
    ReadOptions options;
    options.source = "in";
    options.diag = &diag;
    Findings findings;
    validate_with_xml_schema(text, schema, options, findings);
    return test::findings_text(findings);
}

const std::string nitf_open = "<nitf xmlns=\"http://iptc.org/std/NITF/2006-10-18/\" version=\"-//IPTC//DTD NITF 3.6//EN\">";

// xmllint's verdict on FILE: whether it validates against the bundled SCHEMA (read from the source tree).
bool xmllint_accepts(const std::string& file, const std::string& option, const std::string& schema) {
    std::string command = "xmllint --noout --nonet " + option + " '" + test::source_path("schemas/" + schema) + "' '" + file +
                          "' >/dev/null 2>&1";
    return std::system(command.c_str()) == 0;
}

std::vector<std::string> corpus_files(const std::string& folder) {
    std::vector<std::string> files;
    for (const auto& entry : fs::directory_iterator(test::shared_path(folder))) {
        std::string name = entry.path().filename().string();
        if (name != "SOURCES.md") files.push_back(entry.path().string());
    }
    std::sort(files.begin(), files.end());
    return files;
}

}  // namespace

TEST_CASE("xml schema check: every bundled XSD, RELAX NG grammar and DTD compiles from memory", "[xml_schema]") {
    int compiled = 0;
    for (const BundledFile& file : bundled_files()) {
        std::string_view name = file.name;
        XmlSchemaLanguage language = name.ends_with(".xsd")   ? XmlSchemaLanguage::xsd
                                     : name.ends_with(".rng") ? XmlSchemaLanguage::relax_ng
                                                              : XmlSchemaLanguage::dtd;
        if (!name.ends_with(".xsd") && !name.ends_with(".rng") && !name.ends_with(".dtd")) continue;
        INFO(name);
        CHECK_NOTHROW(compile_xml_schema({name, language}));
        ++compiled;
    }
    CHECK(compiled == 7);  // five XSDs (NewsML-G2, xml.xsd, NITF and its include, wirekit's driver), atom.rng, the NewsML 1.2 DTD
    CHECK_THROWS_AS(compile_xml_schema({"newsml-g2/no-such.xsd", XmlSchemaLanguage::xsd}), Error);
}

TEST_CASE("xml schema check: NITF 3.6 alone, each problem at its start tag or attribute", "[xml_schema]") {
    CHECK(check(nitf_open + "<body><body.head><hedline><hl1>Wind farm</hl1></hedline></body.head></body></nitf>", nitf) ==
          Lines{});
    CHECK(check(nitf_open + "\n<body>\n  <body.head><headline/></body.head>\n  <body.content><p id=\"1 2\">x</p>"
                            "</body.content></body>\n</nitf>",
                nitf) ==
          Lines{"3:14: error: Element '{http://iptc.org/std/NITF/2006-10-18/}headline': This element is not expected. "
                "Expected is one of ( {http://iptc.org/std/NITF/2006-10-18/}hedline, {http://iptc.org/std/NITF/2006-10-18/}note, "
                "{http://iptc.org/std/NITF/2006-10-18/}rights, {http://iptc.org/std/NITF/2006-10-18/}byline, "
                "{http://iptc.org/std/NITF/2006-10-18/}distributor, {http://iptc.org/std/NITF/2006-10-18/}dateline, "
                "{http://iptc.org/std/NITF/2006-10-18/}abstract, {http://iptc.org/std/NITF/2006-10-18/}series, "
                "##other{http://iptc.org/std/NITF/2006-10-18/}* ).",
                "4:20: error: Element '{http://iptc.org/std/NITF/2006-10-18/}p', attribute 'id': '1 2' is not a valid value "
                "of the atomic type 'xs:ID'."});
}

TEST_CASE("xml schema check: a multi-line start tag, columns in characters", "[xml_schema]") {
    CHECK(check(nitf_open + "<body><body.content>\n<p>é — <em\n    class=\"a\"\n    bogus=\"1\">x</em></p></body.content></body></nitf>",
                nitf) == Lines{"4:5: error: Element '{http://iptc.org/std/NITF/2006-10-18/}em', attribute 'bogus': The "
                               "attribute 'bogus' is not allowed."});
    CHECK(check(nitf_open + "<body><body.content>\n<p>é — <bogus/></p></body.content></body></nitf>", nitf).at(0).starts_with(
        "2:8: error: Element '{http://iptc.org/std/NITF/2006-10-18/}bogus'"));
}

TEST_CASE("xml schema check: what is not well-formed is the parser's errors, at their place", "[xml_schema]") {
    CHECK(check("<feed xmlns=\"http://www.w3.org/2005/Atom\">\n<title>t</subtitle></feed>", atom) ==
          Lines{"2:20: error: Opening and ending tag mismatch: title line 2 and subtitle"});
    CHECK(check("", atom) == Lines{"1:1: error: Document is empty"});
    std::string deep;
    for (int i = 0; i < 300; ++i) deep += "<a>";
    Lines too_deep = check(deep, atom);
    REQUIRE_FALSE(too_deep.empty());
    CHECK(too_deep[0].find("Excessive depth in document: 256") != std::string::npos);
}

TEST_CASE("xml schema check: the RELAX NG grammar of Atom", "[xml_schema]") {
    CHECK(check("<entry xmlns=\"http://www.w3.org/2005/Atom\"><id>urn:x</id><title>t</title>"
                "<updated>2024-06-30T10:00:00Z</updated></entry>",
                atom) == Lines{});
    CHECK(check("<entry xmlns=\"http://www.w3.org/2005/Atom\"><id>urn:x</id><title>t</title>\n"
                "<updated>30 June 2024</updated></entry>",
                atom) == Lines{"2:1: error: Type dateTime doesn't allow value '30 June 2024'",
                               "2:1: error: Error validating datatype dateTime",
                               "2:1: error: Element updated failed to validate content"});
}

TEST_CASE("xml schema check: a DTD, whatever the document's DOCTYPE says, never fetched", "[xml_schema]") {
    const std::string envelope = "<NewsEnvelope><DateAndTime>20240630T100000Z</DateAndTime></NewsEnvelope>";
    CHECK(check("<!DOCTYPE NewsML SYSTEM \"http://www.iptc.org/NewsML/DTD/NewsMLv1.2.dtd\">\n<NewsML Version=\"1.2\">" + envelope +
                    "<NewsItem/></NewsML>",
                newsml1)
              .at(0)
              .starts_with("2:95: error: Element NewsItem content does not follow the DTD"));
    // An external entity is neither loaded nor expanded: the document stays what it says.
    Lines with_entity = check("<!DOCTYPE NewsML [<!ENTITY e SYSTEM \"file:///etc/hostname\">]>\n<NewsML Version=\"1.2\">" + envelope +
                                  "&e;</NewsML>",
                              newsml1);
    CHECK_FALSE(with_entity.empty());
}

TEST_CASE("xml schema check: xsi:schemaLocation and imports outside the bundle are not followed", "[xml_schema]") {
    CHECK(check(nitf_open.substr(0, nitf_open.size() - 1) +
                    " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
                    "xsi:schemaLocation=\"http://iptc.org/std/NITF/2006-10-18/ http://example.invalid/nitf.xsd\"><body/></nitf>",
                nitf) == Lines{});
}

TEST_CASE("xml schema check: verdicts are xmllint's on real NITF and NewsML 1.x files", "[xml_schema]") {
    for (const auto& file : corpus_files("corpus/nitf")) {
        INFO(file);
        CHECK(check(test::read_file(file), nitf).empty() == xmllint_accepts(file, "--schema", "newsml-g2/nitf-3-6.xsd"));
    }
    int valid = 0;
    for (const auto& file : corpus_files("corpus/newsml1")) {
        INFO(file);
        bool accepted = xmllint_accepts(file, "--dtdvalid", "newsml1/NewsML_1.2.dtd");
        valid += accepted;
        Lines found = check(test::read_file(file), newsml1);
        bool has_error = std::any_of(found.begin(), found.end(), [](const std::string& l) { return l.find(": error: ") != std::string::npos; });
        CHECK(!has_error == accepted);
    }
    CHECK(valid > 0);  // the comparison sees both verdicts
}
