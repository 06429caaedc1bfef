#include "cli/read_inputs.hpp"

#include "http/http_input.hpp"
#include "report/error.hpp"
#include "text/default_language.hpp"
#include "time/datetime.hpp"

namespace wirekit {

void add_input_limit_option(CLI::App& cmd, std::size_t& max_input_size) {
    cmd.add_option("--max-input-size", max_input_size, "Refuse inputs larger than N bytes (default and 0: 268435456)");
}

namespace {

std::optional<DateTime> parse_reference_date(const std::string& text) {
    auto d = parse_rfc3339(text);
    if (!d) throw Error(Exit::usage, "--date wants a date as YYYY-MM-DD, not '" + text + "'");
    return d;
}

// --date, else SOURCE_DATE_EPOCH (so that builds and tests are reproducible),
// else the file's modification time, else the clock.
std::optional<DateTime> reference_for(const Input& input, const InputSettings& settings) {
    if (!settings.reference_date.empty()) return parse_reference_date(settings.reference_date);
    if (auto sde = source_date_epoch()) return sde;
    if (input.modified) return input.modified;
    return now_utc();
}

bool is_empty_feed(const FeedInfo& feed) { return feed == FeedInfo{}; }

}  // namespace

ReadOptions read_options_for(const Input& input, const Detection& detection, const InputSettings& settings,
                             Diagnostics& diag) {
    ReadOptions ro;
    ro.source = display_name(input.name);
    ro.reference_date = reference_for(input, settings);
    ro.language = settings.language;
    ro.charset = input.charset;
    ro.base_url = input.base_url;
    ro.strict = settings.strict;
    ro.repair_encoding = settings.repair_encoding;
    ro.threads = settings.threads;
    ro.diag = &diag;
    diag.note(ro.source, "reading " + std::string(detection.format->id) + " (" + detection.rule + ")");
    return ro;
}

Document read_input_document(const Input& input, const Detection& detection, const InputSettings& settings,
                             Diagnostics& diag) {
    ReadOptions ro = read_options_for(input, detection, settings, diag);
    Document doc = detection.format->read(input.bytes, ro);
    fill_missing_language(doc, settings.language);
    return doc;
}

void check_input_settings(const InputSettings& settings) {
    if (!settings.from.empty()) detect_input_format("-", {}, settings.from);
    if (!settings.reference_date.empty()) parse_reference_date(settings.reference_date);
    source_date_epoch();
}

Document read_inputs(const std::vector<std::string>& names, const InputSettings& settings, Diagnostics& diag) {
    check_input_settings(settings);
    std::vector<std::string> all = names.empty() ? std::vector<std::string>{"-"} : names;
    std::size_t limit = settings.max_input_size ? settings.max_input_size : default_max_input_size;
    Document doc;
    for (const auto& name : all) {
        Input input = read_input_or_url(name, limit);
        Detection detection = detect_input_format(name, input.bytes, settings.from);
        Document part = read_input_document(input, detection, settings, diag);
        if (is_empty_feed(doc.feed)) doc.feed = std::move(part.feed);
        for (auto& a : part.articles) doc.articles.push_back(std::move(a));
    }
    return doc;
}

}  // namespace wirekit
