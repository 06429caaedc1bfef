#include "json/json_writer.hpp"

#include "core/json_emitter.hpp"
#include "json/json_fields.hpp"
#include "json/json_model_write.hpp"

namespace wirekit {

namespace {

void report_replacements(const JsonEmitter& json, const WriteOptions& options) {
    if (json.replaced_sequences() == 0 || !options.diag) return;
    options.diag->warning({}, std::to_string(json.replaced_sequences()) +
                                  " invalid UTF-8 sequence(s) in the text were written as U+FFFD");
}

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
    if (!feed_is_empty(doc.feed) && options.diag)
        options.diag->note({}, "jsonl has no place for feed information (title, links, authors, ...); left out");
    std::string out;
    JsonEmitter json(out, JsonEmitter::Style::compact);
    // Warnings still say which article: "articles[3].published".
    const JsonPath top;
    const JsonPath articles = top.member(json_fields::articles_key);
    for (std::size_t i = 0; i < doc.articles.size(); ++i) {
        emit_article(json, doc.articles[i], articles.element(i), options.diag);
        out += '\n';
        // The articles of one document are much alike. Room for all of them at
        // once spares growing by doubling, which copies everything written so
        // far and holds both copies for a moment; room unused is never touched.
        if (i == 0) out.reserve(out.size() * doc.articles.size() * 5 / 4);
    }
    report_replacements(json, options);
    return out;
}

}  // namespace wirekit
