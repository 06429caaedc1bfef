#include "ninjs/ninjs_reader.hpp"

#include <algorithm>
#include <optional>

#include "json/json_parse.hpp"
#include "json/json_prefix.hpp"
#include "ninjs/ninjs_read.hpp"
#include "report/error.hpp"
#include "text/charset.hpp"
#include "text/text.hpp"

namespace wirekit {

namespace {

const char* version_name(NinjsVersion version) {
    switch (version) {
    case NinjsVersion::v1: return "1.x";
    case NinjsVersion::v2: return "2.x";
    case NinjsVersion::v3: return "3.x";
    }
    return "2.x";
}

const nlohmann::json* enveloped_item(const nlohmann::json& value) {
    if (!value.is_object() || value.contains("uri")) return nullptr;
    auto data = value.find("data");
    if (data == value.end() || !data->is_object()) return nullptr;
    auto item = data->find("item");
    return item != data->end() && item->is_object() ? &*item : nullptr;
}

// Reads the ninjs objects of one parsed value (an object, or an array of
// them), noting which version each is read as when it changes.
class DocumentReader {
public:
    explicit DocumentReader(const ReadOptions& options) : options_(options) {}

    void read_value(const nlohmann::json& value, std::size_t line) {
        const JsonOrigin origin{options_, line};
        const JsonPath top;
        if (!value.is_array()) {
            read_object(value, top, origin);
            return;
        }
        for (std::size_t i = 0; i < value.size(); ++i) read_object(value[i], top.element(i), origin);
    }

    Document take() { return std::move(doc_); }

private:
    void read_object(const nlohmann::json& value, const JsonPath& path, const JsonOrigin& origin) {
        // The AP Media API answers with {"api_version": ..., "data": {"item": {...}}}: the item is the news.
        if (const nlohmann::json* item = enveloped_item(value)) {
            const JsonPath data = path.member("data");
            const JsonPath item_path = data.member("item");
            json_note(origin, item_path, "the item of an API response envelope is read");
            read_object(*item, item_path, origin);
            return;
        }
        JsonObject item(value, path, origin);
        NinjsVersionGuess guess = detect_ninjs_version(value);
        if (!last_version_ || *last_version_ != guess.version)
            json_note(origin, path, std::string("read as ninjs ") + version_name(guess.version) + " (" + guess.rule + ")");
        last_version_ = guess.version;
        Article a = article_from_ninjs(item, guess.version);
        if (a.language.empty()) a.language = options_.language;
        doc_.articles.push_back(std::move(a));
    }

    const ReadOptions& options_;
    Document doc_;
    std::optional<NinjsVersion> last_version_;
};

}  // namespace

Document read_ninjs(std::string_view bytes, const ReadOptions& options) {
    std::string_view text = without_utf8_bom(bytes);
    if (trim(text).empty()) throw Error(Exit::data, "empty input: no ninjs object", options.source);
    DocumentReader reader(options);
    if (!is_json_lines(text)) {
        reader.read_value(parse_json_text(text, options.source), 0);
        return reader.take();
    }
    // JSON Lines: one ninjs object (or array of them) per line.
    std::size_t line_number = 0;
    for (std::size_t start = 0; start < text.size();) {
        std::size_t end = std::min(text.find('\n', start), text.size());
        std::string_view line = text.substr(start, end - start);
        start = end + 1;
        ++line_number;
        if (trim(line).empty()) continue;
        reader.read_value(parse_json_text(line, options.source, line_number), line_number);
    }
    return reader.take();
}

}  // namespace wirekit
