#include "http/http_client.hpp"

#include <chrono>
#include <cstdio>
#include <ctime>
#include <random>
#include <set>
#include <thread>

#include "http/http_transfer.hpp"
#include "http/http_url.hpp"
#include "report/error.hpp"
#include "text/text.hpp"

namespace wirekit {

namespace {

using Clock = std::chrono::steady_clock;

std::string wait_text(double s) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, s < 10 ? "%.2f s" : "%.0f s", s);
    return buffer;
}

std::string status_text(const TransferOutcome& o) {
    return "HTTP " + std::to_string(o.status) + (o.reason.empty() ? "" : " " + o.reason);
}

bool is_redirect(long status) { return status == 301 || status == 302 || status == 303 || status == 307 || status == 308; }

// The fields sent to URL: the request's own, the -H ones and the token, with
// credentials only when URL is on the server the user named.
HttpHeaders headers_for(const HttpRequest& hop, const HttpSettings& settings, bool same_origin) {
    HttpHeaders out;
    for (const HttpHeaders* list : {&settings.headers, &hop.headers})
        for (const auto& h : *list)
            if (same_origin || !is_credential_header(h.name)) out.push_back(h);
    if (same_origin && !settings.bearer_token.empty()) out.push_back({"Authorization", "Bearer " + settings.bearer_token});
    return out;
}

// Either a response with a final status, or the outcome that ended the attempt.
struct Attempt {
    TransferOutcome outcome;
    std::string url;  // of the last hop
};

// One attempt: the request and the redirects it leads to.
Attempt attempt_with_redirects(const HttpRequest& request, const HttpSettings& settings, Diagnostics& diag) {
    const auto origin = origin_of(request.url);
    TransferLimits limits{settings.connect_timeout, settings.timeout, settings.max_body, settings.netrc, settings.netrc_file};
    HttpRequest hop = request;
    std::set<std::string> visited{hop.method + ' ' + hop.url};
    for (int redirects = 0;; ++redirects) {
        bool same_origin = origin && origin_of(hop.url) == origin;
        Attempt a{transfer_once(hop, headers_for(hop, settings, same_origin), limits), hop.url};
        const TransferOutcome& o = a.outcome;
        if (o.failure != TransferOutcome::Failure::none || !is_redirect(o.status)) return a;
        if (o.redirect_url.empty()) throw Error(Exit::unavailable, status_text(o) + " without a Location to go to", request.url);
        if (!is_http_url(o.redirect_url))
            throw Error(Exit::unavailable, "refusing to follow a redirect to '" + o.redirect_url + "': only http and https are allowed", request.url);
        if (redirects >= settings.max_redirects)
            throw Error(Exit::unavailable, "more than " + std::to_string(settings.max_redirects) + " redirects (see --max-redirects)", request.url);
        // A 303 names where the result of a request that was taken is: a GET
        // without the body goes there. Other redirects say the request itself
        // belongs elsewhere, so it goes again, body and all, as curl's
        // --post301 --post302 do: turning a push into a GET would lose it.
        if (o.status == 303 && hop.method != "GET") {
            hop.method = "GET";
            hop.body.clear();
            std::erase_if(hop.headers, [](const HttpHeader& h) { return iequals_ascii(h.name, "Content-Type"); });
        }
        hop.url = o.redirect_url;
        if (!visited.insert(hop.method + ' ' + hop.url).second)
            throw Error(Exit::unavailable, "redirect loop: " + hop.url + " was visited already", request.url);
        diag.note(request.url, status_text(o) + ": redirected to " + hop.url);
    }
}

// Why the attempt failed, or "" when it succeeded or failed for good.
std::string retry_reason(const Attempt& a, const std::string& url) {
    using F = TransferOutcome::Failure;
    const TransferOutcome& o = a.outcome;
    switch (o.failure) {
        case F::none: break;
        case F::timeout: return "timed out (" + o.message + ")";
        case F::transient: return o.message;
        case F::too_large: throw Error(Exit::data, "the response body is larger than the limit (see --max-input-size)", url);
        case F::malformed: throw Error(Exit::data, "the response body cannot be decoded: " + o.message, url);
        case F::refused: throw Error(Exit::unavailable, o.message, url);
        case F::usage: throw Error(Exit::usage, o.message, url);
    }
    if ((o.status >= 200 && o.status < 300) || o.status == 304) return {};
    if (is_retryable_status(o.status)) return status_text(o);
    throw Error(Exit::unavailable, status_text(o), url);
}

// Seconds to wait before the next attempt: what the server asked for, else backoff.
double wait_before(const Attempt& a, const RetryPolicy& policy, int retry) {
    if (auto header = find_header(a.outcome.headers, "Retry-After"))
        if (auto after = parse_retry_after(*header, static_cast<long long>(std::time(nullptr)))) return *after;
    static std::mt19937 random{std::random_device{}()};
    return backoff_delay(policy, retry, std::uniform_real_distribution<double>(0.0, 1.0)(random));
}

}  // namespace

HttpResponse http_send(const HttpRequest& request, const HttpSettings& settings, Diagnostics& diag) {
    if (!is_http_url(request.url) || !origin_of(request.url))
        throw Error(Exit::usage, "not an http or https URL", request.url);
    const auto start = Clock::now();
    const RetryPolicy& policy = settings.retry;
    for (int retry = 1;; ++retry) {
        Attempt a = attempt_with_redirects(request, settings, diag);
        std::string reason = retry_reason(a, request.url);
        if (reason.empty()) {
            diag.note(request.url, status_text(a.outcome) + ", " + std::to_string(a.outcome.body.size()) + " bytes");
            return HttpResponse{a.outcome.status, std::move(a.outcome.headers), std::move(a.outcome.body), std::move(a.url)};
        }
        const std::string tries = retry == 1 ? "" : " after " + std::to_string(retry) + " attempts";
        if (retry > policy.retries) throw Error(Exit::temp_fail, reason + tries, request.url);
        double wait = wait_before(a, policy, retry);
        double elapsed = std::chrono::duration<double>(Clock::now() - start).count();
        if (elapsed + wait > policy.max_time)
            throw Error(Exit::temp_fail, reason + tries + "; the next try (in " + wait_text(wait) + ") would pass --retry-max-time", request.url);
        diag.note(request.url, reason + "; retrying in " + wait_text(wait) + " (retry " + std::to_string(retry) + " of " + std::to_string(policy.retries) + ")");
        std::this_thread::sleep_for(std::chrono::duration<double>(wait));
    }
}

}  // namespace wirekit
