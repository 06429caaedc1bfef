// Golden model files for wire copy, discovered by glob: every file of
// ../shared/corpus/wire and every samples/*.anpa, *.7901, *.zczc has
// tests/golden/wire-json/NAME.json (what its reader makes of it, reviewed by
// hand field by field). Each model written as ANPA-1312 or IPTC 7901 and read
// back keeps what the format holds, and no text field holds a control character.
#include <catch2/catch.hpp>

#include <filesystem>

#include "json/json_writer.hpp"
#include "registry/detect.hpp"
#include "support/golden.hpp"
#include "support/paths.hpp"
#include "time/datetime.hpp"

using namespace wirekit;

namespace {

ReadOptions read_options(const std::string& source, Diagnostics& diag) {
    ReadOptions ro;
    ro.source = source;
    ro.reference_date = parse_rfc3339("2024-06-30");
    ro.diag = &diag;
    return ro;
}

std::vector<std::string> wire_inputs() {
    std::vector<std::string> all;
    for (const char* suffix : {".anpa", ".7901", ".zczc"})
        for (auto& f : test::files_in(test::source_path("samples"), suffix)) all.push_back(f);
    for (const auto& e : std::filesystem::recursive_directory_iterator(test::shared_path("corpus/wire"))) {
        std::string name = e.path().filename().string();
        if (e.is_regular_file() && name != "SOURCES.txt" && name != ".gitattributes") all.push_back(e.path().string());
    }
    return all;
}

bool has_control(const std::string& s) {
    for (std::size_t i = 0; i < s.size(); ++i) {
        auto c = static_cast<unsigned char>(s[i]);
        if ((c < 0x20 && c != '\n') || c == 0x7F) return true;
        if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) < 0xA0) return true;
    }
    return false;
}

// A message sent without a stamp gets one when written (the clock's time, the
// writer's sender): the one thing read back that the source did not say.
void drop_supplied_stamp(const Article& source, Article& back) {
    if (source.version_created) return;
    back.version_created = source.version_created;
    back.first_created = source.first_created;
    back.provider = source.provider;
    std::erase_if(back.extensions, [](const Extension& e) { return e.key == "stamp-sender"; });
}

Document read_as(std::string_view format, const std::string& bytes, Diagnostics& diag) {
    return find_format(format)->read(bytes, read_options("written", diag));
}

}  // namespace

TEST_CASE("wire copy reads to its golden model", "[wire][golden]") {
    auto inputs = wire_inputs();
    REQUIRE(inputs.size() >= 12);
    for (const auto& path : inputs) {
        std::string name = std::filesystem::path(path).filename().string();
        SECTION(name) {
            Diagnostics diag;
            WriteOptions wo;
            wo.diag = &diag;
            std::string bytes = test::read_file(path);
            Detection d = detect_input_format(path, bytes, "");
            Document doc = d.format->read(bytes, read_options(path, diag));
            std::string json = write_json(doc, wo);
            INFO("golden file tests/golden/wire-json/" << name << ".json (WIREKIT_ACCEPT=1 rewrites it)");
            CHECK(test::matches_golden(test::source_path("tests/golden/wire-json/" + name + ".json"), json));
            CHECK_FALSE(has_control(json.substr(0, json.size() - 1)));
        }
    }
}

TEST_CASE("wire copy written as ANPA-1312 and IPTC 7901 reads back with its fields", "[wire][roundtrip]") {
    for (const auto& path : wire_inputs()) {
        std::string name = std::filesystem::path(path).filename().string();
        SECTION(name) {
            Diagnostics diag;
            WriteOptions wo;
            wo.diag = &diag;
            wo.now = parse_rfc3339("2024-06-01T12:00:00Z");
            std::string bytes = test::read_file(path);
            Document doc = detect_input_format(path, bytes, "").format->read(bytes, read_options(path, diag));
            for (std::string_view format : {"anpa", "iptc7901"}) {
                INFO(format);
                Document back = read_as(format, find_format(format)->write(doc, wo), diag);
                REQUIRE(back.articles.size() == doc.articles.size());
                for (std::size_t i = 0; i < doc.articles.size(); ++i) {
                    const Article &a = doc.articles[i], &b = back.articles[i];
                    if (!a.slugline.empty()) CHECK(b.slugline == a.slugline);
                    CHECK(b.take_key == a.take_key);
                    if (a.urgency) CHECK(b.urgency == a.urgency);
                    CHECK(b.dateline.text == a.dateline.text);
                    CHECK(b.editor_note == a.editor_note);
                    if (a.version_created) CHECK(b.version_created == a.version_created);
                    if (!a.headline.empty()) CHECK(b.headline == a.headline);
                    if (!a.byline.empty()) CHECK(b.byline == a.byline);
                }
            }
        }
    }
}

TEST_CASE("a writer's own output reads back as the same model", "[wire][roundtrip]") {
    for (const char* suffix : {".anpa", ".7901"}) {
        for (const auto& path : test::files_in(test::source_path("samples"), suffix)) {
            SECTION(path) {
                Diagnostics diag;
                WriteOptions wo;
                wo.diag = &diag;
                wo.now = parse_rfc3339("2024-06-30T12:00:00Z");  // the stamp a message without one is given
                std::string format = suffix == std::string(".anpa") ? "anpa" : "iptc7901";
                Document doc = read_as(format, test::read_file(path), diag);
                Document back = read_as(format, find_format(format)->write(doc, wo), diag);
                CHECK(read_as(format, find_format(format)->write(back, wo), diag) == back);
                REQUIRE(back.articles.size() == doc.articles.size());
                for (std::size_t i = 0; i < doc.articles.size(); ++i) drop_supplied_stamp(doc.articles[i], back.articles[i]);
                CHECK(write_json(doc, wo) == write_json(back, wo));
            }
        }
    }
}
