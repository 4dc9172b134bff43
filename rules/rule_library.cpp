#include "rules/rule_library.hpp"

#include "rules/ruleset_loader.hpp"

#include <boost/date_time/gregorian/gregorian.hpp>

#include <algorithm>
#include <filesystem>

namespace openras {
namespace {

std::string date_range(const RuleSetHeader& h) {
    return boost::gregorian::to_iso_extended_string(h.effective_from) + " to " +
           (h.effective_to ? boost::gregorian::to_iso_extended_string(*h.effective_to) : std::string("open-ended"));
}

bool overlap(const RuleSetHeader& a, const RuleSetHeader& b) {
    const bool a_ends_before_b = a.effective_to && *a.effective_to < b.effective_from;
    const bool b_ends_before_a = b.effective_to && *b.effective_to < a.effective_from;
    return !a_ends_before_b && !b_ends_before_a;
}

}  // namespace

bool RuleLibrary::add(std::shared_ptr<const RuleSet> rule_set, Diagnostics& problems) {
    for (const auto& existing : sets_) {
        if (existing->header.id != rule_set->header.id || !overlap(existing->header, rule_set->header)) continue;
        // Both files, at the lines where their dates are written: one of them must change.
        const SourceLocation& other = existing->header.dates_where;
        const std::string other_at = other.file.empty() ? existing->source_name : other.to_string();
        SourceLocation here = rule_set->header.dates_where;
        if (here.file.empty()) here = SourceLocation{rule_set->source_name, 0, 0, {}};
        problems.add(ErrorCode::VersionOverlap,
                     "version " + rule_set->header.version + " of \"" + rule_set->header.id + "\" (" +
                         date_range(rule_set->header) + ") overlaps version " + existing->header.version + " (" +
                         date_range(existing->header) + ", " + other_at +
                         "): only one version may be in force on any day",
                     here);
        return false;
    }
    sets_.push_back(std::move(rule_set));
    return true;
}

std::shared_ptr<const RuleSet> RuleLibrary::in_force_on(const boost::gregorian::date& day,
                                                        const std::string& id) const {
    // Called once per assessment, so a batch pays for nothing here but the search: the words
    // are made only for a refusal.
    const std::shared_ptr<const RuleSet>* found = nullptr;
    const std::shared_ptr<const RuleSet>* another = nullptr;
    for (const auto& set : sets_) {
        if (!set->header.in_force_on(day) || !(id.empty() || set->header.id == id)) continue;
        (found ? another : found) = &set;
        if (another) break;
    }
    if (!found) {
        std::string known;
        for (const auto& set : sets_)
            known += (known.empty() ? "" : "; ") + set->header.id + " " + set->header.version + " (" +
                     date_range(set->header) + ")";
        throw OpenRasError(Error{ErrorCode::NoVersionInForce,
                                 "no rule set is in force on " + boost::gregorian::to_iso_extended_string(day) +
                                     (known.empty() ? "" : "; loaded: " + known),
                                 SourceLocation{{}, 0, 0, "assessment.date"}});
    }
    if (another)
        throw OpenRasError(Error{ErrorCode::NoVersionInForce,
                                 "more than one rule set is in force on " + boost::gregorian::to_iso_extended_string(day) +
                                     " (\"" + (*found)->header.id + "\" and \"" + (*another)->header.id +
                                     "\"); load only one authority's rules",
                                 {}});
    return *found;
}

RuleLibrary load_rule_library(const std::vector<std::string>& paths, Diagnostics& problems) {
    std::vector<std::string> files;
    for (const auto& path : paths) {
        std::error_code ignored;
        if (std::filesystem::is_directory(path, ignored)) {
            std::vector<std::string> inside;
            for (const auto& entry : std::filesystem::directory_iterator(path, ignored))
                if (entry.path().extension() == ".toml") inside.push_back(entry.path().string());
            std::sort(inside.begin(), inside.end());
            if (inside.empty())
                problems.add(ErrorCode::Io, "this folder holds no rule-set files (*.toml)", SourceLocation{path, 0, 0, {}});
            files.insert(files.end(), inside.begin(), inside.end());
        } else {
            files.push_back(path);
        }
    }
    RuleLibrary library;
    for (const auto& file : files) {
        RuleSetLoad load = load_rule_set_file(file);
        problems.append(load.problems);
        if (load.rule_set) library.add(load.rule_set, problems);
    }
    return library;
}

}  // namespace openras
