#include "http/http_url.hpp"

#include <memory>

#include "http/curl_library.hpp"
#include "text/text.hpp"

namespace wirekit {

namespace {

struct UrlDeleter {
    void operator()(CURLU* u) const { curl_library().url_cleanup(u); }
};

std::optional<std::string> part_of(CURLU* url, CURLUPart part, unsigned flags) {
    char* value = nullptr;
    if (curl_library().url_get(url, part, &value, flags) != CURLUE_OK || !value) return std::nullopt;
    std::string out = to_lower_ascii(value);
    curl_library().free(value);
    return out;
}

}  // namespace

std::optional<UrlOrigin> origin_of(std::string_view url) {
    const CurlLibrary& api = curl_library();
    std::unique_ptr<CURLU, UrlDeleter> handle(api.url());
    if (!handle) return std::nullopt;
    if (api.url_set(handle.get(), CURLUPART_URL, std::string(url).c_str(), 0) != CURLUE_OK) return std::nullopt;
    auto scheme = part_of(handle.get(), CURLUPART_SCHEME, 0);
    auto host = part_of(handle.get(), CURLUPART_HOST, 0);
    auto port = part_of(handle.get(), CURLUPART_PORT, CURLU_DEFAULT_PORT);
    if (!scheme || !host || !port) return std::nullopt;
    return UrlOrigin{*scheme, *host, *port};
}

bool is_http_url(std::string_view url) {
    auto starts = [&](std::string_view prefix) {
        return url.size() >= prefix.size() && iequals_ascii(url.substr(0, prefix.size()), prefix);
    };
    return starts("http://") || starts("https://");
}

}  // namespace wirekit
