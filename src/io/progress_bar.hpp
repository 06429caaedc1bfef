#pragma once
// A progress line for long batches on a terminal: count, percentage, rate
// and time left, redrawn in place at most ten times a second. Callers
// serialise the calls.
#include <chrono>
#include <cstddef>

namespace wirekit {

class ProgressBar {
public:
    // Draws on FD only when ENABLED; otherwise every call does nothing.
    ProgressBar(int fd, std::size_t total, bool enabled);

    // DONE of the total are finished; redraws when it is time to (and always
    // at the end).
    void update(std::size_t done);
    // Erases the bar, leaving the line empty for a message (or the end);
    // the next update() draws it again.
    void clear();

private:
    void draw();

    int fd_;
    std::size_t total_;
    bool enabled_;
    bool shown_ = false;
    std::size_t done_ = 0;
    std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
    std::chrono::steady_clock::time_point last_draw_{};
};

}  // namespace wirekit
