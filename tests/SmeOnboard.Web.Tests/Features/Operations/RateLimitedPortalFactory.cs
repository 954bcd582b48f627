using SmeOnboard.Web.Tests.Infrastructure;

namespace SmeOnboard.Web.Tests.Features.Operations;

/// <summary>A second portal with the sign-in limit at three posts a minute; without demo data, which the limit does not need.</summary>
public sealed class RateLimitedPortalFactory : PortalFactory
{
    public const int SignInPermitsPerMinute = 3;

    protected override IDictionary<string, string?> Settings
    {
        get
        {
            var settings = base.Settings;
            settings["RateLimits:SignInPermitsPerMinute"] = SignInPermitsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture);
            settings["Demo:Seed"] = "false";
            return settings;
        }
    }
}
