#pragma once
// wirekit's HTTP client: every request the program sends goes through
// http_send, which follows redirects (http and https only, credentials kept to
// the original server), limits time and body size, and retries what may
// succeed later.
#include <cstddef>
#include <string>

#include "http/http_headers.hpp"
#include "http/http_retry.hpp"
#include "io/input.hpp"
#include "report/diagnostics.hpp"

namespace wirekit {

struct HttpSettings {
    double connect_timeout = 10;  // seconds per connection attempt
    double timeout = 60;          // seconds per exchange (one hop of one attempt)
    int max_redirects = 5;
    std::size_t max_body = default_max_input_size;  // bytes; a larger response body is an error (65)
    RetryPolicy retry;
    bool netrc = false;           // user name and password for the host from ~/.netrc (or netrc_file)
    std::string netrc_file;
    HttpHeaders headers;          // sent with every request (-H); credential fields only to the original server
    std::string bearer_token;     // sent as "Authorization: Bearer ..." to the original server only; never shown
};

struct HttpRequest {
    std::string method = "GET";
    std::string url;
    HttpHeaders headers;  // this request's own fields, e.g. Content-Type, If-None-Match
    std::string body;
};

struct HttpResponse {
    long status = 0;
    HttpHeaders headers;
    std::string body;
    std::string url;  // where it came from, after redirects: the base for relative links
};

// Sends REQUEST and returns the response once its status is 2xx or 304.
// Throws Error, naming the request URL:
//   64  the URL is not an http or https URL;
//   65  the body is larger than max_body, or encoded wrongly;
//   69  a 4xx other than 408 and 429, a redirect to another scheme, a redirect
//       loop or more than max_redirects redirects, a 3xx without Location,
//       a TLS failure;
//   75  a timeout, a failed connection, 408, 429 or 5xx, once the retries or
//       the retry time are used up.
// DIAG gets a note for each redirect, retry and the final status (for -v);
// no header value ever appears in them.
HttpResponse http_send(const HttpRequest& request, const HttpSettings& settings, Diagnostics& diag);

}  // namespace wirekit
