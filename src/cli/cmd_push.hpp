#pragma once
// wirekit push URL [INPUT...] -t FMT      convert, then POST/PUT each article
// wirekit push --drain --outbox DIR       send what an earlier push queued
// wirekit push --websub HUB --topic URL   tell a WebSub hub that a feed changed
#include <CLI/App.hpp>
#include <string>
#include <vector>

#include "cli/cmd_convert.hpp"
#include "cli/http_options.hpp"
#include "cli/options.hpp"

namespace wirekit {

struct PushOptions {
    std::string url;
    ConvertOptions convert;  // inputs, reading options, -t, --wrap, --now
    std::string method = "POST";
    bool whole = false;
    std::string outbox;
    bool drain = false;
    std::string websub_hub;
    std::string topic;
    HttpOptions http;
};

void add_push_command(CLI::App& app, PushOptions& options);
int run_push(const PushOptions& options, const GlobalOptions& global);

}  // namespace wirekit
