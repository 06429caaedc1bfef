// The IPTC alias table (src/ids/qcode.hpp) the NewsML-G2 reader and writer use.
#include <catch2/catch.hpp>

#include "ids/qcode.hpp"

using namespace wirekit;

TEST_CASE("newsml: QCodes split, expand and compact through the IPTC catalog", "[newsml][qcode]") {
    auto q = split_qcode("medtop:20000763");
    REQUIRE(q);
    CHECK(q->alias == "medtop");
    CHECK(q->code == "20000763");
    CHECK(split_qcode("a:b:c")->code == "b:c");
    CHECK_FALSE(split_qcode(":x"));
    CHECK_FALSE(split_qcode("x:"));
    CHECK_FALSE(split_qcode("nocolon"));
    CHECK_FALSE(split_qcode("a b:c"));

    CHECK(iptc_scheme_uri("stat") == "http://cv.iptc.org/newscodes/pubstatusg2/");
    CHECK(iptc_scheme_uri("ninat") == "http://cv.iptc.org/newscodes/ninature/");
    CHECK(iptc_scheme_uri("a1312cat") == "http://cvx.iptc.org/anpa1312-category/");
    CHECK(iptc_scheme_uri("wikidata") == "http://www.wikidata.org/entity/");
    CHECK(iptc_scheme_uri("icls").empty());  // Reuters' own alias, not IPTC's
    CHECK(iptc_scheme_uri("MEDTOP").empty());

    CHECK(expand_qcode("medtop:20000763") == "http://cv.iptc.org/newscodes/mediatopic/20000763");
    CHECK(expand_qcode("N2:CIV").empty());
    CHECK(compact_uri("http://cv.iptc.org/newscodes/mediatopic/20000763") == "medtop:20000763");
    // The longest scheme URI wins: mediatype1/ over mediatype/.
    CHECK(compact_uri("http://cv.iptc.org/newscodes/mediatype1/text") == "medtype:text");
    CHECK(compact_uri("http://cv.iptc.org/newscodes/mediatype/text") == "mtyp:text");
    CHECK(compact_uri("https://example.com/x").empty());
    CHECK(compact_uri("http://cv.iptc.org/newscodes/mediatopic/").empty());
}
