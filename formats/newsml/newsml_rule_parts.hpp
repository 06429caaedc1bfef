#pragma once
// The pieces the NewsML-G2 rule tables are made of: the schema's attribute
// groups and the shapes its property types share, written from
// NewsML-G2_2.35-spec-All-Power.xsd.
#include <initializer_list>
#include <string_view>
#include <vector>

#include "xml/xml_rules.hpp"

namespace wirekit::g2 {

using Attributes = std::vector<AttributeRule>;
using Slots = std::vector<Slot>;

Attributes join(std::initializer_list<Attributes> groups);
Slots join_slots(std::initializer_list<Slots> groups);

// Attribute groups (commonPowerAttributes, i18nAttributes, flexAttributes, ...).
extern const Attributes common_power;
extern const Attributes i18n;
extern const Attributes flex;
extern const Attributes qualifying;
extern const Attributes time_validity;
extern const Attributes authority;
extern const Attributes role_list;
extern const Attributes rank;
extern const Attributes confidence;
extern const Attributes quantify;
extern const Attributes relation;
extern const Attributes news_content;
extern const Attributes news_content_type;
extern const Attributes news_content_characteristics;
extern const Attributes target_resource;

// xs:any namespace="##other": the extension point at the end of most content models.
extern const std::vector<std::string_view> extension;
// ConceptDefinitionGroup, ConceptRelationshipsGroup.
extern const Slots concept_groups;
// RelatedConceptType's own part: what is said of the related concept.
extern const Slots related_concept;

// A property naming a concept (Flex1PropType and its relatives): the concept
// groups, then DETAILS, then extensions; the flex attributes and MORE.
ElementRule concept_property(std::string_view name, Slots details = {}, Attributes more = {});
// FlexPropType (names and hierarchy only) extended with MORE_SLOTS and MORE attributes.
ElementRule flex_property(std::string_view name, Slots more_slots = {}, Attributes more = {});
// QCodePropType with a choice of NAMES (QualPropType, QualRelPropType).
ElementRule qcode_property(std::string_view name, std::vector<std::string_view> names);
// Simple content of type CHECK (nullptr: any string) with the common attributes and MORE.
ElementRule simple(std::string_view name, ValueCheck check, Attributes more = {});
// Label1Type and BlockType: text with G2's inline markup and elements of
// other namespaces (XHTML); MORE attributes.
ElementRule label(std::string_view name, Attributes more = {});
// Link1Type: a link to a resource, with anything inside (checked where the
// schema declares it: the wildcard is lax).
ElementRule link_rule(std::string_view name);

// The rules of the items and their blocks (newsml_rules.cpp) and of the
// property elements inside them (newsml_property_rules.cpp).
std::vector<ElementRule> structure_rules();
std::vector<ElementRule> property_rules();

}  // namespace wirekit::g2
