#pragma once
// How JSON Feed properties the model has no field for are kept in its
// extension bags (FeedInfo::extensions, Article::extensions), so that a
// jsonfeed -> json -> jsonfeed round trip loses nothing. Values are JSON text.
#include <string>
#include <string_view>

#include "model/body.hpp"

namespace wirekit {

inline constexpr std::string_view jsonfeed_format_id = "jsonfeed";

// Feed properties kept under their own names: "user_comment", "next_url",
// "favicon", "expired", and "hubs" for the hubs besides the WebSub hub that
// FeedInfo::hub_url holds. Every "_name" extension object is kept as "_name".
inline constexpr std::string_view kept_feed_properties[] = {"user_comment", "next_url", "favicon", "expired", "hubs"};

// The authors' avatars, a JSON array aligned with the authors (null where an
// author has none), in the feed's or the item's bag.
inline constexpr std::string_view avatars_key = "author_avatars";

// An item's content_text as written, when it also has content_html and the
// text is not what the writer would derive from that HTML (a JSON string).
inline constexpr std::string_view content_text_key = "content_text";

// An attachment's extension object that holds what JSON Feed has no
// property for: {"credit": "Ola Berg/Fjord Wire"}.
inline constexpr std::string_view media_extension_key = "_media";

// BODY as the writer's content_text: its paragraphs, separated by blank lines.
std::string jsonfeed_body_text(const Body& body);

// Whether KEY names a JSON Feed extension: "_" and a letter, no ".".
bool is_extension_key(std::string_view key);

// Whether the schemas accept an extension KEY with this value: both want an
// object, SchemaStore's pattern needs at least two characters after the "_",
// and neither allows "." in the object's member names.
bool is_writable_extension(std::string_view key, std::string_view value_json);

}  // namespace wirekit
