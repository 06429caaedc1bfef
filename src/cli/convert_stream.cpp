#include "cli/convert_stream.hpp"

#include <algorithm>
#include <iostream>

#include <optional>
#include <utility>

#include "core/atomic_file.hpp"
#include "core/default_language.hpp"
#include "core/error.hpp"
#include "core/json_prefix.hpp"
#include "core/line_stream.hpp"
#include "core/output.hpp"

namespace wirekit {

namespace {

// Writes each article handed over to the output, in blocks: stdout, or the
// atomic file of -o, created at the first block so that an input that fails
// early gives the whole-document path's error before any output error.
class WritingSink : public ArticleSink {
public:
    WritingSink(StreamingWriter& writer, std::string_view language, const std::string& output_path)
        : writer_(writer), language_(language), output_path_(output_path) {}

    void feed(FeedInfo feed) override { writer_.feed(feed); }

    void article(Article article) override {
        fill_missing_language(article, language_);
        writer_.article(article, pending_);
        if (pending_.size() >= block_size) flush();
    }

    // Writes what is pending and commits the file.
    void finish() {
        flush();
        if (output_path_ == "-") return;
        if (!file_) file_.emplace(output_path_);
        file_->commit();
    }

private:
    static constexpr std::size_t block_size = std::size_t{64} << 10;

    void flush() {
        if (pending_.empty()) return;
        if (output_path_ == "-") {
            write_output("-", pending_);
        } else {
            if (!file_) file_.emplace(output_path_);
            file_->write(pending_);
        }
        pending_.clear();
    }

    StreamingWriter& writer_;
    std::string_view language_;
    const std::string& output_path_;
    std::optional<AtomicFile> file_;
    std::string pending_;
};

}  // namespace

bool reads_line_by_line(const Detection& input, std::string_view prefix) {
    std::string_view id = input.format->id;
    return id == "jsonl" || (id == "ninjs" && first_line_is_json_value(prefix));
}

bool writes_line_by_line(const Detection& output) {
    std::string_view id = output.format->id;
    bool lines = std::ranges::find(output.variants, "lines") != output.variants.end();
    return id == "jsonl" || (id == "ninjs" && lines);
}

void convert_line_by_line(InputStream& in, std::string_view prefix, const Detection& input, const Detection& output,
                          const ReadOptions& read_options, const WriteOptions& write_options, const std::string& output_path,
                          std::size_t max_line_size) {
    read_options.diag->note(read_options.source, "converting line by line");
    auto stream = [&](std::ostream& out) {
        stream_lines(in.stream(), out, input.format->read, output.format->write, read_options, write_options, prefix,
                     max_line_size);
    };
    if (output_path == "-") {
        stream(std::cout);
        std::cout.flush();
        if (!std::cout) throw Error(Exit::io, "cannot write the output", "<stdout>");
        return;
    }
    AtomicFile file(output_path);
    stream(file.stream());
    file.commit();
}

bool converts_article_by_article(const Detection& input, const Detection& output) {
    return input.format->read_each && output.format->streaming_writer && writes_line_by_line(output);
}

Diagnostics convert_article_by_article(std::string_view bytes, const Detection& input, const Detection& output,
                                       const ReadOptions& read_options, const WriteOptions& write_options,
                                       const std::string& output_path) {
    read_options.diag->note(read_options.source, "converting article by article");
    Diagnostics written;
    WriteOptions options = write_options;
    options.diag = &written;
    auto writer = output.format->streaming_writer(options);
    WritingSink sink(*writer, read_options.language, output_path);
    input.format->read_each(bytes, read_options, sink);
    writer->finish();
    sink.finish();
    return written;
}

}  // namespace wirekit
