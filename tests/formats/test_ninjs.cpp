// The ninjs reader and writer: IPTC's examples (golden model files), the
// version rules, the mapping of every field, round trips and detection.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>

#include "dispatch/dispatch_reader.hpp"
#include "json/json_reader.hpp"
#include "json/json_writer.hpp"
#include "ninjs/ninjs_reader.hpp"
#include "ninjs/ninjs_writer.hpp"
#include "registry/detect.hpp"
#include "report/lossy.hpp"
#include "support/golden.hpp"
#include "support/options.hpp"
#include "support/paths.hpp"
#include "time/datetime.hpp"

using namespace wirekit;
using namespace wirekit::test;
using nlohmann::json;

namespace {

struct Io {
    Diagnostics diag;
    ReadOptions read = read_options(diag, "in.ninjs");
    WriteOptions write = write_options(diag);

    std::string ninjs(const Document& doc, std::vector<std::string> variants = {}) {
        WriteOptions options = write;
        options.variants = std::move(variants);
        return write_ninjs(doc, options);
    }

    bool noted(std::string_view text) const {
        return std::any_of(diag.all().begin(), diag.all().end(),
                           [&](const Diagnostic& d) { return d.message.find(text) != std::string::npos; });
    }
};

// IPTC's examples: "2.2/001_simple_example.json" and the like.
std::vector<std::string> official_examples() {
    std::vector<std::string> dirs;
    for (const auto& entry : std::filesystem::directory_iterator(shared_path("formats-ref/ninjs/examples")))
        if (entry.is_directory()) dirs.push_back(entry.path().string());
    std::sort(dirs.begin(), dirs.end());
    std::vector<std::string> out;
    for (const auto& dir : dirs)
        for (const auto& file : files_in(dir, ".json")) out.push_back(file);
    return out;
}

std::string golden_name(const std::string& example) {
    std::filesystem::path p(example);
    return p.parent_path().filename().string() + "-" + p.filename().string();
}

const std::string sample = "samples/glacier-survey-tromso.ninjs";

}  // namespace

TEST_CASE("ninjs: every official example reads, matching its golden model file", "[ninjs]") {
    const std::vector<std::string> examples = official_examples();
    REQUIRE(examples.size() == 15);
    std::vector<std::string> goldens;
    for (const auto& example : examples) {
        INFO(example);
        Io io;
        const Document doc = read_ninjs(read_file(example), io.read);
        REQUIRE(doc.articles.size() == 1);
        CHECK_FALSE(doc.articles[0].id.empty());
        const std::string golden = source_path("tests/golden/ninjs-json/" + golden_name(example));
        CHECK(matches_golden(golden, write_json(doc, io.write)));
        goldens.push_back(golden);
    }
    // No golden file without its example.
    CHECK(files_in(source_path("tests/golden/ninjs-json"), ".json") == goldens);
}

TEST_CASE("ninjs: the version comes from $schema, then the property names", "[ninjs]") {
    Io io;
    auto version_note = [&](const std::string& text) {
        Io local;
        read_ninjs(text, local.read);
        for (const auto& d : local.diag.all())
            if (d.message.starts_with("read as ninjs")) return d.message;
        return std::string();
    };
    CHECK(version_note(
              R"({"$schema": "http://www.iptc.org/std/ninjs/ninjs-schema_1.3.json", "uri": "urn:a", "headlines": []})")
              .starts_with("read as ninjs 1.x (its \"$schema\""));
    CHECK(version_note(R"({"uri": "urn:a", "versionCreated": "2024-01-01T00:00:00Z"})").starts_with("read as ninjs 3.x"));
    CHECK(version_note(R"({"uri": "urn:a", "headlines": [{"value": "h"}]})").starts_with("read as ninjs 2.x"));
    CHECK(version_note(R"({"uri": "urn:a", "headline": "h", "body_text": "b"})").starts_with("read as ninjs 1.x"));
    CHECK(version_note(R"({"uri": "urn:a"})").find("read as 2.x") != std::string::npos);

    // The same article in each version's spelling reads the same.
    const Document v1 = read_ninjs(R"({"uri": "urn:a", "headline": "Ice", "byline": "K", "body_text": "One.\n\nTwo.",
        "versioncreated": "2024-06-11T09:15:30+02:00", "subject": [{"name": "climate", "scheme": "http://cv.iptc.org/newscodes/mediatopic/", "code": "20000418"}]})",
                                   io.read);
    const Document v2 = read_ninjs(R"({"uri": "urn:a", "headlines": [{"role": "main", "value": "Ice"}], "by": "K",
        "bodies": [{"contenttype": "text/plain", "value": "One.\n\nTwo."}], "versioncreated": "2024-06-11T09:15:30+02:00",
        "subjects": [{"name": "climate", "uri": "http://cv.iptc.org/newscodes/mediatopic/20000418"}]})",
                                   io.read);
    const Document v3 = read_ninjs(R"({"uri": "urn:a", "headlines": [{"role": "main", "value": "Ice"}], "by": "K",
        "bodies": [{"contentType": "text/plain", "value": "One.\n\nTwo."}], "versionCreated": "2024-06-11T09:15:30+02:00",
        "subjects": [{"name": "climate", "uri": "http://cv.iptc.org/newscodes/mediatopic/20000418"}]})",
                                   io.read);
    CHECK(v1 == v2);
    CHECK(v2 == v3);
    REQUIRE(v2.articles[0].subjects.size() == 1);
    CHECK(v2.articles[0].subjects[0].scheme == "medtop");
    CHECK(v2.articles[0].subjects[0].code == "20000418");
    CHECK(v2.articles[0].body.size() == 2);
}

