#include "alloc/record/events/payload_fields.hpp"

#include "alloc/io/dates.hpp"

namespace openras::events {

PayloadFields::PayloadFields(const nlohmann::json& payload, std::string where)
    : payload_(payload), where_(std::move(where)) {
    if (!payload_.is_object())
        throw OpenRasError(Error{ErrorCode::WrongType, "an event's payload must be a JSON object",
                                 SourceLocation{{}, 0, 0, where_.empty() ? std::string("payload") : where_}});
}

std::string PayloadFields::field(const std::string& key) const { return where_.empty() ? key : where_ + "." + key; }

bool PayloadFields::has(const char* key) const { return payload_.contains(key); }

void PayloadFields::refuse(ErrorCode code, const std::string& why, const std::string& key) const {
    throw OpenRasError(Error{code, why, SourceLocation{{}, 0, 0, field(key)}});
}

std::string PayloadFields::text(const char* key) const {
    const auto found = payload_.find(key);
    if (found == payload_.end()) refuse(ErrorCode::MissingField, std::string("give ") + key + " as text", key);
    if (!found->is_string()) refuse(ErrorCode::WrongType, std::string(key) + " must be text", key);
    return found->get<std::string>();
}

std::string PayloadFields::optional_text(const char* key) const { return has(key) ? text(key) : std::string(); }

std::int64_t PayloadFields::whole_number(const char* key) const {
    const auto found = payload_.find(key);
    if (found == payload_.end()) refuse(ErrorCode::MissingField, std::string("give ") + key + " as a whole number", key);
    if (!found->is_number_integer()) refuse(ErrorCode::WrongType, std::string(key) + " must be a whole number", key);
    return found->get<std::int64_t>();
}

std::optional<std::int64_t> PayloadFields::optional_whole_number(const char* key) const {
    return has(key) ? std::optional<std::int64_t>(whole_number(key)) : std::nullopt;
}

bool PayloadFields::yes_no(const char* key) const {
    const auto found = payload_.find(key);
    if (found == payload_.end()) refuse(ErrorCode::MissingField, std::string("give ") + key + " as true or false", key);
    if (!found->is_boolean()) refuse(ErrorCode::WrongType, std::string(key) + " must be true or false", key);
    return found->get<bool>();
}

boost::gregorian::date PayloadFields::date(const char* key) const {
    const auto found = payload_.find(key);
    if (found == payload_.end() || !found->is_string())
        refuse(found == payload_.end() ? ErrorCode::MissingField : ErrorCode::WrongType, "give the date as YYYY-MM-DD", key);
    return parse_iso_date(found->get<std::string>(), SourceLocation{{}, 0, 0, field(key)});
}

const nlohmann::json& PayloadFields::object(const char* key) const {
    const auto found = payload_.find(key);
    if (found == payload_.end()) refuse(ErrorCode::MissingField, std::string(key) + " is missing", key);
    if (!found->is_object()) refuse(ErrorCode::WrongType, std::string(key) + " must be a JSON object", key);
    return *found;
}

const nlohmann::json& PayloadFields::array(const char* key) const {
    const auto found = payload_.find(key);
    if (found == payload_.end()) refuse(ErrorCode::MissingField, std::string(key) + " is missing", key);
    if (!found->is_array()) refuse(ErrorCode::WrongType, std::string(key) + " must be a list", key);
    return *found;
}

PayloadFields PayloadFields::inner(const char* key) const { return PayloadFields(object(key), field(key)); }

std::string trimmed(std::string_view text) {
    const std::size_t first = text.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos) return {};
    return std::string(text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1));
}

NewEvent new_event(EventType type, const std::string& person, const Actor& actor, nlohmann::json payload) {
    NewEvent e;
    e.type = type;
    e.person = person;
    e.actor = actor;
    e.payload = std::move(payload);
    return e;
}

}  // namespace openras::events
