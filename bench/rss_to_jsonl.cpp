// make bench_rss_to_jsonl: generates an RSS 2.0 feed of 10,000 news items
// (about 32 MB: title, link, guid, pubDate, dc:creator, categories,
// description and HTML content:encoded) in memory, converts it to jsonl, and
// prints the time beside the time pugixml alone takes to parse the same
// bytes, and the peak memory. Targets: within 2x of the bare parse, peak
// memory at most 3x the feed's size. Run on demand, not in tests.
#include <pugixml.hpp>

#include <cstdio>
#include <string>

#include "bench_support.hpp"
#include "core/datetime.hpp"
#include "json/json_writer.hpp"
#include "rss/rss_reader.hpp"

using namespace wirekit;

namespace {

constexpr int item_count = 10000;

const char* const towns[] = {"Holmby", "Varnen", "Kestle Hill", "Lennmouth", "Eastshore", "Norrvik"};
const char* const sections[] = {"Transport", "Local politics", "Weather", "Business", "Culture", "Sport"};
const char* const reporters[] = {"Marta Lindqvist", "Peter Okafor", "Ana Ruiz", "Tomasz Wierzba", "Lotte Brandsma"};

std::string paragraph(int n, int p) {
    std::string town = towns[(n + p) % 6];
    return "<p>Residents of " + town + " said on " + (p % 2 ? "Tuesday" : "Wednesday") +
           " that the plan, paragraph " + std::to_string(p) +
           " of the council's report, would change how people travel to work, to school and to the hospital, "
           "and several of them asked for <em>more time</em> to respond before the <a href=\"https://news.example/" +
           std::to_string(n) + "/report\">final vote</a> later this month.</p>\n";
}

std::string item(int n) {
    std::string url = "https://news.example/regional/2024/06/" + std::to_string(n) + "-council-plan";
    std::string s = "<item>\n<title>Council plan for " + std::string(towns[n % 6]) + " draws questions, item " + std::to_string(n) +
                    "</title>\n<link>" + url + "</link>\n<guid isPermaLink=\"true\">" + url + "</guid>\n";
    s += "<pubDate>Tue, " + std::to_string(n % 28 + 1) + " Jun 2024 " + std::to_string(10 + n % 12) + ":" +
         std::to_string(10 + n % 50) + ":00 +0100</pubDate>\n";
    s += "<dc:creator>" + std::string(reporters[n % 5]) + "</dc:creator>\n";
    s += "<category>" + std::string(sections[n % 6]) + "</category>\n<category>" + std::string(towns[(n + 1) % 6]) + "</category>\n";
    s += "<description>The district council published its plan on Tuesday; residents have four weeks to comment on the "
         "changes to roads, ferries and bus routes around the lake, item " +
         std::to_string(n) + ".</description>\n";
    s += "<content:encoded><![CDATA[";
    for (int p = 0; p < 8; ++p) s += paragraph(n, p);
    s += "]]></content:encoded>\n</item>\n";
    return s;
}

std::string make_feed() {
    std::string feed = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\" "
                       "xmlns:content=\"http://purl.org/rss/1.0/modules/content/\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n"
                       "<channel>\n<title>Regional news</title>\n<link>https://news.example/regional/</link>\n"
                       "<description>Benchmark feed</description>\n<language>en</language>\n";
    for (int n = 0; n < item_count; ++n) feed += item(n);
    feed += "</channel>\n</rss>\n";
    return feed;
}

}  // namespace

int main() {
    const std::string feed = make_feed();
    const double feed_mb = static_cast<double>(feed.size()) / (1 << 20);

    // What pugixml alone needs for the same bytes: the floor of any XML reader.
    double bare = 0;
    {
        std::string copy = feed;
        bench::Stopwatch watch;
        pugi::xml_document doc;
        pugi::xml_parse_result parsed = doc.load_buffer_inplace(copy.data(), copy.size());
        bare = watch.seconds();
        if (!parsed) {
            std::fprintf(stderr, "pugixml refused the generated feed: %s\n", parsed.description());
            return 1;
        }
    }

    Diagnostics diag;
    ReadOptions ro;
    ro.source = "bench";
    ro.diag = &diag;
    WriteOptions wo;
    wo.diag = &diag;
    bench::Stopwatch watch;
    Document doc = read_rss(feed, ro);
    double read_seconds = watch.seconds();
    std::string jsonl = write_jsonl(doc, wo);
    double total = watch.seconds();

    double peak = bench::peak_memory_mb();
    std::printf("rss -> jsonl: %d items, %.1f MB in, %.1f MB out\n", static_cast<int>(doc.articles.size()), feed_mb,
                static_cast<double>(jsonl.size()) / (1 << 20));
    std::printf("  bare pugixml parse  %.3f s\n", bare);
    std::printf("  read_rss            %.3f s\n", read_seconds);
    std::printf("  read + write_jsonl  %.3f s  (%.1fx the bare parse; target 2x)\n", total, total / bare);
    std::printf("  peak memory         %.0f MB  (%.1fx the feed; target 3x)\n", peak, peak / feed_mb);
    return 0;
}
