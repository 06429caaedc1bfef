#include "dispatch/dispatch_reader.hpp"

#include "story/story_body.hpp"
#include "registry/collect_articles.hpp"
#include "registry/detect.hpp"
#include "report/error.hpp"
#include "text/ascii_scan.hpp"
#include "text/charset.hpp"
#include "text/text.hpp"
#include "wire/wire_sniff.hpp"

namespace wirekit {

namespace {

// No wire story has a line this long; longer means this is not a dispatch.
constexpr std::size_t max_line_length = std::size_t{1} << 20;

void check_is_text(std::string_view text, const std::string& source) {
    std::size_t controls = 0, line_start = 0, line_number = 1;
    // The line that stands before END (exclusive) has more than the limit after its first byte.
    auto check_length = [&](std::size_t end) {
        if (end - line_start > max_line_length + 1)
            throw Error(Exit::data, "line is longer than 1 MiB: not a text dispatch", source, line_number);
    };
    // Runs of printable ASCII, most of the text, are skipped eight bytes at a time.
    for (std::size_t i = skip_plain_ascii(text, 0); i < text.size(); i = skip_plain_ascii(text, i + 1)) {
        auto c = static_cast<unsigned char>(text[i]);
        if (c == '\n') {
            check_length(i);
            line_start = i + 1;
            ++line_number;
            continue;
        }
        check_length(i + 1);
        if (c == 0) throw Error(Exit::data, "NUL byte: binary data, not a text dispatch", source, line_number, i - line_start + 1);
        if (c < 0x20 && c != '\t' && c != '\r' && c != '\f' && c != '\v') ++controls;
    }
    check_length(text.size());
    if (controls * 100 > text.size()) throw Error(Exit::data, "too many control characters: binary data, not a text dispatch", source);
}

// Stories in one file are separated by a line holding a form feed.
std::vector<std::string_view> split_stories(std::string_view text) {
    std::vector<std::string_view> stories;
    std::size_t start = 0;
    for (std::size_t pos = text.find('\f'); pos != std::string_view::npos; pos = text.find('\f', pos + 1)) {
        std::size_t line_begin = text.rfind('\n', pos);
        line_begin = line_begin == std::string_view::npos ? 0 : line_begin + 1;
        std::size_t line_end = text.find('\n', pos);
        if (line_end == std::string_view::npos) line_end = text.size();
        if (!trim(text.substr(line_begin, line_end - line_begin)).empty()) continue;  // a form feed inside text
        stories.push_back(text.substr(start, line_begin - start));
        start = line_end;
    }
    stories.push_back(text.substr(start));
    return stories;
}

Article read_story(std::string_view story, std::size_t first_line, const ReadOptions& opts) {
    std::vector<TextParagraph> paragraphs = split_story_paragraphs(story);
    Article a;
    std::size_t i = 0;
    for (; i < paragraphs.size() && paragraphs[i].block == 0; ++i)
        a.headline += (a.headline.empty() ? "" : " ") + paragraphs[i].text;

    std::size_t lead = read_story_body(std::vector<TextParagraph>(std::make_move_iterator(paragraphs.begin() + i),
                                                                  std::make_move_iterator(paragraphs.end())),
                                       a, "dispatch", first_line, opts);
    finish_story(a, lead, first_line, opts);
    return a;
}

}  // namespace

void read_dispatch_each(std::string_view bytes, const ReadOptions& opts, ArticleSink& sink) {
    std::optional<std::string> decoded = decode_plain_text(bytes, opts.source, *opts.diag, opts.strict, opts.charset);
    std::string_view text = decoded ? std::string_view(*decoded) : without_utf8_bom(bytes);
    if (WireSniff wire = sniff_wire(text.substr(0, sniff_prefix_size)); wire.framing != WireFraming::none)
        throw Error(Exit::data, "this is " + std::string(wire_format_id(wire.framing)) + " wire copy (" + std::string(wire.rule) +
                                    "), not a plain dispatch; read it with -f " + std::string(wire_format_id(wire.framing)),
                    opts.source);
    check_is_text(text, opts.source);
    sink.feed({});
    bool any = false;
    std::size_t first_line = 1;
    for (std::string_view story : split_stories(text)) {
        if (!trim(story).empty()) {
            sink.article(read_story(story, first_line, opts));
            any = true;
        }
        first_line += count_char(story, '\n') + 1;
    }
    if (!any) throw Error(Exit::data, "empty input: no headline, no story", opts.source);
}

Document read_dispatch(std::string_view bytes, const ReadOptions& opts) { return collect_articles(read_dispatch_each, bytes, opts); }

int sniff_dispatch(std::string_view prefix) {
    if (prefix.empty()) return 0;
    char first = prefix.front();
    if (first == '<' || first == '{' || first == '[') return 0;
    std::size_t controls = 0;
    for (char c : prefix)
        if (static_cast<unsigned char>(c) < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') ++controls;
    if (controls > 0) return 0;
    // A short first line followed by a blank line is the dispatch shape.
    auto nl = prefix.find('\n');
    if (nl != std::string_view::npos && nl < 400) {
        std::string_view after = prefix.substr(nl + 1);
        if (after.starts_with("\n") || after.starts_with("\r\n")) return 60;
    }
    return 30;
}

}  // namespace wirekit
