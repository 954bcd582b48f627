using System.Text;

namespace SmeOnboard.Core.Features.Marketplace;

/// <summary>Field paths as people read them: "dataScopes[0].reason" rather than the JSON Pointer "/dataScopes/0/reason".</summary>
public static class ManifestPaths
{
    public static string FromPointer(string pointer)
    {
        var path = new StringBuilder();
        foreach (var raw in pointer.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var segment = raw.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            if (int.TryParse(segment, out var index))
            {
                path.Append('[').Append(index).Append(']');
            }
            else
            {
                path.Append(path.Length == 0 ? "" : ".").Append(segment);
            }
        }
        return path.ToString();
    }
}
