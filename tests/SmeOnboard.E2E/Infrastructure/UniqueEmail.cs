namespace SmeOnboard.E2E.Infrastructure;

/// <summary>Addresses nobody else in the shared database uses, so journeys never trip over each other.</summary>
public static class UniqueEmail
{
    public static string For(string who, string domain = "e2e.example") => $"{who}-{Guid.NewGuid():N}@{domain}";
}
