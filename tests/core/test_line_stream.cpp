// Converting line-per-record inputs one line at a time: the records, the line
// numbers in errors, and memory that stays flat however long the input is.
#include <catch2/catch.hpp>
#include <sys/resource.h>

#include <sstream>
#include <streambuf>

#include "convert/line_stream.hpp"
#include "json/json_reader.hpp"
#include "json/json_writer.hpp"
#include "ninjs/ninjs_reader.hpp"
#include "ninjs/ninjs_writer.hpp"
#include "report/error.hpp"
#include "support/options.hpp"

using namespace wirekit;
using namespace wirekit::test;

namespace {

// COUNT jsonl articles made up on demand, so the input is never in memory.
class GeneratedLines : public std::streambuf {
public:
    explicit GeneratedLines(std::size_t count) : count_(count) {}

protected:
    int_type underflow() override {
        if (next_ == count_) return traits_type::eof();
        line_ = R"({"id":"urn:example:)" + std::to_string(next_++) +
                R"(","headline":"Harbour strike, day two","language":"en","body":[{"kind":"paragraph","inlines":[")" +
                std::string(2000, 'x') + R"("]}]})" + "\n";
        setg(line_.data(), line_.data(), line_.data() + line_.size());
        return traits_type::to_int_type(line_[0]);
    }

private:
    std::size_t count_;
    std::size_t next_ = 0;
    std::string line_;
};

// Counts what is written and keeps nothing.
class CountingSink : public std::streambuf {
public:
    std::size_t bytes = 0, lines = 0;

protected:
    std::streamsize xsputn(const char* s, std::streamsize n) override {
        bytes += static_cast<std::size_t>(n);
        for (std::streamsize i = 0; i < n; ++i) lines += s[i] == '\n';
        return n;
    }
    int_type overflow(int_type c) override {
        if (!traits_type::eq_int_type(c, traits_type::eof())) xsputn(reinterpret_cast<const char*>(&c), 1);
        return c;
    }
};

double peak_rss_mb() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0;
}

struct Stream {
    Diagnostics diag;
    ReadOptions read = read_options(diag, "in.jsonl");
    WriteOptions write = write_options(diag);
    std::ostringstream out;

    LineStreamStats run(const std::string& input, ReadFn reader = read_jsonl, WriteFn writer = write_ninjs) {
        std::istringstream in(input);
        write.variants = {"lines"};
        return stream_lines(in, out, reader, writer, read, write);
    }
};

}  // namespace

TEST_CASE("line stream: lines of any ending, blank lines skipped", "[ninjs]") {
    std::istringstream in("a\r\n\nb\nlast");
    LineReader lines(in, "in");
    std::string line;
    std::vector<std::string> got;
    std::vector<std::size_t> numbers;
    while (lines.next(line)) {
        got.push_back(line);
        numbers.push_back(lines.line_number());
    }
    CHECK(got == std::vector<std::string>{"a\r", "", "b", "last"});
    CHECK(numbers == std::vector<std::size_t>{1, 2, 3, 4});

    std::istringstream empty("");
    LineReader none(empty, "in");
    CHECK_FALSE(none.next(line));

    // What the caller read first to detect the format comes first.
    std::istringstream rest("ond\nthird");
    LineReader continued(rest, "in", "first\nsec");
    got.clear();
    while (continued.next(line)) got.push_back(line);
    CHECK(got == std::vector<std::string>{"first", "second", "third"});

    std::istringstream long_line(std::string(100, 'x') + "\n");
    LineReader limited(long_line, "in", {}, 10);
    CHECK_THROWS_WITH(limited.next(line), "line is longer than the limit of 10 bytes (see --max-input-size)");
}

TEST_CASE("line stream: jsonl to ninjs lines and back, record for record", "[ninjs]") {
    Stream to_ninjs;
    const std::string jsonl =
        "{\"id\":\"urn:a\",\"headline\":\"One\",\"creditline\":\"X\"}\n\n{\"id\":\"urn:b\",\"headline\":\"Two\","
        "\"creditline\":\"Y\"}\n";
    LineStreamStats stats = to_ninjs.run(jsonl);
    CHECK(stats.lines == 3);
    CHECK(stats.articles == 2);
    const std::string ninjs_lines = to_ninjs.out.str();
    CHECK(ninjs_lines ==
          "{\"uri\":\"urn:a\",\"headlines\":[{\"role\":\"main\",\"value\":\"One\"}]}\n"
          "{\"uri\":\"urn:b\",\"headlines\":[{\"role\":\"main\",\"value\":\"Two\"}]}\n");
    // The writer's note about what it dropped is given once, not per line.
    std::size_t dropped_notes = 0;
    for (const auto& d : to_ninjs.diag.all()) dropped_notes += d.message.find("dropped: creditline") != std::string::npos;
    CHECK(dropped_notes == 1);

    Stream back;
    back.run(ninjs_lines, read_ninjs, write_jsonl);
    CHECK(back.out.str() == "{\"id\":\"urn:a\",\"headline\":\"One\"}\n{\"id\":\"urn:b\",\"headline\":\"Two\"}\n");
}

TEST_CASE("line stream: errors and warnings name the line of the whole input", "[ninjs]") {
    Stream s;
    const std::string input =
        "{\"id\":\"urn:a\"}\n{\"id\":\"urn:b\",\"colour\":1}\n\n{\"id\":\"urn:c\",\"urgency\":\"high\"}\n";
    try {
        s.run(input);
        FAIL("no error");
    } catch (const Error& e) {
        CHECK(e.format() == "in.jsonl:4: error: urgency: expected an integer, got \"high\"");
    }
    bool warned = false;
    for (const auto& d : s.diag.all()) warned = warned || (d.line == 2 && d.message == "colour: unknown key ignored");
    CHECK(warned);
    CHECK(s.out.str().find("urn:b") != std::string::npos);  // written before line 4 failed

    Stream bad_json;
    try {
        bad_json.run("{\"id\":\"urn:a\"}\n{\"id\":\n");
        FAIL("no error");
    } catch (const Error& e) {
        CHECK(e.line() == 2);
        CHECK(e.column() > 0);
    }
}

TEST_CASE("line stream: memory stays flat however long the input", "[ninjs]") {
    constexpr std::size_t count = 20000;  // about 40 MB of jsonl in, more ninjs out
    GeneratedLines generated(count);
    std::istream in(&generated);
    CountingSink sink;
    std::ostream out(&sink);
    Diagnostics diag;
    WriteOptions write = write_options(diag);
    write.variants = {"lines"};
    const double before = peak_rss_mb();
    LineStreamStats stats = stream_lines(in, out, read_jsonl, write_ninjs, read_options(diag, "generated"), write);
    const double growth = peak_rss_mb() - before;
    CHECK(stats.articles == count);
    CHECK(sink.lines == count);
    CHECK(sink.bytes > 80u << 20);
    // At most one line is held at a time.
    CHECK(stats.longest_line < 2200);
#if !defined(__SANITIZE_ADDRESS__)
    // The input alone is 40 MB and the output twice that; a converter that
    // held either would grow by that much. (AddressSanitizer's quarantine
    // keeps freed memory, so the figure means nothing there.)
    CHECK(growth < 16.0);
#else
    (void)growth;
#endif
}
