#include "xml/xml_rules.hpp"

#include <optional>
#include <set>

#include "report/diagnostics.hpp"
#include "report/error.hpp"
#include "text/text.hpp"

namespace wirekit {

namespace {

std::string tag(std::string_view local) { return "<" + std::string(local) + ">"; }

// Where a prefix nobody declared leads: no real namespace, and not "none"
// either (check_namespace_prefixes reports the prefix itself).
constexpr std::string_view undeclared_namespace = "urn:wirekit:undeclared-prefix";

std::string_view element_namespace(pugi::xml_node element) {
    std::string_view ns = namespace_view(element);
    if (ns.empty() && std::string_view(element.name()).find(':') != std::string_view::npos) return undeclared_namespace;
    return ns;
}

bool name_matches(std::string_view name, std::string_view table_ns, std::string_view ns, std::string_view local) {
    if (name == any_element) return true;
    if (name == other_namespace) return !ns.empty() && ns != table_ns;
    if (name == foreign_element) return ns != table_ns;
    if (name == table_namespace) return ns == table_ns;
    if (name.starts_with('{')) {
        auto close = name.find('}');
        return name.substr(1, close - 1) == ns && name.substr(close + 1) == local;
    }
    return ns == table_ns && name == local;
}

bool slot_matches(const Slot& slot, std::string_view table_ns, pugi::xml_node child) {
    std::string_view ns = element_namespace(child);
    std::string_view local = local_name(child.name());
    for (auto name : slot.names)
        if (name_matches(name, table_ns, ns, local)) return true;
    return false;
}

// "<a>", "one of <a>, <b>".
std::string slot_description(const Slot& slot) {
    auto one = [](std::string_view name) {
        if (name == any_element) return std::string("an element");
        if (name == other_namespace || name == foreign_element) return std::string("an extension element");
        if (name == table_namespace) return std::string("an element of this namespace");
        if (name.starts_with('{')) return tag(name.substr(name.find('}') + 1));
        return tag(name);
    };
    if (slot.names.size() == 1) return one(slot.names[0]);
    std::string out = "one of ";
    for (std::size_t i = 0; i < slot.names.size(); ++i) out += (i ? ", " : "") + one(slot.names[i]);
    return out;
}

class RuleChecker {
public:
    RuleChecker(const XmlDocument& xml, std::span<const RuleTable> tables, Findings& findings)
        : xml_(xml), tables_(tables), findings_(findings) {}

    // Every xs:IDREF names an element's xs:ID.
    void check_references() {
        for (const auto& r : references_)
            if (!ids_.contains(r.id))
                report_at(xml_, r.element,
                          tag(local_name(r.element.name())) + " " + std::string(r.attribute) + ": no element has the id " +
                              quoted_value(r.id),
                          findings_);
    }

    void check(pugi::xml_node element, std::string_view parent_local) {
        const RuleTable* table = table_of(element_namespace(element));
        if (!table) return;
        std::string_view local = local_name(element.name());
        const ElementRule* rule = find_rule(*table, parent_local, local);
        if (!rule) {
            // Its parent's content model judged it; rules may still apply beneath it.
            check_children(element, local);
            return;
        }
        check_attributes(element, *rule, table->ns);
        check_text(element, *rule);
        // A rule that skips its children and lists none leaves its content unchecked.
        bool open_content = rule->skip_children && rule->content.empty();
        if (rule->text != TextRule::value && !open_content) check_content(element, *rule, table->ns);
        if (!rule->skip_children) check_children(element, local);
    }

private:
    void check_children(pugi::xml_node element, std::string_view local) {
        for (pugi::xml_node child : element.children())
            if (child.type() == pugi::node_element) check(child, local);
    }

    const RuleTable* table_of(std::string_view ns) const {
        for (const auto& table : tables_)
            if (table.ns == ns) return &table;
        return nullptr;
    }

