// make bench_rss_to_jsonl: generates an RSS 2.0 feed of 10,000 news items
// (about 30 MB: title, link, guid, pubDate, dc:creator, categories,
// description and HTML content:encoded) in memory and converts it to jsonl
// the way `wirekit convert -t jsonl -o FILE` does (article by article, into a
// temporary file), then prints the time beside the time pugixml alone takes
// to parse the same bytes (in a child process, so that its memory does not
// count in the peak), and the peak memory. The feed in memory stands for the
// input the command line loads. Targets: within 2x of the bare parse,
// peak memory at most 3x the feed's size. Run on demand, not in tests.
#include <pugixml.hpp>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <string>

#include "bench_support.hpp"
#include "convert/article_stream.hpp"
#include "json/json_writer.hpp"
#include "report/error.hpp"
#include "rss/rss_reader.hpp"

using namespace wirekit;

namespace {

constexpr int item_count = 10000;
constexpr std::size_t item_size_bound = 3500;  // bytes; room reserved up front, so growing never holds two copies

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
    feed.reserve(feed.size() + item_count * item_size_bound);
    for (int n = 0; n < item_count; ++n) feed += item(n);
    feed += "</channel>\n</rss>\n";
    return feed;
}

// What pugixml alone needs for the same bytes, the floor of any XML reader:
// seconds, or a negative number when it fails. Measured in a child process
// forked before the conversion runs, so that it starts from the same heap.
double bare_parse_seconds(const std::string& feed) {
    int fds[2];
    if (pipe(fds) != 0) return -1;
    pid_t child = fork();
    if (child == 0) {
        std::string copy = feed;
        bench::Stopwatch watch;
        pugi::xml_document doc;
        pugi::xml_parse_result parsed = doc.load_buffer_inplace(copy.data(), copy.size());
        double seconds = parsed ? watch.seconds() : -1;
        if (!parsed) std::fprintf(stderr, "pugixml refused the generated feed: %s\n", parsed.description());
        _exit(write(fds[1], &seconds, sizeof seconds) == sizeof seconds ? 0 : 1);
    }
    close(fds[1]);
    double seconds = -1;
    if (child < 0 || read(fds[0], &seconds, sizeof seconds) != sizeof seconds) seconds = -1;
    close(fds[0]);
    if (child > 0) waitpid(child, nullptr, 0);
    return seconds;
}

}  // namespace

int main() {
    const std::string feed = make_feed();
    const double feed_mb = static_cast<double>(feed.size()) / (1 << 20);
    const std::string output = (std::filesystem::temp_directory_path() / "bench_rss_to_jsonl.jsonl").string();
    const double bare = bare_parse_seconds(feed);
    if (bare < 0) return 1;

    Diagnostics diag;
    ReadOptions ro;
    ro.source = "bench";
    ro.diag = &diag;
    WriteOptions wo;
    wo.diag = &diag;
    double convert_seconds = 0;
    try {
        bench::Stopwatch watch;
        stream_articles(feed, read_rss_each, jsonl_streaming_writer, ro, wo, output);
        convert_seconds = watch.seconds();
    } catch (const Error& e) {
        std::fprintf(stderr, "converting the generated feed failed: %s\n", e.what());
        return 1;
    }
    const double peak = bench::peak_memory_mb();
    const double output_mb = static_cast<double>(std::filesystem::file_size(output)) / (1 << 20);
    std::filesystem::remove(output);

    std::printf("rss -> jsonl: %d items, %.1f MB in, %.1f MB out\n", item_count, feed_mb, output_mb);
    std::printf("  bare pugixml parse  %.3f s\n", bare);
    std::printf("  convert to a file   %.3f s  (%.1fx the bare parse; target 2x)\n", convert_seconds, convert_seconds / bare);
    std::printf("  peak memory         %.0f MB  (%.1fx the feed; target 3x)\n", peak, peak / feed_mb);
    return 0;
}
