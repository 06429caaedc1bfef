// "A million tiny items" (issue 8) through the paths that keep memory bounded:
// a feed read item by item (FormatInfo::read_each) and JSON Lines converted
// line by line. Their memory is measured by bench/ and the issue notes; here
// every item must come through, in order, without a crash (also under ASan).
#include <catch2/catch.hpp>

#include <sstream>
#include <string>

#include "convert/line_stream.hpp"
#include "registry/detect.hpp"
#include "report/diagnostics.hpp"

using namespace wirekit;

namespace {

constexpr std::size_t million = 1000000;

std::string million_times(const std::string& piece) {
    std::string out;
    out.reserve(piece.size() * million);
    for (std::size_t i = 0; i < million; ++i) out += piece;
    return out;
}

// Counts what a streaming reader hands over and keeps only the last headline.
class CountingSink : public ArticleSink {
public:
    void feed(FeedInfo) override {}
    void article(Article&& a) override {
        ++count;
        last_headline = std::move(a.headline);
    }
    std::size_t count = 0;
    std::string last_headline;
};

std::size_t articles_handed_over(const std::string& format, const std::string& bytes) {
    Diagnostics diag;
    ReadOptions ro;
    ro.source = "million";
    ro.diag = &diag;
    CountingSink sink;
    find_format(format)->read_each(bytes, ro, sink);
    CHECK(sink.last_headline == "x");
    return sink.count;
}

}  // namespace

TEST_CASE("pathological inputs: a million tiny feed items, read one at a time", "[bad]") {
    CHECK(articles_handed_over("rss", "<rss version=\"2.0\"><channel><title>t</title>" +
                                          million_times("<item><title>x</title></item>") + "</channel></rss>") == million);
    CHECK(articles_handed_over("atom", "<feed xmlns=\"http://www.w3.org/2005/Atom\">" +
                                           million_times("<entry><title>x</title></entry>") + "</feed>") == million);
}

TEST_CASE("pathological inputs: a million tiny JSON Lines, converted line by line", "[bad]") {
    std::istringstream in(million_times("{\"headline\":\"x\"}\n"));
    std::ostringstream out;
    Diagnostics diag;
    ReadOptions ro;
    ro.source = "million";
    ro.diag = &diag;
    WriteOptions wo;
    wo.diag = &diag;
    const FormatInfo* jsonl = find_format("jsonl");
    LineStreamStats stats = stream_lines(in, out, jsonl->read, jsonl->write, ro, wo);
    CHECK(stats.articles == million);
    CHECK(stats.longest_line < 64);
}
