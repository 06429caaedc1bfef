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

TEST_CASE("atom validate: the required id, title and updated of a feed and an entry", "[atom_validate]") {
    CHECK(validate("<feed xmlns=\"http://www.w3.org/2005/Atom\">\n  <title>T</title>\n  <author><name>A</name></author>\n"
                   "  <entry><title>E</title></entry>\n</feed>") ==
          Lines{"1:1: error: <feed>: <id> is required", "1:1: error: <feed>: <updated> is required",
                "4:3: error: <entry>: <id> is required", "4:3: error: <entry>: <updated> is required",
                "4:3: warning: <entry> has neither <content> nor an alternate <link>"});
}

TEST_CASE("atom validate: dates are xs:dateTime, e-mail addresses and media types have their shape", "[atom_validate]") {
    CHECK(validate("<entry xmlns=\"http://www.w3.org/2005/Atom\"><id>x</id><title>t</title>\n"
                   "<updated>Sun, 30 Jun 2024 10:00:00 GMT</updated><author><name>A</name><email>nobody</email></author>"
                   "<link href=\"h\" type=\"html\"/></entry>") ==
          Lines{"2:1: error: <updated>: 'Sun, 30 Jun 2024 10:00:00 GMT' is not an xs:dateTime (the year must have four digits)",
                "2:71: error: <email>: 'nobody' is not an e-mail address (.+@.+)",
                "2:101: error: <link> type: 'html' is not a media type (type/subtype)"});
}

TEST_CASE("atom validate: feed metadata after the first entry", "[atom_validate]") {
    CHECK(validate("<feed xmlns=\"http://www.w3.org/2005/Atom\"><id>f</id><updated>2024-06-30T10:00:00Z</updated>\n"
                   "<entry><id>e</id><title>t</title><updated>2024-06-30T10:00:00Z</updated><author><name>A</name></author>"
                   "<content>c</content></entry>\n<title>late</title></feed>") ==
          Lines{"3:1: error: <feed>: <title> must come before the first <entry>"});
}

TEST_CASE("atom validate: text constructs hold text, or one XHTML div", "[atom_validate]") {
    CHECK(validate("<entry xmlns=\"http://www.w3.org/2005/Atom\"><id>x</id><updated>2024-06-30T10:00:00Z</updated>\n"
                   "<title type=\"xhtml\">plain</title><summary type=\"html\"><p>raw</p></summary><content>c</content>"
                   "<author><name>A</name></author></entry>") ==
          Lines{"2:1: error: <title type=\"xhtml\"> must hold an XHTML <div>",
                "2:55: error: <summary type=\"html\"> holds text, not elements like <p> (escape the markup or use type=\"xhtml\")"});
}

TEST_CASE("atom validate: Atom 0.3, other roots and broken XML", "[atom_validate]") {
    CHECK(validate(R"(<feed version="0.3" xmlns="http://purl.org/atom/ns#"><title>old</title></feed>)") ==
          Lines{"1:1: error: this is Atom 0.3 (namespace http://purl.org/atom/ns#), which RFC 4287 replaced: Atom 1.0 needs the "
                "namespace http://www.w3.org/2005/Atom"});
    CHECK(validate("<feed><title>t</title></feed>") ==
          Lines{"1:1: error: the root is <feed>, not an Atom 1.0 <feed> or <entry> in http://www.w3.org/2005/Atom"});
    Lines broken = validate("<feed xmlns=\"http://www.w3.org/2005/Atom\">\n<title>t</subtitle></feed>");
    REQUIRE(broken.size() == 1);
    CHECK(broken[0].starts_with("2:"));
    CHECK(broken[0].find("not well-formed XML") != std::string::npos);
}

TEST_CASE("atom validate: out-of-line content is empty and has a media type", "[atom_validate]") {
    CHECK(validate("<entry xmlns=\"http://www.w3.org/2005/Atom\"><id>x</id><title>t</title><updated>2024-06-30T10:00:00Z</updated>"
                   "<author><name>A</name></author>\n<content src=\"https://a.example/v\" type=\"html\">text</content></entry>") ==
          Lines{"2:1: error: <content src=...> needs a media type, not type=\"html\"",
                "2:1: error: <content src=...> must be empty: its content is elsewhere"});
}

TEST_CASE("atom validate: attributes of no namespace that Atom does not define", "[atom_validate]") {
    CHECK(validate("<entry xmlns=\"http://www.w3.org/2005/Atom\" xmlns:x=\"urn:x\" x:ok=\"1\" bad=\"1\"><id>x</id><title>t</title>"
                   "<updated>2024-06-30T10:00:00Z</updated><content>c</content><author><name>A</name></author></entry>") ==
          Lines{"1:1: error: <entry>: the attribute bad is not allowed"});
}
