#include "rules/error.hpp"

#include <algorithm>
#include <tuple>

namespace openras {

const char* error_code_name(ErrorCode code) {
    switch (code) {
        case ErrorCode::Syntax: return "syntax";
        case ErrorCode::MissingField: return "missing-field";
        case ErrorCode::WrongType: return "wrong-type";
        case ErrorCode::InvalidValue: return "invalid-value";
        case ErrorCode::UnknownName: return "unknown-name";
        case ErrorCode::Duplicate: return "duplicate";
        case ErrorCode::MissingCitation: return "missing-citation";
        case ErrorCode::BandCoverage: return "band-coverage";
        case ErrorCode::Rationing: return "rationing";
        case ErrorCode::VersionOverlap: return "version-overlap";
        case ErrorCode::NoVersionInForce: return "no-version-in-force";
        case ErrorCode::UnknownQuestion: return "unknown-question";
        case ErrorCode::UnknownAnswer: return "unknown-answer";
        case ErrorCode::MissingAnswer: return "missing-answer";
        case ErrorCode::InvalidDate: return "invalid-date";
        case ErrorCode::Evaluation: return "evaluation";
        case ErrorCode::Io: return "io";
        case ErrorCode::Permission: return "permission";
        case ErrorCode::StoreFormat: return "store-format";
    }
    return "unknown";
}

std::string SourceLocation::to_string() const {
    std::string out = file;
    if (line > 0) {
        out += ":" + std::to_string(line);
        if (column > 0) out += ":" + std::to_string(column);
    }
    if (!field.empty()) {
        if (!out.empty()) out += ": ";
        out += field;
    }
    return out;
}

std::string Error::to_string() const {
    const std::string place = where.to_string();
    return place.empty() ? message : place + ": " + message;
}

OpenRasError::OpenRasError(Error error)
    : std::runtime_error(error.to_string()), error_(std::move(error)) {}

void Diagnostics::add(ErrorCode code, std::string message, SourceLocation where) {
    errors_.push_back(Error{code, std::move(message), std::move(where)});
}

void Diagnostics::append(const Diagnostics& other) {
    errors_.insert(errors_.end(), other.errors_.begin(), other.errors_.end());
}

void Diagnostics::sort_by_location() {
    std::stable_sort(errors_.begin(), errors_.end(), [](const Error& a, const Error& b) {
        return std::tie(a.where.file, a.where.line, a.where.column) <
               std::tie(b.where.file, b.where.line, b.where.column);
    });
}

}  // namespace openras
