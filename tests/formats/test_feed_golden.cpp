// Golden files for the feed formats, discovered by glob and compared byte for
// byte (WIREKIT_ACCEPT=1 rewrites them for review):
// - tests/golden/rss-json/NAME.json, atom-json/NAME.json: the model the
//   readers make of every real feed and sample feed, as the json writer writes it;
// - tests/golden/rss-out/NAME.rss, atom-out/NAME.atom: what the writers make
//   of every sample (dispatches and feeds), with --now fixed.
#include <catch2/catch.hpp>

#include <filesystem>

#include "atom/atom_reader.hpp"
#include "atom/atom_writer.hpp"
#include "dispatch/dispatch_reader.hpp"
#include "json/json_writer.hpp"
#include "rss/rss_reader.hpp"
#include "rss/rss_writer.hpp"
#include "support/golden.hpp"
#include "support/options.hpp"
#include "support/paths.hpp"
#include "time/datetime.hpp"

using namespace wirekit;

namespace {

std::string stem(const std::string& path) {
    std::string name = std::filesystem::path(path).filename().string();
    return name.substr(0, name.find('.'));
}

Document read_sample(const std::string& path, Diagnostics& diag) {
    ReadOptions ro = test::read_options(diag, path);
    ro.reference_date = parse_rfc3339("2024-06-30");
    std::string bytes = test::read_file(path);
    if (path.ends_with(".txt")) return read_dispatch(bytes, ro);
    if (path.ends_with(".atom") || path.ends_with(".atom.xml")) return read_atom(bytes, ro);
    return read_rss(bytes, ro);
}

std::vector<std::string> sources(bool with_dispatches) {
    std::vector<std::string> out = test::files_in(test::shared_path("corpus/feeds/real"), ".xml");
    for (const char* suffix : {".rss", ".atom"})
        for (const std::string& f : test::files_in(test::source_path("samples"), suffix)) out.push_back(f);
    if (with_dispatches)
        for (const std::string& f : test::files_in(test::source_path("samples"), ".txt")) out.push_back(f);
    return out;
}

}  // namespace

TEST_CASE("feed golden: feeds read to their golden JSON", "[rss][atom][feed][golden]") {
    for (const std::string& path : sources(false)) {
        SECTION(stem(path)) {
            Diagnostics diag;
            Document doc = read_sample(path, diag);
            bool atom = path.ends_with(".atom") || path.ends_with(".atom.xml");
            std::string golden = test::source_path(std::string("tests/golden/") + (atom ? "atom" : "rss") + "-json/" + stem(path) + ".json");
            INFO("golden file " << golden << " (WIREKIT_ACCEPT=1 rewrites it)");
            CHECK(test::matches_golden(golden, write_json(doc, test::write_options(diag))));
        }
    }
}

TEST_CASE("feed golden: samples write to their golden feeds", "[rss][atom][feed][golden]") {
    std::vector<std::string> samples;
    for (const char* suffix : {".txt", ".rss", ".atom"})
        for (const std::string& f : test::files_in(test::source_path("samples"), suffix)) samples.push_back(f);
    for (const std::string& path : samples) {
        SECTION(std::filesystem::path(path).filename().string()) {
            Diagnostics diag;
            Document doc = read_sample(path, diag);
            WriteOptions wo = test::write_options(diag);
            wo.now = parse_rfc3339("2024-07-01T12:00:00Z");
            std::string rss = test::source_path("tests/golden/rss-out/" + stem(path) + ".rss");
            std::string atom = test::source_path("tests/golden/atom-out/" + stem(path) + ".atom");
            INFO("golden files " << rss << ", " << atom << " (WIREKIT_ACCEPT=1 rewrites them)");
            CHECK(test::matches_golden(rss, write_rss(doc, wo)));
            CHECK(test::matches_golden(atom, write_atom(doc, wo)));
        }
    }
}
