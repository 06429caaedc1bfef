#include "convert/line_stream.hpp"

#include <algorithm>
#include <set>
#include <utility>

#include "report/error.hpp"
#include "text/default_language.hpp"
#include "text/text.hpp"

namespace wirekit {

namespace {

constexpr std::size_t chunk_size = std::size_t{64} << 10;

bool is_blank(std::string_view line) { return line.find_first_not_of(" \t\r") == std::string_view::npos; }

// A reader's line number counts from the start of the one line it was given.
std::size_t in_whole_input(std::size_t line_number, std::size_t line_within) {
    return line_within > 0 ? line_number + line_within - 1 : line_number;
}

void forward(const Diagnostic& d, std::size_t line, Diagnostics* to) {
    if (!to) return;
    if (d.severity == Diagnostic::Severity::warning)
        to->warning(d.source, d.message, line, d.column);
    else
        to->note(d.source, d.message, line, d.column);
}

}  // namespace

LineReader::LineReader(std::istream& in, std::string source, std::string_view already_read, std::size_t max_line_size)
    : in_(in),
      source_(std::move(source)),
      max_line_size_(max_line_size),
      chunk_(std::max(chunk_size, already_read.size())),
      end_(already_read.size()) {
    std::copy(already_read.begin(), already_read.end(), chunk_.begin());
}

bool LineReader::fill() {
    if (in_.bad()) throw Error(Exit::io, "cannot read the input", source_);
    in_.read(chunk_.data(), static_cast<std::streamsize>(chunk_.size()));
    if (in_.bad()) throw Error(Exit::io, "cannot read the input", source_);
    pos_ = 0;
    end_ = static_cast<std::size_t>(in_.gcount());
    return end_ > 0;
}

bool LineReader::next(std::string& line) {
    line.clear();
    bool any = false;
    for (;;) {
        if (pos_ == end_ && !fill()) {
            if (any) ++line_number_;
            return any;
        }
        any = true;
        auto begin = chunk_.begin() + static_cast<std::ptrdiff_t>(pos_);
        auto stop = chunk_.begin() + static_cast<std::ptrdiff_t>(end_);
        auto newline = std::find(begin, stop, '\n');
        line.append(begin, newline);
        pos_ = static_cast<std::size_t>(newline - chunk_.begin());
        if (line.size() > max_line_size_)
            throw Error(Exit::data, "line is longer than the limit of " + std::to_string(max_line_size_) + " bytes (see --max-input-size)", source_,
                        line_number_ + 1);
        if (newline != stop) {
            ++pos_;
            ++line_number_;
            return true;
        }
    }
}

LineStreamStats stream_lines(std::istream& in, std::ostream& out, ReadFn read, WriteFn write,
                             const ReadOptions& read_options, const WriteOptions& write_options,
                             std::string_view already_read, std::size_t max_line_size) {
    LineStreamStats stats;
    LineReader lines(in, read_options.source, already_read, max_line_size);
    // Notes that every line repeats ("read as ninjs 2.x") are passed on once,
    // so that diagnostics do not grow with the input; warnings always are.
    std::set<std::string> notes_seen;
    auto pass_on = [&](const Diagnostic& d, std::size_t line, Diagnostics* to) {
        if (d.severity == Diagnostic::Severity::warning || notes_seen.insert(d.message).second) forward(d, line, to);
    };
    std::string line;
    while (lines.next(line)) {
        stats.lines = lines.line_number();
        stats.longest_line = std::max(stats.longest_line, line.size());
        if (is_blank(line)) continue;

        Diagnostics line_diag;
        ReadOptions line_read = read_options;
        line_read.diag = &line_diag;
        Document doc;
        try {
            doc = read(line, line_read);
        } catch (const Error& e) {
            for (const auto& d : line_diag.all()) pass_on(d, in_whole_input(stats.lines, d.line), read_options.diag);
            throw Error(e.code(), e.what(), e.source(), in_whole_input(stats.lines, e.line()), e.column());
        }
        for (const auto& d : line_diag.all()) pass_on(d, in_whole_input(stats.lines, d.line), read_options.diag);
        fill_missing_language(doc, read_options.language);

        Diagnostics write_diag;
        WriteOptions line_write = write_options;
        line_write.diag = &write_diag;
        std::string text = write(doc, line_write);
        for (const auto& d : write_diag.all()) pass_on(d, d.line, write_options.diag);
        out.write(text.data(), static_cast<std::streamsize>(text.size()));
        if (!out) throw Error(Exit::io, "cannot write the output");
        stats.articles += doc.articles.size();
    }
    return stats;
}

}  // namespace wirekit
