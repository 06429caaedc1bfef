#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "io/atomic_file.hpp"
#include "io/input_stream.hpp"
#include "report/error.hpp"
#include "support/paths.hpp"
#include "support/scratch_folder.hpp"

using namespace wirekit;
using test::ScratchFolder;
namespace fs = std::filesystem;

namespace {

void put(const fs::path& file, const std::string& text) { std::ofstream(file, std::ios::binary) << text; }

}  // namespace

TEST_CASE("atomic file: committed bytes replace the file, written piece by piece or whole") {
    ScratchFolder dir;
    fs::path target = dir.path / "out.txt";
    put(target, "old");
    {
        AtomicFile file(target.string());
        file.write("first line\n");
        file.stream() << "second " << 2 << '\n';
        CHECK(test::read_file(target.string()) == "old");
        file.commit();
    }
    CHECK(test::read_file(target.string()) == "first line\nsecond 2\n");
    CHECK(dir.entries() == 1);
}

TEST_CASE("atomic file: a large write bypasses the buffer and keeps the order") {
    ScratchFolder dir;
    fs::path target = dir.path / "big.txt";
    std::string big(200000, 'x');
    AtomicFile file(target.string());
    file.stream() << "head:";
    file.write(big);
    file.stream() << ":tail";
    file.commit();
    CHECK(test::read_file(target.string()) == "head:" + big + ":tail");
}

TEST_CASE("atomic file: output of many megabytes arrives whole past each writeback start") {
    ScratchFolder dir;
    fs::path target = dir.path / "many.txt";
    std::string expected;
    AtomicFile file(target.string());
    for (int piece = 0; piece < 40; ++piece) {
        std::string line = "line " + std::to_string(piece) + std::string(20000, 'a' + piece % 26) + '\n';
        for (int repeat = 0; repeat < 4; ++repeat) {
            file.stream() << line;
            expected += line;
        }
        std::string block(100000 + piece, 'A' + piece % 26);
        file.write(block);
        expected += block;
    }
    file.commit();
    REQUIRE(expected.size() > (6u << 20));
    CHECK(test::read_file(target.string()) == expected);
}

TEST_CASE("atomic file: without commit the old file stays and no temporary is left") {
    ScratchFolder dir;
    fs::path target = dir.path / "feed.xml";
    put(target, "previous feed");
    {
        AtomicFile file(target.string());
        file.write("half a new fe");
    }
    CHECK(test::read_file(target.string()) == "previous feed");
    CHECK(dir.entries() == 1);
}

TEST_CASE("atomic file: a folder or a missing folder cannot be the target (73)") {
    ScratchFolder dir;
    try {
        AtomicFile file(dir.path.string());
        FAIL("a folder was accepted");
    } catch (const Error& e) {
        CHECK(e.code() == Exit::cant_create);
    }
    try {
        AtomicFile file((dir.path / "no" / "such.txt").string());
        FAIL("a missing folder was accepted");
    } catch (const Error& e) {
        CHECK(e.code() == Exit::cant_create);
    }
}

TEST_CASE("input stream: the first bytes and the rest make the whole file") {
    ScratchFolder dir;
    fs::path source = dir.path / "in.jsonl";
    std::string text(100000, 'a');
    text += "\nend\n";
    put(source, text);
    InputStream in(source.string());
    std::string prefix = in.read_some(4096);
    CHECK(prefix.size() == 4096);
    Input all = in.read_rest(prefix);
    CHECK(all.bytes == text);
    CHECK(all.name == source.string());
    CHECK(all.modified.has_value());
}

TEST_CASE("input stream: a file of megabytes, read into huge pages where there are any, arrives whole") {
    ScratchFolder dir;
    fs::path source = dir.path / "big.txt";
    std::string text;
    for (int line = 0; text.size() < (9u << 20); ++line) text += "line " + std::to_string(line) + std::string(line % 97, '.') + '\n';
    put(source, text);
    InputStream in(source.string());
    Input all = in.read_rest(in.read_some(100));
    CHECK(all.bytes.size() == text.size());
    CHECK(all.bytes == text);
}

TEST_CASE("input stream: the size limit applies to loading, not to opening") {
    ScratchFolder dir;
    fs::path source = dir.path / "in.jsonl";
    put(source, std::string(5000, 'b'));
    InputStream in(source.string(), 1000);
    std::string prefix = in.read_some(100);
    CHECK(prefix.size() == 100);
    try {
        (void)in.read_rest(prefix);
        FAIL("an input over the limit was loaded");
    } catch (const Error& e) {
        CHECK(e.code() == Exit::data);
    }
}

TEST_CASE("input stream: missing files and folders are status 66") {
    ScratchFolder dir;
    for (const fs::path& name : {dir.path / "missing.txt", dir.path}) {
        try {
            InputStream in(name.string());
            FAIL("opened " << name);
        } catch (const Error& e) {
            CHECK(e.code() == Exit::no_input);
        }
    }
}
