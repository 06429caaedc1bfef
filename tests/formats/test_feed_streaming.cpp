// The feed readers hand articles over one at a time (ReadEachFn), and the
// jsonl writer takes them one at a time: `convert` streams feeds with them, so
// both must give exactly what reading and writing the whole document gives.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <limits>
#include <optional>
#include <string>
#include <vector>

#include "atom/atom_reader.hpp"
#include "json/json_writer.hpp"
#include "rss/rss_reader.hpp"
#include "support/options.hpp"
#include "support/paths.hpp"
#include "support/streaming_checks.hpp"

using namespace wirekit;
using test::formatted;
using test::RecordingSink;

namespace {

std::string sample(const std::string& name) { return test::read_file(test::source_path("samples/" + name)); }

const std::string rss10 = R"(<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
  <channel rdf:about="https://valley.example/rss"><title>Valley</title><link>https://valley.example/</link>
    <description>Valley news</description></channel>
  <item rdf:about="https://valley.example/1"><title>Bridge reopens</title><link>https://valley.example/1</link></item>
  <item rdf:about="https://valley.example/2"><title>Ferry late</title><link>https://valley.example/2</link></item>
</rdf:RDF>)";

}  // namespace

TEST_CASE("rss reader: items are handed over one at a time", "[rss][reader][stream]") {
    SECTION("RSS 2.0") { test::check_reads_like_whole(read_rss_each, read_rss, sample("lakeside-ferry-timetable.rss"), 3); }
    SECTION("RSS 1.0: items beside the channel") {
        test::check_reads_like_whole(read_rss_each, read_rss, rss10, 2);
        Diagnostics diag;
        RecordingSink sink;
        read_rss_each(rss10, test::read_options(diag), sink);
        CHECK(sink.doc.feed.title == "Valley");
        CHECK(sink.doc.articles.at(1).headline == "Ferry late");
    }
}

TEST_CASE("rss reader: every XML feed of the shared corpora reads in parts as it does whole", "[rss][reader][stream]") {
    int read = 0;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(test::shared_path("corpus/feeds"))) {
        if (entry.path().extension() != ".xml") continue;
        INFO(entry.path().string());
        std::string bytes = test::read_file(entry.path().string());
        for (unsigned threads : test::reading_threads) {
            INFO("read with " << threads << " threads");
            Diagnostics in_parts_diag, whole_diag;
            RecordingSink sink;
            auto both = test::read_both_ways(read_rss_each, read_rss, bytes, test::read_options(in_parts_diag, "in", threads),
                                             test::read_options(whole_diag), sink);
            CHECK(both.in_parts_error == both.whole_error);
            if (both.whole_error.empty()) {
                CHECK(sink.doc == both.whole);
                ++read;
            }
            CHECK(formatted(in_parts_diag) == formatted(whole_diag));
        }
    }
    CHECK(read > 200 * static_cast<int>(std::size(test::reading_threads)));
}

namespace {

std::string rss_item(int n, const std::string& extra = {}) {
    return "<item>\n  <title>Item " + std::to_string(n) + "</title><link>https://valley.example/" + std::to_string(n) + "</link>" +
           extra + "\n</item>\n";
}

std::string rss_feed(const std::string& items, const std::string& after_items = {}) {
    return "<?xml version=\"1.0\"?>\n<rss version=\"2.0\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n<channel>\n"
           "<title>Valley</title><link>https://valley.example/</link>\n" + items + after_items + "</channel>\n</rss>\n";
}

}  // namespace

