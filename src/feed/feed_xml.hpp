#pragma once
// XML helpers shared by the feed formats (RSS, Atom): their namespaces, the
// namespace of an element even when a feed forgot to declare its prefix,
// xml:base, and foreign elements kept verbatim as extensions and written back.
#include <pugixml.hpp>

#include <initializer_list>
#include <string>
#include <string_view>

#include "xml/xml_parse.hpp"

namespace wirekit {

namespace feed_ns {
inline constexpr std::string_view atom = "http://www.w3.org/2005/Atom";
inline constexpr std::string_view atom03 = "http://purl.org/atom/ns#";
inline constexpr std::string_view rss10 = "http://purl.org/rss/1.0/";
inline constexpr std::string_view rss090 = "http://my.netscape.com/rdf/simple/0.9/";
// RSS 2.0 and 0.9x as UserLand once put them in a namespace of their own.
inline constexpr std::string_view userland_rss2 = "http://backend.userland.com/rss2";
inline constexpr std::string_view userland_rss = "http://backend.userland.com/rss";
inline constexpr std::string_view rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
inline constexpr std::string_view content = "http://purl.org/rss/1.0/modules/content/";
inline constexpr std::string_view dc = "http://purl.org/dc/elements/1.1/";
inline constexpr std::string_view dcterms = "http://purl.org/dc/terms/";
inline constexpr std::string_view media = "http://search.yahoo.com/mrss/";
inline constexpr std::string_view xhtml = "http://www.w3.org/1999/xhtml";
inline constexpr std::string_view itunes = "http://www.itunes.com/dtds/podcast-1.0.dtd";
inline constexpr std::string_view newsml_g2 = "http://iptc.org/std/nar/2006-10-01/";  // what the newsml reader keeps
// wirekit's own namespace for model fields a format has no element for.
inline constexpr std::string_view wk = "urn:wirekit:extension:1";
}  // namespace feed_ns

// The namespace URI of ELEMENT, trimmed. A prefix nobody declared that feeds
// use by convention (atom, dc, content, media, ...) gets its usual namespace;
// the Media RSS namespace written without its final slash is the same one,
// and so is the iTunes namespace in any letter case. A view into the document
// or of a constant: it is looked up for every element, so it is not copied.
std::string_view feed_namespace(pugi::xml_node element);
// The same for a child of the parent whose children SIBLINGS resolves.
std::string_view feed_namespace(pugi::xml_node element, ChildNamespaces& siblings);

// Whether ELEMENT is LOCAL in namespace NS, by feed_namespace.
bool is_feed_element(pugi::xml_node element, std::string_view local, std::string_view ns);

// The base URL for ELEMENT: the xml:base attributes of it and its ancestors
// resolved in turn against DOCUMENT_URL.
std::string xml_base_of(pugi::xml_node element, std::string_view document_url);

// "{namespace}local": the key of a kept element in Extensions.
std::string extension_key(pugi::xml_node element);

// ELEMENT as XML text that stands alone: the namespace declarations it needs
// from its ancestors are added to it. Deterministic, without indentation.
std::string serialize_element(pugi::xml_node element);

// Appends <NAME>VALUE</NAME> to PARENT.
void append_text_element(pugi::xml_node parent, const char* name, std::string_view value);

// Parses FRAGMENT (as serialize_element writes it) and appends what it holds
// to PARENT. With NO_DEFAULT_NAMESPACE an unprefixed element that declares no
// default namespace gets xmlns="" so that it keeps meaning no namespace inside
// a document with a default namespace. False (PARENT unchanged) when FRAGMENT
// is not one well-formed element.
bool append_fragment(pugi::xml_node parent, std::string_view fragment, bool no_default_namespace);

}  // namespace wirekit

namespace wirekit {

struct PrefixBinding {
    std::string_view prefix;
    std::string_view ns;
};

// Declares on ROOT (in the order given) each prefix of BINDINGS that an
// element or attribute below it uses.
void declare_used_prefixes(pugi::xml_node root, std::initializer_list<PrefixBinding> bindings);

// Moves the xmlns:PREFIX declarations of elements below ROOT (extension
// elements passed through, each declaring its own namespace) up to ROOT, so
// that each namespace is declared once, without white space around its URI;
// one whose prefix ROOT or an element between binds otherwise stays where it is.
void hoist_namespace_declarations(pugi::xml_node root);

// Removes from the text and attribute values below ROOT the characters XML
// 1.0 cannot hold (C0 controls other than tab, LF and CR; U+FFFE, U+FFFF);
// returns how many were removed.
std::size_t remove_invalid_xml_characters(pugi::xml_node root);

// DOC as UTF-8 text: an XML declaration, then the tree indented by two spaces
// (text inside mixed content is left as it is), ending with a newline.
std::string xml_document_text(const pugi::xml_document& doc);

}  // namespace wirekit
