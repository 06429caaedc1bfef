// make bench: the three big workloads as a user runs them, whole processes
// side by side (issue 20): `wirekit convert -t jsonl -o FILE INPUT` on a
// generated RSS feed (and the same with a warning on every item), a NewsML-G2
// newsMessage and a file of dispatches, each beside its floor, a process that
// only reads the same file and parses it with pugixml in place; and a feed of
// one item, the start-up that each process of a batch of small files pays.
// The XML workloads run as a user runs them, their items read on every core
// (-j's default), and again with -j 1, on one core.
// Each is run once to warm the page cache, then five times (the one-item feed
// 51 times), in turns with its floor so that both meet the same drift in the
// host's speed; the medians of wall time and peak memory (from wait4) are printed
// with the ratio to the floor and the target, with CPU time beside wall time
// (wall time includes the fsync that makes `-o` durable before its rename;
// the dispatches are also written to stdout, as in a pipeline).
// Run on demand, not in tests.
#include <pugixml.hpp>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include "bench_support.hpp"
#include "generated_inputs.hpp"

namespace fs = std::filesystem;
using wirekit::bench::Measure;
using wirekit::bench::measure_in_turns;
using wirekit::bench::runs;

namespace {

constexpr int item_count = 10000;

// The floor process: read PATH whole, parse it with pugixml in place.
int parse_only(const char* path) {
    std::FILE* f = std::fopen(path, "rb");
    if (!f) return 1;
    std::string bytes(fs::file_size(path), '\0');
    bool read = std::fread(bytes.data(), 1, bytes.size(), f) == bytes.size();
    std::fclose(f);
    pugi::xml_document doc;
    return !read || !doc.load_buffer_inplace(bytes.data(), bytes.size()) ? 1 : 0;
}

double megabytes(const fs::path& file) { return static_cast<double>(fs::file_size(file)) / (1 << 20); }

// Writes what GENERATE gives to PATH from a child process of its own. A child
// started by fork counts the memory this process holds at that moment as part
// of its own peak (Linux keeps the larger across exec), and memory freed here
// stays with this process; so the inputs are never made here.
template <class Generate>
void write_generated(const fs::path& path, Generate generate) {
    pid_t pid = fork();
    if (pid == 0) {
        std::ofstream(path, std::ios::binary) << generate();
        ::_exit(0);
    }
    if (pid > 0) waitpid(pid, nullptr, 0);
}

std::vector<std::string> convert_args(const fs::path& input, const fs::path& output) {
    return {WIREKIT_BINARY, "convert", "-q", "-t", "jsonl", "-o", output.string(), input.string()};
}

// An XML workload: wirekit against its floor, with JOBS ("" for the default,
// one per core) given to -j.
bool report_xml(const char* name, const char* jobs, const fs::path& input, const fs::path& output) {
    std::vector<std::string> convert = convert_args(input, output);
    if (*jobs) convert.insert(convert.begin() + 3, {"-j", jobs});
    auto [floor, wirekit] = measure_in_turns({"/proc/self/exe", "--parse-xml", input.string()}, convert);
    if (floor.seconds < 0 || wirekit.seconds < 0) {
        std::fprintf(stderr, "%s: a process failed\n", name);
        return false;
    }
    double mb = megabytes(input);
    std::printf("%-10s -> jsonl  %d items, %5.1f MB, -j %-3s  wirekit %.3f s (CPU %.3f s), %4.0f MB   floor (pugixml parse process) "
                "%.3f s (CPU %.3f s)   %.1fx the floor (target <= 3x; CPU %.1fx), memory %.1fx the file (target <= 3x)\n",
                name, item_count, mb, *jobs ? jobs : std::to_string(std::thread::hardware_concurrency()).c_str(), wirekit.seconds, wirekit.cpu_seconds, wirekit.peak_mb, floor.seconds, floor.cpu_seconds,
                wirekit.seconds / floor.seconds, wirekit.cpu_seconds / floor.cpu_seconds, wirekit.peak_mb / mb);
    return true;
}

// To a file with -o, and on stdout as a pipeline writes it: the durable
// write of -o (fsync, then rename) is the difference.
bool report_dispatches(const fs::path& input, const fs::path& output) {
    auto [to_file, to_stdout] = measure_in_turns(convert_args(input, output), {WIREKIT_BINARY, "convert", "-q", "-t", "jsonl", input.string()});
    if (to_file.seconds < 0 || to_stdout.seconds < 0) {
        std::fprintf(stderr, "dispatches: the process failed\n");
        return false;
    }
    for (const auto& [label, wirekit] : {std::pair{"-o FILE", to_file}, std::pair{"stdout", to_stdout}})
        std::printf("%-10s -> jsonl  %d articles, %5.1f MB, %-7s   wirekit %.3f s (CPU %.3f s), %4.0f MB   %.0f articles/s "
                    "(target >= 50,000 on one core; %.0f per CPU second)\n",
                    "dispatch", item_count, megabytes(input), label, wirekit.seconds, wirekit.cpu_seconds, wirekit.peak_mb,
                    item_count / wirekit.seconds, item_count / wirekit.cpu_seconds);
    return true;
}

// A feed of one item, as each process of a batch of small files sees it:
// mostly the cost of starting. On stdout, not -o: a file's fsync would hide it.
bool report_small_file(const fs::path& input) {
    constexpr int small_runs = 51;
    auto [floor, wirekit] = measure_in_turns({"/proc/self/exe", "--parse-xml", input.string()},
                                             {WIREKIT_BINARY, "convert", "-q", "-t", "jsonl", input.string()}, small_runs);
    if (floor.seconds < 0 || wirekit.seconds < 0) {
        std::fprintf(stderr, "small file: a process failed\n");
        return false;
    }
    std::printf("%-10s -> jsonl  1 item, %5.1f KB   wirekit %.1f ms   floor (pugixml parse process) %.1f ms   %.1fx the floor; "
                "10,000 such files, a process each: %.0f s\n",
                "small rss", static_cast<double>(fs::file_size(input)) / 1024, wirekit.seconds * 1000, floor.seconds * 1000,
                wirekit.seconds / floor.seconds, wirekit.seconds * 10000);
    return true;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc == 3 && std::strcmp(argv[1], "--parse-xml") == 0) return parse_only(argv[2]);
    char dir_template[] = "/tmp/wirekit-bench-XXXXXX";
    if (!mkdtemp(dir_template)) return 1;
    const fs::path dir = dir_template;
    write_generated(dir / "feed.rss", [] { return wirekit::bench::generated_rss_feed(item_count); });
    write_generated(dir / "warned.rss", [] { return wirekit::bench::generated_rss_feed_with_warnings(item_count); });
    write_generated(dir / "message.xml", [] { return wirekit::bench::generated_newsml_message(item_count); });
    write_generated(dir / "dispatches.txt", [] { return wirekit::bench::generated_dispatch_file(item_count); });
    write_generated(dir / "small.rss", [] { return wirekit::bench::generated_rss_feed(1); });
    std::printf("whole processes, medians of %d runs after a warm-up:\n", runs);
    bool ok = report_xml("rss", "", dir / "feed.rss", dir / "out.jsonl") &&
              report_xml("rss", "1", dir / "feed.rss", dir / "out.jsonl") &&
              report_xml("rss+warn", "", dir / "warned.rss", dir / "out.jsonl") &&
              report_xml("newsml", "", dir / "message.xml", dir / "out.jsonl") &&
              report_xml("newsml", "1", dir / "message.xml", dir / "out.jsonl") &&
              report_dispatches(dir / "dispatches.txt", dir / "out.jsonl") && report_small_file(dir / "small.rss");
    fs::remove_all(dir);
    return ok ? 0 : 1;
}
