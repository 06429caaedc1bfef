// `wirekit validate` for ninjs: IPTC's schema of each object's version
// (1.6, 2.2, 3.1, bundled), each problem at its place.
#include <catch2/catch.hpp>

#include "ninjs/ninjs_validate.hpp"
#include "support/findings_text.hpp"
#include "support/paths.hpp"

using namespace wirekit;
using wirekit::test::validate_text;
using Lines = std::vector<std::string>;

namespace {

Lines check(std::string_view text) { return validate_text(validate_ninjs, text); }

// The notes that say which schema's rules were applied.
Lines versions_noted(std::string_view text) {
    Diagnostics diag;
    ReadOptions options;
    options.source = "in";
    options.diag = &diag;
    Findings findings;
    validate_ninjs(text, options, findings);
    Lines out;
    for (const auto& d : diag.all()) out.push_back(d.message);
    return out;
}

}  // namespace

TEST_CASE("ninjs validate: IPTC's own examples are valid") {
    for (auto name : {"examples/1.6/004_simple_text_article.json", "examples/1.6/005_complex_text_article.json",
                      "examples/2.2/004_simple_text_article.json", "examples/2.1-agency/tt_text_image_2.json",
                      "examples/3.1/005_complex_text_article.json"}) {
        INFO(name);
        CHECK(check(test::read_file(test::shared_path(std::string("formats-ref/ninjs/") + name))) == Lines{});
    }
}

TEST_CASE("ninjs validate: the version is chosen as the reader chooses, and noted") {
    CHECK(versions_noted(R"({"uri": "https://example.org/1", "headline": "x"})") == Lines{"checked against ninjs 1.6 (1.x property names)"});
    CHECK(versions_noted(R"({"uri": "https://example.org/1", "headlines": [{"value": "x"}]})") == Lines{"checked against ninjs 2.2 (2.x property names)"});
    CHECK(versions_noted(R"({"uri": "https://example.org/1", "versionCreated": "2024-03-12T08:00:00Z"})") == Lines{"checked against ninjs 3.1 (camelCase property names)"});
    CHECK(versions_noted(R"([{"uri": "https://example.org/1", "headline": "x"}, {"uri": "https://example.org/2", "by": "x"}])") ==
          Lines{"[0]: checked against ninjs 1.6 (1.x property names)",
                "[1]: checked against ninjs 2.2 (2.x property names)"});
}

TEST_CASE("ninjs validate: 2.2 types, enumerations, formats and closed objects") {
    CHECK(check(R"({
  "uri": "urn:x",
  "type": "article",
  "versioncreated": "2024-03-12 08:00",
  "urgency": "3",
  "headlines": [{"role": "main"}],
  "subjects": [{"relevance": 120}],
  "renditions": [{"href": "not a uri"}],
  "dateline": "REYKJAVIK"
})") ==
          Lines{"3:3: error: type: expected one of \"text\", \"audio\", \"video\", \"picture\", \"graphic\", \"composite\", \"component\", got \"article\"",
                "4:3: error: versioncreated: expected an RFC 3339 date-time such as 2024-03-12T08:00:00Z, got \"2024-03-12 08:00\"",
                "5:3: error: urgency: expected a number, got \"3\"",
                "6:17: error: headlines[0]: missing required member \"value\"",
                "7:17: error: subjects[0].relevance: expected an integer from 0 to 100, got 120",
                "8:18: error: renditions[0]: missing required member \"name\"",
                "8:19: error: renditions[0].href: expected an absolute URI, got \"not a uri\"",
                "9:3: error: dateline: unknown member (not allowed here)"});
}

TEST_CASE("ninjs validate: 2.2 requires uri and allows no \"$schema\"") {
    CHECK(check(R"({"$schema": "http://www.iptc.org/std/ninjs/ninjs-schema_2.2.json", "headlines": [{"value": "x"}]})") ==
          Lines{"1:1: error: missing required member \"uri\"",
                "1:2: error: $schema: unknown member (not allowed here)"});
}

TEST_CASE("ninjs validate: one of two members, GeoJSON") {
    CHECK(check(R"({"uri": "https://example.org/1", "by": "x",
"rightsinfo": {},
"people": [{"contactinfo": [{"value": "a", "address": {}}]}],
"places": [{"geojson": {"type": "Polygon", "coordinates": [[[0, 0], [1, 1], [0, 0]]]}},
           {"geojson": {"type": "Circle"}}]})") ==
          Lines{"2:1: error: rightsinfo: missing required member \"linkedrights\" or \"encodedrights\"",
                "3:29: error: people[0].contactinfo[0]: expected \"value\" or \"address\", not both",
                "4:60: error: places[0].geojson.coordinates[0]: expected an array of at least 4 elements, got 3",
                "5:25: error: places[1].geojson.type: expected one of \"Point\", \"LineString\", \"Polygon\", \"MultiPoint\", "
                "\"MultiLineString\", \"MultiPolygon\", \"GeometryCollection\", \"Feature\", \"FeatureCollection\", got \"Circle\""});
}

TEST_CASE("ninjs validate: 3.1 integers, bounds and truncated dates") {
    CHECK(check(R"({"uri": "https://example.org/1", "pubStatus": "usable", "urgency": 12,
"renditions": [{"name": "web", "width": 1024.5, "height": 768.0}],
"eventDetails": {"dates": {"expectedStartDate": "2025-13"}},
"rightsInfo": {"linkedRights": "https://example.org/r", "encodedRights": "x"}})") ==
          Lines{"1:57: error: urgency: expected an integer from 1 to 9, got 12",
                "2:32: error: renditions[0].width: expected an integer, got 1024.5",
                "3:28: error: eventDetails.dates.expectedStartDate: expected a string matching the pattern "
                "^(-?(?:[1-9][0-9]*)?[0-9]{4})(-(1[0-2]|0[1-9])(-(3[01]|0[1-9]|[12][0-9])(T(2[0-3]|[01][0-9]):([0-5][0-9]):([0-5][0-9])"
                "(\\.[0-9]+)?(Z|[+-](?:2[0-3]|[01][0-9]):[0-5][0-9])?)?)?)?$, got \"2025-13\"",
                "4:1: error: rightsInfo: expected \"linkedRights\" or \"encodedRights\", not both"});
}

TEST_CASE("ninjs validate: 1.6 patterns, renditions and associations by name") {
    CHECK(check(R"({"uri": "http://example.org/1", "headline": "x", "body_text": "t", "body_": "u",
"representationtype": "full",
"renditions": {"web": {"href": "http://example.org/a.jpg", "size": 10}},
"associations": {"photo": {"type": "picture"}}})") ==
          Lines{"1:68: error: body_: unknown member (not allowed here)",
                "2:1: error: representationtype: expected one of \"complete\", \"incomplete\", got \"full\"",
                "3:60: error: renditions.web.size: unknown member (not allowed here)",
                "4:18: error: associations.photo: missing required member \"uri\""});
}

TEST_CASE("ninjs validate: JSON Lines give each finding its line") {
    CHECK(check("{\"uri\": \"https://example.org/1\", \"by\": \"x\"}\n{\"uri\": 5, \"by\": \"y\"}\n") == Lines{"2:2: error: uri: expected a string, got 5"});
}
