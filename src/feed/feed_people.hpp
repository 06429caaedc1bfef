#pragma once
// People as feeds write them: RSS's free-text "email (Name)" and its
// variants, and Atom's person construct (name, email, uri children).
#include <pugixml.hpp>

#include <string>
#include <string_view>

#include "model/article.hpp"

namespace wirekit {

// "email@example.org (Name)", "Name (email@example.org)", "Name <email>",
// "email@example.org", "Name": the name and e-mail address it holds. A
// "mailto:" prefix is dropped; ROLE is copied into the result.
Person person_from_text(std::string_view text, std::string_view role = {});

// RSS's author form: "email (Name)", or the e-mail alone.
std::string rss_author_text(const Person& person);

// Whether person_from_text(rss_author_text(P)) gives P back (with P's role).
bool rss_author_exact(const Person& person);

// An Atom person construct (atom:author, atom:contributor): its name, email
// and uri children in any namespace; the uri resolved against BASE_URL.
Person person_from_atom(pugi::xml_node element, std::string_view base_url, std::string_view role = {});

}  // namespace wirekit
