#include "cli/cmd_fetch.hpp"

#include <optional>
#include <set>

#include "cli/command_diagnostics.hpp"
#include "cli/conversion_options.hpp"
#include "cli/read_inputs.hpp"
#include "http/fetch_state.hpp"
#include "http/http_input.hpp"
#include "io/file_lock.hpp"
#include "io/output.hpp"
#include "report/error.hpp"

namespace wirekit {

void add_fetch_command(CLI::App& app, FetchOptions& o) {
    auto* cmd = app.add_subcommand("fetch", "Fetch feeds over HTTP when they changed, and convert them");
    cmd->add_option("urls", o.convert.inputs, "The http:// or https:// URLs to fetch")->required();
    add_reading_options(*cmd, o.convert);
    add_writing_options(*cmd, o.convert);
    cmd->add_option("-o,--output", o.convert.output, "Output file, written atomically and only when something changed ('-': standard output)");
    cmd->add_option("--state", o.state, "Remember ETag, Last-Modified (and with --new-only the ids delivered) in this JSON file, for conditional requests");
    cmd->add_flag("--new-only", o.new_only, "Output only the articles no earlier run delivered (needs --state)");
    cmd->add_option("--remember", o.remember, "With --new-only, keep at most N ids per URL, forgetting the oldest (default: 10000)")->check(CLI::Range(1, 10000000));
    add_http_options(*cmd, o.http);
}

namespace {

HttpRequest conditional_get(const std::string& url, const UrlState& known) {
    HttpRequest r{"GET", url, {}, {}};
    if (!known.etag.empty()) r.headers.push_back({"If-None-Match", known.etag});
    if (!known.last_modified.empty()) r.headers.push_back({"If-Modified-Since", known.last_modified});
    return r;
}

// Keeps the validators of a 200 exactly as sent, dropping those it lacks.
void keep_validators(UrlState& known, const HttpHeaders& headers) {
    known.etag = find_header(headers, "ETag").value_or("");
    known.last_modified = find_header(headers, "Last-Modified").value_or("");
}

// Drops the articles delivered before and remembers all those the feed holds
// now, so that an id still in the feed is the last to be forgotten.
void keep_new(Document& doc, UrlState& known, std::size_t limit) {
    std::vector<std::string> current;
    for (const auto& a : doc.articles)
        if (!a.id.empty()) current.push_back(a.id);
    std::erase_if(doc.articles, [&](const Article& a) { return !a.id.empty() && known.has_seen(a.id); });
    std::set<std::string> present(current.begin(), current.end());
    std::erase_if(known.seen, [&](const std::string& id) { return present.count(id) > 0; });
    known.remember(current, limit);
}

void append(Document& doc, Document part) {
    if (doc.feed == FeedInfo{}) doc.feed = std::move(part.feed);
    for (auto& a : part.articles) doc.articles.push_back(std::move(a));
}

struct Fetched {
    Document doc;
    bool changed = false;  // some URL answered 200
};

// Fetches every URL and reads what changed; NEXT gets what the state must
// remember of each.
Fetched fetch_all(const FetchOptions& o, const InputSettings& settings, const HttpSettings& http, FetchState& next,
                  Diagnostics& diag) {
    Fetched out;
    for (const auto& url : o.convert.inputs) {
        UrlState& known = next.urls[url];
        HttpResponse response = http_send(conditional_get(url, known), http, diag);
        if (response.status == 304) {
            diag.note(url, "not modified");
            continue;
        }
        out.changed = true;
        keep_validators(known, response.headers);
        Input input = input_from_response(url, std::move(response));
        Document part = read_input_document(input, detect_input_format(url, input.bytes, settings.from), settings, diag);
        if (o.new_only) keep_new(part, known, o.remember);
        append(out.doc, std::move(part));
    }
    return out;
}

}  // namespace

int run_fetch(const FetchOptions& o, const GlobalOptions& global) {
    CommandDiagnostics diag(global);
    if (o.new_only && o.state.empty()) throw Error(Exit::usage, "--new-only needs --state FILE to remember what was delivered");
    Detection out = detect_output_format(o.convert.output, o.convert.to);
    InputSettings settings = input_settings(o.convert);
    check_input_settings(settings);
    WriteOptions wo = writing_options(o.convert, out, diag);
    HttpSettings http = http_settings(o.http, o.convert.max_input_size ? o.convert.max_input_size : default_max_input_size);

    // Held until the state is saved: two runs must not deliver the same articles.
    std::optional<FileLock> lock;
    FetchState state;
    if (!o.state.empty()) {
        lock.emplace(o.state + ".lock", "state file " + o.state);
        state = load_fetch_state(o.state);
    }
    FetchState next = state;
    Fetched fetched = fetch_all(o, settings, http, next, diag);
    const std::string shown = o.convert.output == "-" ? "<stdout>" : o.convert.output;
    if (!fetched.changed) {
        diag.note(shown, "nothing changed; nothing written");
    } else if (o.new_only && fetched.doc.articles.empty()) {
        diag.note(shown, "no new articles; nothing written");
    } else {
        diag.note(shown, "writing " + std::string(out.format->id) + " (" + out.rule + ")");
        write_output(o.convert.output, out.format->write(fetched.doc, wo));
    }
    // Only now: a run that failed above leaves the state as it was.
    if (!o.state.empty() && next != state) save_fetch_state(o.state, next);
    return 0;
}

}  // namespace wirekit
