#include "json/json_reader.hpp"

#include "json/json_fields.hpp"
#include "json/json_model_read.hpp"
#include "json/json_parse.hpp"
#include "report/error.hpp"
#include "text/charset.hpp"

namespace wirekit {

namespace {

bool is_blank(std::string_view line) { return line.find_first_not_of(" \t\r") == std::string_view::npos; }

// A whole `json` document squeezed onto one line (jq -c) is not an article.
bool is_document(const nlohmann::json& value) {
    return value.is_object() && (value.contains(json_fields::version_key) || value.contains(json_fields::articles_key));
}

}  // namespace

Document read_json(std::string_view bytes, const ReadOptions& options) {
    nlohmann::json root = parse_json_text(without_utf8_bom(bytes), options.source);
    return document_from_json(root, JsonReadContext{options});
}

Document read_jsonl(std::string_view bytes, const ReadOptions& options) {
    std::string_view text = without_utf8_bom(bytes);
    Document doc;
    std::size_t line_number = 0;
    // JSON strings cannot hold a raw newline, so each LF ends one record.
    for (std::size_t start = 0; start < text.size();) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        std::string_view line = text.substr(start, end - start);
        start = end + 1;
        ++line_number;
        if (line.ends_with('\r')) line.remove_suffix(1);
        if (is_blank(line)) continue;
        nlohmann::json value = parse_json_text(line, options.source, line_number);
        if (is_document(value))
            throw Error(Exit::data, "this line is a whole wirekit json document, not one article; read it as json (-f json)",
                        options.source, line_number);
        doc.articles.push_back(article_from_json(value, JsonPath{}, JsonReadContext{options, line_number}));
    }
    return doc;
}

}  // namespace wirekit
