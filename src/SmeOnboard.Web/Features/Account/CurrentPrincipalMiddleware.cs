using SmeOnboard.Core.Tenancy;

namespace SmeOnboard.Web.Features.Account;

/// <summary>Hands the request's signed-in person to <see cref="CurrentPrincipal"/> for endpoints and static pages.</summary>
public sealed class CurrentPrincipalMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context, CurrentPrincipal principal)
    {
        principal.Set(context.User);
        return next(context);
    }
}
