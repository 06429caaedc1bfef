// make bench_newsml_to_jsonl: generates one NewsML-G2 newsMessage of 10,000
// newsItems in memory and converts it to jsonl in one process, printing items
// per second and peak memory. Run on demand, not in tests.
#include <cstdio>
#include <cstdlib>
#include <string>

#include "bench_support.hpp"
#include "json/json_writer.hpp"
#include "newsml/newsml_reader.hpp"
#include "time/datetime.hpp"

using namespace wirekit;

namespace {

constexpr int default_item_count = 10000;

const char* const places[] = {"REYKJAVIK", "ROTTERDAM", "VALPARAISO", "KUNMING", "ESBJERG", "HAMBURG"};
const char* const topics[] = {"medtop:04000000", "medtop:20000523", "medtop:20000533", "medtop:20000350"};

void append_item(std::string& out, int n) {
    std::string id = std::to_string(n);
    out += "<newsItem guid=\"urn:newsml:bench.example:2024:" + id +
           "\" version=\"1\" standard=\"NewsML-G2\" standardversion=\"2.35\" conformance=\"power\" xml:lang=\"en\">"
           "<catalogRef href=\"http://www.iptc.org/std/catalog/catalog.IPTC-G2-Standards_41.xml\"/>"
           "<rightsInfo><copyrightHolder><name>Bench Wire</name></copyrightHolder>"
           "<copyrightNotice>Copyright 2024 Bench Wire</copyrightNotice></rightsInfo>"
           "<itemMeta><itemClass qcode=\"ninat:text\"/><provider literal=\"Bench Wire\"/>"
           "<versionCreated>2024-06-12T14:05:00+01:00</versionCreated><firstCreated>2024-06-12T09:40:00+01:00</firstCreated>"
           "<pubStatus qcode=\"stat:usable\"/><signal qcode=\"sig:update\"/></itemMeta>"
           "<contentMeta><urgency>" + std::to_string(n % 9 + 1) + "</urgency>"
           "<contentCreated>2024-06-12T09:32:00+01:00</contentCreated>"
           "<located><name>" + std::string(places[n % 6]) + "</name></located>"
           "<infoSource><name>Bench Wire</name></infoSource><creator><name>Anna Keller</name></creator>"
           "<language tag=\"en\"/><subject qcode=\"" + topics[n % 4] + "\" type=\"cpnat:abstract\"><name>topic</name></subject>"
           "<subject qcode=\"N2:BENCH\"/><keyword>harbour</keyword><keyword>strike</keyword>"
           "<slugline>BENCH-STRIKE/" + id + "</slugline>"
           "<headline>Port workers extend strike into day " + std::to_string(n % 40 + 2) + " as talks stall</headline>"
           "<dateline>" + places[n % 6] + " (Bench Wire)</dateline><by>By Anna Keller</by><creditline>Bench Wire</creditline>"
           "<description role=\"drol:summary\">Harbour workers walked out again.</description></contentMeta>"
           "<contentSet><inlineXML contenttype=\"application/xhtml+xml\"><html xmlns=\"http://www.w3.org/1999/xhtml\"><body>";
    for (int p = 0; p < 6; ++p)
        out += "<p>The union said paragraph " + std::to_string(p) +
               " of its statement set out the <em>demands</em>: a wage rise in line with inflation, safer night shifts and a "
               "say in how the new automated cranes are introduced over the next two years.</p>";
    out += "</body></html></inlineXML></contentSet></newsItem>";
}

}  // namespace

int main(int argc, char** argv) {
    // A count as the argument, for profiling smaller runs.
    int item_count = argc > 1 ? std::atoi(argv[1]) : default_item_count;
    if (item_count <= 0) item_count = default_item_count;
    std::string message = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><newsMessage xmlns=\"http://iptc.org/std/nar/2006-10-01/\">"
                          "<header><sent>2024-06-12T14:06:00+01:00</sent><sender>bench.example</sender><priority>4</priority>"
                          "</header><itemSet>";
    for (int i = 0; i < item_count; ++i) append_item(message, i);
    message += "</itemSet></newsMessage>";

    Diagnostics diag;
    ReadOptions ro;
    ro.source = "bench";
    ro.reference_date = parse_rfc3339("2024-06-30");
    ro.diag = &diag;
    WriteOptions wo;
    wo.diag = &diag;

    bench::Stopwatch watch;
    Document doc = read_newsml(message, ro);
    double read_seconds = watch.seconds();
    std::string jsonl = write_jsonl(doc, wo);
    double elapsed = watch.seconds();

    std::printf("newsml -> jsonl: %zu items, %.1f MB in, %.1f MB out, %.3f s (read %.3f s), %.0f items/s, peak memory %.0f MB\n",
                doc.articles.size(), message.size() / 1e6, jsonl.size() / 1e6, elapsed, read_seconds, doc.articles.size() / elapsed,
                bench::peak_memory_mb());
    return doc.articles.size() == static_cast<std::size_t>(item_count) ? 0 : 1;
}
