// ninjs associations: 1.x objects keyed by name, 2.x arrays, 3.x camelCase
// and AP's references read as the model's associated items; written as
// nested ninjs objects valid against IPTC's 2.2 and 3.1 schemas.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "model/media.hpp"
#include "newsml/newsml_reader.hpp"
#include "newsml/newsml_writer.hpp"
#include "ninjs/ninjs_reader.hpp"
#include "ninjs/ninjs_validate.hpp"
#include "ninjs/ninjs_writer.hpp"
#include "support/findings_text.hpp"
#include "support/options.hpp"
#include "support/paths.hpp"

using namespace wirekit;
using namespace wirekit::test;

namespace {

Document read(std::string_view text) {
    Diagnostics diag;
    return read_ninjs(text, read_options(diag));
}

std::string write(const Document& doc, std::vector<std::string> variants = {}) {
    Diagnostics diag;
    WriteOptions options = write_options(diag);
    options.variants = std::move(variants);
    return write_ninjs(doc, options);
}

std::vector<std::string> hrefs(const Media& m) {
    std::vector<std::string> out;
    for (const Rendition& r : renditions_of(m)) out.push_back(r.href);
    return out;
}

// A story with one picture that says all an agency sends of it.
Document story_with_picture() {
    Document doc;
    Article& a = doc.articles.emplace_back();
    a.id = "urn:story:1";
    a.type = "text";
    a.headline = "Ferry back in service";
    Media p;
    p.id = "urn:picture:1";
    p.type = "picture";
    p.role = "featureimage";
    p.title = "The ferry at the quay";
    p.caption = "The ferry Nordlys at the quay of Hella, June 3.";
    p.alt_text = "A white ferry at a quay";
    p.credit = "Ola Berg/Fjord Wire";
    p.by = p.credit;  // ninjs' one "by" reads as both
    p.copyright = {"Fjord Wire", "(c) 2024 Fjord Wire", "Editorial use only"};
    set_renditions(p, {{"hires", "https://img.example/nordlys.jpg", "image/jpeg", 4000, 3000, 2500000, std::nullopt},
                       {"thumbnail", "https://img.example/nordlys-t.jpg", "image/jpeg", 256, 192, 12000, std::nullopt}});
    a.media.push_back(p);
    return doc;
}

}  // namespace

TEST_CASE("ninjs associations: 2.x arrays, as TT sends them", "[ninjs][associations]") {
    const Document doc = read(read_file(shared_path("formats-ref/ninjs/examples/2.1-agency/tt_text_image_2.json")));
    REQUIRE(doc.articles.at(0).media.size() == 1);
    const Media& m = doc.articles[0].media[0];
    CHECK(m.id == "http://tt.se/media/image/sdlk2sirkPaauM");
    CHECK(m.type == "picture");
    CHECK(m.role == "a001");
    CHECK(m.caption.starts_with("En stor internationell försvarsövning"));
    CHECK(m.credit == "Karl Melander/TT");
    CHECK(m.by == "Karl Melander/TT");
    REQUIRE(renditions_of(m).size() == 4);
    CHECK(renditions_of(m)[3] == Rendition{"r03", "https://thumbnail.tt.se/media/text/210526-militarovning-a0f2d045/a001_NormalThumbnail.jpg",
                                           "image/jpeg", 256, 171, 32491, std::nullopt});
}

TEST_CASE("ninjs associations: 1.x objects keyed by name, 3.x camelCase", "[ninjs][associations]") {
    const Document v1 = read(R"({"uri": "urn:a", "headline": "H", "body_text": "B.", "associations": {"featureimage": {
        "uri": "urn:p", "type": "picture", "headline": "Quay", "description_caption": "At the quay.", "byline": "Ola Berg",
        "copyrightholder": "Fjord Wire", "mimetype": "image/jpeg",
        "renditions": {"original": {"href": "https://img.example/q.jpg", "width": 400, "height": 300}}}}})");
    const Media& m1 = v1.articles.at(0).media.at(0);
    CHECK(m1.role == "featureimage");
    CHECK(m1.id == "urn:p");
    CHECK(m1.title == "Quay");
    CHECK(m1.caption == "At the quay.");
    CHECK(m1.credit == "Ola Berg");
    CHECK(m1.copyright.holder == "Fjord Wire");
    CHECK(renditions_of(m1) == std::vector<Rendition>{{"original", "https://img.example/q.jpg", "image/jpeg", 400, 300, std::nullopt, std::nullopt}});

    const Document v3 = read(R"({"uri": "urn:a", "versionCreated": "2024-06-03T10:00:00Z", "associations": [{"name": "clip",
        "uri": "urn:v", "type": "video", "copyrightNotice": "(c) FW", "usageTerms": "News only",
        "renditions": [{"name": "mp4", "href": "https://v.example/c.mp4", "contentType": "video/mp4", "sizeInBytes": 900, "duration": 12.5},
                       {"name": "poster"}]}]})");
    const Media& m3 = v3.articles.at(0).media.at(0);
    CHECK(m3.type == "video");
    CHECK(m3.copyright.notice == "(c) FW");
    CHECK(m3.copyright.usage_terms == "News only");
    // A rendition without href names no file.
    CHECK(renditions_of(m3) == std::vector<Rendition>{{"mp4", "https://v.example/c.mp4", "video/mp4", std::nullopt, std::nullopt, 900, 12.5}});
}