TEST_CASE("ninjs: the sample carries every field ninjs has, and reads and writes back byte for byte", "[ninjs]") {
    Io io;
    const std::string text = read_file(source_path(sample));
    const Document doc = read_ninjs(text, io.read);
    REQUIRE(doc.articles.size() == 1);
    std::vector<std::string_view> filled = filled_fields(doc.articles[0]);
    for (std::string_view field :
         {"id",       "version",   "type",          "headline",        "subheadline",     "slugline",
          "summary",  "byline",    "body",          "located",         "provider",        "sources",
          "authors",  "copyright", "first_created", "version_created", "content_created", "embargoed",
          "language", "urgency",   "pub_status",    "editor_note",     "genres",          "subjects",
          "media",    "extensions"}) {
        INFO(field);
        CHECK(std::find(filled.begin(), filled.end(), field) != filled.end());
    }
    CHECK(io.ninjs(doc) == text);
    CHECK(io.diag.all().size() == 1);  // the version note; nothing dropped
}

TEST_CASE("ninjs: round trips through json and through 3.1 keep every field ninjs has", "[ninjs]") {
    std::vector<std::string> inputs = official_examples();
    inputs.push_back(source_path(sample));
    for (const auto& input : inputs) {
        INFO(input);
        Io io;
        const Document original = read_ninjs(read_file(input), io.read);
        const std::string first = io.ninjs(original);

        // ninjs -> json -> ninjs
        const Document via_json = read_json(write_json(original, io.write), io.read);
        CHECK(via_json == original);
        CHECK(io.ninjs(via_json) == first);

        // Our own output reads back to the same model and the same bytes.
        const Document again = read_ninjs(first, io.read);
        CHECK(io.ninjs(again) == first);
        CHECK(read_ninjs(io.ninjs(again), io.read) == again);

        // 2.2 -> 3.1 -> 2.2
        const std::string v3 = io.ninjs(original, {"3.1"});
        CHECK(v3.find("\"versioncreated\"") == std::string::npos);
        CHECK(io.ninjs(read_ninjs(v3, io.read)) == first);
    }
}

TEST_CASE("ninjs: 3.1 spells the same properties in camelCase", "[ninjs]") {
    Io io;
    const Document doc = read_ninjs(read_file(source_path(sample)), io.read);
    const json v3 = json::parse(io.ninjs(doc, {"3.1"}));
    const json v2 = json::parse(io.ninjs(doc));
    for (const char* key :
         {"versionCreated", "firstCreated", "contentCreated", "embargoedUntil", "pubStatus", "copyrightHolder",
          "copyrightNotice", "usageTerms", "edNote", "infoSources", "altIds", "representationType"})
        CHECK(v3.contains(key));
    CHECK(v3["bodies"][0].contains("contentType"));
    CHECK(v3["people"][0].contains("contactInfo"));
    CHECK(v3["places"][0].contains("geoJSON"));
    CHECK(v3["associations"][0]["renditions"][0].contains("sizeInBytes"));
    CHECK(v2["embargoed"] == v3["embargoedUntil"]);
    CHECK(v2.size() == v3.size());
}

TEST_CASE("ninjs: lavrov-dushanbe-sputnik dispatch as ninjs 2.2", "[ninjs]") {
    Io io;
    ReadOptions dispatch = io.read;
    dispatch.source = "lavrov-dushanbe-sputnik.txt";
    const Document doc = read_dispatch(read_file(shared_path("corpus/dispatch/lavrov-dushanbe-sputnik.txt")), dispatch);
    const json out = json::parse(io.ninjs(doc));
    CHECK(out["uri"].get<std::string>().starts_with("urn:uuid:"));
    CHECK(out["headlines"][0]["value"] == "Lavrov Says Dialogue With Taliban In Economic, Security Interests Of Region");
    REQUIRE(out["bodies"].size() == 2);
    CHECK(out["bodies"][0]["contenttype"] == "text/html");
    CHECK(out["bodies"][0]["value"].get<std::string>().starts_with("<p>Building a dialogue with the Taliban"));
    CHECK(out["bodies"][1]["contenttype"] == "text/plain");
    CHECK(out["bodies"][1]["value"].get<std::string>().starts_with("Building a dialogue with the Taliban"));
    CHECK(out["located"] == "Dushanbe");
    CHECK(out["infosources"] == json::parse(R"([{"name": "Pakistan Point News"}, {"name": "Sputnik"}])"));
    CHECK(out["language"] == "en");
    // What ninjs has no property for is named under -v.
    CHECK(io.noted("ninjs 2.2 cannot carry, dropped: dateline, creditline"));
}

