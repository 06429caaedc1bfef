// Inputs built to hurt: every reader must answer each with articles or a
// wirekit::Error, and every validator with findings, never a crash, a hang or
// unbounded memory (run under
// ASan/UBSan by `make asan-test`). The 100 MB line is tagged [.slow] and run
// by its own ctest entry (tests/CMakeLists.txt).
#include <catch2/catch.hpp>

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "registry/collect_articles.hpp"
#include "registry/detect.hpp"
#include "registry/format.hpp"
#include "report/diagnostics.hpp"
#include "report/error.hpp"
#include "report/validation.hpp"
#include "support/fuzz_convert.hpp"

using namespace wirekit;

namespace {

// Reads BYTES with every reader, lenient and strict, and checks it with
// every validator (wirekit validate); an Error is an answer too.
void every_reader_answers(const std::string& bytes) {
    for (const auto& format : all_formats()) {
        if (!format.read) continue;
        for (bool strict : {false, true}) {
            INFO(format.id << (strict ? " (strict)" : ""));
            Diagnostics diag;
            ReadOptions ro;
            ro.source = "pathological";
            ro.strict = strict;
            ro.diag = &diag;
            try {
                Document doc = format.read(bytes, ro);
                SUCCEED();
            } catch (const Error& e) {
                CHECK(std::string(e.what()).size() > 0);
            }
            if (!format.validate || strict) continue;
            try {
                Findings findings;
                format.validate(bytes, ro, findings);
                SUCCEED();
            } catch (const Error& e) {
                CHECK(std::string(e.what()).size() > 0);
            }
        }
    }
}

std::string repeated(const std::string& piece, std::size_t times) {
    std::string out;
    out.reserve(piece.size() * times);
    for (std::size_t i = 0; i < times; ++i) out += piece;
    return out;
}

}  // namespace

TEST_CASE("pathological inputs: every byte value", "[bad]") {
    std::string bytes;
    for (int round = 0; round < 4; ++round)
        for (int b = 0; b < 256; ++b) bytes += static_cast<char>((b * 7 + round) & 0xff);
    every_reader_answers(bytes);
    // And through every writer: the fuzzing step with each reader picked.
    for (unsigned selector = 0; selector < 16; ++selector) {
        std::string input = static_cast<char>(selector) + bytes;
        test::fuzz_convert(reinterpret_cast<const std::uint8_t*>(input.data()), input.size());
    }
}

TEST_CASE("pathological inputs: truncated UTF-8 and UTF-16", "[bad]") {
    every_reader_answers("Harbour strike ends\n\nREYKJAVIK - Caf\xC3");
    every_reader_answers("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>\xE2\x82");
    every_reader_answers("{\"headline\": \"\xF0\x9F\x98\"}");
    // UTF-16 with a byte order mark, cut in the middle of a code unit and
    // in the middle of a surrogate pair.
    std::string utf16 = "\xFF\xFE";
    for (char c : std::string("<rss version=\"2.0\"><channel><title>x")) utf16 += std::string{c, '\0'};
    every_reader_answers(utf16 + "\x3D");
    every_reader_answers(utf16 + "\x3D\xD8");
    every_reader_answers("\xFE\xFF\x00<\x00r");
}

TEST_CASE("pathological inputs: deeply nested HTML in a feed item", "[bad]") {
    std::string html = repeated("<div>", 100000) + "deep" + repeated("</div>", 100000);
    std::string feed = "<rss version=\"2.0\"><channel><title>t</title><link>https://a.example/</link><description>d</description>"
                       "<item><title>Deep</title><description><![CDATA[" +
                       html + "]]></description></item></channel></rss>";
    every_reader_answers(feed);
    std::string json = "{\"version\": \"https://jsonfeed.org/version/1.1\", \"title\": \"t\", \"items\": [{\"id\": \"1\", "
                       "\"content_html\": \"" +
                       repeated("<b>", 100000) + "x\"}]}";
    every_reader_answers(json);
}

TEST_CASE("pathological inputs: deeply nested JSON objects and XML elements", "[bad]") {
    every_reader_answers(repeated("{\"a\":", 100000) + "1" + repeated("}", 100000));
    every_reader_answers("<newsItem xmlns=\"http://iptc.org/std/nar/2006-10-01/\">" + repeated("<x>", 100000));
}

TEST_CASE("pathological inputs: a hundred thousand tiny items", "[bad]") {
    every_reader_answers("<rss version=\"2.0\"><channel><title>t</title>" + repeated("<item><title>x</title></item>", 100000) +
                         "</channel></rss>");
    every_reader_answers(repeated("{\"headline\":\"x\"}\n", 100000));
    every_reader_answers(repeated("x\n\f\n", 100000));
}

TEST_CASE("pathological inputs: a 100 MB line", "[.slow][bad]") {
    std::string line(std::size_t{100} << 20, 'a');
    for (std::size_t i = 997; i < line.size(); i += 997) line[i] = ' ';
    every_reader_answers("Headline\n\n" + line + "\n");
}

namespace {

// Reads FEED (RSS) whole and in parts; each time its notes must be those
// PLACES (line and column), in order.
void warnings_placed(const std::string& feed, const std::vector<std::pair<std::size_t, std::size_t>>& places) {
    const FormatInfo* rss = find_format("rss");
    REQUIRE(rss);
    for (bool in_parts : {false, true}) {
        INFO((in_parts ? "in parts" : "whole"));
        Diagnostics diag;
        ReadOptions ro;
        ro.source = "many";
        ro.diag = &diag;
        if (in_parts) {
            collect_articles(rss->read_each, feed, ro);
        } else {
            rss->read(feed, ro);
        }
        REQUIRE(diag.all().size() == places.size());
        for (std::size_t i = 0; i < places.size(); ++i) {
            INFO("warning " << i);
            CHECK(diag.all()[i].line == places[i].first);
            CHECK(diag.all()[i].column == places[i].second);
        }
    }
}

// Ten thousand items with an unreadable date each, one after another with
// SEPARATOR between them; the places of the dates' start tags.
std::pair<std::string, std::vector<std::pair<std::size_t, std::size_t>>> items_with_bad_dates(std::string_view separator) {
    std::string feed = "<rss version=\"2.0\"><channel><title>t</title><link>https://a.example/</link><description>d</description>";
    feed += separator;
    std::vector<std::pair<std::size_t, std::size_t>> places;
    std::size_t line = 1, line_start = 0;
    for (int i = 0; i < 10000; ++i) {
        if (!separator.empty()) line_start = feed.size(), ++line;
        feed += "<item><title>x</title>";
        places.emplace_back(line, feed.size() - line_start + 1);
        feed += "<pubDate>no date " + std::to_string(i) + "</pubDate></item>";
        feed += separator;
    }
    feed += "</channel></rss>\n";
    return {feed, places};
}

}  // namespace

TEST_CASE("pathological inputs: a warning on each of ten thousand items, each at its own line", "[bad]") {
    // Each warning is placed by line and column; counted from the start of the
    // text for each, this took minutes for a feed of a few megabytes.
    auto [feed, places] = items_with_bad_dates("\n");
    CHECK(places.back() == std::pair<std::size_t, std::size_t>{10001, 23});
    warnings_placed(feed, places);
}

TEST_CASE("pathological inputs: a warning on each of ten thousand items on one line", "[bad]") {
    // A minified feed is one line: each column counted from the start of the
    // line took 23 s for three thousand warnings in 4.9 MB.
    auto [feed, places] = items_with_bad_dates("");
    CHECK(places.back().first == 1);
    warnings_placed(feed, places);
}
