#include <catch2/catch.hpp>

#include "io/output_names.hpp"
#include "io/safe_file_name.hpp"
#include "report/error.hpp"
#include "text/text.hpp"
#include "time/datetime.hpp"

using namespace wirekit;

namespace {

// What every produced name must be: one component, not hidden, not . or ..,
// no control bytes, valid UTF-8, within the cap.
void check_safe(const std::string& name) {
    INFO(name);
    CHECK(!name.empty());
    CHECK(name.size() <= max_file_name_bytes);
    CHECK(name.find('/') == std::string::npos);
    CHECK(name.find('\\') == std::string::npos);
    CHECK(name.find("..") == std::string::npos);
    CHECK(name.front() != '.');
    CHECK(is_valid_utf8(name));
    for (unsigned char c : name) CHECK((c >= 0x20 && c != 0x7F));
}

Article with(const std::string& id, const std::string& headline) {
    Article a;
    a.id = id;
    a.headline = headline;
    return a;
}

}  // namespace

TEST_CASE("batch: hostile ids and headlines make safe names") {
    NameTemplate by_id("{id}.{ext}");
    NameTemplate by_headline("{headline}.{ext}");
    std::string long_headline;
    for (int i = 0; i < 500; ++i) long_headline += "Ström östlich ";  // 5,000+ bytes of two-byte letters
    for (const std::string& hostile : {std::string("../../etc/passwd"), std::string("/"), std::string(".."), std::string("."),
                                       std::string("a/../../b"), std::string("nul\x01\x02\x1b[31mred\x7f"),
                                       std::string("bad\xff\xfeutf8"), std::string("\\windows\\path"), std::string("...hidden"),
                                       long_headline, std::string(5000, 'x'), std::string()}) {
        Article a = with(hostile, hostile);
        check_safe(by_id.expand(name_fields("in.txt", &a, "json", 1)));
        check_safe(by_headline.expand(name_fields("in.txt", &a, "json", 1)));
    }
}

TEST_CASE("batch: a long name is cut at a character boundary and keeps its extension") {
    std::string long_name(300, 'a');
    long_name += "\xC3\xB6";
    long_name.append(300, 'b');
    long_name += ".json";
    std::string name = safe_file_name(long_name);
    CHECK(name.size() <= max_file_name_bytes);
    CHECK(name.ends_with("aaa.json"));
    std::string umlauts;
    for (int i = 0; i < 200; ++i) umlauts += "\xC3\xB6";
    std::string cut = safe_file_name(umlauts + ".xml");
    CHECK(is_valid_utf8(cut));
    CHECK(cut.ends_with(".xml"));
    CHECK(numbered_file_name(cut, 12345).ends_with("-12345.xml"));
    CHECK(numbered_file_name(cut, 12345).size() <= max_file_name_bytes);
}

TEST_CASE("batch: slugs are lowercase words joined by dashes") {
    CHECK(slugify("Harbour Workers In Reykjavik Walk Out -- Over Pay!") == "harbour-workers-in-reykjavik-walk-out-over-pay");
    CHECK(slugify("  ../../etc  ") == "etc");
    CHECK(slugify("Ström & Öl") == "ström-Öl");  // only ASCII is lowercased
    CHECK(slugify("a b c", 3) == "a-b");
    CHECK(slugify("!!!").empty());
}

TEST_CASE("batch: placeholders are filled from the article and the input") {
    Article a = with("urn:uuid:1", "Ferries Held In Port");
    a.published = parse_rfc3339("2024-03-12T08:00:00+01:00");
    a.sources = {"Nordic Wire"};
    NameTemplate t("{date}-{slug}-{source}-{name}-{n}.{ext}");
    CHECK(t.expand(name_fields("in/story.final.txt", &a, "xml", 3)) == "2024-03-12-ferries-held-in-port-Nordic Wire-story.final-3.xml");
    CHECK(NameTemplate("{date}-{id}.{ext}").expand(name_fields("-", nullptr, "json", 1)) == "undated-no-id.json");
    CHECK(NameTemplate("{name}.{ext}").expand(name_fields("-", nullptr, "json", 1)) == "stdin.json");
}

TEST_CASE("batch: name templates are checked") {
    CHECK_THROWS_AS(NameTemplate("{nope}.json"), Error);
    CHECK_THROWS_AS(NameTemplate("{slug.json"), Error);
    CHECK_THROWS_AS(NameTemplate("sub/{slug}.json"), Error);
    try {
        NameTemplate("{title}");
    } catch (const Error& e) {
        CHECK(e.code() == Exit::usage);
        CHECK(std::string(e.what()).find("{headline}") != std::string::npos);
    }
    CHECK(NameTemplate("plain").expand({}) == "plain");
}

TEST_CASE("batch: colliding names get numbers in the order they are claimed") {
    NameClaims claims;
    CHECK(claims.claim("a.json") == "a.json");
    CHECK(claims.claim("a.json") == "a-2.json");
    CHECK(claims.claim("a.json") == "a-3.json");
    CHECK(claims.claim("a-2.json") == "a-2-2.json");
    CHECK(claims.claim("noext") == "noext");
    CHECK(claims.claim("noext") == "noext-2");
}
