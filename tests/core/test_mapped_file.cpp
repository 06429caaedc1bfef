// Files read where they lie (io/mapped_file.hpp): their bytes, when they are
// not mapped, and a file cut short while mapped.
#include <catch2/catch.hpp>

#include <fcntl.h>
#include <signal.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <memory>
#include <stdexcept>
#include <string>

#include "io/mapped_file.hpp"
#include "report/error.hpp"
#include "support/scratch_folder.hpp"

using namespace wirekit;
using test::ScratchFolder;
namespace fs = std::filesystem;

namespace {

constexpr std::size_t no_limit = std::size_t{1} << 30;

std::string put(const fs::path& file, const std::string& text) {
    std::ofstream(file, std::ios::binary) << text;
    return file.string();
}

// The Error that DO throws.
template <class Do>
Error error_from(Do&& what) {
    try {
        what();
    } catch (const Error& e) {
        return e;
    }
    FAIL("no error");
    throw std::logic_error("unreachable");
}

}  // namespace

TEST_CASE("mapped file: the bytes of a regular file", "[io]") {
    ScratchFolder dir;
    std::string text = "<rss>" + std::string(100000, 'x') + "</rss>\n";
    std::unique_ptr<MappedFile> mapped = MappedFile::map(put(dir.path / "feed.rss", text), "feed.rss", no_limit);
    REQUIRE(mapped);
    CHECK(mapped->bytes() == text);
    CHECK_NOTHROW(mapped->check_not_cut_short());
}

TEST_CASE("mapped file: what is not mapped is read instead", "[io]") {
    ScratchFolder dir;
    SECTION("an empty file") { CHECK(!MappedFile::map(put(dir.path / "empty", ""), "empty", no_limit)); }
    SECTION("a pipe") {
        fs::path fifo = dir.path / "fifo";
        REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
        CHECK(!MappedFile::map(fifo.string(), "fifo", no_limit));
    }
    SECTION("a second file while one is mapped") {
        std::string first = put(dir.path / "first", "one");
        std::string second = put(dir.path / "second", "two");
        std::unique_ptr<MappedFile> mapped = MappedFile::map(first, "first", no_limit);
        REQUIRE(mapped);
        CHECK(!MappedFile::map(second, "second", no_limit));
        mapped.reset();
        CHECK(MappedFile::map(second, "second", no_limit));
    }
}

TEST_CASE("mapped file: errors as reading gives them", "[io]") {
    ScratchFolder dir;
    Error too_large = error_from([&] { MappedFile::map(put(dir.path / "big", std::string(1000, 'x')), "big", 999); });
    CHECK(too_large.code() == Exit::data);
    CHECK(too_large.format() == "big: error: input is larger than the limit of 999 bytes (see --max-input-size)");
    CHECK(error_from([&] { MappedFile::map(dir.path.string(), "dir", no_limit); }).code() == Exit::no_input);
}

TEST_CASE("mapped file: a file cut short while mapped reads as zeros past the cut, and says so", "[io]") {
    ScratchFolder dir;
    auto page = static_cast<std::size_t>(::sysconf(_SC_PAGESIZE));
    std::string file = put(dir.path / "feed.rss", std::string(3 * page, 'x'));
    std::unique_ptr<MappedFile> mapped = MappedFile::map(file, "feed.rss", no_limit);
    REQUIRE(mapped);
    fs::resize_file(file, 100);
    std::string_view bytes = mapped->bytes();
    CHECK(bytes.size() == 3 * page);
    CHECK(bytes[50] == 'x');
    CHECK(bytes[2 * page + 7] == '\0');  // Linux raises SIGBUS for this page; the process goes on
    Error cut = error_from([&] { mapped->check_not_cut_short(); });
    CHECK(cut.code() == Exit::io);
    CHECK(cut.format() == "feed.rss: error: cannot read: the file was cut short while it was read");
}

TEST_CASE("mapped file: a SIGBUS elsewhere still ends the process", "[io]") {
    ScratchFolder dir;
    auto page = static_cast<std::size_t>(::sysconf(_SC_PAGESIZE));
    std::string mine = put(dir.path / "mine", "mapped");
    std::string other = put(dir.path / "other", std::string(2 * page, 'y'));
    std::unique_ptr<MappedFile> mapped = MappedFile::map(mine, "mine", no_limit);
    REQUIRE(mapped);
    pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        // A mapping of the child's own, past the end of its file.
        int fd = ::open(other.c_str(), O_RDONLY);
        auto* data = static_cast<volatile const char*>(::mmap(nullptr, 2 * page, PROT_READ, MAP_PRIVATE, fd, 0));
        (void)::ftruncate(::open(other.c_str(), O_WRONLY), 0);
        ::_exit(data[page] == 'y' ? 3 : 4);
    }
    int status = 0;
    REQUIRE(::waitpid(child, &status, 0) == child);
    // Killed by SIGBUS, or (under a sanitizer, which reports it) exited with an error of its own.
    CHECK((WIFSIGNALED(status) ? WTERMSIG(status) == SIGBUS : WEXITSTATUS(status) != 3 && WEXITSTATUS(status) != 4));
}
