#include "http/http_transfer.hpp"

#include <cmath>
#include <memory>

#include "http/curl_library.hpp"

namespace wirekit {

namespace {

struct EasyDeleter {
    void operator()(CURL* c) const { curl_library().easy_cleanup(c); }
};
struct ListDeleter {
    void operator()(curl_slist* l) const { curl_library().slist_free_all(l); }
};

struct Sink {
    TransferOutcome* out;
    std::size_t max_body;
    bool over_limit = false;
};

std::size_t on_body(char* data, std::size_t size, std::size_t count, void* user) {
    auto* sink = static_cast<Sink*>(user);
    std::size_t n = size * count;
    if (sink->out->body.size() + n > sink->max_body) {
        sink->over_limit = true;
        return 0;  // stops the transfer at the limit
    }
    sink->out->body.append(data, n);
    return n;
}

std::size_t on_header(char* data, std::size_t size, std::size_t count, void* user) {
    auto* out = static_cast<TransferOutcome*>(user);
    std::string_view line(data, size * count);
    if (line.starts_with("HTTP/")) {
        // A new status line: what came before belonged to a 1xx interim response.
        out->headers.clear();
        out->reason.clear();
        auto first = line.find(' ');
        auto second = first == std::string_view::npos ? first : line.find(' ', first + 1);
        if (second != std::string_view::npos) {
            std::string_view reason = line.substr(second + 1);
            while (!reason.empty() && (reason.back() == '\n' || reason.back() == '\r')) reason.remove_suffix(1);
            out->reason = std::string(reason);
        }
    } else if (auto field = parse_response_header_line(line)) {
        out->headers.push_back(std::move(*field));
    }
    return size * count;
}

long milliseconds(double seconds) { return std::lround(seconds * 1000); }

TransferOutcome::Failure classify(CURLcode code) {
    using F = TransferOutcome::Failure;
    switch (code) {
        case CURLE_OPERATION_TIMEDOUT: return F::timeout;
        case CURLE_FILESIZE_EXCEEDED: return F::too_large;
        case CURLE_BAD_CONTENT_ENCODING: return F::malformed;
        case CURLE_UNSUPPORTED_PROTOCOL:
        case CURLE_URL_MALFORMAT: return F::usage;
        case CURLE_PEER_FAILED_VERIFICATION:
        case CURLE_SSL_CERTPROBLEM:
        case CURLE_SSL_CIPHER:
        case CURLE_SSL_CACERT_BADFILE:
        case CURLE_SSL_PINNEDPUBKEYNOTMATCH:
        case CURLE_LOGIN_DENIED: return F::refused;
        default: return F::transient;  // connection trouble: another try may work
    }
}

}  // namespace

TransferOutcome transfer_once(const HttpRequest& request, const HttpHeaders& headers, const TransferLimits& limits) {
    const CurlLibrary& api = curl_library();
    TransferOutcome out;
    std::unique_ptr<CURL, EasyDeleter> curl(api.easy_init());
    if (!curl) {
        out.failure = TransferOutcome::Failure::transient;
        out.message = "cannot start libcurl";
        return out;
    }
    CURL* c = curl.get();
    char error[CURL_ERROR_SIZE] = "";
    Sink sink{&out, limits.max_body};

    std::unique_ptr<curl_slist, ListDeleter> list;
    auto add = [&](const std::string& line) { list.reset(api.slist_append(list.release(), line.c_str())); };
    for (const auto& h : headers) add(h.name + ": " + h.value);
    add("Expect:");  // no 100-continue round trip: the body goes out as it is

    api.easy_setopt(c, CURLOPT_URL, request.url.c_str());
    api.easy_setopt(c, CURLOPT_PROTOCOLS_STR, "http,https");
    api.easy_setopt(c, CURLOPT_FOLLOWLOCATION, 0L);
    api.easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
    api.easy_setopt(c, CURLOPT_ERRORBUFFER, error);
    api.easy_setopt(c, CURLOPT_USERAGENT, "wirekit/" WIREKIT_VERSION);
    api.easy_setopt(c, CURLOPT_ACCEPT_ENCODING, "gzip, deflate");
    api.easy_setopt(c, CURLOPT_HTTPHEADER, list.get());
    api.easy_setopt(c, CURLOPT_CONNECTTIMEOUT_MS, milliseconds(limits.connect_timeout));
    api.easy_setopt(c, CURLOPT_TIMEOUT_MS, milliseconds(limits.timeout));
    api.easy_setopt(c, CURLOPT_MAXFILESIZE_LARGE, static_cast<curl_off_t>(limits.max_body));
    api.easy_setopt(c, CURLOPT_WRITEFUNCTION, on_body);
    api.easy_setopt(c, CURLOPT_WRITEDATA, &sink);
    api.easy_setopt(c, CURLOPT_HEADERFUNCTION, on_header);
    api.easy_setopt(c, CURLOPT_HEADERDATA, &out);
    if (limits.netrc || !limits.netrc_file.empty()) {
        api.easy_setopt(c, CURLOPT_NETRC, static_cast<long>(CURL_NETRC_OPTIONAL));
        if (!limits.netrc_file.empty()) api.easy_setopt(c, CURLOPT_NETRC_FILE, limits.netrc_file.c_str());
    }
    if (request.method != "GET") {
        api.easy_setopt(c, CURLOPT_POSTFIELDS, request.body.data());
        api.easy_setopt(c, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(request.body.size()));
        if (request.method != "POST") api.easy_setopt(c, CURLOPT_CUSTOMREQUEST, request.method.c_str());
    }

    CURLcode code = api.easy_perform(c);
    if (sink.over_limit || code == CURLE_FILESIZE_EXCEEDED) {
        out.failure = TransferOutcome::Failure::too_large;
        return out;
    }
    if (code != CURLE_OK) {
        out.failure = classify(code);
        out.message = error[0] ? error : api.easy_strerror(code);
        return out;
    }
    api.easy_getinfo(c, CURLINFO_RESPONSE_CODE, &out.status);
    char* location = nullptr;
    if (api.easy_getinfo(c, CURLINFO_REDIRECT_URL, &location) == CURLE_OK && location) out.redirect_url = location;
    return out;
}

}  // namespace wirekit
