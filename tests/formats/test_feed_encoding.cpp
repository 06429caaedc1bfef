// Double-encoded UTF-8 in feeds: repaired per text node and attribute value,
// named under -v, an error with --strict, kept with --no-repair-encoding.
#include <catch2/catch.hpp>

#include "atom/atom_reader.hpp"
#include "report/error.hpp"
#include "rss/rss_reader.hpp"
#include "support/options.hpp"

using namespace wirekit;

namespace {

const std::string mojibake_rss = R"(<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>El PaÃ­s</title>
<item><title>AdemÃ¡s, la ciudad</title><dc:creator>JosÃ© PÃ©rez</dc:creator>
<description><![CDATA[<p>Lâ€™Ã©tÃ© est lÃ .</p>]]></description>
<category domain="secciÃ³n">EconomÃ­a</category></item></channel></rss>)";

const std::string mojibake_atom = R"(<feed xmlns="http://www.w3.org/2005/Atom"><title>Die Zeit</title>
<entry><title>Ã„rger Ã¼ber â€žStuttgart 21â€œ</title><id>urn:x:1</id>
<author><name>JÃ¼rgen MÃ¼ller</name></author><summary>Berlin â€“ heute.</summary></entry></feed>)";

}  // namespace

TEST_CASE("feed readers repair double-encoded UTF-8 in text, CDATA and attributes", "[feed][encoding]") {
    Diagnostics diag;
    Document doc = read_rss(mojibake_rss, test::read_options(diag));
    CHECK(doc.feed.title == "El País");
    const Article& a = doc.articles.at(0);
    CHECK(a.headline == "Además, la ciudad");
    CHECK(a.authors.at(0).name == "José Pérez");
    CHECK(a.summary == "L’été est là.");  // "Ã" and a no-break space were "à"
    CHECK(a.subjects.at(0).scheme == "sección");
    CHECK(a.subjects.at(0).name == "Economía");
    std::string notes;
    for (const auto& d : diag.all()) notes += d.message + "\n";
    CHECK(notes.find("double-encoded UTF-8 repaired in <title> (2 times") != std::string::npos);
    CHECK(notes.find("double-encoded UTF-8 repaired in <category@domain> (1 time") != std::string::npos);

    Document atom = read_atom(mojibake_atom, test::read_options(diag));
    CHECK(atom.articles.at(0).headline == "Ärger über „Stuttgart 21“");
    CHECK(atom.articles.at(0).authors.at(0).name == "Jürgen Müller");
    CHECK(atom.articles.at(0).summary == "Berlin – heute.");
}

TEST_CASE("double-encoded UTF-8 is an error with --strict and kept when repair is off", "[feed][encoding]") {
    Diagnostics diag;
    ReadOptions strict = test::read_options(diag);
    strict.strict = true;
    try {
        read_rss(mojibake_rss, strict);
        FAIL("no error");
    } catch (const Error& e) {
        CHECK(e.code() == Exit::data);
        CHECK(std::string(e.what()).find("double-encoded UTF-8 in <title>") != std::string::npos);
    }
    ReadOptions off = test::read_options(diag);
    off.repair_encoding = false;
    CHECK(read_rss(mojibake_rss, off).articles.at(0).headline == "AdemÃ¡s, la ciudad");
    CHECK(read_atom(mojibake_atom, off).articles.at(0).authors.at(0).name == "JÃ¼rgen MÃ¼ller");
}

TEST_CASE("feed readers repair double-encoded UTF-8 written as character references in ASCII text", "[feed][encoding]") {
    // The file is plain ASCII: the mojibake is in the references only.
    Diagnostics diag;
    Document doc = read_rss("<rss version=\"2.0\"><channel><title>Feed</title><item><title>Jos&#195;&#169; P&#xC3;&#xA9;rez</title>"
                            "</item></channel></rss>",
                            test::read_options(diag));
    CHECK(doc.articles.at(0).headline == "José Pérez");
}
