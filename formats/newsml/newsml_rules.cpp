#include "newsml/newsml_rules.hpp"

#include "newsml/newsml_names.hpp"
#include "newsml/newsml_rule_parts.hpp"
#include "newsml/newsml_values.hpp"

// Written from NewsML-G2_2.35-spec-All-Power.xsd: the message and its header,
// the items (news, package) with their item and content metadata blocks, the
// content set, rights, groups, publishing history and catalogs, in full
// (children in order, every attribute). The properties inside them are in
// newsml_property_rules.cpp. Elements the tables leave out (partMeta,
// planning and concept items, ...) are checked only where their parents allow them.
namespace wirekit {

namespace g2 {

namespace {

const Slots any_item_head = {
    {{"{http://www.w3.org/2000/09/xmldsig#}Signature"}, 0, 1},
    {{"catalogRef", "catalog"}, 0, unbounded},
    {{"hopHistory"}, 0, 1},
    {{"pubHistory"}, 0, 1},
    {{"rightsInfo"}, 0, unbounded},
    {{"itemMeta"}, 1, 1},
};
const Slots any_item_body = {
    {{"contentMeta"}, 0, 1},
    {{"partMeta"}, 0, unbounded},
    {{"assert"}, 0, unbounded},
    {{"inlineRef"}, 0, unbounded},
    {{"derivedFrom", "derivedFromValue"}, 0, unbounded},
};
// AnyItemType and an item's own end: its contentSet or groupSet. (The
// attributes are joined here, not at start-up: i18n lives in another file.)
ElementRule item(std::string_view name, std::string_view content_set) {
    return {.name = name,
            .content = join_slots({any_item_head, any_item_body, {{{content_set}, 0, 1}}}),
            .attributes = join({{{"standard", nullptr, true},
                                 {"standardversion", check_g2_standard_version, true},
                                 {"conformance"},
                                 {"guid", nullptr, true},
                                 {"version", check_g2_positive_integer}},
                                i18n})};
}

}  // namespace

std::vector<ElementRule> structure_rules() {
    return {
        {.name = "newsMessage", .content = {{{"header"}, 1, 1}, {{"itemSet"}, 1, 1}}},
        {.name = "header",
         .content = {{{"sent"}, 1, 1},
                     {{"catalogRef", "catalog"}, 0, unbounded},
                     {{"sender"}, 0, 1},
                     {{"transmitId"}, 0, 1},
                     {{"priority"}, 0, 1},
                     {{"origin"}, 0, 1},
                     {{"timestamp", "destination", "channel", "signal", "headerExtProperty"}, 0, unbounded},
                     {extension, 0, unbounded}},
         .attributes = common_power},
        {.name = "header/sent", .text = TextRule::value, .text_check = check_g2_date_time, .attributes = common_power},
        simple("header/sender", nullptr, qualifying),
        simple("header/transmitId", nullptr),
        simple("header/priority", check_g2_urgency),
        simple("header/origin", nullptr, qualifying),
        {.name = "header/timestamp",
         .text = TextRule::value,
         .text_check = check_g2_date_time,
         .attributes = join({common_power, {{"role"}}})},
        simple("header/destination", nullptr, qualifying),
        simple("header/channel", nullptr, join({qualifying, {{"g2flag", nullptr, false, "NMSG"}}})),
        {.name = "itemSet", .content = {{{table_namespace}, 1, unbounded}}, .attributes = common_power},
        item("newsItem", "contentSet"),
        item("packageItem", "groupSet"),
        {.name = "catalogRef",
         .content = {{{"title"}, 0, unbounded}},
         .attributes = join({{{"href", nullptr, true}}, common_power})},
        {.name = "rightsInfo",
         .content = {{{"accountable"}, 0, 1},
                     {{"copyrightHolder"}, 0, 1},
                     {{"copyrightNotice", "usageTerms", "link", "rightsInfoExtProperty", "rightsExpressionXML",
                       "rightsExpressionData"},
                      0,
                      unbounded},
                     {{"dataMining"}, 0, 1},
                     {extension, 0, unbounded}},
         .attributes = join({{{"idrefs"}, {"scope", check_g2_qcode_list}, {"scopeuri"}, {"aspect", check_g2_qcode_list},
                              {"aspecturi"}},
                             common_power, i18n, time_validity})},
        {.name = "itemMeta",
         .content = {{{"itemClass"}, 1, 1},
                     {{"provider"}, 1, 1},
                     {{"versionCreated"}, 1, 1},
                     {{"firstCreated"}, 0, 1},
                     {{"embargoed"}, 0, 1},
                     {{"pubStatus"}, 0, 1},
                     {{"role"}, 0, 1},
                     {{"fileName"}, 0, 1},
                     {{"generator"}, 0, unbounded},
                     {{"profile"}, 0, 1},
                     {{"service"}, 0, unbounded},
                     {{"title"}, 0, unbounded},
                     {{"edNote"}, 0, unbounded},
                     {{"memberOf"}, 0, unbounded},
                     {{"instanceOf"}, 0, unbounded},
                     {{"signal"}, 0, unbounded},
                     {{"altRep"}, 0, unbounded},
                     {{"deliverableOf"}, 0, unbounded},
                     {{"hash"}, 0, unbounded},
                     {{"expires"}, 0, unbounded},
                     {{"origRep"}, 0, unbounded},
                     {{"incomingFeedId"}, 0, unbounded},
                     {{"metadataCreator"}, 0, 1},
                     {{"link"}, 0, unbounded},
                     {{"itemMetaExtProperty"}, 0, unbounded},
                     {extension, 0, unbounded}},
         .attributes = join({common_power, i18n})},
        // ContentMetadataAfDType: icon, AdministrativeMetadataGroup, DescriptiveMetadataGroup, extensions.
        {.name = "contentMeta",
         .content = {{{"icon"}, 0, unbounded},
                     {{"urgency"}, 0, 1},
                     {{"contentCreated"}, 0, 1},
                     {{"contentModified"}, 0, 1},
                     {{"digitalSourceType"}, 0, 1},
                     {{"located", "infoSource", "creator", "contributor", "audience", "exclAudience", "altId", "rating",
                       "userInteraction"},
                      0,
                      unbounded},
                     {{"language", "genre", "keyword", "subject", "slugline", "headline", "dateline", "by", "creditline",
                       "description"},
                      0,
                      unbounded},
                     {{"contentMetaExtProperty"}, 0, unbounded},
                     {extension, 0, unbounded}},
         .attributes = join({common_power, i18n})},
        {.name = "contentSet",
         .content = {{{"inlineXML", "inlineData", "remoteContent"}, 0, unbounded}},
         .attributes = join({common_power, {{"original"}}})},
        // Its content is any one element, checked when its namespace has a table (NITF).
        {.name = "inlineXML",
         .content = {{{any_element}, 0, 1}},
         .attributes = join({news_content, news_content_type, news_content_characteristics, i18n})},
        {.name = "inlineData",
         .text = TextRule::value,
         .attributes = join({news_content, news_content_type, {{"encoding", check_g2_qcode}, {"encodinguri"}},
                             news_content_characteristics, i18n})},
        {.name = "remoteContent",
         .content = {{{"channel"}, 0, unbounded},
                     {{"altId"}, 0, unbounded},
                     {{"altLoc"}, 0, unbounded},
                     {{"hash"}, 0, unbounded},
                     {{"signal"}, 0, unbounded},
                     {{"remoteContentExtProperty"}, 0, unbounded},
                     {extension, 0, unbounded}},
         .attributes = join({news_content, target_resource, time_validity, news_content_characteristics,
                             {{"language", check_xs_language}}})},
        {.name = "groupSet",
         .content = {{{"group"}, 1, unbounded}},
         .attributes = join({common_power, {{"root", check_xs_idref, true}}})},
        {.name = "group",
         .content = {{{"groupRef", "itemRef", "conceptRef", "title", "signal", "edNote", "groupExtProperty", other_namespace},
                      0,
                      unbounded}},
         .attributes = join(
             {common_power, {{"role", check_g2_qcode}, {"roleuri"}, {"mode", check_g2_qcode}, {"modeuri"}}, i18n})},
        {.name = "groupRef", .attributes = join({{{"idref", check_xs_idref, true}}, common_power})},
        link_rule("itemRef"),
        {.name = "assert",
         .content = {{{any_element}, 0, unbounded}},
         .attributes = join({{{"qcode", check_g2_qcode}, {"uri"}, {"literal", check_g2_string}}, common_power, i18n})},

        // Publishing history and catalogs.
        {.name = "pubHistory", .content = {{{"published"}, 1, unbounded}}, .attributes = common_power},
        {.name = "published",
         .content = {{{"timestamp"}, 0, 1}, {{"name", "related", "publishedExtProperty", other_namespace}, 0, unbounded}},
         .attributes = join({common_power, {{"qcode", check_g2_qcode}, {"uri"}, {"literal", check_g2_string}}})},
        {.name = "published/timestamp",
         .text = TextRule::value,
         .text_check = check_g2_truncated_date_time,
         .attributes = common_power},
        {.name = "catalog",
         .content = {{{"title"}, 0, unbounded}, {{"scheme"}, 1, unbounded}},
         .attributes = join({{{"additionalInfo"}, {"url"}, {"guid"}, {"version", check_g2_count}}, authority, common_power})},
        {.name = "catalog/scheme",
         .content = {{{"sameAsScheme", "name", "definition", "note", "sameAs"}, 0, unbounded}},
         .attributes = join({{{"alias", check_xs_ncname, true},
                              {"uri", nullptr, true},
                              {"schemecreated", check_g2_date_opt_time},
                              {"schememodified", check_g2_date_opt_time},
                              {"schemeretired", check_g2_date_opt_time}},
                             authority, common_power})},
    };
}

}  // namespace g2

RuleTable newsml_rule_table() {
    static const std::vector<ElementRule> table = [] {
        std::vector<ElementRule> all = g2::structure_rules();
        std::vector<ElementRule> properties = g2::property_rules();
        all.insert(all.end(), properties.begin(), properties.end());
        return all;
    }();
    return {newsml::g2_ns, table};
}

}  // namespace wirekit
