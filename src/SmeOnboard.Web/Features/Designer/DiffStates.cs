using SmeOnboard.Core.Features.Workflows;

namespace SmeOnboard.Web.Features.Designer;

/// <summary>How the canvas marks a diff on the newer version: added and changed activities; removed ones are only listed.</summary>
public static class DiffStates
{
    public static IReadOnlyDictionary<string, string> Of(DefinitionDiff? diff)
    {
        var states = new Dictionary<string, string>(StringComparer.Ordinal);
        if (diff is null)
            return states;
        foreach (var added in diff.Added)
            states[added.ActivityId] = "added";
        foreach (var changed in diff.Changed)
            states[changed.ActivityId] = "changed";
        return states;
    }
}
