#pragma once
// What the newsml1 reader and writer agree on: NewsML 1.2's namespace (of the
// files that use its XML Schema), and the extension keys (format "newsml1")
// that keep what NewsML 1.x states and the model has no field for, so that
// newsml1 -> json -> newsml1 gives the same document back.
#include <string_view>

namespace wirekit::newsml1 {

inline constexpr std::string_view format_id = "newsml1";
inline constexpr std::string_view ns = "http://iptc.org/std/NewsML/2003-10-10/";

// NewsEnvelope (feed extensions); several values one per line.
inline constexpr std::string_view transmission_id = "transmission-id";
inline constexpr std::string_view sent_from = "sent-from";        // the Party FormalNames
inline constexpr std::string_view sent_to = "sent-to";
inline constexpr std::string_view news_service = "news-service";  // FormalNames
inline constexpr std::string_view news_product = "news-product";

// NewsItem (article extensions).
inline constexpr std::string_view news_item_type = "news-item-type";  // NewsItemType other than News
inline constexpr std::string_view name_label = "name-label";          // NameLabel other than the slugline
inline constexpr std::string_view date_label = "date-label";
inline constexpr std::string_view series_line = "series-line";
inline constexpr std::string_view of_interest_to = "of-interest-to";  // FormalNames, a line each
inline constexpr std::string_view file_name = "file-name";
inline constexpr std::string_view copyright_date = "copyright-date";
// "news-line:TYPE": a NewsLine's text (several of a type, a line each).
inline constexpr std::string_view news_line_prefix = "news-line:";

// Link relations: AssociatedWith and NewsItemRef.
inline constexpr std::string_view associated_rel = "associated";
inline constexpr std::string_view item_ref_rel = "item";

}  // namespace wirekit::newsml1