    void check_attributes(pugi::xml_node element, const ElementRule& rule, std::string_view table_ns) {
        std::string_view local = local_name(element.name());
        for (const auto& wanted : rule.attributes) {
            pugi::xml_attribute attribute = element.attribute(std::string(wanted.name).c_str());
            if (!attribute) {
                if (wanted.required)
                    report_at(xml_, element, tag(local) + " needs the attribute " + std::string(wanted.name), findings_);
                continue;
            }
            std::string_view value = attribute.value();
            if (!wanted.fixed.empty() && value != wanted.fixed)
                report_at(xml_, element,
                          tag(local) + ": " + std::string(wanted.name) + " must be '" + std::string(wanted.fixed) +
                              "', not " + quoted_value(value),
                          findings_);
            else if (auto bad = wanted.check ? wanted.check(value) : std::nullopt)
                report_at(xml_, element, tag(local) + " " + std::string(wanted.name) + ": " + *bad, findings_);
            else if (wanted.check == check_xs_id && !ids_.insert(std::string(value)).second)
                report_at(xml_, element,
                          tag(local) + " " + std::string(wanted.name) + ": " + quoted_value(value) +
                              " is already the id of another element",
                          findings_);
            else if (wanted.check == check_xs_idref)
                references_.push_back({element, wanted.name, std::string(value)});
        }
        for (pugi::xml_attribute attribute : element.attributes()) {
            std::string_view name = attribute.name();
            if (name == "xmlns" || name.starts_with("xmlns:") || is_listed(rule, name)) continue;
            std::string_view ns = attribute_namespace(element, name);
            if (ns == "http://www.w3.org/2001/XMLSchema-instance") continue;
            bool allowed = rule.other_attributes == OtherAttributes::any ||
                           (rule.other_attributes == OtherAttributes::other_namespaces && !ns.empty() && ns != table_ns);
            if (!allowed)
                report_at(xml_, element, tag(local) + ": the attribute " + std::string(name) + " is not allowed", findings_);
        }
    }

    static bool is_listed(const ElementRule& rule, std::string_view name) {
        for (const auto& a : rule.attributes)
            if (a.name == name) return true;
        return false;
    }

    // The namespace of a prefixed attribute ("" without a prefix).
    static std::string_view attribute_namespace(pugi::xml_node element, std::string_view name) {
        auto colon = name.find(':');
        if (colon == std::string_view::npos) return {};
        std::string_view prefix = name.substr(0, colon);
        if (prefix == "xml") return "http://www.w3.org/XML/1998/namespace";
        std::string declaration = "xmlns:" + std::string(prefix);
        for (pugi::xml_node n = element; n; n = n.parent())
            if (pugi::xml_attribute a = n.attribute(declaration.c_str())) return a.value();
        return undeclared_namespace;
    }

    void check_text(pugi::xml_node element, const ElementRule& rule) {
        std::string_view local = local_name(element.name());
        if (rule.text == TextRule::mixed) return;
        if (rule.text == TextRule::none) {
            for (pugi::xml_node child : element.children())
                if ((child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) && !trim(child.value()).empty()) {
                    report_at(xml_, child, tag(local) + " holds elements only, not text", findings_);
                    return;
                }
            return;
        }
        for (pugi::xml_node child : element.children())
            if (child.type() == pugi::node_element) {
                report_at(xml_, child, tag(local) + " holds text only, not elements like " + tag(local_name(child.name())),
                          findings_);
                return;
            }
        if (rule.text_check)
            if (auto bad = rule.text_check(direct_text(element))) report_at(xml_, element, tag(local) + ": " + *bad, findings_);
    }

    void check_content(pugi::xml_node element, const ElementRule& rule, std::string_view table_ns) {
        if (rule.order == Order::interleave)
            check_interleave(element, rule, table_ns);
        else
            check_sequence(element, rule, table_ns);
    }

    void report_unexpected(pugi::xml_node element, pugi::xml_node child) {
        report_at(xml_, child,
                  tag(local_name(element.name())) + ": " + tag(local_name(child.name())) + " is not allowed here", findings_);
    }

    void report_too_many(pugi::xml_node element, pugi::xml_node child, const Slot& slot) {
        report_at(xml_, child,
                  tag(local_name(element.name())) + ": " + tag(local_name(child.name())) + " once too often (" +
                      (slot.max > 1             ? "at most " + std::to_string(slot.max)
                       : slot.names.size() == 1 ? std::string("only one is allowed")
                                                : "only " + slot_description(slot) + " is allowed") +
                      ")",
                  findings_);
    }

    void report_missing(pugi::xml_node element, pugi::xml_node before, const Slot& slot) {
        std::string message = tag(local_name(element.name())) + ": " + slot_description(slot) + " is required";
        if (before) message += " before " + tag(local_name(before.name()));
        report_at(xml_, before ? before : element, message, findings_);
    }

