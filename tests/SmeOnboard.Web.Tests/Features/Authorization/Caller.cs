using SmeOnboard.Web.Features.Demo;

namespace SmeOnboard.Web.Tests.Features.Authorization;

/// <summary>Who knocks: nobody signed in, or one of the five demo accounts, one per role.</summary>
public enum Caller
{
    Anonymous,
    FirmMember,
    FirmAdmin,
    VendorDeveloper,
    GovOfficer,
    PlatformAdmin,
}

public static class Callers
{
    public static string DemoEmail(this Caller caller) => caller switch
    {
        Caller.FirmMember => DemoAccounts.FirmMemberEmail,
        Caller.FirmAdmin => DemoAccounts.FirmAdminEmail,
        Caller.VendorDeveloper => DemoAccounts.VendorEmail,
        Caller.GovOfficer => DemoAccounts.OfficerEmail,
        Caller.PlatformAdmin => DemoAccounts.PlatformAdminEmail,
        _ => throw new ArgumentOutOfRangeException(nameof(caller), caller, "Anonymous callers have no account."),
    };
}
