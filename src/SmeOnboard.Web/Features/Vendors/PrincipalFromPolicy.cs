using SmeOnboard.Core.Tenancy;

namespace SmeOnboard.Web.Features.Vendors;

/// <summary>
/// An endpoint filter for policies that authenticate with more than the cookie: authorization runs after the
/// middleware that fills <see cref="CurrentPrincipal"/>, so the principal it settled on (an API key's) is handed on here.
/// </summary>
internal static class PrincipalFromPolicy
{
    public static TBuilder WithPrincipalFromPolicy<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(async (context, next) =>
        {
            context.HttpContext.RequestServices.GetRequiredService<CurrentPrincipal>().Set(context.HttpContext.User);
            return await next(context);
        });
}
