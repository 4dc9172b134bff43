#include "alloc/impact/impact_csv.hpp"

#include "alloc/io/csv_reader.hpp"
#include "alloc/report/report_format.hpp"

#include <span>

namespace openras {
namespace {

constexpr const char* kBucketColumns[kChangeBucketCount] = {
    "lose_100_or_more", "lose_50_to_99_99", "lose_10_to_49_99", "lose_under_10", "no_change",
    "gain_under_10",    "gain_10_to_49_99", "gain_50_to_99_99", "gain_100_or_more"};

std::string notes_lines(const std::vector<std::string>& notes) {
    std::string out;
    for (const std::string& note : notes) out += "# " + note + "\n";
    return out;
}

std::string plain(std::int64_t pence) { return Money::from_pence(pence).to_plain_string(); }

std::string panel_ids(const RuleSet& rules, std::span<const std::uint32_t> thresholds) {
    std::string out;
    for (const std::uint32_t t : thresholds) out += (out.empty() ? "" : ";") + rules.thresholds[std::size_t(t)].id;
    return out;
}

std::string percent_field(std::int64_t before, std::int64_t after) {
    std::string text = percent_change(before, after);
    if (!text.empty()) text.pop_back();
    return text;
}

void append_person(std::string& out, const CaseRecord& record, const ImpactPerson& p, const ImpactExplainer& explainer,
                   const RuleSet& from, const RuleSet& to) {
    const std::int64_t change = p.weekly_change_pence();
    auto field = [&out](const std::string& text) {
        out += text;
        out += ',';
    };
    field(csv_field(record.person));
    field(client_group_id(record.group));
    field(p.old_weekly.to_plain_string());
    field(p.new_weekly.to_plain_string());
    field(plain(change));
    field(percent_field(p.old_weekly.pence(), p.new_weekly.pence()));
    field(p.old_annual.to_plain_string());
    field(p.new_annual.to_plain_string());
    field(plain(p.new_annual.pence() - p.old_annual.pence()));
    field(change > 0 ? "gain" : change < 0 ? "lose" : "same");
    field(csv_field(panel_ids(from, p.old_panel())));
    field(csv_field(panel_ids(to, p.new_panel())));
    std::string lines;
    for (const std::uint32_t key : p.changed_keys()) {
        if (!lines.empty()) lines += ';';
        lines += explainer.references()[std::size_t(key)];
    }
    field(lines);  // rule references hold no commas or quotes
    out += csv_field(p.explanation().text());
    out += '\n';
}

void append_group(std::string& out, const std::string& name, const ChangeTally& t) {
    auto n = [](std::size_t v) { return std::to_string(v); };
    out += name + "," + n(t.people) + "," + n(t.gain) + "," + n(t.lose) + "," + n(t.same) + "," +
           plain(t.old_weekly_pence) + "," + plain(t.new_weekly_pence) + "," + plain(t.new_weekly_pence - t.old_weekly_pence) +
           "," + plain(t.old_annual_pence) + "," + plain(t.new_annual_pence) + "," +
           plain(t.new_annual_pence - t.old_annual_pence) + "," + plain(t.median_change_pence) + "," +
           plain(t.largest_loss_pence) + "," + plain(t.largest_gain_pence) + "," + n(t.newly_referred) + "," +
           n(t.no_longer_referred);
    for (std::size_t count : t.buckets) out += "," + n(count);
    out += "\n";
}

}  // namespace

std::string impact_people_csv(const Caseload& caseload, const ImpactRun& run, const ImpactExplainer& explainer,
                              const RuleSet& from, const RuleSet& to, const std::vector<std::string>& notes) {
    std::string out = notes_lines(notes);
    out.reserve(run.people.size() * 256);
    out += "person,client_group,old_weekly,new_weekly,weekly_change,weekly_change_percent,old_annual,new_annual,"
           "annual_change,outcome,old_panel,new_panel,changed_lines,explanation\n";
    for (std::size_t i = 0; i < run.people.size(); ++i)
        append_person(out, caseload.people[i], run.people[i], explainer, from, to);
    return out;
}

std::string impact_groups_csv(const ImpactSummary& summary, const std::vector<std::string>& notes) {
    std::string out = notes_lines(notes);
    out += "client_group,people,gain,lose,same,old_weekly_total,new_weekly_total,weekly_change_total,"
           "old_annual_total,new_annual_total,annual_change_total,median_weekly_change,largest_weekly_loss,"
           "largest_weekly_gain,newly_referred,no_longer_referred";
    for (const char* column : kBucketColumns) out += std::string(",") + column;
    out += "\n";
    for (const auto& [group, tally] : summary.groups) append_group(out, client_group_id(group), tally);
    append_group(out, "everyone", summary.everyone);
    return out;
}

}  // namespace openras
