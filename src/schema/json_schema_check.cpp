#include <algorithm>
#include <cmath>
#include <functional>
#include <optional>
#include <set>

#include "json/json_value.hpp"
#include "schema/json_schema.hpp"
#include "schema/json_schema_errors.hpp"
#include "schema/json_schema_formats.hpp"
#include "schema/json_schema_regex.hpp"
#include "text/text.hpp"
#include "text/url.hpp"

namespace wirekit {

namespace {

using Json = nlohmann::json;

// Evaluations nested deeper than this (a schema that refers to itself
// without going into the value) stop with an error.
constexpr int max_nesting = 2000;

bool has_type(const Json& value, std::string_view type) {
    if (type == "null") return value.is_null();
    if (type == "boolean") return value.is_boolean();
    if (type == "object") return value.is_object();
    if (type == "array") return value.is_array();
    if (type == "string") return value.is_string();
    if (type == "number") return value.is_number();
    if (type == "integer")
        return value.is_number_integer() ||
               (value.is_number_float() && std::isfinite(value.get<double>()) && std::trunc(value.get<double>()) == value.get<double>());
    return false;
}

// Numbers compared exactly, whether JSON gave them as int64, uint64 or double.
int compare_numbers(const Json& a, const Json& b) {
    auto as_long_double = [](const Json& n) {
        if (n.is_number_unsigned()) return static_cast<long double>(n.get<std::uint64_t>());
        if (n.is_number_integer()) return static_cast<long double>(n.get<std::int64_t>());
        return static_cast<long double>(n.get<double>());
    };
    long double x = as_long_double(a), y = as_long_double(b);
    return x < y ? -1 : x > y ? 1 : 0;
}

// A count keyword's value (minItems and the like): an integer, or a number
// with nothing after the point, as later drafts allow.
std::optional<std::size_t> count_of(const Json& schema, const char* keyword) {
    auto found = schema.find(keyword);
    if (found == schema.end() || !found->is_number() || found->get<double>() < 0 || !has_type(*found, "integer"))
        return std::nullopt;
    return static_cast<std::size_t>(found->get<double>());
}

bool is_multiple_of(const Json& value, const Json& divisor) {
    if (value.is_number_integer() && divisor.is_number_integer() && !value.is_number_unsigned() && !divisor.is_number_unsigned()) {
        auto d = divisor.get<std::int64_t>();
        return d != 0 && value.get<std::int64_t>() % d == 0;
    }
    long double quotient = static_cast<long double>(value.get<double>()) / divisor.get<double>();
    return std::isfinite(quotient) && std::trunc(quotient) == quotient;
}

// What a "not" refuses, for its message: a value, values, members, or a schema.
std::string refusal_of(const Json& schema) {
    if (schema.is_object() && schema.size() == 1) {
        if (schema.contains("const")) return "expected anything but " + schema["const"].dump();
        if (schema.contains("enum") && schema["enum"].is_array()) {
            std::string values;
            for (const auto& v : schema["enum"]) values += (values.empty() ? "" : ", ") + v.dump();
            return "expected none of " + values;
        }
    }
    return "expected not to match the schema of \"not\", which it does";
}

class Evaluator {
public:
    Evaluator(const JsonSchemaSet& set, JsonSchemaOptions options) : set_(set), options_(options) {}

    // Whether VALUE holds against NODE; what breaks it goes to ERRORS, the
    // members it evaluated (for unevaluatedProperties) to EVALUATED.
    bool check(const Json& value, const JsonSchemaNode& node, const JsonPath& path, SchemaErrors& errors,
               EvaluatedMembers& evaluated) {
        const Json& schema = *node.json;
        if (schema.is_boolean()) {
            if (!schema.get<bool>()) errors.add(path, "not allowed here");
            return schema.get<bool>();
        }
        if (!schema.is_object()) return true;
        std::size_t before = errors.size();
        if (nesting_ >= max_nesting) {
            errors.add(path, "the schema nests deeper than " + std::to_string(max_nesting) + " levels here");
            return false;
        }
        ++nesting_;
        bool entered = scope_.empty() || scope_.back() != node.base;
        if (entered) scope_.push_back(node.base);
        if (refs_hide_siblings(node.draft) && schema.contains("$ref")) {
            check_reference(value, node, "$ref", path, errors, evaluated);
        } else {
            EvaluatedMembers local;
            check_keywords(value, node, path, errors, local);
            if (value.is_object()) check_unevaluated(value, node, path, errors, local);
            evaluated.insert(evaluated.end(), local.begin(), local.end());
        }
        if (entered) scope_.pop_back();
        --nesting_;
        return errors.size() == before;
    }

private:
    const JsonSchemaNode& sub(const Json& subschema, const JsonSchemaNode& parent) const { return set_.node_of(subschema, parent); }

