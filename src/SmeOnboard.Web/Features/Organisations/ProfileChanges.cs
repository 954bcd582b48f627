using SmeOnboard.Core.Features.Organisations;

namespace SmeOnboard.Web.Features.Organisations;

/// <summary>Before/after of a profile edit in one line, for the audit log.</summary>
public static class ProfileChanges
{
    public static string Describe(Organisation before, Organisation after)
    {
        var changes = new List<string>();
        Compare("name", before.Name, after.Name);
        Compare("region", before.Region, after.Region);
        Compare("industry", before.IndustryCode, after.IndustryCode);
        Compare("headcount", before.HeadcountBand, after.HeadcountBand);
        Compare("turnover", before.TurnoverBand, after.TurnoverBand);
        Compare("website", before.Website, after.Website);
        return changes.Count == 0 ? "profile saved without changes" : string.Join("; ", changes);

        void Compare(string field, string? old, string? current)
        {
            if (old != current)
            {
                changes.Add($"{field} {old ?? "–"} → {current ?? "–"}");
            }
        }
    }
}