TEST_CASE("rss reader: notes from items read alone come where reading the whole feed gives them", "[rss][reader][stream]") {
    // Double-encoded text in the channel, in items and after the items: one
    // note per element name, counted over the whole feed, at the first.
    std::string feed = rss_feed("<description>Caf\xC3\x83\xC2\xA9 news</description>\n" + rss_item(1) +
                                    rss_item(2, "<dc:creator>Jos\xC3\x83\xC2\xA9</dc:creator><category domain=\"se\xC3\x83\xC2\xA7\">x</category>") +
                                    rss_item(3, "<dc:creator>Ren\xC3\x83\xC2\xA9</dc:creator><pubDate>not a date</pubDate>"),
                                "<copyright>\xC3\x82\xC2\xA9 Valley</copyright>\n");
    test::check_reads_like_whole(read_rss_each, read_rss, feed, 3);
    Diagnostics diag;
    RecordingSink sink;
    read_rss_each(feed, test::read_options(diag), sink);
    CHECK(sink.doc.articles.at(1).authors.at(0).name == "José");
    std::vector<std::string> notes = formatted(diag);
    REQUIRE(notes.size() == 5);
    CHECK(notes[0].starts_with("in:10:91: note: double-encoded UTF-8 repaired in <category@domain> (1 time"));
    CHECK(notes[1].starts_with("in:15:1: note: double-encoded UTF-8 repaired in <copyright> (1 time"));
    CHECK(notes[2].starts_with("in:10:61: note: double-encoded UTF-8 repaired in <dc:creator> (2 times"));
    CHECK(notes[3].starts_with("in:5:1: note: double-encoded UTF-8 repaired in <description> (1 time"));
    CHECK(notes[4].starts_with("in:13:91: warning: unreadable date"));  // the item's own notes come after
}

TEST_CASE("rss reader: items are handed over before a later item's error", "[rss][reader][stream]") {
    std::string feed = rss_feed(rss_item(1) + rss_item(2) + "<item><title>Broken</titel></item>\n");
    Diagnostics diag;
    RecordingSink sink;
    auto both = test::read_both_ways(read_rss_each, read_rss, feed, test::read_options(diag), test::read_options(diag), sink);
    CHECK(sink.doc.articles.size() == 2);
    CHECK_FALSE(both.whole_error.empty());
    CHECK(both.in_parts_error == both.whole_error);
}

TEST_CASE("rss reader: feeds that cannot be read in parts are read whole, with the same result", "[rss][reader][stream]") {
    SECTION("text beside the items") { test::check_reads_like_whole(read_rss_each, read_rss, rss_feed(rss_item(1) + "stray" + rss_item(2)), 2); }
    SECTION("an item beside the channel") {
        std::string feed = rss_feed(rss_item(1));
        feed.insert(feed.find("</rss>"), rss_item(2));
        test::check_reads_like_whole(read_rss_each, read_rss, feed, 2);
    }
    SECTION("an item in a namespace of its own") {
        test::check_reads_like_whole(read_rss_each, read_rss, rss_feed(rss_item(1) + "<item xmlns=\"urn:other\"><title>Other</title></item>"), 1);
    }
    SECTION("a channel in a namespace") {
        test::check_reads_like_whole(read_rss_each, read_rss,
                           "<rss xmlns=\"urn:other\"><channel><title>T</title>" + rss_item(1) + "</channel></rss>", 0);
    }
}

TEST_CASE("atom reader: entries are handed over one at a time", "[atom][reader][stream]") {
    SECTION("a feed") { test::check_reads_like_whole(read_atom_each, read_atom, sample("observatory-open-night.atom"), 2); }
    SECTION("an entry document: an empty feed, then its article") {
        test::check_reads_like_whole(read_atom_each, read_atom,
                           R"(<entry xmlns="http://www.w3.org/2005/Atom"><id>urn:x:1</id><title>One</title>
                              <updated>2024-05-02T09:00:00Z</updated></entry>)",
                           1);
    }
}

TEST_CASE("rss reader: a feed cut halfway hands over what the whole reader keeps", "[rss][reader][stream][bad]") {
    std::string full = sample("lakeside-ferry-timetable.rss");
    std::string cut = full.substr(0, full.find("<title>Listen:"));
    test::check_reads_like_whole(read_rss_each, read_rss, cut, 3);

    Diagnostics diag;
    RecordingSink sink;
    ReadOptions strict = test::read_options(diag);
    strict.strict = true;
    auto both = test::read_both_ways(read_rss_each, read_rss, cut, strict, strict, sink);
    CHECK(!both.in_parts_error.empty());
    CHECK(both.in_parts_error == both.whole_error);
    CHECK(sink.doc.articles.empty());  // refused before any item is read
}

