#include "cli/push_payloads.hpp"

namespace wirekit {

std::string push_content_type(const FormatInfo& format, std::size_t articles) {
    // newsml writes a newsItem for one article and a newsMessage for several;
    // a format without a media type of its own (the wire framings) is bytes.
    std::string type(format.id == "newsml" && articles > 1 ? "application/vnd.iptc.g2.newsmessage+xml"
                     : format.media_types.empty()           ? "application/octet-stream"
                                                            : format.media_types.front());
    if (type.starts_with("text/")) type += "; charset=utf-8";
    return type;
}

std::vector<Payload> article_payloads(const Document& doc, const FormatInfo& format, const WriteOptions& options,
                                      const std::string& url, const std::string& method, bool whole) {
    auto payload = [&](const Document& part, std::string what) {
        HttpRequest r{method, url, {{"Content-Type", push_content_type(format, part.articles.size())}}, format.write(part, options)};
        return Payload{std::move(r), std::move(what)};
    };
    std::vector<Payload> out;
    if (whole) {
        out.push_back(payload(doc, "the document"));
        return out;
    }
    for (const auto& article : doc.articles) {
        Document one{doc.feed, {article}};
        out.push_back(payload(one, "article " + article.id));
    }
    return out;
}

std::string form_encode(std::string_view text) {
    static const char hex[] = "0123456789ABCDEF";
    std::string out;
    for (unsigned char c : text) {
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' || c == '~')
            out += static_cast<char>(c);
        else if (c == ' ')
            out += '+';
        else
            out += {'%', hex[c >> 4], hex[c & 15]};
    }
    return out;
}

Payload websub_publish(const std::string& hub, const std::string& topic) {
    HttpRequest r{"POST", hub, {{"Content-Type", "application/x-www-form-urlencoded"}}, "hub.mode=publish&hub.url=" + form_encode(topic)};
    return Payload{std::move(r), "the WebSub notification for " + topic};
}

}  // namespace wirekit
