namespace SmeOnboard.Web.Components.Layout;

/// <summary>
/// A link in the navigation drawer. Features register their own entries; the drawer shows those whose
/// authorization policy the signed-in person meets.
/// </summary>
/// <param name="Href">Where the link goes.</param>
/// <param name="TextKey">Resource key of the link text.</param>
/// <param name="Icon">A MudBlazor icon.</param>
/// <param name="Policy">The policy the page requires (null: public); the entry is hidden from anyone it would refuse.</param>
/// <param name="Order">Position in the drawer, lowest first.</param>
public sealed record NavEntry(string Href, string TextKey, string Icon, string? Policy, int Order);
