#pragma once
// What every benchmark reports: elapsed time and the process's peak memory.
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <string>
#include <utility>
#include <vector>

extern char** environ;

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

inline constexpr int runs = 5;

struct Measure {
    double seconds = 0;
    double peak_mb = 0;
    double cpu_seconds = 0;  // user + system
};

// Runs ARGS as a child with stdout and stderr on /dev/null: its wall time, peak
// resident memory and CPU time; a negative time when it did not exit 0.
inline Measure run_process(const std::vector<std::string>& args) {
    std::vector<char*> argv;
    for (const std::string& a : args) argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    Stopwatch watch;
    // fork, not posix_spawn: a vfork'd child's peak memory would count this
    // process's peak too (Linux keeps the larger across exec).
    pid_t pid = fork();
    if (pid == 0) {
        int null = ::open("/dev/null", O_WRONLY);
        ::dup2(null, 1);
        ::dup2(null, 2);
        ::execve(argv[0], argv.data(), environ);
        ::_exit(127);
    }
    Measure m;
    if (pid < 0) {
        m.seconds = -1;
        return m;
    }
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    m.seconds = WIFEXITED(status) && WEXITSTATUS(status) == 0 ? watch.seconds() : -1;
    m.peak_mb = static_cast<double>(usage.ru_maxrss) / 1024.0;
    auto seconds_of = [](timeval t) { return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) / 1e6; };
    m.cpu_seconds = seconds_of(usage.ru_utime) + seconds_of(usage.ru_stime);
    return m;
}

inline double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

// The runs of one command, summed up as medians.
class Samples {
public:
    void add(const Measure& m) {
        seconds_.push_back(m.seconds);
        peaks_.push_back(m.peak_mb);
        cpu_.push_back(m.cpu_seconds);
    }
    Measure medians() const { return {median(seconds_), median(peaks_), median(cpu_)}; }

private:
    std::vector<double> seconds_, peaks_, cpu_;
};

// One warm-up, then the medians of COUNT runs; a negative time on any failure.
inline Measure measure(const std::vector<std::string>& args, int count = runs) {
    if (run_process(args).seconds < 0) return {-1, 0};
    Samples samples;
    for (int i = 0; i < count; ++i) {
        Measure m = run_process(args);
        if (m.seconds < 0) return {-1, 0};
        samples.add(m);
    }
    return samples.medians();
}

// Two commands in turns, A then B, COUNT times each after a warm-up of each:
// where the host's speed drifts (a shared virtual machine), both see the same
// drift, and the ratio of their medians holds. Negative times on any failure.
inline std::pair<Measure, Measure> measure_in_turns(const std::vector<std::string>& a, const std::vector<std::string>& b,
                                                    int count = runs) {
    const std::pair<Measure, Measure> failed{{-1, 0}, {-1, 0}};
    if (run_process(a).seconds < 0 || run_process(b).seconds < 0) return failed;
    Samples of_a, of_b;
    for (int i = 0; i < count; ++i) {
        Measure ma = run_process(a);
        Measure mb = run_process(b);
        if (ma.seconds < 0 || mb.seconds < 0) return failed;
        of_a.add(ma);
        of_b.add(mb);
    }
    return {of_a.medians(), of_b.medians()};
}

}  // namespace wirekit::bench
