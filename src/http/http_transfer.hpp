#pragma once
// One HTTP request and its response through libcurl, without following
// redirects or retrying (http_client does both, so that it can check each hop).
// This and http_url.cpp are the only users of libcurl (through curl_library.hpp).
#include <cstddef>
#include <string>

#include "http/http_client.hpp"

namespace wirekit {

struct TransferLimits {
    double connect_timeout = 10;  // seconds
    double timeout = 60;          // seconds, for the whole exchange
    std::size_t max_body = 0;     // bytes of (decoded) body kept; more is an error
    bool netrc = false;
    std::string netrc_file;       // empty: ~/.netrc
};

struct TransferOutcome {
    // What went wrong below HTTP, if anything.
    enum class Failure {
        none,
        timeout,    // connect or total timeout: retryable
        transient,  // refused or reset connection, name lookup, cut-off body: retryable
        too_large,  // the body passed max_body
        malformed,  // a body the server encoded wrongly (bad gzip)
        refused,    // TLS verification and other failures a retry cannot mend
        usage,      // a URL libcurl cannot use
    };
    Failure failure = Failure::none;
    std::string message;        // libcurl's explanation when failure != none
    long status = 0;
    std::string reason;         // the status line's reason phrase, when it has one
    HttpHeaders headers;
    std::string body;
    std::string redirect_url;   // the Location of a 3xx, resolved against the request URL
};

// Sends REQUEST once. HEADERS are sent as given; User-Agent is wirekit/VERSION
// and gzip and deflate bodies are accepted and decoded.
TransferOutcome transfer_once(const HttpRequest& request, const HttpHeaders& headers, const TransferLimits& limits);

}  // namespace wirekit
