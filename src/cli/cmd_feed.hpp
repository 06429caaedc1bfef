#pragma once
// wirekit feed FEEDFILE [INPUT...]: upsert articles into a published feed
// (RSS, Atom, JSON Feed), safely under cron.
#include <CLI/App.hpp>
#include <cstddef>
#include <string>

#include "cli/cmd_convert.hpp"
#include "cli/options.hpp"

namespace wirekit {

struct FeedOptions {
    std::string feed;
    ConvertOptions convert;  // inputs, reading options, -t (the feed's format), --now
    // channel metadata; empty: kept from the feed
    std::string title;
    std::string link;
    std::string description;
    std::string self_url;
    std::string language;
    std::string hub;
    std::size_t max_items = 0;  // 0: no limit
    std::string max_age;        // a duration, "": no limit
    double wait = 0;            // seconds to wait for the lock
    bool ping = false;          // WebSub publish after a change
    int unchanged_status = 0;   // the exit status when nothing changed
};

void add_feed_command(CLI::App& app, FeedOptions& options);
int run_feed(const FeedOptions& options, const GlobalOptions& global);

}  // namespace wirekit
