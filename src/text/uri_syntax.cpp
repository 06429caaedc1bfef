#include "text/uri_syntax.hpp"

#include <algorithm>

#include "text/text.hpp"

namespace wirekit {

namespace {

bool is_hex(char c) { return is_ascii_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }
bool is_unreserved(char c) { return is_ascii_alpha(c) || is_ascii_digit(c) || c == '-' || c == '.' || c == '_' || c == '~'; }
bool is_sub_delim(char c) {
    switch (c) {
    case '!':
    case '$':
    case '&':
    case '\'':
    case '(':
    case ')':
    case '*':
    case '+':
    case ',':
    case ';':
    case '=': return true;
    default: return false;
    }
}
bool is_pchar(char c) { return is_unreserved(c) || is_sub_delim(c) || c == ':' || c == '@'; }

// The parts of a URI, split where the grammar splits them (RFC 3986 appendix B).
struct UriParts {
    std::string_view scheme;
    bool has_authority = false;
    std::string_view authority, path;
    std::optional<std::string_view> query, fragment;
};

std::optional<UriParts> split(std::string_view text) {
    std::size_t colon = text.find(':');
    if (colon == 0 || colon == std::string_view::npos || !is_ascii_alpha(text[0])) return std::nullopt;
    for (std::size_t i = 1; i < colon; ++i)
        if (!is_ascii_alpha(text[i]) && !is_ascii_digit(text[i]) && text[i] != '+' && text[i] != '-' && text[i] != '.')
            return std::nullopt;
    UriParts parts;
    parts.scheme = text.substr(0, colon);
    std::string_view rest = text.substr(colon + 1);
    // The fragment is everything after the first '#', the query after the first '?' before it.
    if (auto hash = rest.find('#'); hash != std::string_view::npos) {
        parts.fragment = rest.substr(hash + 1);
        rest = rest.substr(0, hash);
    }
    if (auto question = rest.find('?'); question != std::string_view::npos) {
        parts.query = rest.substr(question + 1);
        rest = rest.substr(0, question);
    }
    if (rest.starts_with("//")) {
        parts.has_authority = true;
        std::size_t slash = rest.find('/', 2);
        parts.authority = rest.substr(2, slash == std::string_view::npos ? std::string_view::npos : slash - 2);
        parts.path = slash == std::string_view::npos ? std::string_view{} : rest.substr(slash);
    } else {
        parts.path = rest;
    }
    return parts;
}

void append_encoded(std::string& out, char c) {
    static constexpr char hex[] = "0123456789ABCDEF";
    auto byte = static_cast<unsigned char>(c);
    out += '%';
    out += hex[byte >> 4];
    out += hex[byte & 0x0F];
}

// Appends TEXT, keeping what ALLOWED accepts and valid %XX escapes.
template <class Allowed>
void append_component(std::string& out, std::string_view text, Allowed allowed) {
    for (std::size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (c == '%' && i + 2 < text.size() && is_hex(text[i + 1]) && is_hex(text[i + 2]))
            out += c;
        else if (allowed(c))
            out += c;
        else
            append_encoded(out, c);
    }
}

bool component_ok(std::string_view text, bool (*allowed)(char)) {
    for (std::size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (c == '%') {
            if (i + 2 >= text.size() || !is_hex(text[i + 1]) || !is_hex(text[i + 2])) return false;
            i += 2;
        } else if (!allowed(c)) {
            return false;
        }
    }
    return true;
}

bool is_path_char(char c) { return is_pchar(c) || c == '/'; }
bool is_query_char(char c) { return is_pchar(c) || c == '/' || c == '?'; }
bool is_userinfo_char(char c) { return is_unreserved(c) || is_sub_delim(c) || c == ':'; }
bool is_reg_name_char(char c) { return is_unreserved(c) || is_sub_delim(c); }

// dec-octet "." dec-octet "." dec-octet "." dec-octet: 0-255, no leading zero.
bool ipv4_ok(std::string_view text) {
    int octets = 0;
    for (std::size_t start = 0; start <= text.size(); ++octets) {
        std::size_t dot = std::min(text.find('.', start), text.size());
        std::string_view octet = text.substr(start, dot - start);
        if (octet.empty() || octet.size() > 3 || (octet.size() > 1 && octet[0] == '0')) return false;
        int value = 0;
        for (char c : octet) {
            if (!is_ascii_digit(c)) return false;
            value = value * 10 + (c - '0');
        }
        if (value > 255) return false;
        start = dot + 1;
    }
    return octets == 4;
}

// RFC 3986's IPv6address: eight groups of 1-4 hex digits, the last two
// possibly an IPv4 address, a run of zero groups written "::" once.
bool ipv6_ok(std::string_view text) {
    auto double_colon = text.find("::");
    if (double_colon != std::string_view::npos && text.find("::", double_colon + 1) != std::string_view::npos) return false;
    int groups = 0;
    auto count = [&](std::string_view part, bool last) {
        if (part.empty()) return true;
        for (std::size_t start = 0; start <= part.size();) {
            std::size_t colon = std::min(part.find(':', start), part.size());
            std::string_view group = part.substr(start, colon - start);
            if (last && colon == part.size() && group.find('.') != std::string_view::npos) {
                if (!ipv4_ok(group)) return false;
                groups += 2;
                return true;
            }
            if (group.empty() || group.size() > 4) return false;
            for (char c : group)
                if (!is_hex(c)) return false;
            ++groups;
            start = colon + 1;
        }
        return true;
    };
    if (double_colon == std::string_view::npos) return count(text, true) && groups == 8;
    return count(text.substr(0, double_colon), false) && count(text.substr(double_colon + 2), true) && groups < 8;
}

// IPvFuture: "v" 1*HEXDIG "." 1*( unreserved / sub-delims / ":" ).
bool ipvfuture_ok(std::string_view text) {
    if (text.size() < 4 || (text[0] != 'v' && text[0] != 'V')) return false;
    std::size_t dot = text.find('.');
    if (dot == std::string_view::npos || dot < 2 || dot + 1 >= text.size()) return false;
    for (char c : text.substr(1, dot - 1))
        if (!is_hex(c)) return false;
    for (char c : text.substr(dot + 1))
        if (!is_unreserved(c) && !is_sub_delim(c) && c != ':') return false;
    return true;
}

// userinfo@host:port, each part checked; the host may be an [IP literal].
struct Authority {
    std::optional<std::string_view> userinfo;
    std::string_view host, port;
};

Authority split_authority(std::string_view authority) {
    Authority a;
    if (auto at = authority.rfind('@'); at != std::string_view::npos) {
        a.userinfo = authority.substr(0, at);
        authority = authority.substr(at + 1);
    }
    std::size_t host_end = 0;
    if (authority.starts_with('[')) {
        auto close = authority.find(']');
        host_end = close == std::string_view::npos ? authority.size() : close + 1;
    } else {
        host_end = std::min(authority.find(':'), authority.size());
    }
    a.host = authority.substr(0, host_end);
    a.port = authority.substr(host_end);  // ":digits" or empty
    return a;
}

bool port_ok(std::string_view port) {
    if (port.empty()) return true;
    if (port[0] != ':') return false;
    for (char c : port.substr(1))
        if (!is_ascii_digit(c)) return false;
    return true;
}

bool host_ok(std::string_view host) {
    if (host.starts_with('[')) {
        if (host.size() < 3 || !host.ends_with(']')) return false;
        std::string_view literal = host.substr(1, host.size() - 2);
        return ipv6_ok(literal) || ipvfuture_ok(literal);
    }
    return component_ok(host, is_reg_name_char);
}

}  // namespace

bool is_absolute_uri(std::string_view text) {
    auto parts = split(text);
    if (!parts) return false;
    if (parts->has_authority) {
        Authority a = split_authority(parts->authority);
        if (a.userinfo && !component_ok(*a.userinfo, is_userinfo_char)) return false;
        if (!host_ok(a.host) || !port_ok(a.port)) return false;
    } else if (parts->path.starts_with("//")) {
        return false;
    }
    if (!component_ok(parts->path, is_path_char)) return false;
    if (parts->query && !component_ok(*parts->query, is_query_char)) return false;
    if (parts->fragment && !component_ok(*parts->fragment, is_query_char)) return false;
    return true;
}

std::optional<std::string> to_absolute_uri(std::string_view text) {
    auto parts = split(text);
    if (!parts) return std::nullopt;
    std::string out(parts->scheme);
    out += ':';
    if (parts->has_authority) {
        Authority a = split_authority(parts->authority);
        if (!port_ok(a.port) || (a.host.starts_with('[') && !host_ok(a.host))) return std::nullopt;
        out += "//";
        if (a.userinfo) {
            append_component(out, *a.userinfo, is_userinfo_char);
            out += '@';
        }
        if (a.host.starts_with('['))
            out += a.host;
        else
            append_component(out, a.host, is_reg_name_char);
        out += a.port;
    }
    append_component(out, parts->path, is_path_char);
    if (parts->query) {
        out += '?';
        append_component(out, *parts->query, is_query_char);
    }
    if (parts->fragment) {
        out += '#';
        append_component(out, *parts->fragment, is_query_char);
    }
    return is_absolute_uri(out) ? std::optional<std::string>(std::move(out)) : std::nullopt;
}

}  // namespace wirekit