    // Checks SUBSCHEMA on its own: its errors and evaluated members are kept
    // apart for the caller to take or drop.
    bool try_sub(const Json& value, const Json& subschema, const JsonSchemaNode& parent, const JsonPath& path,
                 SchemaErrors& errors, EvaluatedMembers& evaluated) {
        return check(value, sub(subschema, parent), path, errors, evaluated);
    }

    void check_keywords(const Json& value, const JsonSchemaNode& node, const JsonPath& path, SchemaErrors& errors,
                        EvaluatedMembers& evaluated) {
        const Json& schema = *node.json;
        if (schema.contains("$ref")) check_reference(value, node, "$ref", path, errors, evaluated);
        if (schema.contains("$dynamicRef") && node.draft == JsonSchemaDraft::draft2020_12)
            check_reference(value, node, "$dynamicRef", path, errors, evaluated);
        check_type(value, schema, path, errors);
        check_values(value, schema, path, errors);
        if (value.is_number()) check_number(value, node, path, errors);
        if (value.is_string()) check_string(value, schema, path, errors);
        if (value.is_array()) check_array(value, node, path, errors);
        if (value.is_object()) check_object(value, node, path, errors, evaluated);
        check_combinations(value, node, path, errors, evaluated);
    }

    void check_reference(const Json& value, const JsonSchemaNode& node, const char* keyword, const JsonPath& path,
                         SchemaErrors& errors, EvaluatedMembers& evaluated) {
        const Json& ref = (*node.json)[keyword];
        if (!ref.is_string()) return;
        std::string uri = resolve_url(node.base, ref.get<std::string>());
        const JsonSchemaNode* target = set_.resolve(uri);
        if (target && std::string_view(keyword) == "$dynamicRef" && set_.is_dynamic_anchor(uri)) {
            std::string name = uri.substr(uri.find('#'));
            for (const std::string& base : scope_)
                if (set_.is_dynamic_anchor(base + name)) {
                    target = set_.resolve(base + name);
                    break;
                }
        }
        if (!target) {
            errors.add(path, "the schema refers to " + uri + ", which is not among the schemas known");
            return;
        }
        check(value, *target, path, errors, evaluated);
    }

    void check_type(const Json& value, const Json& schema, const JsonPath& path, SchemaErrors& errors) {
        auto type = schema.find("type");
        if (type == schema.end()) return;
        std::vector<std::string> names;
        if (type->is_string()) names.push_back(type->get<std::string>());
        if (type->is_array())
            for (const auto& t : *type)
                if (t.is_string()) names.push_back(t.get<std::string>());
        if (std::any_of(names.begin(), names.end(), [&](const std::string& t) { return has_type(value, t); })) return;
        errors.add_type(path, names, value);
    }

    void check_values(const Json& value, const Json& schema, const JsonPath& path, SchemaErrors& errors) {
        if (auto c = schema.find("const"); c != schema.end() && *c != value) errors.add_value(path, {*c}, value);
        if (auto e = schema.find("enum"); e != schema.end() && e->is_array() &&
                                          std::find(e->begin(), e->end(), value) == e->end())
            errors.add_value(path, std::vector<Json>(e->begin(), e->end()), value);
    }

