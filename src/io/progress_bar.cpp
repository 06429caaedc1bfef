#include "io/progress_bar.hpp"

#include <cstdio>
#include <string>

#include "io/fd_write.hpp"

namespace wirekit {

namespace {

constexpr int bar_width = 24;
constexpr auto redraw_interval = std::chrono::milliseconds(100);

std::string clock_text(double seconds) {
    auto s = static_cast<long long>(seconds + 0.5);
    char text[32];
    std::snprintf(text, sizeof text, "%lld:%02lld:%02lld", s / 3600, s / 60 % 60, s % 60);
    return text;
}

}  // namespace

ProgressBar::ProgressBar(int fd, std::size_t total, bool enabled) : fd_(fd), total_(total), enabled_(enabled && total > 0) {}

void ProgressBar::update(std::size_t done) {
    done_ = done;
    if (!enabled_) return;
    auto now = std::chrono::steady_clock::now();
    if (done_ < total_ && shown_ && now - last_draw_ < redraw_interval) return;
    draw();
}

void ProgressBar::clear() {
    if (shown_) write_all(fd_, "\r\x1b[K");
    shown_ = false;
}

void ProgressBar::draw() {
    last_draw_ = std::chrono::steady_clock::now();
    double elapsed = std::chrono::duration<double>(last_draw_ - start_).count();
    double rate = elapsed > 0 ? static_cast<double>(done_) / elapsed : 0;
    int filled = static_cast<int>(static_cast<double>(done_) / static_cast<double>(total_) * bar_width);
    std::string line = "\r[" + std::string(static_cast<std::size_t>(filled), '#') +
                       std::string(static_cast<std::size_t>(bar_width - filled), '.') + "] ";
    char figures[160];
    std::snprintf(figures, sizeof figures, "%zu/%zu %3d%%  %.0f files/s  ETA %s", done_, total_,
                  static_cast<int>(done_ * 100 / total_), rate,
                  rate > 0 ? clock_text(static_cast<double>(total_ - done_) / rate).c_str() : "-:--:--");
    line += figures;
    line += "\x1b[K";  // clears what a longer earlier line left
    write_all(fd_, line);
    shown_ = true;
}

}  // namespace wirekit
