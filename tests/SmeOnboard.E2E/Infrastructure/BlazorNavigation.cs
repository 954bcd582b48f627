using Microsoft.Playwright;

namespace SmeOnboard.E2E.Infrastructure;

/// <summary>
/// Waiting for an address Blazor reaches inside the page (history.pushState, no load event). WaitForURLAsync listens
/// for a navigation event and can miss one that lands while it starts listening on a busy machine (it did in CI); the
/// URL assertions poll the address instead, for as long as any page action may take.
/// </summary>
public static class BlazorNavigation
{
    public static PageAssertionsToHaveURLOptions Within { get; } = new() { Timeout = 15_000 };
}
