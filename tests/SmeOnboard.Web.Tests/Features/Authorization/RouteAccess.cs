namespace SmeOnboard.Web.Tests.Features.Authorization;

/// <summary>One endpoint and who may use it.</summary>
/// <param name="Methods">The HTTP methods the endpoint accepts, as the app declares them ("GET,POST"; "*" for any).</param>
/// <param name="Pattern">The route pattern exactly as registered.</param>
/// <param name="SampleUrl">A harmless request for it: route parameters and required query values filled in.</param>
/// <param name="Allowed">Who gets through; everyone else is refused.</param>
public sealed record RouteAccess(string Methods, string Pattern, string SampleUrl, IReadOnlyList<Caller> Allowed)
{
    public string Key => $"{Methods} {Pattern}";

    public bool IsApi => Pattern.StartsWith("/api/", StringComparison.Ordinal);

    /// <summary>
    /// Where the page itself sends an allowed caller who has no business there yet (not an authorization refusal:
    /// those always carry a ReturnUrl).
    /// </summary>
    public string? PageRedirect { get; init; }

    /// <summary>
    /// The status an endpoint that checks its own credential (a signature, not a sign-in) answers the unsigned sample
    /// request with, the same for every caller: the portal's authorization lets everyone through to that check.
    /// </summary>
    public int? OwnCredentialRefusal { get; init; }

    /// <summary>The request must carry a valid antiforgery token, else the refusal would not be about authorization.</summary>
    public bool SendAntiforgeryToken { get; init; }

    /// <summary>The methods probed: those declared, HEAD aside (it follows GET), and GET for endpoints that take any.</summary>
    public IEnumerable<string> ProbeMethods => Methods == "*" ? ["GET"] : Methods.Split(',');
}