TEST_CASE("json writer: jsonl written article by article is write_jsonl's bytes and notes", "[json][writer][stream]") {
    Diagnostics read_diag;
    Document doc = read_rss(sample("lakeside-ferry-timetable.rss"), test::read_options(read_diag));
    doc.articles.at(1).headline = "bad \xff byte";  // a warning that counts over the whole document

    Diagnostics whole_diag, streamed_diag;
    std::string whole = write_jsonl(doc, test::write_options(whole_diag));
    WriteOptions wo = test::write_options(streamed_diag);
    auto writer = jsonl_streaming_writer(wo);
    writer->feed(doc.feed);
    std::string streamed;
    for (const Article& a : doc.articles) {
        std::size_t before = streamed.size();
        writer->article(a, streamed);
        CHECK(streamed.size() > before);
        CHECK(streamed.back() == '\n');
    }
    writer->finish();
    CHECK(streamed == whole);
    std::vector<std::string> whole_notes, streamed_notes;
    for (const auto& d : whole_diag.all()) whole_notes.push_back(d.format());
    for (const auto& d : streamed_diag.all()) streamed_notes.push_back(d.format());
    CHECK(streamed_notes == whole_notes);
    CHECK(!whole_notes.empty());
}

TEST_CASE("json writer: jsonl lines prepared apart are article()'s, but for articles with something to tell",
          "[json][writer][stream][parallel]") {
    Diagnostics read_diag;
    Document doc = read_rss(sample("lakeside-ferry-timetable.rss"), test::read_options(read_diag));
    REQUIRE(doc.articles.size() == 3);
    doc.articles[1].headline = "bad \xff byte";  // counted over the whole document
    Media clip;
    clip.url = "https://lakeside.example/clip.mp4";
    clip.duration = std::numeric_limits<double>::infinity();  // a warning that names articles[2]
    doc.articles[2].media.push_back(clip);

    Diagnostics whole_diag, streamed_diag;
    std::string whole = write_jsonl(doc, test::write_options(whole_diag));
    WriteOptions wo = test::write_options(streamed_diag);
    auto writer = jsonl_streaming_writer(wo);
    writer->feed(doc.feed);
    std::size_t told_of_feed = streamed_diag.all().size();
    // Every article prepared before any is written, as threads reading ahead do.
    std::vector<std::optional<std::string>> prepared;
    for (const Article& a : doc.articles) prepared.push_back(writer->prepare(a));
    CHECK(prepared[0].has_value());
    CHECK(!prepared[1].has_value());
    CHECK(!prepared[2].has_value());
    CHECK(streamed_diag.all().size() == told_of_feed);
    std::string streamed;
    for (std::size_t i = 0; i < doc.articles.size(); ++i) {
        if (prepared[i]) writer->prepared(*prepared[i], streamed);
        else writer->article(doc.articles[i], streamed);
    }
    writer->finish();
    CHECK(streamed == whole);
    CHECK(formatted(streamed_diag) == formatted(whole_diag));
    CHECK(std::ranges::count_if(whole_diag.all(), [](const Diagnostic& d) {
              return d.message.starts_with("articles[2].media[") && d.message.find("].duration: ") != std::string::npos;
          }) == 1);
}

TEST_CASE("rss reader: items read several at a time give the same articles, notes and errors", "[rss][reader][stream][parallel]") {
    // Many items, so that threads read ahead of the one handed over: warnings
    // in some, and double-encoded text counted over the whole feed.
    std::string items;
    for (int n = 1; n <= 300; ++n) {
        std::string extra;
        if (n % 7 == 0) extra += "<pubDate>not a date " + std::to_string(n) + "</pubDate>";
        if (n % 5 == 0) extra += "<dc:creator>Jos\xC3\x83\xC2\xA9 " + std::to_string(n) + "</dc:creator>";
        items += rss_item(n, extra);
    }
    std::string feed = rss_feed(items);
    test::check_reads_like_whole(read_rss_each, read_rss, feed, 300);

    SECTION("an error in a late item comes after every item before it") {
        std::string broken = rss_feed(items.substr(0, items.find("<item>\n  <title>Item 250<")) + "<item><title>Broken</titel></item>\n" +
                                      items.substr(items.find("<item>\n  <title>Item 250<")));
        // The warnings of the items handed over, and none of those after the error.
        CHECK(test::check_fails_like_whole(read_rss_each, read_rss, broken, 249) == 249 / 7);
    }
}
