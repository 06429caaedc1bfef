#include "cli/push_delivery.hpp"

#include "report/error.hpp"
#include "text/text.hpp"

namespace wirekit {

namespace {

// What an entry carries besides the token: its own fields and -H.
HttpRequest with_headers(HttpRequest request, const HttpHeaders& headers) {
    request.headers.insert(request.headers.begin(), headers.begin(), headers.end());
    return request;
}

// The -H of this run replace the same fields stored in an entry.
HttpRequest without_fields(HttpRequest request, const HttpHeaders& replaced) {
    std::erase_if(request.headers, [&](const HttpHeader& h) {
        for (const auto& r : replaced)
            if (iequals_ascii(r.name, h.name)) return true;
        return false;
    });
    return request;
}

std::string entries(std::size_t n) { return std::to_string(n) + (n == 1 ? " entry" : " entries"); }

}  // namespace

std::size_t drain_outbox(const Outbox& outbox, const HttpSettings& settings, Diagnostics& diag) {
    auto queue = outbox.pending();
    std::size_t rejected = 0;
    for (std::size_t i = 0; i < queue.size(); ++i) {
        const std::string& path = queue[i];
        try {
            http_send(without_fields(outbox.read(path), settings.headers), settings, diag);
        } catch (const Error& e) {
            if (e.code() == Exit::temp_fail)
                throw Error(Exit::temp_fail, std::string(e.what()) + "; " + entries(queue.size() - i) + " left in the outbox " + outbox.dir(), e.source());
            diag.warning(path, std::string("refused (") + e.what() + "); moved to rejected/");
            outbox.reject(path);
            ++rejected;
            continue;
        }
        outbox.remove(path);
        diag.note(path, "delivered");
    }
    return rejected;
}

std::size_t deliver(const std::vector<Payload>& payloads, const Outbox* outbox, const HttpSettings& settings, Diagnostics& diag) {
    std::size_t rejected = 0;
    std::size_t next = 0;
    try {
        if (outbox) rejected = drain_outbox(*outbox, settings, diag);
        for (; next < payloads.size(); ++next) {
            const Payload& p = payloads[next];
            try {
                http_send(p.request, settings, diag);
            } catch (const Error& e) {
                throw Error(e.code(), std::string(e.what()) + " (sending " + p.what + ")", e.source());
            }
            diag.note(p.request.url, "delivered " + p.what);
        }
    } catch (const Error& e) {
        if (!outbox || e.code() != Exit::temp_fail) throw;
        for (std::size_t i = next; i < payloads.size(); ++i) outbox->add(with_headers(payloads[i].request, settings.headers));
        throw Error(Exit::temp_fail, std::string(e.what()) + "; " + entries(payloads.size() - next) + " queued in the outbox " + outbox->dir(), e.source());
    }
    return rejected;
}

}  // namespace wirekit
