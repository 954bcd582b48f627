namespace SmeOnboard.Core.Features.Marketplace;

/// <summary>Semantic-version order (major.minor.patch, a pre-release sorts below its release), as manifests use it.</summary>
public static class AppVersions
{
    public static int Compare(string left, string right)
    {
        var (leftCore, leftPre) = Split(left);
        var (rightCore, rightPre) = Split(right);
        for (var i = 0; i < 3; i++)
        {
            var order = leftCore[i].CompareTo(rightCore[i]);
            if (order != 0)
            {
                return order;
            }
        }
        return (leftPre, rightPre) switch
        {
            (null, null) => 0,
            (null, _) => 1,
            (_, null) => -1,
            _ => string.CompareOrdinal(leftPre, rightPre),
        };
    }

    private static (long[] Core, string? PreRelease) Split(string version)
    {
        var dash = version.IndexOf('-', StringComparison.Ordinal);
        var core = (dash < 0 ? version : version[..dash]).Split('.');
        if (core.Length != 3 || !core.All(part => long.TryParse(part, out _)))
        {
            throw new FormatException($"\"{version}\" is not a semantic version.");
        }
        return (core.Select(long.Parse).ToArray(), dash < 0 ? null : version[(dash + 1)..]);
    }
}
