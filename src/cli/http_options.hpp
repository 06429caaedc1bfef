#pragma once
// The HTTP options fetch and push share: timeouts, redirects, retries, auth.
#include <CLI/App.hpp>
#include <cstddef>
#include <string>
#include <vector>

#include "http/http_client.hpp"

namespace wirekit {

struct HttpOptions {
    double connect_timeout = 10;
    double timeout = 60;
    int max_redirects = 5;
    int retries = 3;
    double retry_delay = 1;
    double retry_max_time = 120;
    bool netrc = false;
    std::string netrc_file;
    std::vector<std::string> headers;  // -H 'Name: value'
    std::string token_env;             // the NAME of the variable holding the token
};

void add_http_options(CLI::App& cmd, HttpOptions& options);

// The settings OPTIONS ask for, with bodies limited to MAX_BODY bytes. Reads
// the token from the environment. Throws Error 64 for a malformed -H, 78 when
// --token-env names an empty or unset variable or --netrc-file is missing.
HttpSettings http_settings(const HttpOptions& options, std::size_t max_body);

}  // namespace wirekit
