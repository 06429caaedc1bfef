#include "text/url.hpp"

#include <vector>

#include "text/text.hpp"

namespace wirekit {

namespace {

struct UrlParts {
    std::string_view scheme, authority, path, query;  // query without '?'
    bool has_authority = false, has_query = false;
};

// Length of the scheme at the start of S ("https" in "https://x"), or 0.
std::size_t scheme_length(std::string_view s) {
    if (s.empty() || !((s[0] >= 'a' && s[0] <= 'z') || (s[0] >= 'A' && s[0] <= 'Z'))) return 0;
    for (std::size_t i = 1; i < s.size(); ++i) {
        char c = s[i];
        if (c == ':') return i;
        bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.';
        if (!ok) return 0;
    }
    return 0;
}

UrlParts split_url(std::string_view url) {
    UrlParts p;
    if (auto hash = url.find('#'); hash != std::string_view::npos) url = url.substr(0, hash);
    if (std::size_t n = scheme_length(url)) {
        p.scheme = url.substr(0, n);
        url.remove_prefix(n + 1);
    }
    if (url.starts_with("//")) {
        url.remove_prefix(2);
        auto end = url.find_first_of("/?");
        p.authority = url.substr(0, end);
        p.has_authority = true;
        url = end == std::string_view::npos ? std::string_view{} : url.substr(end);
    }
    if (auto q = url.find('?'); q != std::string_view::npos) {
        p.query = url.substr(q + 1);
        p.has_query = true;
        url = url.substr(0, q);
    }
    p.path = url;
    return p;
}

// RFC 3986 section 5.2.4.
std::string remove_dot_segments(std::string_view path) {
    std::vector<std::string_view> segments;
    bool absolute = path.starts_with('/');
    std::size_t pos = absolute ? 1 : 0;
    bool trailing_slash = false;
    while (pos <= path.size()) {
        auto slash = path.find('/', pos);
        std::string_view seg = path.substr(pos, slash == std::string_view::npos ? std::string_view::npos : slash - pos);
        trailing_slash = false;
        if (seg == "..") {
            if (!segments.empty()) segments.pop_back();
            trailing_slash = true;
        } else if (seg == ".") {
            trailing_slash = true;
        } else {
            segments.push_back(seg);
        }
        if (slash == std::string_view::npos) break;
        pos = slash + 1;
    }
    std::string out = absolute ? "/" : "";
    for (std::size_t i = 0; i < segments.size(); ++i) {
        if (i > 0) out += '/';
        out += segments[i];
    }
    if (trailing_slash && !out.ends_with('/')) out += '/';
    return out;
}

std::string compose(std::string_view scheme, bool has_authority, std::string_view authority, std::string_view path,
                    bool has_query, std::string_view query, std::string_view fragment) {
    std::string out;
    if (!scheme.empty()) out += std::string(scheme) + ':';
    if (has_authority) out += "//" + std::string(authority);
    out += path;
    if (has_query) out += '?' + std::string(query);
    out += fragment;
    return out;
}

}  // namespace

std::string resolve_url(std::string_view base, std::string_view ref) {
    ref = trim(ref);
    if (base.empty() || scheme_length(ref) > 0) return std::string(ref);
    std::string_view fragment;
    if (auto hash = ref.find('#'); hash != std::string_view::npos) fragment = ref.substr(hash);
    UrlParts b = split_url(trim(base));
    UrlParts r = split_url(ref);
    if (ref.starts_with("//")) return compose(b.scheme, true, r.authority, remove_dot_segments(r.path), r.has_query, r.query, fragment);
    if (r.path.empty())
        return compose(b.scheme, b.has_authority, b.authority, b.path, r.has_query || b.has_query,
                       r.has_query ? r.query : b.query, fragment);
    std::string path;
    if (r.path.starts_with('/')) {
        path = remove_dot_segments(r.path);
    } else {
        std::string merged;
        if (b.has_authority && b.path.empty()) merged = "/" + std::string(r.path);
        else {
            auto slash = b.path.rfind('/');
            merged = std::string(slash == std::string_view::npos ? std::string_view{} : b.path.substr(0, slash + 1)) + std::string(r.path);
        }
        path = remove_dot_segments(merged);
    }
    return compose(b.scheme, b.has_authority, b.authority, path, r.has_query, r.query, fragment);
}

bool is_safe_url(std::string_view url) {
    // Browsers ignore leading spaces and controls, and tabs/newlines anywhere:
    // the scheme is in the first characters that are left. Asked of every link.
    // Mostly the first byte is kept and starts none of the three: decided at once.
    if (!url.empty() && static_cast<unsigned char>(url.front()) > 0x20) {
        char first = static_cast<char>(url.front() | 0x20);  // ASCII letters in lower case; 'J' | 0x20 is 'j'
        if (first != 'j' && first != 'v' && first != 'd') return true;
    }
    char kept[17];
    std::size_t n = 0;
    for (char c : url) {
        auto u = static_cast<unsigned char>(c);
        if (u <= 0x20 && (n == 0 || c == '\t' || c == '\n' || c == '\r')) continue;
        kept[n++] = c;
        if (n == sizeof kept) break;
    }
    std::string_view start(kept, n);
    return !(starts_with_ci(start, "javascript:") || starts_with_ci(start, "vbscript:") || starts_with_ci(start, "data:"));
}

}  // namespace wirekit
