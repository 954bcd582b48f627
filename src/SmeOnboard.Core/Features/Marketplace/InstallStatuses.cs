namespace SmeOnboard.Core.Features.Marketplace;

public static class InstallStatuses
{
    public const string Active = "Active";
    public const string Uninstalled = "Uninstalled";
}
