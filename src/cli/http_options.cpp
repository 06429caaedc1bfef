#include "cli/http_options.hpp"

#include <unistd.h>

#include <cstdlib>

#include "report/error.hpp"

namespace wirekit {

void add_http_options(CLI::App& cmd, HttpOptions& o) {
    const std::string group = "HTTP";
    cmd.add_option("--connect-timeout", o.connect_timeout, "Seconds allowed to connect (default: 10)")->check(CLI::Range(0.001, 86400.0))->group(group);
    cmd.add_option("--timeout", o.timeout, "Seconds allowed for each request and its response (default: 60)")->check(CLI::Range(0.001, 86400.0))->group(group);
    cmd.add_option("--max-redirects", o.max_redirects, "Follow at most N redirects, to http and https URLs only (default: 5)")->check(CLI::Range(0, 100))->group(group);
    cmd.add_option("--retries", o.retries, "Retry a failed connection, timeout, 408, 429 or 5xx N times (default: 3)")->check(CLI::Range(0, 100))->group(group);
    cmd.add_option("--retry-delay", o.retry_delay, "Seconds before the first retry, doubled for each next one, with jitter (default: 1)")->check(CLI::Range(0.0, 3600.0))->group(group);
    cmd.add_option("--retry-max-time", o.retry_max_time, "Start no retry later than S seconds after the first try (default: 120)")->check(CLI::Range(0.0, 86400.0))->group(group);
    cmd.add_flag("--netrc", o.netrc, "Log in with the user name and password ~/.netrc gives for the host")->group(group);
    cmd.add_option("--netrc-file", o.netrc_file, "Like --netrc, with this file instead of ~/.netrc")->group(group);
    // One value per -H, so that a URL after it stays a URL.
    cmd.add_option("-H,--header", o.headers, "Send the header 'Name: value' (repeatable)")->allow_extra_args(false)->group(group);
    cmd.add_option("--token-env", o.token_env, "Send 'Authorization: Bearer TOKEN' with TOKEN read from the environment variable NAME")->group(group);
}

namespace {

std::string token_from(const std::string& name) {
    const char* value = std::getenv(name.c_str());
    if (!value || !*value)
        throw Error(Exit::config, "the environment variable '" + name + "' named by --token-env is not set or empty");
    std::string token = value;
    // Never in the message: the token is a secret.
    if (token.find_first_of("\r\n") != std::string::npos)
        throw Error(Exit::config, "the environment variable '" + name + "' named by --token-env holds a line break");
    return token;
}

}  // namespace

HttpSettings http_settings(const HttpOptions& o, std::size_t max_body) {
    HttpSettings s;
    s.connect_timeout = o.connect_timeout;
    s.timeout = o.timeout;
    s.max_redirects = o.max_redirects;
    s.max_body = max_body;
    s.retry.retries = o.retries;
    s.retry.base_delay = o.retry_delay;
    s.retry.max_time = o.retry_max_time;
    s.netrc = o.netrc;
    s.netrc_file = o.netrc_file;
    if (!o.netrc_file.empty() && ::access(o.netrc_file.c_str(), R_OK) != 0)
        throw Error(Exit::config, "cannot read the file given to --netrc-file", o.netrc_file);
    for (const auto& text : o.headers) {
        auto header = parse_header_option(text);
        // Not echoed: a header may hold a secret.
        if (!header) throw Error(Exit::usage, "-H wants 'Name: value' on one line, with a name made of letters, digits and -");
        s.headers.push_back(std::move(*header));
    }
    if (!o.token_env.empty()) s.bearer_token = token_from(o.token_env);
    return s;
}

}  // namespace wirekit
