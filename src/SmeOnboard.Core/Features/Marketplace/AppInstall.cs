namespace SmeOnboard.Core.Features.Marketplace;

/// <summary>A firm's install of an app, with the app's names and the scopes the firm granted.</summary>
public sealed class AppInstall
{
    public const string Columns =
        "i.id, i.app_id, i.app_version, i.status, i.installed_at, i.uninstalled_at, a.name_en, a.name_zh, a.vendor_name, a.listing";

    public Guid Id { get; init; }
    public string AppId { get; init; } = "";
    public string AppVersion { get; init; } = "";
    public string Status { get; init; } = "";
    public DateTimeOffset InstalledAt { get; init; }
    public DateTimeOffset? UninstalledAt { get; init; }
    public string NameEn { get; init; } = "";
    public string NameZh { get; init; } = "";
    public string VendorName { get; init; } = "";

    /// <summary>"Listed", or "Suspended"/"Delisted" when the platform took the app down: its actions are not called and its data access stopped.</summary>
    public string Listing { get; init; } = "Listed";
    public IReadOnlyList<InstallScope> Scopes { get; init; } = [];

    public bool IsTakenDown => Listing != "Listed";

    public IEnumerable<string> ActiveScopes => Scopes.Where(s => s.IsActive).Select(s => s.Scope);

    public string NameIn(string culture) => culture.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? NameZh : NameEn;
}
