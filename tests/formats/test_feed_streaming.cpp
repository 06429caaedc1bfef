// The feed readers hand articles over one at a time (ReadEachFn), and the
// jsonl writer takes them one at a time: `convert` streams feeds with them, so
// both must give exactly what reading and writing the whole document gives.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "atom/atom_reader.hpp"
#include "json/json_writer.hpp"
#include "report/error.hpp"
#include "rss/rss_reader.hpp"
#include "support/options.hpp"
#include "support/paths.hpp"

using namespace wirekit;

namespace {

// Records every call, and how many articles came before the feed.
class RecordingSink : public ArticleSink {
public:
    void feed(FeedInfo feed) override {
        ++feed_calls;
        articles_before_feed = doc.articles.size();
        doc.feed = std::move(feed);
    }
    void article(Article article) override { doc.articles.push_back(std::move(article)); }

    Document doc;
    int feed_calls = 0;
    std::size_t articles_before_feed = 0;
};

std::string sample(const std::string& name) { return test::read_file(test::source_path("samples/" + name)); }

// What ReadEachFn hands over, checked to be the feed once, first, then the
// articles; and READ's document for the same bytes.
void streams_like_whole(ReadEachFn read_each, ReadFn read, const std::string& bytes, std::size_t articles) {
    Diagnostics streamed_diag, whole_diag;
    RecordingSink sink;
    read_each(bytes, test::read_options(streamed_diag), sink);
    Document whole = read(bytes, test::read_options(whole_diag));
    CHECK(sink.feed_calls == 1);
    CHECK(sink.articles_before_feed == 0);
    CHECK(sink.doc.articles.size() == articles);
    CHECK(sink.doc == whole);
    CHECK(streamed_diag.all().size() == whole_diag.all().size());
}

const std::string rss10 = R"(<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
  <channel rdf:about="https://valley.example/rss"><title>Valley</title><link>https://valley.example/</link>
    <description>Valley news</description></channel>
  <item rdf:about="https://valley.example/1"><title>Bridge reopens</title><link>https://valley.example/1</link></item>
  <item rdf:about="https://valley.example/2"><title>Ferry late</title><link>https://valley.example/2</link></item>
</rdf:RDF>)";

}  // namespace

TEST_CASE("rss reader: items are handed over one at a time", "[rss][reader][stream]") {
    SECTION("RSS 2.0") { streams_like_whole(read_rss_each, read_rss, sample("lakeside-ferry-timetable.rss"), 3); }
    SECTION("RSS 1.0: items beside the channel") {
        streams_like_whole(read_rss_each, read_rss, rss10, 2);
        Diagnostics diag;
        RecordingSink sink;
        read_rss_each(rss10, test::read_options(diag), sink);
        CHECK(sink.doc.feed.title == "Valley");
        CHECK(sink.doc.articles.at(1).headline == "Ferry late");
    }
}

TEST_CASE("atom reader: entries are handed over one at a time", "[atom][reader][stream]") {
    SECTION("a feed") { streams_like_whole(read_atom_each, read_atom, sample("observatory-open-night.atom"), 2); }
    SECTION("an entry document: an empty feed, then its article") {
        streams_like_whole(read_atom_each, read_atom,
                           R"(<entry xmlns="http://www.w3.org/2005/Atom"><id>urn:x:1</id><title>One</title>
                              <updated>2024-05-02T09:00:00Z</updated></entry>)",
                           1);
    }
}

TEST_CASE("rss reader: a feed cut halfway hands over what the whole reader keeps", "[rss][reader][stream][bad]") {
    std::string full = sample("lakeside-ferry-timetable.rss");
    std::string cut = full.substr(0, full.find("<title>Listen:"));
    streams_like_whole(read_rss_each, read_rss, cut, 3);

    Diagnostics diag;
    RecordingSink sink;
    ReadOptions strict = test::read_options(diag);
    strict.strict = true;
    std::string streamed_error, whole_error;
    try {
        read_rss_each(cut, strict, sink);
    } catch (const Error& e) {
        streamed_error = e.what();
    }
    try {
        read_rss(cut, strict);
    } catch (const Error& e) {
        whole_error = e.what();
    }
    CHECK(!streamed_error.empty());
    CHECK(streamed_error == whole_error);
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
