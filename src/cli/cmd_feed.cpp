#include "cli/cmd_feed.hpp"

#include <sys/stat.h>

#include <optional>

#include "cli/command_diagnostics.hpp"
#include "cli/conversion_options.hpp"
#include "cli/feed_channel.hpp"
#include "cli/push_payloads.hpp"
#include "cli/read_inputs.hpp"
#include "feed/feed_merge.hpp"
#include "http/http_client.hpp"
#include "io/lock_wait.hpp"
#include "io/output.hpp"
#include "report/error.hpp"
#include "time/datetime.hpp"
#include "time/duration_text.hpp"

namespace wirekit {

void add_feed_command(CLI::App& app, FeedOptions& o) {
    auto* cmd = app.add_subcommand("feed", "Add or update articles in a published RSS, Atom or JSON Feed file");
    cmd->add_option("feedfile", o.feed, "The feed file, created when missing and replaced atomically")->required();
    cmd->add_option("inputs", o.convert.inputs, "Files with the articles to add ('-': standard input; none: only apply the options)");
    add_reading_options(*cmd, o.convert);
    add_writing_options(*cmd, o.convert);
    cmd->get_option("--to")->description("The feed's format: rss, atom or jsonfeed, with +VARIANT (default: from the suffix, then the content)");
    const std::string channel = "Channel (kept from the feed when not given)";
    cmd->add_option("--title", o.title, "The feed's title")->group(channel);
    cmd->add_option("--link", o.link, "The web page the feed belongs to")->group(channel);
    cmd->add_option("--description", o.description, "What the feed is about")->group(channel);
    cmd->add_option("--self-url", o.self_url, "The URL the feed is published at (the WebSub topic)")->group(channel);
    cmd->add_option("--language", o.language, "The feed's language (BCP 47)")->group(channel);
    cmd->add_option("--hub", o.hub, "The WebSub hub the feed names")->group(channel);
    cmd->add_option("--max-items", o.max_items, "Keep the N newest articles only (0: all)");
    cmd->add_option("--max-age", o.max_age, "Drop articles older than this: N seconds, or Ns, Nm, Nh, Nd, Nw");
    cmd->add_option("--wait", o.wait, "Wait up to SECONDS for another wirekit using the feed (default: 0, exit 75 at once)")->check(CLI::Range(0.0, 86400.0));
    cmd->add_flag("--ping", o.ping, "After a change, tell the feed's WebSub hub (--hub) that --self-url changed");
    cmd->add_option("--unchanged-status", o.unchanged_status, "Exit with N when nothing changed (default: 0)")->check(CLI::Range(0, 255));
}

namespace {

bool exists(const std::string& path) {
    struct stat st {};
    return ::stat(path.c_str(), &st) == 0;
}

FeedLimits limits_for(const FeedOptions& o) {
    FeedLimits limits;
    limits.max_items = o.max_items;
    if (!o.max_age.empty()) {
        limits.max_age = parse_duration(o.max_age);
        if (!limits.max_age) throw Error(Exit::usage, "--max-age wants a duration such as 3600, 90m, 36h or 7d, not '" + o.max_age + "'");
        auto now = writing_time(o.convert.now);
        limits.now = now ? *now : now_utc();
    }
    return limits;
}

void check_ids(const Document& incoming) {
    for (const auto& a : incoming.articles)
        if (a.id.empty())
            throw Error(Exit::data, "the article '" + a.headline + "' has no id, so it cannot be added to a feed");
}

void lock_feed(std::optional<FileLock>& lock, const FeedOptions& o) {
    try {
        lock_within(lock, o.feed + ".lock", "feed " + o.feed, o.wait);
    } catch (const Error& e) {
        if (e.code() != Exit::temp_fail) throw;
        throw Error(e.code(), std::string(e.what()) + " (--wait SECONDS waits for it)", e.source());
    }
}

void ping_hub(const FeedInfo& feed, Diagnostics& diag) {
    Payload ping = websub_publish(feed.hub_url, feed.self_url);
    diag.note(feed.hub_url, "sending " + ping.what);
    http_send(ping.request, HttpSettings{}, diag);
}

struct FeedFile {
    std::optional<Input> bytes;  // none when the feed does not exist yet
    Detection format;
    Document doc;
};

// Reads the feed (under its lock), when it exists.
FeedFile read_feed(const FeedOptions& o, std::size_t max_size, Diagnostics& diag) {
    FeedFile feed;
    if (exists(o.feed)) feed.bytes = read_input(o.feed, max_size);
    feed.format = feed_format(o.feed, feed.bytes ? &feed.bytes->bytes : nullptr, o.convert.to);
    if (feed.bytes) feed.doc = read_input_document(*feed.bytes, feed.format, InputSettings{}, diag);
    return feed;
}

std::string summary(const FeedMergeCounts& c) {
    return std::to_string(c.added) + " added, " + std::to_string(c.replaced) + " replaced, " + std::to_string(c.dropped) + " dropped";
}

}  // namespace

int run_feed(const FeedOptions& o, const GlobalOptions& global) {
    CommandDiagnostics diag(global);
    InputSettings settings = input_settings(o.convert);
    check_input_settings(settings);
    FeedLimits limits = limits_for(o);
    // A usage error in -t, or a new feed without a format, before any reading or locking.
    if (!o.convert.to.empty() || !exists(o.feed)) feed_format(o.feed, nullptr, o.convert.to);
    // The new articles are read before the lock is taken, to hold it briefly.
    Document incoming = o.convert.inputs.empty() ? Document{} : read_inputs(o.convert.inputs, settings, diag);
    check_ids(incoming);

    std::optional<FileLock> lock;
    lock_feed(lock, o);
    FeedFile feed = read_feed(o, settings.max_input_size ? settings.max_input_size : default_max_input_size, diag);
    Document& doc = feed.doc;
    const Document before = doc;

    apply_channel_options(o, doc.feed);
    FeedMergeCounts counts = merge_articles(doc.articles, std::move(incoming.articles), limits);
    if (o.ping && (doc.feed.hub_url.empty() || doc.feed.self_url.empty()))
        throw Error(Exit::usage, "--ping needs the feed's hub and its own URL: give --hub and --self-url (once; the feed keeps them)", o.feed);
    bool changed = doc != before;
    if (changed && !doc.articles.empty())
        if (auto newest = article_time(doc.articles.front())) doc.feed.updated = newest;
    std::string bytes;
    if (changed) {
        // The feed file is read back at the next run: its versions and exact
        // fields must survive, so it keeps wirekit's markers (+roundtrip).
        WriteOptions wo = writing_options(o.convert, feed.format, diag);
        if (!wo.round_trip() && offers_variant(*feed.format.format, round_trip_variant)) wo.variants.emplace_back(round_trip_variant);
        bytes = feed.format.format->write(doc, wo);
    }
    // A feed whose model changed only in what its own format cannot say is
    // rewritten to the same bytes: that is no change either.
    if (!changed || (feed.bytes && bytes == feed.bytes->bytes)) {
        diag.note(o.feed, "unchanged (" + summary(counts) + "); not written");
        return o.unchanged_status;
    }
    write_output(o.feed, bytes);
    diag.note(o.feed, "updated: " + summary(counts) + "; " + std::to_string(doc.articles.size()) + " in the feed");
    lock.reset();  // a slow hub should not hold up the next run
    if (o.ping) ping_hub(doc.feed, diag);
    return 0;
}

}  // namespace wirekit