    void check_number(const Json& value, const JsonSchemaNode& node, const JsonPath& path, SchemaErrors& errors) {
        const Json& schema = *node.json;
        NumberRange range;
        range.integer = schema.value("type", Json()) == "integer";
        auto bound = [&](const char* keyword) -> const Json* {
            auto found = schema.find(keyword);
            return found != schema.end() && found->is_number() ? &*found : nullptr;
        };
        range.minimum = bound("minimum");
        range.maximum = bound("maximum");
        if (node.draft == JsonSchemaDraft::draft4) {
            range.exclusive_minimum = range.minimum && schema.value("exclusiveMinimum", false);
            range.exclusive_maximum = range.maximum && schema.value("exclusiveMaximum", false);
        } else {
            if (const Json* low = bound("exclusiveMinimum")) range.minimum = low, range.exclusive_minimum = true;
            if (const Json* high = bound("exclusiveMaximum")) range.maximum = high, range.exclusive_maximum = true;
        }
        bool low = range.minimum && compare_numbers(value, *range.minimum) < (range.exclusive_minimum ? 1 : 0);
        bool high = range.maximum && compare_numbers(value, *range.maximum) > (range.exclusive_maximum ? -1 : 0);
        if (low || high) errors.add_range(path, range, value);
        if (const Json* divisor = bound("multipleOf"); divisor && !is_multiple_of(value, *divisor))
            errors.add(path, "expected a multiple of " + divisor->dump() + ", got " + describe_json_value(value));
    }

    void check_string(const Json& value, const Json& schema, const JsonPath& path, SchemaErrors& errors) {
        const std::string& text = value.get_ref<const std::string&>();
        std::size_t length = utf8_length(text);
        if (auto min = count_of(schema, "minLength"); min && length < *min)
            errors.add(path, *min == 1 ? std::string("expected a non-empty string")
                                       : "expected a string of at least " + std::to_string(*min) + " characters, got " +
                                             describe_json_value(value));
        if (auto max = count_of(schema, "maxLength"); max && length > *max)
            errors.add(path, "expected a string of at most " + std::to_string(*max) + " characters, got " + describe_json_value(value));
        if (auto pattern = schema.find("pattern"); pattern != schema.end() && pattern->is_string())
            check_pattern(pattern->get<std::string>(), text, path, errors, [&] {
                return "expected a string matching the pattern " + pattern->get<std::string>() + ", got " + describe_json_value(value);
            });
        if (auto format = schema.find("format"); options_.assert_formats && format != schema.end() && format->is_string() &&
                                                 !passes_json_format(format->get<std::string>(), text))
            errors.add(path, format->get<std::string>() == "date-time"
                                 ? "expected an RFC 3339 date-time such as 2024-03-12T08:00:00Z, got " + describe_json_value(value)
                                 : "expected an absolute URI, got " + describe_json_value(value));
    }

    // Whether PATTERN matches TEXT; when it does not, the error MESSAGE gives
    // (none without MESSAGE: patternProperties only picks members).
    bool check_pattern(const std::string& pattern, std::string_view text, const JsonPath& path, SchemaErrors& errors,
                       const std::function<std::string()>& message) {
        const EcmaRegex& regex = set_.regex(pattern);
        if (regex.error()) {
            errors.add(path, "the schema's pattern " + pattern + " is not a regular expression: " + *regex.error());
            return false;
        }
        if (regex.search(text)) return true;
        if (message) errors.add(path, message());
        return false;
    }

