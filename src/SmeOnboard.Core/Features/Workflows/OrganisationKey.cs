namespace SmeOnboard.Core.Features.Workflows;

/// <summary>
/// The engine names organisations by string; the portal's organisations are Guids, and workflow rows reference them.
/// </summary>
internal static class OrganisationKey
{
    public static Guid Parse(string organisationId) =>
        Guid.TryParse(organisationId, out var id)
            ? id
            : throw new ArgumentException($"'{organisationId}' is not an organisation id (a Guid).", nameof(organisationId));

    public static string Format(Guid organisationId) => organisationId.ToString("D");
}
