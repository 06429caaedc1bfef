#pragma once
// The article model as a ninjs 2.2 or 3.1 object: the parts of the writer
// that ninjs_writer.cpp puts together. The mapping is in README.md.
#include <optional>
#include <string>
#include <vector>

#include "json/json_emitter.hpp"
#include "model/article.hpp"
#include "ninjs/ninjs_keys.hpp"

namespace wirekit {

struct NinjsWriteContext {
    NinjsVersion version = NinjsVersion::v2;  // v2 writes 2.2, v3 writes 3.1
    std::vector<std::string> notes;           // what was changed or left out, each once, for -v

    std::string_view key(const NinjsKey& k) const { return k.in(version); }
    void note(std::string message);
};

// One article as one ninjs object.
void emit_ninjs_article(JsonEmitter& out, const Article& article, NinjsWriteContext& context);

// The parts: people, organisations, places, subjects and events (authors
// first among the people), then genres and infosources; renditions (for a
// picture, video, audio or graphic: its own files) and associations.
void emit_ninjs_concepts(JsonEmitter& out, const Article& article, NinjsWriteContext& context);
void emit_ninjs_genres(JsonEmitter& out, const Article& article, NinjsWriteContext& context);
void emit_ninjs_infosources(JsonEmitter& out, const Article& article, NinjsWriteContext& context);
void emit_ninjs_media(JsonEmitter& out, const Article& article, NinjsWriteContext& context);

// The dates written as firstcreated and versioncreated: ninjs has no
// "published" or "updated", so those stand in when the model lacks the first.
const std::optional<DateTime>& ninjs_first_created(const Article& article);
const std::optional<DateTime>& ninjs_version_created(const Article& article);

// Whether TYPE is one the schema of VERSION allows.
bool is_ninjs_type(std::string_view type, NinjsVersion version);

// URI as the absolute URI ninjs requires (percent-encoded where needed), or "".
std::string ninjs_uri(std::string_view uri);

}  // namespace wirekit
