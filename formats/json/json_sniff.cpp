// Content sniffing for `json` and `jsonl` (declared in json_reader.hpp). Both
// look at a bounded prefix, key names only, and never throw.
#include <span>

#include <nlohmann/json.hpp>

#include "json/json_prefix.hpp"
#include "json/json_reader.hpp"

namespace wirekit {

namespace {

// Keys that say "an article", and keys only wirekit's own model spells so.
constexpr std::string_view article_keys[] = {"id",       "headline", "body",      "byline",   "slugline", "summary",
                                             "version",  "url",      "language",  "urgency",  "published", "dateline",
                                             "subjects", "keywords", "creditline", "provider"};
constexpr std::string_view wirekit_only_keys[] = {"first_created", "version_created", "content_created", "pub_status",
                                                  "editor_note"};

int count_keys(std::string_view text, std::span<const std::string_view> names) {
    int n = 0;
    for (auto name : names) n += json_has_key(text, name) ? 1 : 0;
    return n;
}

bool names_an_article(std::string_view text) {
    bool core = json_has_key(text, "headline") || json_has_key(text, "body") || json_has_key(text, "id");
    return core && count_keys(text, article_keys) >= 2;
}

bool is_wirekit_article(std::string_view text) {
    return count_keys(text, wirekit_only_keys) > 0 || json_value_start(text, "body") == '[';
}

int sniff_json_document(std::string_view prefix) {
    std::string_view text = skip_json_space(prefix);
    if (!text.starts_with('{')) return 0;
    if (json_has_key(text, "wirekit")) return 95;
    // Other JSON APIs have "articles" too (NewsAPI does): ask for article keys.
    if (json_has_key(text, "articles")) return names_an_article(text) ? 90 : 50;
    return 20;
}

int sniff_json_lines(std::string_view prefix) {
    std::string_view text = skip_json_space(prefix);
    if (!text.starts_with('{')) return 0;
    auto newline = text.find('\n');
    std::string_view first = text.substr(0, newline);
    // A record is a whole object on one line: "{" alone opens a pretty-printed
    // document, and a one-line `json` document (jq -c) is not an article.
    if (first.find_first_not_of(" \t\r", 1) == std::string_view::npos) return 0;
    if (json_has_key(first, "wirekit") || json_has_key(first, "articles")) return 0;
    if (!names_an_article(first)) return 10;
    bool complete = newline != std::string_view::npos;
    if (complete && !nlohmann::json::accept(first)) return 10;
    // A line longer than the prefix cannot be checked; its keys must do.
    int score = 60;
    if (complete && skip_json_space(text.substr(newline + 1)).starts_with('{')) score += 25;
    if (is_wirekit_article(first)) score += 10;
    return score;
}

}  // namespace

int sniff_json(std::string_view prefix) {
    try {
        return sniff_json_document(prefix);
    } catch (...) {
        return 0;
    }
}

int sniff_jsonl(std::string_view prefix) {
    try {
        return sniff_json_lines(prefix);
    } catch (...) {
        return 0;
    }
}

}  // namespace wirekit
