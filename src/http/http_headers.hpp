#pragma once
// HTTP header fields as wirekit handles them: the -H option's "Name: value",
// the lines a response sends, and the parameters of a Content-Type.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace wirekit {

struct HttpHeader {
    std::string name;
    std::string value;

    bool operator==(const HttpHeader&) const = default;
};

using HttpHeaders = std::vector<HttpHeader>;

// "Name: value" as given to -H; nullopt when there is no colon, the name is
// empty or not a token, or either part holds a line break (header injection).
std::optional<HttpHeader> parse_header_option(std::string_view text);

// One line of a response head as libcurl hands it over (with its CRLF): a
// field, or nullopt for the status line, the blank end line and anything
// malformed. Obsolete folded lines are not supported and are dropped.
std::optional<HttpHeader> parse_response_header_line(std::string_view line);

// The value of the last field named NAME (case-insensitive), or nullopt.
std::optional<std::string> find_header(const HttpHeaders& headers, std::string_view name);

// Whether the field NAME is one of those that carry credentials, which must
// not follow a redirect to another host.
bool is_credential_header(std::string_view name);

// The charset parameter of a Content-Type value (quotes removed), or "".
std::string charset_of(std::string_view content_type);

}  // namespace wirekit