    void check_array(const Json& value, const JsonSchemaNode& node, const JsonPath& path, SchemaErrors& errors) {
        const Json& schema = *node.json;
        if (auto min = count_of(schema, "minItems"); min && value.size() < *min)
            errors.add(path, *min == 1 ? std::string("expected a non-empty array")
                                       : "expected an array of at least " + std::to_string(*min) + " elements, got " +
                                             std::to_string(value.size()));
        if (auto max = count_of(schema, "maxItems"); max && value.size() > *max)
            errors.add(path, "expected an array of at most " + std::to_string(*max) + " elements, got " + std::to_string(value.size()));
        if (schema.value("uniqueItems", false)) check_unique(value, path, errors);
        // The schemas for leading elements, and the one for the rest.
        const Json* tuple = nullptr;
        const Json* rest = nullptr;
        auto items = schema.find("items");
        if (node.draft == JsonSchemaDraft::draft2020_12) {
            if (auto prefix = schema.find("prefixItems"); prefix != schema.end() && prefix->is_array()) tuple = &*prefix;
            if (items != schema.end()) rest = &*items;
        } else if (items != schema.end() && items->is_array()) {
            tuple = &*items;
            if (auto additional = schema.find("additionalItems"); additional != schema.end()) rest = &*additional;
        } else if (items != schema.end()) {
            rest = &*items;
        }
        for (std::size_t i = 0; i < value.size(); ++i) {
            const Json* element_schema = tuple && i < tuple->size() ? &(*tuple)[i] : rest;
            if (!element_schema) continue;
            EvaluatedMembers unused;
            try_sub(value[i], *element_schema, node, path.element(i), errors, unused);
        }
    }

    void check_unique(const Json& value, const JsonPath& path, SchemaErrors& errors) {
        for (std::size_t i = 0; i < value.size(); ++i)
            for (std::size_t j = i + 1; j < value.size(); ++j)
                if (value[i] == value[j]) {
                    errors.add(path, "expected unique elements, but [" + std::to_string(i) + "] and [" + std::to_string(j) +
                                         "] are equal");
                    return;
                }
    }

    void check_object(const Json& value, const JsonSchemaNode& node, const JsonPath& path, SchemaErrors& errors,
                      EvaluatedMembers& evaluated) {
        const Json& schema = *node.json;
        if (auto min = count_of(schema, "minProperties"); min && value.size() < *min)
            errors.add(path, *min == 1 ? std::string("expected a non-empty object")
                                       : "expected an object of at least " + std::to_string(*min) + " members");
        if (auto required = schema.find("required"); required != schema.end() && required->is_array())
            for (const auto& name : *required)
                if (name.is_string() && !value.contains(name.get<std::string>())) errors.add_missing(path, name.get<std::string>());
        auto properties = schema.find("properties");
        auto patterns = schema.find("patternProperties");
        auto additional = schema.find("additionalProperties");
        auto names = schema.find("propertyNames");
        auto dependent = schema.find("dependentSchemas");
        for (const auto& [key, member] : value.items()) {
            JsonPath member_path = path.member(key);
            bool matched = false;
            if (properties != schema.end() && properties->is_object())
                if (auto p = properties->find(key); p != properties->end()) {
                    matched = true;
                    EvaluatedMembers unused;
                    try_sub(member, *p, node, member_path, errors, unused);
                }
            if (patterns != schema.end() && patterns->is_object())
                for (const auto& [pattern, pattern_schema] : patterns->items())
                    if (check_pattern(pattern, key, member_path, errors, nullptr)) {
                        matched = true;
                        EvaluatedMembers unused;
                        try_sub(member, pattern_schema, node, member_path, errors, unused);
                    }
            if (!matched && additional != schema.end()) {
                matched = true;
                if (additional->is_boolean() && !additional->get<bool>())
                    errors.add(member_path, "unknown member (not allowed here)");
                else {
                    EvaluatedMembers unused;
                    try_sub(member, *additional, node, member_path, errors, unused);
                }
            }
            if (matched) evaluated.push_back(key);
            if (names != schema.end()) check_name(key, *names, node, member_path, errors);
            if (dependent != schema.end() && dependent->is_object() && !refs_hide_siblings(node.draft))
                if (auto d = dependent->find(key); d != dependent->end()) {
                    EvaluatedMembers found;
                    if (try_sub(value, *d, node, path, errors, found)) evaluated.insert(evaluated.end(), found.begin(), found.end());
                }
        }
    }

    void check_name(const std::string& key, const Json& names, const JsonSchemaNode& node, const JsonPath& member_path,
                    SchemaErrors& errors) {
        SchemaErrors found;
        EvaluatedMembers unused;
        JsonPath top;
        if (!try_sub(Json(key), names, node, top, found, unused))
            errors.add(member_path, "this member's name is not allowed: " + found.first_message());
    }

