#include <cctype>

#include "schema/json_schema.hpp"
#include "schema/json_schema_regex.hpp"
#include "text/url.hpp"

namespace wirekit {

namespace {

// Keywords whose value is a schema, an array of schemas, or an object of schemas.
constexpr std::string_view schema_keywords[] = {"additionalItems", "additionalProperties", "not", "contains",
                                                "propertyNames", "if", "then", "else", "unevaluatedProperties",
                                                "unevaluatedItems", "items"};
constexpr std::string_view schema_array_keywords[] = {"allOf", "anyOf", "oneOf", "items", "prefixItems"};
constexpr std::string_view schema_map_keywords[] = {"properties", "patternProperties", "definitions", "$defs",
                                                    "dependentSchemas", "dependencies"};

std::string without_fragment(std::string_view uri) { return std::string(uri.substr(0, uri.find('#'))); }

JsonSchemaDraft draft_named(const nlohmann::json& schema, JsonSchemaDraft otherwise) {
    auto found = schema.find("$schema");
    if (found == schema.end() || !found->is_string()) return otherwise;
    const std::string& name = found->get_ref<const std::string&>();
    if (name.find("draft-04") != std::string::npos) return JsonSchemaDraft::draft4;
    if (name.find("draft-06") != std::string::npos || name.find("draft-07") != std::string::npos) return JsonSchemaDraft::draft7;
    if (name.find("2019-09") != std::string::npos) return JsonSchemaDraft::draft2019_09;
    if (name.find("2020-12") != std::string::npos) return JsonSchemaDraft::draft2020_12;
    return otherwise;
}

std::string percent_decoded(std::string_view text) {
    auto hex = [](char c) { return c >= '0' && c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10; };
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '%' && i + 2 < text.size() && std::isxdigit(static_cast<unsigned char>(text[i + 1])) &&
            std::isxdigit(static_cast<unsigned char>(text[i + 2]))) {
            out += static_cast<char>(hex(text[i + 1]) * 16 + hex(text[i + 2]));
            i += 2;
        } else {
            out += text[i];
        }
    }
    return out;
}

}  // namespace

JsonSchemaSet::JsonSchemaSet() = default;
JsonSchemaSet::~JsonSchemaSet() = default;

void JsonSchemaSet::add(nlohmann::json document, const std::string& uri, JsonSchemaDraft draft) {
    const nlohmann::json& stored = documents_.emplace_back(std::move(document));
    std::string base = without_fragment(uri);
    JsonSchemaDraft own = stored.is_object() ? draft_named(stored, draft) : draft;
    resources_[base] = {&stored, base, own};
    index(stored, base, own);
    resources_[base] = nodes_.at(&stored);  // with the base its own "$id" gives it
}

