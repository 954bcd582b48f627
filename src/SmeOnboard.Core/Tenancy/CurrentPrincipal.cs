using System.Security.Claims;

namespace SmeOnboard.Core.Tenancy;

/// <summary>
/// Holds the person behind the current request or Blazor circuit. The web host fills it (middleware for requests,
/// a circuit handler for interactive pages) so that stores never take the acting organisation from user input.
/// </summary>
public sealed class CurrentPrincipal
{
    private static readonly ClaimsPrincipal Anonymous = new(new ClaimsIdentity());

    public ClaimsPrincipal User { get; private set; } = Anonymous;

    public void Set(ClaimsPrincipal user) => User = user;
}
