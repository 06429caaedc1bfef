// `wirekit validate` for Atom: the RFC 4287 RELAX NG grammar through libxml2
// (errors, as xmllint --relaxng words them), the RFC's Schematron rules as
// warnings.
#include <catch2/catch.hpp>

#include "atom/atom_validate.hpp"
#include "support/findings_text.hpp"

using namespace wirekit;

namespace {

using Lines = std::vector<std::string>;

Lines validate(std::string_view text) { return test::validate_text(validate_atom, text); }

}  // namespace

TEST_CASE("atom validate: a complete feed has no findings", "[atom_validate]") {
    CHECK(validate(R"(<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
  <title>Valley news</title>
  <id>urn:uuid:60a76c80-d399-11d9-b93C-0003939e0af6</id>
  <updated>2024-06-30T10:00:00Z</updated>
  <author><name>Desk</name><email>desk@valley.example</email></author>
  <link rel="self" type="application/atom+xml" href="https://valley.example/feed"/>
  <entry>
    <title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">Flood <b>warning</b></div></title>
    <id>urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a</id>
    <updated>2024-06-30T09:30:00+02:00</updated>
    <link href="https://valley.example/flood"/>
    <content type="html">&lt;p&gt;Rivers rise.&lt;/p&gt;</content>
  </entry>
</feed>)")
              .empty());
}

TEST_CASE("atom validate: the grammar's errors, at the element they are about", "[atom_validate]") {
    CHECK(validate("<feed xmlns=\"http://www.w3.org/2005/Atom\">\n  <title>T</title>\n  <author><name>A</name></author>\n"
                   "  <entry><title>E</title></entry>\n</feed>") ==
          Lines{"1:1: error: Expecting an element author, got nothing", "1:1: error: Expecting an element id, got nothing",
                "4:3: error: Invalid sequence in interleave", "4:3: error: Element feed failed to validate content",
                "4:3: warning: <entry> has neither <content> nor an alternate <link>"});
    CHECK(validate("<entry xmlns=\"http://www.w3.org/2005/Atom\"><id>x</id><title>t</title>\n"
                   "<updated>30 June 2024</updated><content>c</content><author><name>A</name></author></entry>") ==
          Lines{"2:32: error: Element content failed to validate attributes",
                "2:1: error: Type dateTime doesn't allow value '30 June 2024'", "2:1: error: Error validating datatype dateTime",
                "2:1: error: Element updated failed to validate content"});
}

TEST_CASE("atom validate: text constructs, out-of-line content and attributes", "[atom_validate]") {
    CHECK(validate("<entry xmlns=\"http://www.w3.org/2005/Atom\"><id>x</id><updated>2024-06-30T10:00:00Z</updated>\n"
                   "<title>t</title><summary type=\"html\"><p>raw</p></summary><content>c</content>"
                   "<author><name>A</name></author></entry>")
              .at(0) == "2:38: error: Element summary has extra content: p");
    CHECK(validate("<entry xmlns=\"http://www.w3.org/2005/Atom\"><id>x</id><title>t</title><updated>2024-06-30T10:00:00Z</updated>"
                   "<author><name>A</name></author>\n<content src=\"https://a.example/v\" type=\"html\">text</content></entry>")
              .at(0) == "2:1: error: Invalid attribute src for element content");
    CHECK(validate("<entry xmlns=\"http://www.w3.org/2005/Atom\" xmlns:x=\"urn:x\" x:ok=\"1\" bad=\"1\"><id>x</id><title>t</title>"
                   "<updated>2024-06-30T10:00:00Z</updated><content>c</content><author><name>A</name></author></entry>") ==
          Lines{"1:1: error: Invalid attribute bad for element entry"});
}

TEST_CASE("atom validate: Atom 0.3, other roots and broken XML", "[atom_validate]") {
    CHECK(validate(R"(<feed version="0.3" xmlns="http://purl.org/atom/ns#"><title>old</title></feed>)") ==
          Lines{"1:1: error: Did not expect element feed there"});
    CHECK(validate("<feed><title>t</title></feed>") == Lines{"1:1: error: Did not expect element feed there"});
    CHECK(validate("<feed xmlns=\"http://www.w3.org/2005/Atom\">\n<title>t</subtitle></feed>") ==
          Lines{"2:20: error: Opening and ending tag mismatch: title line 2 and subtitle"});
}

TEST_CASE("atom validate: the Schematron rules are warnings", "[atom_validate]") {
    CHECK(validate("<feed xmlns=\"http://www.w3.org/2005/Atom\"><id>f</id><title>t</title><updated>2024-06-30T10:00:00Z</updated>\n"
                   "<entry><id>e</id><title>t</title><updated>2024-06-30T10:00:00Z</updated></entry></feed>") ==
          Lines{"2:1: warning: <entry> has no <author> and neither has its feed",
                "2:1: warning: <entry> has neither <content> nor an alternate <link>"});
}