void JsonSchemaSet::index(const nlohmann::json& schema, std::string base, JsonSchemaDraft draft) {
    if (!schema.is_object()) {
        nodes_[&schema] = {&schema, base, draft};
        return;
    }
    draft = draft_named(schema, draft);
    // Before 2019-09 a "$ref" makes its siblings ignored, its "$id" too.
    bool ref_only = refs_hide_siblings(draft) && schema.contains("$ref");
    auto id = schema.find(draft == JsonSchemaDraft::draft4 ? "id" : "$id");
    if (!ref_only && id != schema.end() && id->is_string()) {
        std::string resolved = resolve_url(base, id->get_ref<const std::string&>());
        std::string resource = without_fragment(resolved);
        auto hash = resolved.find('#');
        std::string fragment = hash == std::string::npos ? std::string() : resolved.substr(hash + 1);
        if (!resource.empty() && resource != base) {
            base = resource;
            resources_[base] = {&schema, base, draft};
        } else if (resource.empty()) {
            resource = base;
        }
        if (!fragment.empty() && refs_hide_siblings(draft)) anchors_[resource + "#" + fragment] = {&schema, base, draft};
    }
    for (std::string_view keyword : {"$anchor", "$dynamicAnchor"}) {
        auto anchor = schema.find(keyword);
        if (refs_hide_siblings(draft) || anchor == schema.end() || !anchor->is_string()) continue;
        std::string name = base + "#" + anchor->get<std::string>();
        anchors_[name] = {&schema, base, draft};
        if (keyword == "$dynamicAnchor" && draft == JsonSchemaDraft::draft2020_12) dynamic_anchors_[name] = true;
    }
    nodes_[&schema] = {&schema, base, draft};
    if (auto p = schema.find("pattern"); p != schema.end() && p->is_string() && !regexes_.contains(p->get<std::string>()))
        regexes_[p->get<std::string>()] = std::make_unique<EcmaRegex>(p->get<std::string>());
    if (auto pp = schema.find("patternProperties"); pp != schema.end() && pp->is_object())
        for (const auto& [pattern, _] : pp->items())
            if (!regexes_.contains(pattern)) regexes_[pattern] = std::make_unique<EcmaRegex>(pattern);
    for (auto keyword : schema_keywords)
        if (auto sub = schema.find(std::string(keyword)); sub != schema.end() && (sub->is_object() || sub->is_boolean()))
            index(*sub, base, draft);
    for (auto keyword : schema_array_keywords)
        if (auto sub = schema.find(std::string(keyword)); sub != schema.end() && sub->is_array())
            for (const auto& element : *sub) index(element, base, draft);
    for (auto keyword : schema_map_keywords)
        if (auto sub = schema.find(std::string(keyword)); sub != schema.end() && sub->is_object())
            for (const auto& [_, element] : sub->items())
                if (element.is_object() || element.is_boolean()) index(element, base, draft);
}

const JsonSchemaNode* JsonSchemaSet::resolve(const std::string& uri) const {
    auto hash = uri.find('#');
    std::string resource = uri.substr(0, hash);
    std::string fragment = hash == std::string::npos ? std::string() : percent_decoded(uri.substr(hash + 1));
    if (!fragment.empty() && fragment[0] != '/') {
        auto anchor = anchors_.find(resource + "#" + fragment);
        return anchor == anchors_.end() ? nullptr : &anchor->second;
    }
    auto root = resources_.find(resource);
    if (root == resources_.end()) return nullptr;
    return fragment.empty() ? &root->second : follow_pointer(root->second, fragment);
}

// A JSON pointer from a resource's root; the node found keeps the base and
// draft of the nearest indexed schema on the way.
const JsonSchemaNode* JsonSchemaSet::follow_pointer(const JsonSchemaNode& root, std::string_view pointer) const {
    const nlohmann::json* at = root.json;
    const JsonSchemaNode* last = &root;
    while (!pointer.empty()) {
        pointer.remove_prefix(1);
        std::size_t slash = pointer.find('/');
        std::string token(pointer.substr(0, slash));
        pointer = slash == std::string_view::npos ? std::string_view{} : pointer.substr(slash);
        for (std::size_t i = 0; (i = token.find('~', i)) != std::string::npos; ++i)
            token.replace(i, 2, i + 1 < token.size() && token[i + 1] == '1' ? "/" : "~");
        if (at->is_object()) {
            auto next = at->find(token);
            if (next == at->end()) return nullptr;
            at = &*next;
        } else if (at->is_array()) {
            if (token.empty() || token.find_first_not_of("0123456789") != std::string::npos) return nullptr;
            std::size_t index = std::stoul(token);
            if (index >= at->size()) return nullptr;
            at = &(*at)[index];
        } else {
            return nullptr;
        }
        if (auto found = nodes_.find(at); found != nodes_.end()) last = &found->second;
    }
    if (last->json == at) return last;
    return &loose_nodes_.emplace_back(JsonSchemaNode{at, last->base, last->draft});
}

const JsonSchemaNode& JsonSchemaSet::node_of(const nlohmann::json& subschema, const JsonSchemaNode& parent) const {
    if (auto found = nodes_.find(&subschema); found != nodes_.end()) return found->second;
    return loose_nodes_.emplace_back(JsonSchemaNode{&subschema, parent.base, parent.draft});
}

const EcmaRegex& JsonSchemaSet::regex(const std::string& pattern) const { return *regexes_.at(pattern); }

}  // namespace wirekit
