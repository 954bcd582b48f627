using System.Text;

namespace SmeOnboard.Web.Features.Designer;

/// <summary>Makes a readable, URL-safe definition id from a workflow's name, unique among the firm's workflows.</summary>
public static class WorkflowIds
{
    public static string From(string name, IEnumerable<string> taken)
    {
        var slug = new StringBuilder();
        foreach (var c in name.Trim().ToLowerInvariant())
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
                slug.Append(c);
            else if (slug.Length > 0 && slug[^1] != '-')
                slug.Append('-');
        }
        // Names in Chinese (or any other script) leave nothing ASCII; such workflows get a neutral stem.
        var stem = slug.ToString().Trim('-') is { Length: > 0 } s ? s[..Math.Min(s.Length, 40)] : "workflow";
        var used = taken.ToHashSet(StringComparer.Ordinal);
        var id = stem;
        for (var n = 2; used.Contains(id); n++)
            id = $"{stem}-{n}";
        return id;
    }
}
