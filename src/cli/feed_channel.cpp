#include "cli/feed_channel.hpp"

#include "report/error.hpp"

namespace wirekit {

void apply_channel_options(const FeedOptions& o, FeedInfo& feed) {
    auto set = [](const std::string& given, std::string& field) {
        if (!given.empty()) field = given;
    };
    set(o.title, feed.title);
    set(o.link, feed.link);
    set(o.description, feed.description);
    set(o.self_url, feed.self_url);
    set(o.language, feed.language);
    set(o.hub, feed.hub_url);
}

Detection feed_format(const std::string& path, const std::string* existing, const std::string& to) {
    Detection d;
    if (!to.empty() || !existing) {
        try {
            d = detect_output_format(path, to);
        } catch (const Error&) {
            if (!to.empty()) throw;
            throw Error(Exit::usage, "cannot tell the format of a new feed from its name; give -t rss, -t atom or -t jsonfeed", path);
        }
    } else {
        d = detect_input_format(path, *existing, "");
    }
    if (!d.format->read || !d.format->write)
        throw Error(Exit::usage, "a feed must be in a format wirekit reads and writes, not " + std::string(d.format->id), path);
    return d;
}

}  // namespace wirekit
