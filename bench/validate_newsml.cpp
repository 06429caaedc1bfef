// make bench: `wirekit validate` on a 1 MB NewsML-G2 newsMessage, as a whole
// process (issue 19: under 0.3 s in all, the schema compiled from the bundle
// included). The message is generated (bench/generated_inputs.hpp); one run
// warms the page cache, then the median of five is printed with the target.
#include <cstdio>
#include <filesystem>
#include <fstream>

#include "bench_support.hpp"
#include "generated_inputs.hpp"

namespace fs = std::filesystem;

int main() {
    char dir_template[] = "/tmp/wirekit-bench-XXXXXX";
    if (!mkdtemp(dir_template)) return 1;
    const fs::path input = fs::path(dir_template) / "message.xml";
    std::string message;
    int items = 0;
    while (message.size() < (1 << 20)) message = wirekit::bench::generated_newsml_message(items += 50);
    std::ofstream(input, std::ios::binary) << message;
    auto m = wirekit::bench::measure({WIREKIT_BINARY, "validate", "-f", "newsml", input.string()});
    fs::remove_all(dir_template);
    if (m.seconds < 0) {
        std::fprintf(stderr, "validate newsml: the process failed (or found the message invalid)\n");
        return 1;
    }
    std::printf("validate newsml  %d items, %.2f MB   wirekit %.3f s, %.0f MB   (target < 0.300 s in all)\n", items,
                static_cast<double>(message.size()) / (1 << 20), m.seconds, m.peak_mb);
    return 0;
}