    void check_unevaluated(const Json& value, const JsonSchemaNode& node, const JsonPath& path, SchemaErrors& errors,
                           EvaluatedMembers& evaluated) {
        auto unevaluated = node.json->find("unevaluatedProperties");
        if (unevaluated == node.json->end() || refs_hide_siblings(node.draft)) return;
        std::set<std::string_view> seen(evaluated.begin(), evaluated.end());
        for (const auto& [key, member] : value.items()) {
            if (seen.contains(key)) continue;
            JsonPath member_path = path.member(key);
            if (unevaluated->is_boolean() && !unevaluated->get<bool>()) {
                errors.add(member_path, "unknown member (not allowed here)");
                continue;
            }
            EvaluatedMembers unused;
            if (try_sub(member, *unevaluated, node, member_path, errors, unused)) evaluated.push_back(key);
        }
    }

    void check_combinations(const Json& value, const JsonSchemaNode& node, const JsonPath& path, SchemaErrors& errors,
                            EvaluatedMembers& evaluated) {
        const Json& schema = *node.json;
        if (auto all = schema.find("allOf"); all != schema.end() && all->is_array())
            for (const auto& s : *all) try_sub(value, s, node, path, errors, evaluated);
        for (const char* keyword : {"anyOf", "oneOf"}) {
            auto alternatives = schema.find(keyword);
            if (alternatives == schema.end() || !alternatives->is_array()) continue;
            std::vector<SchemaErrors> failures;
            std::vector<const Json*> holding;
            for (const auto& s : *alternatives) {
                SchemaErrors found;
                EvaluatedMembers members;
                if (try_sub(value, s, node, path, found, members)) {
                    holding.push_back(&s);
                    evaluated.insert(evaluated.end(), members.begin(), members.end());
                } else {
                    failures.push_back(std::move(found));
                }
            }
            if (holding.empty())
                errors.add_none_holds(path, failures);
            else if (holding.size() > 1 && std::string_view(keyword) == "oneOf")
                errors.add_several_hold(path, holding, alternatives->size());
        }
        if (auto no = schema.find("not"); no != schema.end()) {
            SchemaErrors found;
            EvaluatedMembers unused;
            if (try_sub(value, *no, node, path, found, unused)) errors.add(path, refusal_of(*no));
        }
        if (auto condition = schema.find("if"); condition != schema.end() && node.draft != JsonSchemaDraft::draft4) {
            SchemaErrors found;
            EvaluatedMembers members;
            bool holds = try_sub(value, *condition, node, path, found, members);
            if (holds) evaluated.insert(evaluated.end(), members.begin(), members.end());
            if (auto branch = schema.find(holds ? "then" : "else"); branch != schema.end())
                try_sub(value, *branch, node, path, errors, evaluated);
        }
    }

    const JsonSchemaSet& set_;
    JsonSchemaOptions options_;
    std::vector<std::string> scope_;  // the base URIs of the resources entered, outermost first
    int nesting_ = 0;
};

}  // namespace

void check_json_schema(const nlohmann::json& value, const JsonSchemaSet& schemas, const std::string& uri,
                       const JsonPath& path, JsonReport& report, JsonSchemaOptions options) {
    SchemaErrors errors;
    EvaluatedMembers unused;
    const JsonSchemaNode* root = schemas.resolve(uri);
    if (!root) {
        report.error(path, "no schema " + uri + " is known");
        return;
    }
    Evaluator(schemas, options).check(value, *root, path, errors, unused);
    errors.report_to(report);
}

bool json_schema_accepts(const nlohmann::json& value, const JsonSchemaSet& schemas, const std::string& uri,
                         JsonSchemaOptions options) {
    SchemaErrors errors;
    EvaluatedMembers unused;
    const JsonSchemaNode* root = schemas.resolve(uri);
    return root && Evaluator(schemas, options).check(value, *root, JsonPath{}, errors, unused);
}

}  // namespace wirekit
