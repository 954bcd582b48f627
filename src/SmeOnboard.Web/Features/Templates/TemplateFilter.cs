using System.Globalization;
using SmeOnboard.Core.Features.Templates;

namespace SmeOnboard.Web.Features.Templates;

/// <summary>The gallery's filters: industry, problem, level and free text over both languages' names and descriptions.</summary>
public sealed record TemplateFilter(string? Industry, string? Problem, int? Level, string? Search)
{
    public bool Matches(Template template)
    {
        var m = template.Manifest;
        return (Industry is null || m.Industries.Contains(Industry))
            && (Problem is null || m.Problems.Contains(Problem))
            && (Level is null || m.MaturityLevels.Contains(Level.Value))
            && (string.IsNullOrWhiteSpace(Search) || new[] { m.Name.En, m.Name.ZhCn, m.Description.En, m.Description.ZhCn }
                .Any(text => CultureInfo.InvariantCulture.CompareInfo.IndexOf(text, Search.Trim(), CompareOptions.IgnoreCase) >= 0));
    }
}