TEST_CASE("ninjs: what the model holds that ninjs cannot say", "[ninjs]") {
    Io io;
    Document doc;
    Article& a = doc.articles.emplace_back();
    a.id = "not a uri";
    a.headline = "H";
    a.type = "liveblog";
    a.urgency = 12;
    a.pub_status = "draft";
    a.published = parse_rfc3339("2024-06-11");
    a.keywords = {"ice"};
    a.url = "https://example.org/page";
    Media relative;
    relative.url = "relative/picture.jpg";
    relative.mime_type = "image/jpeg";
    a.media.push_back(relative);
    const json out = json::parse(io.ninjs(doc));
    CHECK(out["uri"].get<std::string>().starts_with("urn:uuid:"));
    CHECK(out["firstcreated"] == "2024-06-11T00:00:00Z");
    CHECK(out["versioncreated"] == "2024-06-11T00:00:00Z");
    for (const char* key : {"type", "urgency", "pubstatus", "associations", "renditions"}) CHECK_FALSE(out.contains(key));
    CHECK(io.noted("is not a URI; written as the uri urn:uuid:"));
    CHECK(io.noted("type \"liveblog\" is not a ninjs type"));
    CHECK(io.noted("urgency 12 is outside"));
    CHECK(io.noted("pub_status \"draft\""));
    CHECK(io.noted("bare dates are written as midnight UTC"));
    CHECK(io.noted("media \"relative/picture.jpg\" has no absolute URI"));
    CHECK(io.noted("dropped: url, keywords"));
}

TEST_CASE("ninjs: several articles are an array, or one object per line", "[ninjs]") {
    Io io;
    Document doc = read_ninjs(read_file(source_path(sample)), io.read);
    doc.articles.push_back(doc.articles[0]);
    doc.articles[1].id = "urn:example:second";
    const std::string array = io.ninjs(doc);
    CHECK(array.starts_with("[\n  {\n    \"uri\""));
    CHECK(read_ninjs(array, io.read) == doc);

    const std::string lines = io.ninjs(doc, {"lines"});
    CHECK(std::count(lines.begin(), lines.end(), '\n') == 2);
    CHECK(lines.starts_with("{\"uri\":\"urn:newsml:arcticwire"));
    CHECK(read_ninjs(lines, io.read) == doc);
    // CRLF, blank lines and no final newline are fine.
    std::string crlf;
    for (char c : lines) crlf += c == '\n' ? std::string("\r\n\r\n") : std::string(1, c);
    crlf.pop_back();
    CHECK(read_ninjs(crlf, io.read) == doc);

    CHECK(io.ninjs(Document{}) == "[]\n");
    CHECK(io.ninjs(Document{}, {"lines"}).empty());
}

TEST_CASE("ninjs: writing is deterministic", "[ninjs]") {
    Io io;
    const Document doc = read_ninjs(read_file(source_path(sample)), io.read);
    CHECK(io.ninjs(doc) == io.ninjs(doc));
    CHECK(io.ninjs(doc, {"3.1"}) == io.ninjs(doc, {"3.1"}));
}

TEST_CASE("ninjs: detection of every example, lines and arrays", "[ninjs]") {
    auto detected = [](const std::string& name, const std::string& bytes) {
        return std::string(detect_input_format(name, bytes, "").format->id);
    };
    for (const auto& example : official_examples()) {
        INFO(example);
        CHECK(detected(example, read_file(example)) == "ninjs");
    }
    Io io;
    const Document doc = read_ninjs(read_file(source_path(sample)), io.read);
    Document two = doc;
    two.articles.push_back(doc.articles[0]);
    CHECK(detected("-", io.ninjs(two, {"lines"})) == "ninjs");
    CHECK(detected("-", io.ninjs(two)) == "ninjs");
    CHECK(detected("x.json", io.ninjs(doc, {"3.1"})) == "ninjs");
    CHECK(detected("x.json", R"({"$schema": "http://www.iptc.org/std/ninjs/ninjs-schema_2.0.json", "uri": "urn:a"})") ==
          "ninjs");
    // 1.x lines have "headline", as wirekit's jsonl does: ninjs still wins.
    CHECK(
        detected("-",
                 "{\"uri\":\"urn:a\",\"headline\":\"H\",\"body_text\":\"x\",\"language\":\"en\"}\n{\"uri\":\"urn:b\"}\n") ==
        "ninjs");
    // The json sniffer never ties with ninjs, and ninjs leaves wirekit's own json alone.
    CHECK(sniff_ninjs(write_json(doc, io.write)) == 0);
    CHECK(detected("-", write_json(doc, io.write)) == "json");
    CHECK(detected("-", write_jsonl(doc, io.write)) == "jsonl");
    CHECK(sniff_ninjs("{\"uri\": \"urn:a\"}") < 50);
    CHECK(sniff_ninjs("not json") == 0);
    CHECK(sniff_ninjs("") == 0);
}
