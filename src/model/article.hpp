#pragma once
// The one article model every format meets in (see DESIGN.md, "The article model").
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "model/body.hpp"
#include "model/datetime.hpp"
#include "model/extension.hpp"

namespace wirekit {

struct PlaceRef {
    std::string name;
    std::string code;  // e.g. a QCode or ISO code
    std::string type;  // e.g. "city", "country"

    bool operator==(const PlaceRef&) const = default;
};

struct Located {
    std::string name;
    std::string code;
    std::vector<PlaceRef> broader;

    bool empty() const { return name.empty() && code.empty() && broader.empty(); }
    bool operator==(const Located&) const = default;
};

struct Dateline {
    std::string text;    // verbatim, e.g. "DUSHANBE (Pakistan Point News / Sputnik - 06th June, 2023)"
    std::string place;   // as written, e.g. "DUSHANBE"
    std::string region;  // e.g. "Argentina", "Ore."
    std::optional<DateTime> date;  // the date it names, normalised
    std::string credit;  // as written, e.g. "Pakistan Point News / Sputnik"

    bool empty() const { return text.empty(); }
    bool operator==(const Dateline&) const = default;
};

struct Person {
    std::string name;
    std::string role;
    std::string uri;
    std::string email;

    bool operator==(const Person&) const = default;
};

struct Copyright {
    std::string holder;
    std::string notice;
    std::string usage_terms;

    bool operator==(const Copyright&) const = default;
};

// A subject, genre or other classification concept.
struct Concept {
    std::string scheme;  // scheme alias, e.g. "medtop"
    std::string code;    // e.g. "20000763"
    std::string uri;     // full URI when known
    std::string name;
    std::string kind;    // abstract, person, organisation, place, event
    std::optional<int> relevance;

    bool operator==(const Concept&) const = default;
};

// One file of an associated item: the original, a preview, a thumbnail.
struct Rendition {
    std::string name;  // as the source names it: "rnd:highRes", "thumbnail", "r00"
    std::string href;
    std::string mime_type;
    std::optional<long long> width;
    std::optional<long long> height;
    std::optional<long long> bytes;
    std::optional<double> duration;  // seconds

    bool operator==(const Rendition&) const = default;
};

// An item that goes with the article: a picture, graphic, video, audio or
// other file (an association, in ninjs' word). Its files are renditions of
// the one item: url to duration (and `rendition`, its name) describe the
// first, `renditions` the others, in the source's order; model/media.hpp
// lists them all as one. For an article that is itself a picture, video,
// audio or graphic, its media are its own files.
struct Media {
    std::string url;
    std::string mime_type;
    std::string role;  // in the story: a ninjs association name ("featureimage"), "enclosure", "thumbnail", "inline"
    std::optional<long long> width;
    std::optional<long long> height;
    std::optional<long long> bytes;
    std::optional<double> duration;  // seconds
    std::string caption;
    std::string credit;  // the credit line to print ("Peter Kneffel/dpa"); the by-line when the source has no other
    std::string alt_text;
    std::string id;     // the item's own id (NewsML-G2 guid, ninjs uri)
    std::string type;   // picture, graphic, video, audio, as the source says
    std::string title;  // its headline
    std::string by;     // its creator as the source names them ("Peter Kneffel")
    Copyright copyright;
    std::string rendition;  // the name of the first file
    std::vector<Rendition> renditions;  // the other files

    bool operator==(const Media&) const = default;
};

struct Link {
    std::string rel;
    std::string href;
    std::string type;
    std::string title;
    std::string hreflang;
    std::optional<long long> length;  // bytes

    bool operator==(const Link&) const = default;
};

// A link with only a rel, an address and perhaps a title.
inline Link link_to(std::string rel, std::string href, std::string title = {}) {
    Link link;
    link.rel = std::move(rel);
    link.href = std::move(href);
    link.title = std::move(title);
    return link;
}

struct Article {
    // identity
    std::string id;
    std::string version;
    // Which take or rewrite of a story this is, as the wire labels it:
    // "1stLd-Writethru", "REFILE 1ST LEAD", "Round 9".
    std::string take_key;
    std::string type;  // text, picture, video, audio, graphic, composite
    std::string url;

    // text
    std::string headline;
    std::string subheadline;
    std::string slugline;
    std::string summary;
    std::string byline;  // as printed, possibly several lines
    Body body;
    std::string trailer;

    Dateline dateline;
    Located located;

    // provenance
    std::string creditline;
    std::string provider;
    std::vector<std::string> sources;
    std::vector<Person> authors;
    Copyright copyright;

    // time
    std::optional<DateTime> first_created;
    std::optional<DateTime> version_created;
    std::optional<DateTime> content_created;
    std::optional<DateTime> published;
    std::optional<DateTime> updated;
    std::optional<DateTime> embargoed;

    // status
    std::string language;  // BCP 47
    std::optional<int> urgency;   // 1-9
    std::optional<int> priority;
    std::string pub_status;  // usable, withheld, canceled
    std::vector<std::string> signals;
    std::string editor_note;

    // classification
    std::vector<Concept> genres;
    std::vector<Concept> subjects;
    std::vector<std::string> keywords;

    // media and links
    std::vector<Media> media;
    std::vector<Link> links;

    Extensions extensions;

    bool operator==(const Article&) const = default;
};

struct FeedImage {
    std::string url;
    std::string title;
    std::string link;

    bool empty() const { return url.empty() && title.empty() && link.empty(); }
    bool operator==(const FeedImage&) const = default;
};

struct FeedInfo {
    std::string title;
    std::string subtitle;  // a short description beside the long one (podcasts' itunes:subtitle)
    std::string description;
    std::string link;      // home page
    std::string self_url;
    std::string id;
    std::string language;
    std::optional<DateTime> published;
    std::optional<DateTime> updated;
    std::optional<DateTime> created;
    std::string rights;
    FeedImage image;
    std::vector<Person> authors;  // each with a role: author, editor, webmaster, publisher, contributor, owner
    // scheme (RSS domain, Atom scheme), code (Atom's term when a label names it), name
    std::vector<Concept> categories;
    std::string generator;  // its name
    std::string generator_version;
    std::string generator_uri;
    std::optional<bool> explicit_content;  // podcasts: itunes:explicit
    std::optional<int> ttl;  // minutes
    std::string hub_url;
    Extensions extensions;

    bool operator==(const FeedInfo&) const = default;
};

struct Document {
    FeedInfo feed;
    std::vector<Article> articles;

    bool operator==(const Document&) const = default;
};

}  // namespace wirekit
