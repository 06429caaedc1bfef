// make bench: generates 10,000 dispatches in memory and converts them to jsonl
// in one process, printing articles per second. Run on demand, not in tests.
#include <cstdio>
#include <string>
#include <vector>

#include "bench_support.hpp"
#include "dispatch/dispatch_reader.hpp"
#include "json/json_writer.hpp"
#include "time/datetime.hpp"

using namespace wirekit;

namespace {

constexpr int article_count = 10000;

const char* const places[] = {"REYKJAVIK", "ROTTERDAM", "VALPARAISO", "KUNMING", "MILLBROOK, Vermont", "Hamburg"};
const char* const credits[] = {"Nordic Wire / Baltic Press", "Reuters", "AP", "Xinhua", "dpa", "EFE"};
const char* const months[] = {"January", "March", "June", "Sept.", "Nov.", "December"};

std::string make_dispatch(int n) {
    std::string s = "Port workers extend strike into day " + std::to_string(n % 40 + 2) + " as talks stall\n\n";
    s += places[n % 6];
    s += " (";
    s += credits[(n / 6) % 6];
    s += " - " + std::to_string(n % 28 + 1) + "th " + months[n % 6] + ", 2024) ";
    s += "Harbour workers walked out again on Tuesday after talks with the port authority broke down over pay, "
         "leaving container ships anchored offshore and fish exporters counting the cost.\n\n";
    for (int p = 0; p < 5; ++p) {
        s += "The union said paragraph " + std::to_string(p) +
             " of its statement set out the demands: a wage rise in line with inflation, safer night shifts and a "
             "say in how the new automated cranes are introduced over the next two years.\n\n";
    }
    s += "(Reporting by Anna Keller; Editing by Jon Eide)\n";
    return s;
}

}  // namespace

int main() {
    std::vector<std::string> inputs;
    inputs.reserve(article_count);
    std::size_t input_bytes = 0;
    for (int i = 0; i < article_count; ++i) {
        inputs.push_back(make_dispatch(i));
        input_bytes += inputs.back().size();
    }

    Diagnostics diag;
    ReadOptions ro;
    ro.source = "bench";
    ro.reference_date = parse_rfc3339("2024-06-30");
    ro.diag = &diag;
    WriteOptions wo;
    wo.diag = &diag;

    bench::Stopwatch watch;
    std::size_t output_bytes = 0;
    for (const auto& text : inputs) {
        Document doc = read_dispatch(text, ro);
        output_bytes += write_jsonl(doc, wo).size();
    }
    double elapsed = watch.seconds();

    std::printf("dispatch -> jsonl: %d articles, %.1f MB in, %.1f MB out, %.3f s, %.0f articles/s, peak memory %.0f MB\n",
                article_count, input_bytes / 1e6, output_bytes / 1e6, elapsed, article_count / elapsed, bench::peak_memory_mb());
    return 0;
}
