#include "alloc/impact/impact_summary.hpp"

#include "alloc/report/report_format.hpp"
#include "alloc/report/text_layout.hpp"

#include <algorithm>

namespace openras {
namespace {

constexpr std::int64_t kPound = 100;
constexpr std::size_t kDiffLinesShown = 40;

void count(ChangeTally& t, const ImpactPerson& p) {
    const std::int64_t change = p.weekly_change_pence();
    ++t.people;
    if (change > 0) ++t.gain;
    else if (change < 0) ++t.lose;
    else ++t.same;
    t.old_weekly_pence += p.old_weekly.pence();
    t.new_weekly_pence += p.new_weekly.pence();
    t.old_annual_pence += p.old_annual.pence();
    t.new_annual_pence += p.new_annual.pence();
    t.largest_loss_pence = std::min(t.largest_loss_pence, change);
    t.largest_gain_pence = std::max(t.largest_gain_pence, change);
    if (p.old_panel().empty() && !p.new_panel().empty()) ++t.newly_referred;
    if (!p.old_panel().empty() && p.new_panel().empty()) ++t.no_longer_referred;
    ++t.buckets[change_bucket(change)];
}

// The lower median: a change that someone actually had.
std::int64_t median(std::vector<std::int64_t>& changes) {
    if (changes.empty()) return 0;
    const auto middle = changes.begin() + std::ptrdiff_t((changes.size() - 1) / 2);
    std::nth_element(changes.begin(), middle, changes.end());
    return *middle;
}

std::string heading(const std::string& title) {
    return title + "\n" + std::string(std::size_t(display_width(title)), '-') + "\n";
}

std::string people_words(std::size_t n) { return whole_number(std::int64_t(n)) + (n == 1 ? " person" : " people"); }

std::string share_of(std::size_t part, std::size_t whole) {
    return whole == 0 ? "" : " (" + fixed(100.0 * double(part) / double(whole), 1) + "%)";
}

std::string cost_line(std::int64_t before, std::int64_t after) {
    return Money::from_pence(before).to_string() + " → " + Money::from_pence(after).to_string() + " (" +
           signed_money_pence(after - before) +
           (percent_change(before, after).empty() ? "" : ", " + percent_change(before, after)) + ")";
}

std::string name_of(const RuleSet& rules) {
    return rules.header.id + " version " + rules.header.version + " (" + rules.source_name + ")";
}

void write_heading(const ImpactSubject& s, std::size_t people, std::string& out) {
    out += "Impact of a rule-set change\n===========================\n";
    if (s.synthetic) out += "SYNTHETIC DATA: the caseload is made up; these figures describe no real people.\n";
    out += "From:      " + name_of(*s.from) + "\n           " + s.from->hash + "\n";
    out += "To:        " + name_of(*s.to) + "\n           " + s.to->hash + "\n";
    out += "Caseload:  " + s.caseload_name + ", " + people_words(people) + "\n           " + s.caseload_sha256 + "\n\n";
}

void write_rule_changes(const std::vector<RuleSetDifference>& differences, std::string& out) {
    out += heading("What changed in the rules");
    if (differences.empty()) out += "  Nothing: the two rule sets are the same.\n";
    for (std::size_t i = 0; i < differences.size() && i < kDiffLinesShown; ++i) {
        const RuleSetDifference& d = differences[i];
        const char* word = d.kind == DifferenceKind::Added ? "Added" : d.kind == DifferenceKind::Removed ? "Removed" : "Changed";
        out += indent_wrapped(std::string(word) + ": " + d.text, 2);
    }
    if (differences.size() > kDiffLinesShown)
        out += "  … and " + whole_number(std::int64_t(differences.size() - kDiffLinesShown)) +
               " more (openras rules diff shows them all).\n";
    out += "\n";
}

void write_everyone(const ChangeTally& t, std::string& out) {
    out += heading("Everyone");
    out += "  Gain:                 " + people_words(t.gain) + share_of(t.gain, t.people) + "\n";
    out += "  Lose:                 " + people_words(t.lose) + share_of(t.lose, t.people) + "\n";
    out += "  No change:            " + people_words(t.same) + share_of(t.same, t.people) + "\n";
    out += "  Cost a week:          " + cost_line(t.old_weekly_pence, t.new_weekly_pence) + "\n";
    out += "  Cost a year:          " + cost_line(t.old_annual_pence, t.new_annual_pence) + "\n";
    out += "  Median weekly change: " + signed_money_pence(t.median_change_pence) + "; largest loss " +
           signed_money_pence(t.largest_loss_pence) + ", largest gain " + signed_money_pence(t.largest_gain_pence) + "\n";
    out += "  Panel:                " + people_words(t.newly_referred) + " newly referred, " +
           whole_number(std::int64_t(t.no_longer_referred)) + " no longer referred\n\n";
}

std::vector<std::string> group_row(const std::string& name, const ChangeTally& t) {
    return {name, whole_number(std::int64_t(t.people)), whole_number(std::int64_t(t.gain)),
            whole_number(std::int64_t(t.lose)), whole_number(std::int64_t(t.same)),
            Money::from_pence(t.old_weekly_pence).to_string(), Money::from_pence(t.new_weekly_pence).to_string(),
            signed_money_pence(t.new_weekly_pence - t.old_weekly_pence),
            percent_change(t.old_weekly_pence, t.new_weekly_pence), signed_money_pence(t.median_change_pence)};
}

void write_groups(const ImpactSummary& s, std::string& out) {
    out += heading("By client group, a week");
    std::vector<std::vector<std::string>> rows;
    for (const auto& [group, tally] : s.groups) rows.push_back(group_row(client_group_title(group), tally));
    rows.push_back(group_row("Everyone", s.everyone));
    out += text_table({"Client group", "People", "Gain", "Lose", "Same", "Cost before", "Cost after", "Change", "%",
                       "Median"}, rows, "l");
    out += "\n";
}

void write_distribution(const ImpactSummary& s, bool by_group, std::string& out) {
    out += heading("How weekly amounts change (people)");
    std::vector<std::string> header{"Change a week", "Everyone"};
    if (by_group)
        for (const auto& [group, tally] : s.groups) header.push_back(client_group_title(group));
    std::vector<std::vector<std::string>> rows;
    for (std::size_t b = 0; b < kChangeBucketCount; ++b) {
        std::vector<std::string> row{change_bucket_label(b), whole_number(std::int64_t(s.everyone.buckets[b]))};
        if (by_group)
            for (const auto& [group, tally] : s.groups) row.push_back(whole_number(std::int64_t(tally.buckets[b])));
        rows.push_back(row);
    }
    out += text_table(header, rows, "l") + "\n";
}

void write_lines(const ImpactSummary& s, const ImpactRun& run, const ImpactExplainer& explainer, std::string& out) {
    out += heading("What made the difference");
    if (s.lines.empty()) {
        out += "  Nothing: every line of every budget is the same.\n";
        return;
    }
    std::vector<std::vector<std::string>> rows;
    for (int key : s.lines) {
        const LineTally& tally = run.lines[std::size_t(key)];
        rows.push_back({explainer.titles()[std::size_t(key)], explainer.references()[std::size_t(key)],
                        whole_number(std::int64_t(tally.people)), signed_money_pence(tally.change_pence)});
    }
    out += text_table({"Line of the explanation", "Rule", "People", "Total a week"}, rows, "ll");
    out += indent_wrapped("Each person's own lines, with the answers and figures behind them, are in "
                          "impact-people.csv.", 2);
}

}  // namespace

const char* change_bucket_label(std::size_t bucket) {
    static constexpr const char* kLabels[kChangeBucketCount] = {
        "lose £100 or more", "lose £50 to £99.99", "lose £10 to £49.99", "lose 1p to £9.99", "no change",
        "gain 1p to £9.99",  "gain £10 to £49.99", "gain £50 to £99.99", "gain £100 or more"};
    return kLabels[std::min(bucket, kChangeBucketCount - 1)];
}

std::size_t change_bucket(std::int64_t change) {
    const std::int64_t size = change < 0 ? -change : change;
    const std::size_t step = size == 0 ? 0 : size < 10 * kPound ? 1 : size < 50 * kPound ? 2 : size < 100 * kPound ? 3 : 4;
    return change < 0 ? 4 - step : 4 + step;
}

ImpactSummary summarise_impact(const Caseload& caseload, const ImpactRun& run) {
    ImpactSummary s;
    std::vector<ChangeTally> by_group(kClientGroupCount);
    std::vector<std::vector<std::int64_t>> changes(kClientGroupCount);
    std::vector<std::int64_t> all;
    all.reserve(run.people.size());
    for (std::size_t i = 0; i < run.people.size(); ++i) {
        const std::size_t g = std::size_t(caseload.people[i].group);
        count(s.everyone, run.people[i]);
        count(by_group[g], run.people[i]);
        changes[g].push_back(run.people[i].weekly_change_pence());
        all.push_back(run.people[i].weekly_change_pence());
    }
    s.everyone.median_change_pence = median(all);
    for (std::size_t g = 0; g < kClientGroupCount; ++g) {
        if (by_group[g].people == 0) continue;
        by_group[g].median_change_pence = median(changes[g]);
        s.groups.emplace_back(kClientGroups[g], by_group[g]);
    }
    for (std::size_t k = 0; k < run.lines.size(); ++k)
        if (run.lines[k].people > 0) s.lines.push_back(int(k));
    std::stable_sort(s.lines.begin(), s.lines.end(),
                     [&](int a, int b) { return run.lines[std::size_t(a)].people > run.lines[std::size_t(b)].people; });
    return s;
}

std::string impact_summary_text(const ImpactSubject& subject, const ImpactSummary& summary, const ImpactRun& run,
                                const ImpactExplainer& explainer, const std::vector<RuleSetDifference>& differences) {
    std::string out;
    write_heading(subject, summary.everyone.people, out);
    write_rule_changes(differences, out);
    write_everyone(summary.everyone, out);
    if (subject.by_group) write_groups(summary, out);
    write_distribution(summary, subject.by_group, out);
    write_lines(summary, run, explainer, out);
    return out;
}

}  // namespace openras
