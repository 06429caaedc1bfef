#include "newsml1/newsml1_reader.hpp"

#include "newsml1/newsml1_fields.hpp"
#include "newsml1/newsml1_read_context.hpp"
#include "newsml1/newsml1_read_item.hpp"
#include "report/error.hpp"
#include "text/numbers.hpp"
#include "text/text.hpp"
#include "xml/xml_parse.hpp"

namespace wirekit {

namespace {

using newsml1::formal_name;
using newsml1::is_nml;

// The FormalNames of ELEMENT's Party children.
std::string party_names(pugi::xml_node element) {
    std::string names;
    for (pugi::xml_node p : element.children())
        if (is_nml(p, "Party")) append_line(names, collapse_spaces(formal_name(p)));
    return names;
}

// NewsEnvelope: DateAndTime the feed's time (and items' version time when they
// state none), Priority every item's; the rest kept as feed extensions.
newsml1::EnvelopeDefaults read_envelope(newsml1::ReadContext& ctx, pugi::xml_node envelope, Document& doc) {
    newsml1::EnvelopeDefaults defaults;
    std::string services, products;
    for (pugi::xml_node child : envelope.children()) {
        if (is_nml(child, "DateAndTime")) {
            defaults.sent = doc.feed.updated = ctx.time_of(child);
        } else if (is_nml(child, "Priority")) {
            auto priority = parse_number<int>(formal_name(child));
            if (priority && *priority >= 1 && *priority <= 9) defaults.priority = priority;
        } else if (is_nml(child, "TransmissionId") && !text_of(child).empty()) {
            set_extension(doc.feed.extensions, newsml1::format_id, newsml1::transmission_id, text_of(child));
        } else if (is_nml(child, "SentFrom") || is_nml(child, "SentTo")) {
            std::string names = party_names(child);
            if (!names.empty())
                set_extension(doc.feed.extensions, newsml1::format_id, is_nml(child, "SentFrom") ? newsml1::sent_from : newsml1::sent_to, names);
        } else if (is_nml(child, "NewsService")) {
            append_line(services, collapse_spaces(formal_name(child)));
        } else if (is_nml(child, "NewsProduct")) {
            append_line(products, collapse_spaces(formal_name(child)));
        }
    }
    if (!services.empty()) set_extension(doc.feed.extensions, newsml1::format_id, newsml1::news_service, services);
    if (!products.empty()) set_extension(doc.feed.extensions, newsml1::format_id, newsml1::news_product, products);
    return defaults;
}

}  // namespace

Document read_newsml1(std::string_view bytes, const ReadOptions& options) {
    auto xml = parse_xml(bytes, options);
    pugi::xml_node root = xml->doc.document_element();
    if (!is_nml(root, "NewsML")) throw wrong_root_error(*xml, root, "NewsML 1.x", "NewsML", options);
    newsml1::ReadContext ctx(*xml, options);
    Document doc;
    newsml1::EnvelopeDefaults defaults;
    if (pugi::xml_node envelope = newsml1::nml_child(root, "NewsEnvelope")) defaults = read_envelope(ctx, envelope, doc);
    else ctx.forgive(root, "a NewsML document without NewsEnvelope");
    for (pugi::xml_node item : root.children())
        if (is_nml(item, "NewsItem")) doc.articles.push_back(newsml1::read_item(ctx, item, defaults));
    if (doc.articles.empty()) throw Error(Exit::data, "the NewsML document holds no NewsItem", options.source);
    ctx.finish();
    return doc;
}

}  // namespace wirekit
