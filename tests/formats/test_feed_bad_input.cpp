// Hostile and broken input for the feed readers: a clear error or a recovered
// result, never a crash, a hang, an expanded entity or a file read from disk.
// The 100 MB text node is tagged [.slow]: feeds_tests.cmake runs it as its
// own ctest (label "slow"), outside the fast unit run.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "atom/atom_reader.hpp"
#include "report/error.hpp"
#include "rss/rss_reader.hpp"
#include "support/golden.hpp"
#include "support/options.hpp"
#include "support/paths.hpp"

using namespace wirekit;

namespace {

using Reader = Document (*)(std::string_view, const ReadOptions&);

ReadOptions options(Diagnostics& diag, bool strict = false) {
    ReadOptions ro = test::read_options(diag, "hostile");
    ro.strict = strict;
    return ro;
}

// Reading BYTES either succeeds or throws wirekit's Error with exit 65.
void reads_or_refuses(Reader read, std::string_view bytes) {
    Diagnostics diag;
    try {
        read(bytes, options(diag));
    } catch (const Error& e) {
        CHECK(e.code() == Exit::data);
    }
}

const std::string lol_dtd = R"(<?xml version="1.0"?>
<!DOCTYPE rss [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<rss version="2.0"><channel><title>&lol9;</title><item><title>Laughs &lol9;</title></item></channel></rss>)";

}  // namespace

TEST_CASE("feed readers: input that is not XML is refused with exit 65", "[rss][atom][feed][bad]") {
    Diagnostics diag;
    for (Reader read : {read_rss, read_atom}) {
        CHECK_THROWS_AS(read("Port strike enters second day", options(diag)), Error);
        CHECK_THROWS_AS(read("{\"items\": []}", options(diag)), Error);
        CHECK_THROWS_AS(read("", options(diag)), Error);
        CHECK_THROWS_AS(read(std::string("\0\0\0\0", 4), options(diag)), Error);
    }
}

TEST_CASE("feed readers: a truncated feed keeps the items read so far, with a warning", "[rss][feed][bad]") {
    std::string full = test::read_file(test::source_path("samples/lakeside-ferry-timetable.rss"));
    std::string cut = full.substr(0, full.find("<title>Listen:"));
    Diagnostics diag;
    Document doc = read_rss(cut, options(diag));
    CHECK(doc.articles.size() == 3);  // the third with what it had before the cut
    CHECK(doc.articles[0].headline == "Ferry operator cuts winter crossings on Lake Varnen");
    CHECK(diag.has_warnings());
    CHECK_THROWS_AS(read_rss(cut, options(diag, true)), Error);
}

TEST_CASE("feed readers: feeds cut anywhere read or are refused, never crash", "[rss][atom][feed][bad]") {
    std::vector<std::string> files = test::files_in(test::shared_path("corpus/feeds/real"), ".xml");
    for (const std::string& f : test::files_in(test::source_path("samples"), ".rss")) files.push_back(f);
    for (const std::string& f : test::files_in(test::source_path("samples"), ".atom")) files.push_back(f);
    for (const std::string& path : files) {
        INFO(path);
        std::string bytes = test::read_file(path);
        Reader read = path.find("atom") != std::string::npos ? read_atom : read_rss;
        for (std::size_t i = 1; i <= 40; ++i) reads_or_refuses(read, std::string_view(bytes).substr(0, bytes.size() * i / 41));
    }
}

TEST_CASE("feed readers: 100,000 nested elements are refused, not recursed into", "[rss][atom][feed][bad]") {
    std::string deep;
    for (int i = 0; i < 100000; ++i) deep += "<a>";
    for (int i = 0; i < 100000; ++i) deep += "</a>";
    Diagnostics diag;
    CHECK_THROWS_WITH(read_rss("<rss version=\"2.0\"><channel><item>" + deep + "</item></channel></rss>", options(diag)),
                      Catch::Contains("nested deeper"));
    CHECK_THROWS_AS(read_atom("<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry>" + deep + "</entry></feed>", options(diag)), Error);
    SECTION("and deep HTML inside content is read as text") {
        std::string html;
        for (int i = 0; i < 100000; ++i) html += "<div>";
        html += "deep text";
        std::string feed = "<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel><item>"
                           "<content:encoded><![CDATA[" + html + "]]></content:encoded></item></channel></rss>";
        Document doc = read_rss(feed, options(diag));
        REQUIRE(doc.articles.size() == 1);
        CHECK(doc.articles[0].body.size() == 1);
    }
}

TEST_CASE("feed readers: entities of the DTD are never expanded (billion laughs)", "[rss][feed][bad]") {
    Diagnostics diag;
    Document doc = read_rss(lol_dtd, options(diag));
    CHECK(doc.feed.title == "&lol9;");
    CHECK(doc.articles.at(0).headline == "Laughs &lol9;");
    CHECK(diag.has_warnings());
    CHECK_THROWS_AS(read_rss(lol_dtd, options(diag, true)), Error);
}

TEST_CASE("feed readers: an external entity naming a local file is never read", "[rss][atom][feed][bad]") {
    auto secret = std::filesystem::temp_directory_path() / "wirekit-feed-secret.txt";
    std::ofstream(secret) << "TOP-SECRET-CONTENT";
    std::string doctype = "<!DOCTYPE x [<!ENTITY xxe SYSTEM \"file://" + secret.string() + "\">]>";
    Diagnostics diag;
    Document rss = read_rss(doctype + "<rss version=\"2.0\"><channel><title>&xxe;</title></channel></rss>", options(diag));
    Document atom = read_atom(doctype + "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>&xxe;</title></feed>", options(diag));
    std::filesystem::remove(secret);
    CHECK(rss.feed.title.find("TOP-SECRET") == std::string::npos);
    CHECK(atom.feed.title.find("TOP-SECRET") == std::string::npos);
    CHECK(rss.feed.title == "&xxe;");
}

TEST_CASE("feed readers: a 100 MB text node is read", "[.slow][rss][feed][bad]") {
    std::string big(100u << 20, 'x');
    for (std::size_t i = 80; i < big.size(); i += 81) big[i] = ' ';
    std::string feed = "<rss version=\"2.0\"><channel><title>Big</title><item><title>" + big + "</title>"
                       "<description>" + big.substr(0, 10u << 20) + "</description></item></channel></rss>";
    big.clear();
    big.shrink_to_fit();
    Diagnostics diag;
    Document doc = read_rss(feed, options(diag));
    REQUIRE(doc.articles.size() == 1);
    CHECK(doc.articles[0].headline.size() > (99u << 20));
    CHECK(doc.articles[0].summary.size() > (9u << 20));
}
