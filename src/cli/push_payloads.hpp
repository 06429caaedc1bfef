#pragma once
// What `wirekit push` sends: the articles written in the output format, one
// request per article (or one for the whole document), and WebSub pings.
#include <string>
#include <vector>

#include "http/http_client.hpp"
#include "registry/format.hpp"

namespace wirekit {

struct Payload {
    HttpRequest request;
    std::string what;  // "article ID" or "the document", for messages
};

// The Content-Type for FORMAT holding ARTICLES articles: the format's media
// type, the NewsML-G2 newsMessage type for several articles, and a UTF-8
// charset for text/ types.
std::string push_content_type(const FormatInfo& format, std::size_t articles);

// One METHOD request to URL per article of DOC (with the feed information),
// or one for all of DOC when WHOLE.
std::vector<Payload> article_payloads(const Document& doc, const FormatInfo& format, const WriteOptions& options,
                                      const std::string& url, const std::string& method, bool whole);

// The WebSub publish notification for TOPIC, to HUB.
Payload websub_publish(const std::string& hub, const std::string& topic);

// TEXT as application/x-www-form-urlencoded wants it.
std::string form_encode(std::string_view text);

}  // namespace wirekit