    void check_sequence(pugi::xml_node element, const ElementRule& rule, std::string_view table_ns) {
        const auto& slots = rule.content;
        std::vector<int> counts(slots.size(), 0);
        std::vector<pugi::xml_node> first_seen(slots.size());
        std::size_t cursor = 0;
        for (pugi::xml_node child : element.children()) {
            if (child.type() != pugi::node_element) continue;
            std::optional<std::size_t> target;
            std::optional<std::size_t> full;
            for (std::size_t j = cursor; j < slots.size() && !target; ++j) {
                if (!slot_matches(slots[j], table_ns, child)) continue;
                if (counts[j] < slots[j].max)
                    target = j;
                else if (!full)
                    full = j;
            }
            if (!target && full) {
                report_too_many(element, child, slots[*full]);
                continue;
            }
            if (!target) {
                report_out_of_place(element, child, slots, table_ns, cursor, first_seen);
                continue;
            }
            for (std::size_t k = cursor; k < *target; ++k)
                if (counts[k] < slots[k].min) report_missing(element, child, slots[k]);
            cursor = *target;
            if (counts[cursor]++ == 0) first_seen[cursor] = child;
        }
        for (std::size_t k = cursor; k < slots.size(); ++k)
            if (counts[k] < slots[k].min) report_missing(element, {}, slots[k]);
    }

    void report_out_of_place(pugi::xml_node element, pugi::xml_node child, const std::vector<Slot>& slots,
                             std::string_view table_ns, std::size_t cursor, const std::vector<pugi::xml_node>& first_seen) {
        for (std::size_t j = 0; j < cursor; ++j) {
            if (!slot_matches(slots[j], table_ns, child)) continue;
            for (std::size_t k = j + 1; k <= cursor; ++k)
                if (first_seen[k]) {
                    report_at(xml_, child,
                              tag(local_name(element.name())) + ": " + tag(local_name(child.name())) + " must come before " +
                                  tag(local_name(first_seen[k].name())),
                              findings_);
                    return;
                }
        }
        report_unexpected(element, child);
    }

    void check_interleave(pugi::xml_node element, const ElementRule& rule, std::string_view table_ns) {
        const auto& slots = rule.content;
        std::size_t first_trailing = slots.size() - static_cast<std::size_t>(rule.trailing_slots);
        std::vector<int> counts(slots.size(), 0);
        pugi::xml_node trailing_seen;
        for (pugi::xml_node child : element.children()) {
            if (child.type() != pugi::node_element) continue;
            std::optional<std::size_t> target;
            for (std::size_t j = 0; j < slots.size() && !target; ++j)
                if (slot_matches(slots[j], table_ns, child)) target = j;
            if (!target) {
                report_unexpected(element, child);
                continue;
            }
            if (*target >= first_trailing) {
                if (!trailing_seen) trailing_seen = child;
            } else if (trailing_seen) {
                report_at(xml_, child,
                          tag(local_name(element.name())) + ": " + tag(local_name(child.name())) +
                              " must come before the first " + tag(local_name(trailing_seen.name())),
                          findings_);
            }
            if (++counts[*target] > slots[*target].max) report_too_many(element, child, slots[*target]);
        }
        for (std::size_t k = 0; k < slots.size(); ++k)
            if (counts[k] < slots[k].min) report_missing(element, {}, slots[k]);
    }

    const XmlDocument& xml_;
    std::span<const RuleTable> tables_;
    Findings& findings_;
    std::set<std::string> ids_;  // the xs:ID values seen so far
    struct Reference {
        pugi::xml_node element;
        std::string_view attribute;
        std::string id;
    };
    std::vector<Reference> references_;  // xs:IDREF values, resolved at the end
};

}  // namespace

const ElementRule* find_rule(const RuleTable& table, std::string_view parent_local, std::string_view local) {
    const ElementRule* general = nullptr;
    for (const auto& rule : table.elements) {
        std::string_view name = rule.name;
        auto slash = name.find('/');
        if (slash == std::string_view::npos) {
            if (name == local && !general) general = &rule;
        } else if (name.substr(slash + 1) == local && name.substr(0, slash) == parent_local) {
            return &rule;
        }
    }
    return general;
}

void check_element_rules(const XmlDocument& xml, pugi::xml_node element, std::span<const RuleTable> tables,
                         Findings& findings) {
    pugi::xml_node parent = element.parent();
    std::string_view parent_local = parent.type() == pugi::node_element ? local_name(parent.name()) : std::string_view{};
    RuleChecker checker(xml, tables, findings);
    checker.check(element, parent_local);
    checker.check_references();
}


}  // namespace wirekit
