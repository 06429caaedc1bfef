#include "convert/article_stream.hpp"

#include <optional>
#include <string>
#include <utility>

#include "io/atomic_file.hpp"
#include "io/output.hpp"
#include "text/default_language.hpp"

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

    void article(Article&& article) override {
        fill_missing_language(article, language_);
        writer_.article(article, pending_);
        if (pending_.size() >= block_size) flush();
    }

    std::optional<std::string> prepare(Article& article) const override {
        fill_missing_language(article, language_);
        return writer_.prepare(article);
    }

    void prepared_article(std::string&& bytes) override {
        writer_.prepared(bytes, pending_);
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

Diagnostics stream_articles(std::string_view bytes, ReadEachFn read_each, StreamingWriterFn make_writer,
                            const ReadOptions& read_options, const WriteOptions& write_options,
                            const std::string& output_path, const std::function<void()>& check_input) {
    Diagnostics written(write_options.diag ? write_options.diag->kept() : Diagnostics::Kept::everything);
    WriteOptions options = write_options;
    options.diag = &written;
    auto writer = make_writer(options);
    WritingSink sink(*writer, read_options.language, output_path);
    read_each(bytes, read_options, sink);
    writer->finish();
    check_input();
    sink.finish();
    return written;
}

}  // namespace wirekit
