#pragma once
// What every benchmark reports: elapsed time and the process's peak memory.
#include <sys/resource.h>

#include <chrono>

namespace wirekit::bench {

// Peak resident set size of this process so far, in MB.
inline double peak_memory_mb() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0;
}

class Stopwatch {
public:
    double seconds() const { return std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count(); }

private:
    std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
};

}  // namespace wirekit::bench
