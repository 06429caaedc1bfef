// make bench: the three big workloads as a user runs them, whole processes
// side by side (issue 20): `wirekit convert -t jsonl -o FILE INPUT` on a
// generated RSS feed, a NewsML-G2 newsMessage and a file of dispatches, each
// beside its floor, a process that only reads the same file and parses it with
// pugixml in place. Each is run once to warm the page cache, then five times;
// the medians of wall time and peak memory (from wait4) are printed with the
// ratio to the floor and the target. Run on demand, not in tests.
#include <pugixml.hpp>
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "bench_support.hpp"
#include "generated_inputs.hpp"

extern char** environ;

namespace fs = std::filesystem;

namespace {

constexpr int item_count = 10000;
constexpr int runs = 5;

struct Measure {
    double seconds = 0;
    double peak_mb = 0;
};

// Runs ARGS as a child with stdout and stderr on /dev/null: its wall time and
// peak resident memory; a negative time when it did not exit 0.
Measure run_process(const std::vector<std::string>& args) {
    std::vector<char*> argv;
    for (const std::string& a : args) argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
    wirekit::bench::Stopwatch watch;
    pid_t pid = 0;
    int spawned = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    Measure m;
    if (spawned != 0) {
        m.seconds = -1;
        return m;
    }
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    m.seconds = WIFEXITED(status) && WEXITSTATUS(status) == 0 ? watch.seconds() : -1;
    m.peak_mb = static_cast<double>(usage.ru_maxrss) / 1024.0;
    return m;
}

double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

// One warm-up, then the medians of RUNS runs; a negative time on any failure.
Measure measure(const std::vector<std::string>& args) {
    if (run_process(args).seconds < 0) return {-1, 0};
    std::vector<double> seconds, peaks;
    for (int i = 0; i < runs; ++i) {
        Measure m = run_process(args);
        if (m.seconds < 0) return {-1, 0};
        seconds.push_back(m.seconds);
        peaks.push_back(m.peak_mb);
    }
    return {median(seconds), median(peaks)};
}

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

void write_file(const fs::path& path, const std::string& bytes) { std::ofstream(path, std::ios::binary) << bytes; }

std::vector<std::string> convert_args(const fs::path& input, const fs::path& output) {
    return {WIREKIT_BINARY, "convert", "-q", "-t", "jsonl", "-o", output.string(), input.string()};
}

// An XML workload: wirekit against its floor.
bool report_xml(const char* name, const fs::path& input, const fs::path& output) {
    Measure floor = measure({"/proc/self/exe", "--parse-xml", input.string()});
    Measure wirekit = measure(convert_args(input, output));
    if (floor.seconds < 0 || wirekit.seconds < 0) {
        std::fprintf(stderr, "%s: a process failed\n", name);
        return false;
    }
    double mb = megabytes(input);
    std::printf("%-10s -> jsonl  %d items, %5.1f MB   wirekit %.3f s, %4.0f MB   floor (pugixml parse process) %.3f s   "
                "%.1fx the floor (target <= 3x), memory %.1fx the file (target <= 3x)\n",
                name, item_count, mb, wirekit.seconds, wirekit.peak_mb, floor.seconds, wirekit.seconds / floor.seconds,
                wirekit.peak_mb / mb);
    return true;
}

bool report_dispatches(const fs::path& input, const fs::path& output) {
    Measure wirekit = measure(convert_args(input, output));
    if (wirekit.seconds < 0) {
        std::fprintf(stderr, "dispatches: the process failed\n");
        return false;
    }
    std::printf("%-10s -> jsonl  %d articles, %5.1f MB   wirekit %.3f s, %4.0f MB   %.0f articles/s (target >= 50,000 on one core)\n",
                "dispatch", item_count, megabytes(input), wirekit.seconds, wirekit.peak_mb, item_count / wirekit.seconds);
    return true;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc == 3 && std::strcmp(argv[1], "--parse-xml") == 0) return parse_only(argv[2]);
    char dir_template[] = "/tmp/wirekit-bench-XXXXXX";
    if (!mkdtemp(dir_template)) return 1;
    const fs::path dir = dir_template;
    write_file(dir / "feed.rss", wirekit::bench::generated_rss_feed(item_count));
    write_file(dir / "message.xml", wirekit::bench::generated_newsml_message(item_count));
    write_file(dir / "dispatches.txt", wirekit::bench::generated_dispatch_file(item_count));
    std::printf("whole processes, medians of %d runs after a warm-up:\n", runs);
    bool ok = report_xml("rss", dir / "feed.rss", dir / "out.jsonl") &&
              report_xml("newsml", dir / "message.xml", dir / "out.jsonl") &&
              report_dispatches(dir / "dispatches.txt", dir / "out.jsonl");
    fs::remove_all(dir);
    return ok ? 0 : 1;
}
