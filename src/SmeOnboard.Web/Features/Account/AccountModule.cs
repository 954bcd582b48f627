using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.AspNetCore.Identity;
using SmeOnboard.Core.Features.Members;
using SmeOnboard.Core.Identity;
using SmeOnboard.Web.Components.Layout;
using SmeOnboard.Web.Features.Authorization;
using SmeOnboard.Web.Features.Preferences;

namespace SmeOnboard.Web.Features.Account;

public static class AccountModule
{
    public const string SignInPath = "/account/signin";

    public static IServiceCollection AddAccount(this IServiceCollection services)
    {
        services.AddAuthentication(options =>
            {
                options.DefaultScheme = IdentityConstants.ApplicationScheme;
                options.DefaultSignInScheme = IdentityConstants.ExternalScheme;
            })
            .AddIdentityCookies(cookies => cookies.ApplicationCookie?.Configure(options =>
            {
                options.LoginPath = SignInPath;
                options.LogoutPath = "/account/signout";
                options.AccessDeniedPath = "/account/access-denied";
                options.Cookie.Name = "smeonboard.auth";
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Lax;
                options.SlidingExpiration = true;
                options.ExpireTimeSpan = TimeSpan.FromHours(12);
                // API callers get status codes, not a sign-in page.
                options.Events.OnRedirectToLogin = context => RedirectOrStatus(context, StatusCodes.Status401Unauthorized);
                options.Events.OnRedirectToAccessDenied = context => RedirectOrStatus(context, StatusCodes.Status403Forbidden);
            }));

        services.AddIdentityCore<AppUser>(PortalIdentityRules.Apply)
            .AddRoles<AppRole>()
            .AddDapperStores()
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<PortalClaimsPrincipalFactory>();

        // Password reset links are good for two hours.
        services.Configure<DataProtectionTokenProviderOptions>(options => options.TokenLifespan = TimeSpan.FromHours(2));
        services.AddOrganisationsAndMembers();
        services.AddScoped<CircuitHandler, CurrentPrincipalCircuitHandler>();
        services.AddScoped<AccountEmails>();
        services.AddScoped<SignInAudit>();
        services.AddNavEntry(new NavEntry("/account/security", "Nav.Security", MudBlazor.Icons.Material.Filled.Security, Policies.OrganisationMember, 900));
        return services;
    }

    public static IApplicationBuilder UseCurrentPrincipal(this IApplicationBuilder app) => app.UseMiddleware<CurrentPrincipalMiddleware>();

    public static IEndpointRouteBuilder MapAccount(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/account/signout", async (SignInManager<AppUser> signIn, [Microsoft.AspNetCore.Mvc.FromForm] string? returnUrl) =>
            {
                await signIn.SignOutAsync();
                return TypedResults.LocalRedirect(PreferenceEndpoints.SafeReturnUrl(returnUrl));
            })
            .RequireAuthorization()
            .WithTags("Account");
        return endpoints;
    }

    private static Task RedirectOrStatus(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int statusCode)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = statusCode;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }
        return Task.CompletedTask;
    }
}
