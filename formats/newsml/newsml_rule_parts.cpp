#include "newsml/newsml_rule_parts.hpp"

#include "newsml/newsml_values.hpp"

namespace wirekit::g2 {

Attributes join(std::initializer_list<Attributes> groups) {
    Attributes all;
    for (const auto& group : groups) all.insert(all.end(), group.begin(), group.end());
    return all;
}

Slots join_slots(std::initializer_list<Slots> groups) {
    Slots all;
    for (const auto& group : groups) all.insert(all.end(), group.begin(), group.end());
    return all;
}

const Attributes common_power = {
    {"id", check_xs_id},
    {"creator", check_g2_qcode},
    {"creatoruri"},
    {"modified", check_g2_date_opt_time},
    {"custom", check_xs_boolean},
    {"how", check_g2_qcode},
    {"howuri"},
    {"why", check_g2_qcode},
    {"whyuri"},
    {"pubconstraint", check_g2_qcode_list},
    {"pubconstrainturi"},
};
const Attributes i18n = {{"xml:lang", check_g2_xml_lang}, {"dir", check_g2_direction}};
const Attributes flex = {
    {"qcode", check_g2_qcode}, {"uri"}, {"literal", check_g2_string}, {"type", check_g2_qcode}, {"typeuri"},
};
const Attributes qualifying = join({flex, {{"role", check_g2_qcode}, {"roleuri"}}});
const Attributes time_validity = {{"validfrom", check_g2_date_opt_time}, {"validto", check_g2_date_opt_time}};
const Attributes authority = {{"authority"}, {"authoritystatus", check_g2_qcode}, {"authoritystatusuri"}};
const Attributes role_list = {{"role", check_g2_qcode_list}, {"roleuri"}};
const Attributes rank = {{"rank", check_g2_count}};
const Attributes confidence = {{"confidence", check_g2_percent}, {"relevance", check_g2_percent}};
const Attributes quantify = join({confidence, {{"derivedfrom", check_g2_qcode_list}}});
const Attributes relation = join({{{"rel", check_g2_qcode}, {"reluri"}}, rank, time_validity});
const Attributes news_content = {
    {"id", check_xs_id},           {"creator", check_g2_qcode},   {"creatoruri"},
    {"modified", check_g2_date_opt_time}, {"custom", check_xs_boolean}, {"how", check_g2_qcode},
    {"howuri"},                    {"why", check_g2_qcode},       {"whyuri"},
    {"rendition", check_g2_qcode}, {"renditionuri"},              {"generator"},
    {"generated", check_g2_date_opt_time}, {"hascontent", check_xs_boolean},
};
const Attributes news_content_type = {
    {"contenttype"}, {"contenttypestandardversion"}, {"contenttypevariant"}, {"contenttypevariantstandardversion"},
    {"format", check_g2_qcode}, {"formaturi"}, {"formatstandardversion"},
};
const Attributes news_content_characteristics = {
    {"charcount", check_g2_count},     {"wordcount", check_g2_count},        {"linecount", check_g2_count},
    {"pagecount", check_g2_count},     {"width", check_g2_count},            {"widthunit", check_g2_qcode},
    {"widthunituri"},                  {"height", check_g2_count},           {"heightunit", check_g2_qcode},
    {"heightunituri"},                 {"orientation", check_g2_count},      {"layoutorientation", check_g2_qcode},
    {"layoutorientationuri"},          {"colourspace", check_g2_qcode},      {"colourspaceuri"},
    {"colourindicator", check_g2_qcode}, {"colourindicatoruri"},             {"colourdepth", check_g2_count},
    {"resolution", check_g2_positive_integer}, {"duration"},                 {"durationunit", check_g2_qcode},
    {"durationunituri"},               {"audiocodec", check_g2_qcode},       {"audiocodecuri"},
    {"audiobitrate", check_g2_positive_integer}, {"audiovbr", check_xs_boolean},
    {"audiosamplesize", check_g2_positive_integer}, {"audiosamplerate", check_g2_positive_integer},
    {"audiochannels", check_g2_qcode}, {"audiochannelsuri"},                 {"videocodec", check_g2_qcode},
    {"videocodecuri"},                 {"videoavgbitrate", check_g2_positive_integer}, {"videovbr", check_xs_boolean},
    {"videoframerate", check_g2_decimal}, {"videoscan"},                     {"videoaspectratio", check_g2_string},
    {"videosampling", check_g2_string}, {"videoscaling", check_g2_qcode},    {"videoscalinguri"},
    {"videodefinition", check_g2_qcode}, {"videodefinitionuri"},
};
const Attributes target_resource = {
    {"href"}, {"residref"}, {"residrefformat", check_g2_qcode}, {"residrefformaturi"},
    {"version", check_g2_positive_integer}, {"persistidref"}, {"contenttype"}, {"contenttypestandardversion"},
    {"contenttypevariant"}, {"contenttypevariantstandardversion"}, {"format", check_g2_qcode}, {"formaturi"},
    {"formatstandardversion"}, {"size", check_g2_count}, {"title"},
};

const std::vector<std::string_view> extension = {other_namespace};

const Slots concept_groups = {
    {{"name", "definition", "note", "facet", "remoteInfo", "hierarchyInfo"}, 0, unbounded},
    {{"sameAs", "broader", "narrower", "related"}, 0, unbounded},
};

ElementRule concept_property(std::string_view name, Slots details, Attributes more) {
    return {.name = name,
            .content = join_slots({concept_groups, details, {{extension, 0, unbounded}}}),
            .attributes = join({common_power, flex, i18n, more})};
}

ElementRule flex_property(std::string_view name, Slots more_slots, Attributes more) {
    return {.name = name,
            .content = join_slots({{{{"name", "hierarchyInfo"}, 0, unbounded}}, more_slots}),
            .attributes = join({common_power, flex, i18n, more})};
}

const Slots related_concept = {{{"facet", "related", "sameAs"}, 0, unbounded}};

ElementRule qcode_property(std::string_view name, std::vector<std::string_view> names) {
    return {.name = name,
            .content = {{std::move(names), 0, unbounded}},
            .attributes = join({common_power, i18n, {{"qcode", check_g2_qcode}, {"uri"}}})};
}

ElementRule simple(std::string_view name, ValueCheck check, Attributes more) {
    return {.name = name,
            .text = TextRule::value,
            .text_check = check,
            .attributes = join({common_power, i18n, more})};
}

ElementRule label(std::string_view name, Attributes more) {
    return {.name = name,
            .content = {{{"a", "span", "ruby", "br", "inline", other_namespace}, 0, unbounded}},
            .text = TextRule::mixed,
            .attributes = join({common_power, i18n, role_list, {{"media"}}, more})};
}

ElementRule link_rule(std::string_view name) {
    return {.name = name,
            .content = {{{any_element}, 0, unbounded}},
            .attributes = join({{{"rel", check_g2_qcode}, {"reluri"}, {"rank", check_g2_count}, {"guidref"}, {"hreftype"}},
                                target_resource, time_validity, i18n, common_power})};
}

}  // namespace wirekit::g2
