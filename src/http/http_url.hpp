#pragma once
// The parts of an http(s) URL that decide where credentials may be sent.
#include <optional>
#include <string>
#include <string_view>

namespace wirekit {

// Scheme, host and port (the default port filled in), lower-cased: two URLs
// with the same origin reach the same server.
struct UrlOrigin {
    std::string scheme;
    std::string host;
    std::string port;

    bool operator==(const UrlOrigin&) const = default;
};

// The origin of URL; nullopt when URL is not an absolute URL libcurl can parse.
// Loads libcurl (curl_library), so throws Error when it cannot be loaded.
std::optional<UrlOrigin> origin_of(std::string_view url);

// Whether URL starts with http:// or https:// (case-insensitive).
bool is_http_url(std::string_view url);

}  // namespace wirekit
