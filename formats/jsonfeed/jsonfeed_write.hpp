#pragma once
// The model as JSON Feed 1.1: the parts of the writer that jsonfeed_writer.cpp
// puts together. The mapping is in README.md.
#include <string>
#include <vector>

#include "json/json_emitter.hpp"
#include "model/article.hpp"

namespace wirekit {

struct JsonFeedWriteContext {
    std::string feed_language;       // items in this language leave "language" out
    std::vector<std::string> notes;  // what was changed or left out, each once, for -v

    void note(std::string message);
};

void emit_jsonfeed_item(JsonEmitter& out, const Article& article, JsonFeedWriteContext& context);

// "authors": people with a name, a URL (a mailto: link for an email) or an
// avatar kept in BAG; people with none of these are left out.
void emit_jsonfeed_authors(JsonEmitter& out, const std::vector<Person>& people, const Extensions& bag,
                           JsonFeedWriteContext& context);

// BAG's "_name" extensions that the schemas accept, as members.
void emit_jsonfeed_extensions(JsonEmitter& out, const Extensions& bag, JsonFeedWriteContext& context);

// URL as the absolute URI both schemas require, or "" (with a note) when it
// is relative or no URL at all.
std::string jsonfeed_url(std::string_view url, std::string_view what, JsonFeedWriteContext& context);

// A model date as JSON Feed's RFC 3339 date-time (completed when it lacks a
// time or a zone), or "" with a note.
std::string jsonfeed_date(const std::optional<DateTime>& dt, std::string_view what, JsonFeedWriteContext& context);

}  // namespace wirekit
