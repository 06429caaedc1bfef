#include "http/http_input.hpp"

#include "http/http_url.hpp"
#include "time/datetime_rfc822.hpp"

namespace wirekit {

Input input_from_response(const std::string& name, HttpResponse response) {
    Input in;
    in.name = name;
    in.bytes = std::move(response.body);
    in.base_url = std::move(response.url);
    if (auto type = find_header(response.headers, "Content-Type")) in.charset = charset_of(*type);
    if (auto modified = find_header(response.headers, "Last-Modified")) {
        auto date = parse_rfc822(*modified);
        if (date && date->has_time) in.modified = date;
    }
    return in;
}

Input fetch_input(const std::string& url, const HttpSettings& settings, Diagnostics& diag) {
    return input_from_response(url, http_send(HttpRequest{"GET", url, {}, {}}, settings, diag));
}

Input read_input_or_url(const std::string& name, std::size_t max_size) {
    if (!is_http_url(name)) return read_input(name, max_size);
    HttpSettings settings;
    settings.max_body = max_size;
    Diagnostics unused;  // no -v channel here; fetch shows the HTTP notes
    return fetch_input(name, settings, unused);
}

}  // namespace wirekit
