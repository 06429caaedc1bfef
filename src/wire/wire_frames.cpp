#include "wire/wire_frames.hpp"

#include <algorithm>

#include "model/article.hpp"
#include "options/read_write_options.hpp"
#include "report/error.hpp"
#include "text/text.hpp"
#include "wire/wire_text.hpp"

namespace wirekit {

namespace {

std::size_t lines_before(std::string_view text, std::size_t pos) {
    return static_cast<std::size_t>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(pos), '\n'));
}

// Splits [0, end) of S at the first C, or takes it all when C is missing.
std::string_view cut(std::string_view& s, char c) {
    std::size_t at = s.find(c);
    std::string_view part = s.substr(0, at);
    s = at == std::string_view::npos ? std::string_view() : s.substr(at + 1);
    return part;
}

}  // namespace

Document read_wire_messages(std::string_view bytes, const ReadOptions& opts, std::string_view format,
                            Article (*read_message)(const WireMessage&, const ReadOptions&)) {
    std::string text = decode_wire_bytes(bytes, opts);
    Document doc;
    for (const WireMessage& m : split_wire_messages(text)) {
        if (trim(without_wire_controls(m.header)).empty() && trim(without_wire_controls(m.text)).empty()) continue;
        if (!m.framed) opts.diag->note(opts.source, "no SOH/STX/ETX: " + std::string(format) + " copy whose controls were stripped");
        doc.articles.push_back(read_message(m, opts));
    }
    if (doc.articles.empty())
        throw Error(Exit::data, "no " + std::string(format) + " message in the input (SOH header STX text ETX)", opts.source);
    return doc;
}

std::vector<WireMessage> split_wire_messages(std::string_view text) {
    std::vector<WireMessage> messages;
    std::size_t soh = text.find(wire_soh);
    if (soh == std::string_view::npos) {
        WireMessage m;
        m.text = text;
        m.framed = false;
        if (std::size_t etx = text.find(wire_etx); etx != std::string_view::npos) {
            m.text = text.substr(0, etx);
            m.end = text.substr(etx + 1, text.find(wire_eot, etx) - etx - 1);
        }
        messages.push_back(m);
        return messages;
    }
    while (soh != std::string_view::npos) {
        std::size_t next = text.find(wire_soh, soh + 1);
        std::string_view rest = text.substr(soh + 1, next == std::string_view::npos ? std::string_view::npos : next - soh - 1);
        rest = rest.substr(0, rest.find(wire_eot));
        WireMessage m;
        m.line = lines_before(text, soh) + 1;
        if (rest.find(wire_stx) == std::string_view::npos) {
            m.header = rest.substr(0, rest.find(wire_etx));
        } else {
            m.header = cut(rest, wire_stx);
            m.text = cut(rest, wire_etx);
            m.end = rest;
        }
        messages.push_back(m);
        soh = next;
    }
    return messages;
}

}  // namespace wirekit
