// Round trips through the feed formats:
// - rss -> json -> rss -> json and atom -> json -> atom -> json keep every
//   modelled field (the two JSON documents are the same bytes), for every real
//   feed and every sample feed, and so do the crossings rss -> atom and atom -> rss;
// - dispatch -> rss -> dispatch and dispatch -> atom -> dispatch give the
//   dispatch back byte for byte (headline, dateline, byline, body and the rest);
// - the writers are deterministic, and their output passes the RSS 2.0 rules
//   and the Atom schema.
#include <catch2/catch.hpp>

#include <filesystem>

#include "atom/atom_reader.hpp"
#include "atom/atom_writer.hpp"
#include "dispatch/dispatch_reader.hpp"
#include "dispatch/dispatch_writer.hpp"
#include "formats/test_feed_checks.hpp"
#include "json/json_reader.hpp"
#include "json/json_writer.hpp"
#include "rss/rss_reader.hpp"
#include "rss/rss_writer.hpp"
#include "support/golden.hpp"
#include "support/options.hpp"
#include "support/paths.hpp"
#include "time/datetime.hpp"

using namespace wirekit;

namespace {

using Reader = Document (*)(std::string_view, const ReadOptions&);
using Writer = std::string (*)(const Document&, const WriteOptions&);

struct Feed {
    std::string path;
    Reader read;
};

std::vector<Feed> feeds() {
    std::vector<Feed> out;
    for (const std::string& f : test::files_in(test::shared_path("corpus/feeds/real"), ".xml"))
        out.push_back({f, f.find(".atom.") != std::string::npos ? read_atom : read_rss});
    for (const std::string& f : test::files_in(test::source_path("samples"), ".rss")) out.push_back({f, read_rss});
    for (const std::string& f : test::files_in(test::source_path("samples"), ".atom")) out.push_back({f, read_atom});
    return out;
}

WriteOptions fixed_time(Diagnostics& diag) {
    WriteOptions wo = test::write_options(diag);
    wo.now = parse_rfc3339("2024-07-01T12:00:00Z");
    wo.variants = {std::string(round_trip_variant)};  // these tests read the output back whole
    return wo;
}

// FORMAT's text for DOC, after checking it against the format's rules.
std::string written(const Document& doc, const std::string& format, const WriteOptions& wo) {
    std::string out = format == "rss" ? write_rss(doc, wo) : write_atom(doc, wo);
    if (format == "rss") {
        auto problems = test::rss_problems(out);
        INFO(out.substr(0, 3000));
        for (const auto& p : problems) FAIL_CHECK(p);
    } else {
        CHECK(test::atom_schema_errors(out) == "");
    }
    return out;
}

}  // namespace

TEST_CASE("feed round trip: feed -> json -> feed -> json keeps every modelled field", "[rss][atom][feed][roundtrip]") {
    for (const Feed& feed : feeds()) {
        for (std::string format : {"rss", "atom"}) {
            SECTION(std::filesystem::path(feed.path).filename().string() + " via " + format) {
                Diagnostics diag;
                WriteOptions wo = fixed_time(diag);
                Document doc = feed.read(test::read_file(feed.path), test::read_options(diag, feed.path));
                std::string json = write_json(doc, wo);
                Document from_json = read_json(json, test::read_options(diag, "json"));
                std::string out = written(from_json, format, wo);
                CHECK(written(from_json, format, wo) == out);  // deterministic
                Document back = format == "rss" ? read_rss(out, test::read_options(diag, "out"))
                                                : read_atom(out, test::read_options(diag, "out"));
                CHECK(write_json(back, wo) == json);
                CHECK(back == doc);
            }
        }
    }
}

TEST_CASE("feed round trip: dispatch -> feed -> dispatch gives the dispatch back", "[rss][atom][feed][roundtrip][dispatch]") {
    for (const std::string& sample : test::files_in(test::source_path("samples"), ".txt")) {
        for (std::string format : {"rss", "atom"}) {
            SECTION(std::filesystem::path(sample).filename().string() + " via " + format) {
                Diagnostics diag;
                WriteOptions wo = fixed_time(diag);
                ReadOptions ro = test::read_options(diag, sample);
                ro.reference_date = parse_rfc3339("2024-06-30");
                std::string text = test::read_file(sample);
                Document doc = read_dispatch(text, ro);
                std::string out = written(doc, format, wo);
                Document back = format == "rss" ? read_rss(out, ro) : read_atom(out, ro);
                REQUIRE(back.articles.size() == 1);
                const Article &a = doc.articles[0], &b = back.articles[0];
                CHECK(b.headline == a.headline);
                CHECK(b.dateline == a.dateline);
                CHECK(b.byline == a.byline);
                CHECK(b.body == a.body);
                CHECK(back == doc);  // the derived channel is marked, so even the feed comes back empty
                CHECK(write_dispatch(back, wo) == text);
            }
        }
    }
}

TEST_CASE("feed round trip: the reference dispatch keeps its dateline through both feed formats", "[rss][atom][feed][roundtrip][dispatch]") {
    Diagnostics diag;
    WriteOptions wo = fixed_time(diag);
    std::string path = test::shared_path("corpus/dispatch/lavrov-dushanbe-sputnik.txt");
    ReadOptions ro = test::read_options(diag, path);
    ro.reference_date = parse_rfc3339("2023-06-30");
    Document doc = read_dispatch(test::read_file(path), ro);
    for (Writer write : {write_rss, write_atom}) {
        std::string out = write(doc, wo);
        // Readers of the feed see the dateline where the dispatch has it: at the start of the lead.
        CHECK(out.find(doc.articles[0].dateline.text) != std::string::npos);
        Document back = write == write_rss ? read_rss(out, ro) : read_atom(out, ro);
        CHECK(back == doc);
    }
}
