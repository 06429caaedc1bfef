#include "json/json_writer.hpp"

#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "json/json_emitter.hpp"
#include "json/json_fields.hpp"
#include "json/json_model_write.hpp"
#include "report/diagnostics.hpp"

namespace wirekit {

namespace {

void report_replacements(const JsonEmitter& json, const WriteOptions& options) {
    if (json.replaced_sequences() == 0 || !options.diag) return;
    options.diag->warning({}, std::to_string(json.replaced_sequences()) +
                                  " invalid UTF-8 sequence(s) in the text were written as U+FFFD");
}

// One line per article. The emitter writes into a buffer of its own, appended to
// the caller's string after each article, so that warnings and the count of
// replaced sequences run over the whole document.
class JsonlStreamingWriter : public StreamingWriter {
public:
    // Not copied: articles_ points at top_.
    explicit JsonlStreamingWriter(const WriteOptions& options) : options_(options) {}

    void feed(const FeedInfo& feed) override {
        if (!feed_is_empty(feed) && options_.diag)
            options_.diag->note({}, "jsonl has no place for feed information (title, links, authors, ...); left out");
    }

    void article(const Article& article, std::string& out) override {
        // Warnings still say which article: "articles[3].published".
        emit_article(json_, article, articles_.element(count_++), options_.diag);
        line_ += '\n';
        out += line_;
        line_.clear();
    }

    // Written apart with an emitter of its own: what a warning or a
    // replaced sequence would tell depends on the articles before (the
    // article's index, the count over the document), so such an article is
    // left to article(), which writes it again in its turn.
    std::optional<std::string> prepare(const Article& article) const override {
        std::string line;
        line.reserve(prepared_capacity);
        JsonEmitter json(line, JsonEmitter::Style::compact);
        Diagnostics told;
        // The index is not known here (and count_ is the taker's): only a warning would show it.
        emit_article(json, article, articles_.element(0), &told);
        if (!told.all().empty() || json.replaced_sequences() != 0) return std::nullopt;
        line += '\n';
        return line;
    }

    void prepared(std::string_view bytes, std::string& out) override {
        ++count_;
        out += bytes;
    }

    void finish() override { report_replacements(json_, options_); }

    JsonlStreamingWriter(const JsonlStreamingWriter&) = delete;
    JsonlStreamingWriter& operator=(const JsonlStreamingWriter&) = delete;

private:
    // Room for a usual article's line at once, so that it seldom grows.
    static constexpr std::size_t prepared_capacity = std::size_t{4} << 10;

    const WriteOptions& options_;
    std::string line_;
    JsonEmitter json_{line_, JsonEmitter::Style::compact};
    const JsonPath top_;
    const JsonPath articles_ = top_.member(json_fields::articles_key);
    std::size_t count_ = 0;
};

}  // namespace

std::string write_json(const Document& doc, const WriteOptions& options) {
    using namespace json_fields;
    std::string out;
    JsonEmitter json(out, JsonEmitter::Style::pretty);
    const JsonPath top;
    json.begin_object();
    json.key(version_key);
    json.integer(document_version);
    if (!feed_is_empty(doc.feed)) {
        json.key(feed_key);
        emit_feed(json, doc.feed, top.member(feed_key), options.diag);
    }
    json.key(articles_key);
    json.begin_array();
    const JsonPath articles = top.member(articles_key);
    for (std::size_t i = 0; i < doc.articles.size(); ++i) emit_article(json, doc.articles[i], articles.element(i), options.diag);
    json.end_array();
    json.end_object();
    out += '\n';
    report_replacements(json, options);
    return out;
}

std::string write_jsonl(const Document& doc, const WriteOptions& options) {
    JsonlStreamingWriter writer(options);
    writer.feed(doc.feed);
    std::string out;
    for (std::size_t i = 0; i < doc.articles.size(); ++i) {
        writer.article(doc.articles[i], out);
        // The articles of one document are much alike. Room for all of them at
        // once spares growing by doubling, which copies everything written so
        // far and holds both copies for a moment; room unused is never touched.
        if (i == 0) out.reserve(out.size() * doc.articles.size() * 5 / 4);
    }
    writer.finish();
    return out;
}

std::unique_ptr<StreamingWriter> jsonl_streaming_writer(const WriteOptions& options) {
    return std::make_unique<JsonlStreamingWriter>(options);
}

}  // namespace wirekit
