// make bench: writes 10,000 small dispatches into a temporary folder and
// converts them as one batch (`convert -t json -o OUT/`) with -j 1 and -j 2,
// printing files per second for each. Run on demand, not in tests.
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

#include "bench_support.hpp"
#include "cli/batch_convert.hpp"
#include "cli/batch_inputs.hpp"
#include "time/datetime.hpp"

using namespace wirekit;
namespace fs = std::filesystem;

namespace {

constexpr int file_count = 10000;

std::string make_dispatch(int n) {
    return "Ferry services resume on route " + std::to_string(n) + " after storm\n\nREYKJAVIK (Nordic Wire - " +
           std::to_string(n % 28 + 1) + "th March, 2024) Ferries left port again on Tuesday after two days of gales kept "
           "them moored.\n\nThe operator said timetables would be back to normal by the weekend.\n";
}

double convert_all(const fs::path& in, const fs::path& out, unsigned jobs) {
    Detection json = detect_output_format("-", "json");
    GlobalOptions quiet;
    quiet.quiet = true;
    InputSettings settings;
    settings.reference_date = "2024-06-30";
    Diagnostics diag;
    WriteOptions wo;
    wo.now = parse_rfc3339("2024-06-30T00:00:00Z");
    wo.diag = &diag;
    fs::create_directories(out);
    bench::Stopwatch watch;
    BatchJob job{.inputs = batch_input_files({in.string()}, false, out.string()),
                 .outdir = out.string(),
                 .output = json,
                 .settings = settings,
                 .write = wo,
                 .names = NameTemplate("{name}.{ext}"),
                 .jobs = jobs};
    BatchResult result = run_batch(job, quiet);
    double elapsed = watch.seconds();
    if (result.converted != static_cast<std::size_t>(file_count)) std::fprintf(stderr, "bench: only %zu converted\n", result.converted);
    return elapsed;
}

}  // namespace

int main() {
    std::string pattern = (fs::temp_directory_path() / "wirekit-bench-XXXXXX").string();
    fs::path root = ::mkdtemp(pattern.data());
    fs::path in = root / "in";
    fs::create_directories(in);
    for (int i = 0; i < file_count; ++i) std::ofstream(in / ("story-" + std::to_string(i) + ".txt")) << make_dispatch(i);

    for (unsigned jobs : {1u, 2u}) {
        double elapsed = convert_all(in, root / ("out-j" + std::to_string(jobs)), jobs);
        std::printf("batch dispatch -> json files: %d files, -j %u, %.3f s, %.0f files/s, peak memory %.0f MB\n", file_count, jobs,
                    elapsed, file_count / elapsed, bench::peak_memory_mb());
    }
    fs::remove_all(root);
    return 0;
}
