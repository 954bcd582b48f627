using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using SmeOnboard.Core.Features.Marketplace.ApiKeys;
using SmeOnboard.Core.Features.Organisations;
using SmeOnboard.Core.Identity;
using SmeOnboard.Core.Tenancy;

namespace SmeOnboard.Web.Features.Vendors;

/// <summary>
/// Authenticates "Authorization: Bearer smk_…" as the key's vendor, in the role of its developers, holding the key's
/// scopes as claims. Only endpoints whose policy names this scheme consult it; the cookie stays the default.
/// </summary>
public sealed class ApiKeyAuthentication(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, VendorApiKeyStore keys)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "VendorApiKey";
    public const string ScopeClaim = "smeonboard:api_scope";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }
        var caller = await keys.FindCallerAsync(header["Bearer ".Length..].Trim(), Context.RequestAborted);
        if (caller is null)
        {
            // Unknown and revoked keys are refused alike, so a revoked key tells nothing about the vendor.
            return AuthenticateResult.Fail("The API key is not valid.");
        }
        var claims = new List<Claim>
        {
            new(ClaimTypes.Name, $"api-key:{caller.Key.KeyPrefix}"),
            new(PortalClaimTypes.DisplayName, $"API key \"{caller.Key.Name}\""),
            new(ClaimTypes.Role, Roles.VendorDeveloper),
            new(PortalClaimTypes.OrganisationId, caller.Key.VendorOrgId.ToString()),
            new(PortalClaimTypes.OrganisationKind, OrganisationKind.Vendor.ToString()),
            new(PortalClaimTypes.OrganisationName, caller.VendorName),
        };
        claims.AddRange(caller.Key.ScopeList.Select(scope => new Claim(ScopeClaim, scope)));
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName)), SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer";
        return Task.CompletedTask;
    }
}
