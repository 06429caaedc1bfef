#include "http/http_headers.hpp"

#include "text/text.hpp"

namespace wirekit {

namespace {

// RFC 9110 token characters: what a field name may be made of.
bool is_token_char(char c) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) return true;
    return std::string_view("!#$%&'*+-.^_`|~").find(c) != std::string_view::npos;
}

bool is_token(std::string_view s) {
    if (s.empty()) return false;
    for (char c : s)
        if (!is_token_char(c)) return false;
    return true;
}

std::optional<HttpHeader> split_field(std::string_view text) {
    auto colon = text.find(':');
    if (colon == std::string_view::npos) return std::nullopt;
    std::string_view name = text.substr(0, colon);
    if (!is_token(name)) return std::nullopt;
    return HttpHeader{std::string(name), std::string(trim(text.substr(colon + 1)))};
}

}  // namespace

std::optional<HttpHeader> parse_header_option(std::string_view text) {
    if (text.find_first_of("\r\n") != std::string_view::npos) return std::nullopt;
    return split_field(text);
}

std::optional<HttpHeader> parse_response_header_line(std::string_view line) {
    while (!line.empty() && (line.back() == '\n' || line.back() == '\r')) line.remove_suffix(1);
    if (line.empty() || line.front() == ' ' || line.front() == '\t' || line.starts_with("HTTP/")) return std::nullopt;
    return split_field(line);
}

std::optional<std::string> find_header(const HttpHeaders& headers, std::string_view name) {
    for (auto it = headers.rbegin(); it != headers.rend(); ++it)
        if (iequals_ascii(it->name, name)) return it->value;
    return std::nullopt;
}

bool is_credential_header(std::string_view name) {
    return iequals_ascii(name, "Authorization") || iequals_ascii(name, "Cookie") ||
           iequals_ascii(name, "Proxy-Authorization");
}

std::string charset_of(std::string_view content_type) {
    std::size_t semi = content_type.find(';');
    while (semi != std::string_view::npos) {
        std::string_view rest = content_type.substr(semi + 1);
        std::size_t next = rest.find(';');
        std::string_view param = trim(rest.substr(0, next));
        auto eq = param.find('=');
        if (eq != std::string_view::npos && iequals_ascii(trim(param.substr(0, eq)), "charset")) {
            std::string_view value = trim(param.substr(eq + 1));
            if (value.size() >= 2 && value.front() == '"' && value.back() == '"') value = value.substr(1, value.size() - 2);
            return std::string(value);
        }
        semi = next == std::string_view::npos ? next : semi + 1 + next;
    }
    return {};
}

}  // namespace wirekit
