// make bench: articles as jsonl -> ninjs lines -> jsonl, streamed line by
// line (convert/line_stream.hpp) as `wirekit convert` does for line formats.
// Prints articles per second for each leg and the peak memory after 10,000
// and after 100,000 articles: streaming keeps it flat as the input grows.
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <streambuf>
#include <string>

#include "bench_support.hpp"
#include "convert/line_stream.hpp"
#include "json/json_reader.hpp"
#include "json/json_writer.hpp"
#include "ninjs/ninjs_reader.hpp"
#include "ninjs/ninjs_writer.hpp"

using namespace wirekit;

namespace {

// COUNT jsonl articles made up as they are read: the input is never in memory.
class GeneratedArticles : public std::streambuf {
public:
    explicit GeneratedArticles(std::size_t count) : count_(count) {}
    std::size_t bytes() const { return bytes_; }

protected:
    int_type underflow() override {
        if (next_ == count_) return traits_type::eof();
        std::string n = std::to_string(next_++);
        line_ =
            R"({"id":"urn:example:wire:)" + n +
            R"(","version":"1","type":"text",)"
            R"("headline":"Port workers extend strike into day )" +
            n +
            R"( as talks stall",)"
            R"("slugline":"HARBOUR-STRIKE/","summary":"Talks between the union and the port authority broke down again.",)"
            R"("byline":"By Anna Keller","body":[)";
        for (int p = 0; p < 5; ++p) {
            line_ += p ? "," : "";
            line_ +=
                R"({"kind":"paragraph","inlines":["The union said paragraph )" + std::to_string(p) +
                R"( of its statement set out the demands: a wage rise in line with inflation, safer night shifts and a say )"
                R"(in how the new automated cranes are introduced over the next two years."]})";
        }
        line_ +=
            R"(],"located":{"name":"Reykjavik"},"sources":["Nordic Wire"],"first_created":"2024-06-11T06:40:00+02:00",)"
            R"("version_created":"2024-06-11T09:15:30+02:00","language":"en","urgency":4,"pub_status":"usable",)"
            R"("subjects":[{"scheme":"medtop","code":"20000523","uri":"http://cv.iptc.org/newscodes/mediatopic/20000523","name":"labour dispute"}]})"
            "\n";
        bytes_ += line_.size();
        setg(line_.data(), line_.data(), line_.data() + line_.size());
        return traits_type::to_int_type(line_[0]);
    }

private:
    std::size_t count_;
    std::size_t next_ = 0;
    std::size_t bytes_ = 0;
    std::string line_;
};

// Counts what is written and keeps nothing.
class CountingSink : public std::streambuf {
public:
    std::size_t bytes = 0;

protected:
    std::streamsize xsputn(const char*, std::streamsize n) override {
        bytes += static_cast<std::size_t>(n);
        return n;
    }
    int_type overflow(int_type c) override {
        ++bytes;
        return c;
    }
};

void round_trip(std::size_t count, const std::filesystem::path& middle) {
    Diagnostics diag;
    ReadOptions read;
    read.source = "bench";
    read.diag = &diag;
    WriteOptions to_ninjs;
    to_ninjs.variants = {"lines"};
    to_ninjs.diag = &diag;
    WriteOptions to_jsonl;
    to_jsonl.diag = &diag;

    GeneratedArticles generated(count);
    std::istream jsonl_in(&generated);
    std::ofstream ninjs_out(middle, std::ios::binary);
    bench::Stopwatch first;
    LineStreamStats there = stream_lines(jsonl_in, ninjs_out, read_jsonl, write_ninjs, read, to_ninjs);
    ninjs_out.close();
    double first_seconds = first.seconds();

    std::ifstream ninjs_in(middle, std::ios::binary);
    CountingSink sink;
    std::ostream jsonl_out(&sink);
    bench::Stopwatch second;
    LineStreamStats back = stream_lines(ninjs_in, jsonl_out, read_ninjs, write_jsonl, read, to_jsonl);
    double second_seconds = second.seconds();

    std::printf(
        "%7zu articles: jsonl -> ninjs lines %.0f articles/s (%.1f MB in), ninjs lines -> jsonl %.0f articles/s "
        "(%.1f MB in, %.1f MB out); peak memory %.1f MB\n",
        there.articles, static_cast<double>(there.articles) / first_seconds, static_cast<double>(generated.bytes()) / 1e6,
        static_cast<double>(back.articles) / second_seconds, static_cast<double>(std::filesystem::file_size(middle)) / 1e6,
        static_cast<double>(sink.bytes) / 1e6, bench::peak_memory_mb());
}

}  // namespace

int main() {
    std::filesystem::path middle = std::filesystem::temp_directory_path() / "wirekit-bench-ninjs-lines.ninjs";
    // Ten times the input, the same peak: nothing grows with the input.
    round_trip(10000, middle);
    round_trip(100000, middle);
    std::filesystem::remove(middle);
    return 0;
}
