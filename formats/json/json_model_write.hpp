#pragma once
// The article model as wirekit JSON text (the mapping is in README.md): fields
// in model order, empty ones left out. Writes straight into a JsonEmitter.
#include "json/json_emitter.hpp"
#include "json/json_path.hpp"
#include "model/article.hpp"
#include "report/diagnostics.hpp"

namespace wirekit {

// PATH names the value in warnings. DIAG (may be null) hears about what could
// not be written as it is: dates RFC 3339 cannot express, non-finite numbers.
void emit_article(JsonEmitter& out, const Article& article, const JsonPath& path, Diagnostics* diag);
void emit_feed(JsonEmitter& out, const FeedInfo& feed, const JsonPath& path, Diagnostics* diag);

// True when every field of FEED is empty, so a document can leave it out.
bool feed_is_empty(const FeedInfo& feed);

}  // namespace wirekit