TEST_CASE("ninjs associations: AP Media API references and response envelopes", "[ninjs][associations]") {
    const Document doc = read(read_file(shared_path("corpus/packages/superdesk-cp__apv.json")));
    REQUIRE(doc.articles.size() == 1);
    const Article& a = doc.articles[0];
    CHECK(a.headline.starts_with("Cold snap brings Spain lowest temperatur"));
    CHECK(a.version == "1");  // a number in the source
    CHECK(a.copyright.usage_terms.starts_with("This content is intended for editorial use only."));
    std::vector<const Media*> pictures;
    for (const Media& m : a.media)
        if (m.type == "picture") pictures.push_back(&m);
    REQUIRE(pictures.size() == 9);
    // A reference is kept as one: its uri, type and headline, no file.
    CHECK(pictures[0]->id.starts_with("https://api.ap.org/media/v/content/"));
    CHECK(pictures[0]->title == "APTOPIX Spain Snow Aftermath");
    CHECK(renditions_of(*pictures[0]).empty());
    // ... and written as one.
    const nlohmann::json out = nlohmann::json::parse(write(doc));
    CHECK(out["associations"][1] == nlohmann::json{{"name", "1"}, {"uri", pictures[0]->id}, {"type", "picture"},
                                                   {"headlines", {{{"role", "main"}, {"value", "APTOPIX Spain Snow Aftermath"}}}}});
}

TEST_CASE("ninjs associations: written as nested objects, valid against 2.2 and 3.1, read back whole", "[ninjs][associations]") {
    const Document doc = story_with_picture();
    const std::string v2 = write(doc);
    const nlohmann::json out = nlohmann::json::parse(v2);
    const nlohmann::json& p = out["associations"].at(0);
    CHECK(p["name"] == "featureimage");
    CHECK(p["uri"] == "urn:picture:1");
    CHECK(p["type"] == "picture");
    CHECK(p["by"] == "Ola Berg/Fjord Wire");
    CHECK(p["descriptions"][0] == nlohmann::json{{"role", "caption"}, {"value", "The ferry Nordlys at the quay of Hella, June 3."}});
    CHECK(p["renditions"][1]["name"] == "thumbnail");
    CHECK(p["renditions"][1]["sizeinbytes"] == 12000);
    CHECK(validate_text(validate_ninjs, v2).empty());
    CHECK(read(v2) == doc);

    const std::string v3 = write(doc, {"3.1"});
    CHECK(v3.find("\"copyrightNotice\"") != std::string::npos);
    CHECK(v3.find("\"sizeInBytes\"") != std::string::npos);
    CHECK(validate_text(validate_ninjs, v3).empty());
    CHECK(read(v3) == doc);

    // The validator sees a broken association.
    std::string broken = v2;
    broken.replace(broken.find("\"uri\": \"urn:picture:1\""), 22, "\"uri\": 7");
    CHECK_FALSE(validate_text(validate_ninjs, broken).empty());
}

TEST_CASE("ninjs associations: a picture item lists its own files as renditions", "[ninjs][associations]") {
    Document doc = story_with_picture();
    Article& a = doc.articles[0];
    a.type = "picture";
    a.media[0].id.clear();
    const nlohmann::json out = nlohmann::json::parse(write(doc));
    CHECK_FALSE(out.contains("associations"));
    REQUIRE(out["renditions"].size() == 2);
    CHECK(out["renditions"][0]["name"] == "hires");
    CHECK(hrefs(read(write(doc)).articles.at(0).media.at(0)) == hrefs(a.media[0]));
}

TEST_CASE("ninjs associations: the TT package goes to ninjs as TT publishes it, and back to a package", "[ninjs][associations]") {
    Diagnostics diag;
    const Document g2 = read_newsml(read_file(shared_path("corpus/packages/iptc-newsinjson__json2ts__TT_newsmlg2_sample.xml")),
                                    read_options(diag));
    REQUIRE(g2.articles.size() == 1);
    const std::string text = write(g2);
    CHECK(validate_text(validate_ninjs, text).empty());
    const nlohmann::json p = nlohmann::json::parse(text)["associations"].at(0);
    CHECK(p["uri"] == "http://tt.se/media/image/sdlm1btzmKu8WU");
    CHECK(p["type"] == "picture");
    CHECK(p["by"] == "Lucasfilm Games");
    CHECK(p["descriptions"][0]["value"].get<std::string>().starts_with("Journalisten och författaren Jan Guillou"));
    REQUIRE(p["renditions"].size() == 4);
    for (const auto* key : {"name", "href", "contenttype", "width", "height", "sizeinbytes"}) CHECK(p["renditions"][0].contains(key));

    const Document back = read_newsml(write_newsml(read(text), write_options(diag)), read_options(diag));
    REQUIRE(back.articles.size() == 1);
    const Media& before = g2.articles[0].media.at(0);
    const Media& after = back.articles[0].media.at(0);
    CHECK(after.caption == before.caption);
    CHECK(after.credit == "Lucasfilm Games");
    CHECK(renditions_of(after) == renditions_of(before));
}
