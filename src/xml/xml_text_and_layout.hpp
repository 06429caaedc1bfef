#pragma once
// The two passes over a large document before its parts can be read on
// several threads, run at the same time: checking its text (xml_text_of:
// encoding, references) and skimming where its items are.
#include <future>
#include <memory>
#include <type_traits>
#include <utility>

#include "text/charset.hpp"
#include "xml/xml_parse.hpp"

namespace wirekit {

// xml_text_of(BYTES, OPTIONS) and LAYOUT of its text. With options.threads
// above one, the text is checked on a thread of its own while LAYOUT runs
// over the bytes as they are: mostly they are the text; when checking changed
// them (converted them to UTF-8, repaired references), LAYOUT runs again over
// the text. LAYOUT, mostly the longer of the two, runs on the calling thread,
// which is running already: a new thread starts a millisecond or more late.
// LAYOUT must only read its argument (no diagnostics). Throws what
// xml_text_of throws.
template <class Layout>
std::pair<std::unique_ptr<XmlDocument>, std::invoke_result_t<Layout&, std::string_view>>
xml_text_and_layout(std::string_view bytes, const ReadOptions& options, Layout layout) {
    if (options.threads <= 1) {
        std::unique_ptr<XmlDocument> whole = xml_text_of(bytes, options);
        auto found = layout(whole->text);
        return {std::move(whole), std::move(found)};
    }
    const std::string_view as_is = without_utf8_bom(bytes);
    // Waited for when destroyed, also when LAYOUT throws.
    auto checking = std::async(std::launch::async, [&] { return xml_text_of(bytes, options); });
    auto found = layout(as_is);
    std::unique_ptr<XmlDocument> whole = checking.get();
    bool unchanged = whole->text.data() == as_is.data() && whole->text.size() == as_is.size();
    if (!unchanged) found = layout(whole->text);
    return {std::move(whole), std::move(found)};
}

}  // namespace wirekit
