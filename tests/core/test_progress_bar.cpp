#include <catch2/catch.hpp>

#include <fcntl.h>
#include <unistd.h>

#include <string>

#include "io/progress_bar.hpp"

using namespace wirekit;

namespace {

// What the bar wrote into a pipe.
std::string drain(int fd) {
    std::string out;
    char buffer[4096];
    for (ssize_t n; (n = ::read(fd, buffer, sizeof buffer)) > 0;) out.append(buffer, static_cast<std::size_t>(n));
    return out;
}

}  // namespace

TEST_CASE("batch: the progress bar shows count, percentage, rate and time left, then erases itself") {
    int fds[2];
    REQUIRE(::pipe2(fds, O_NONBLOCK) == 0);
    {
        ProgressBar bar(fds[1], 8, true);
        bar.update(2);
        bar.update(8);  // the end is always drawn
        bar.clear();
    }
    std::string out = drain(fds[0]);
    CHECK(out.starts_with("\r[######..................] 2/8  25%"));
    CHECK(out.find("files/s  ETA ") != std::string::npos);
    CHECK(out.find("[########################] 8/8 100%") != std::string::npos);
    CHECK(out.ends_with("\r\x1b[K"));
    ::close(fds[0]);
    ::close(fds[1]);
}

TEST_CASE("batch: a disabled progress bar writes nothing") {
    int fds[2];
    REQUIRE(::pipe2(fds, O_NONBLOCK) == 0);
    ProgressBar bar(fds[1], 8, false);
    bar.update(8);
    bar.clear();
    CHECK(drain(fds[0]).empty());
    ::close(fds[0]);
    ::close(fds[1]);
}
