using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;
using SmeOnboard.Core.Tenancy;

namespace SmeOnboard.Web.Features.Account;

/// <summary>
/// Interactive pages run in a circuit with no HttpContext, so the circuit's authentication state feeds
/// <see cref="CurrentPrincipal"/> instead, and keeps it current when the state changes.
/// </summary>
public sealed class CurrentPrincipalCircuitHandler(AuthenticationStateProvider authentication, CurrentPrincipal principal)
    : CircuitHandler, IDisposable
{
    public override async Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        authentication.AuthenticationStateChanged += OnAuthenticationChanged;
        principal.Set((await authentication.GetAuthenticationStateAsync()).User);
    }

    public void Dispose() => authentication.AuthenticationStateChanged -= OnAuthenticationChanged;

    // A faulted refresh leaves the previous principal in place; the circuit's own authentication handling reports it.
    private void OnAuthenticationChanged(Task<AuthenticationState> state) =>
        state.ContinueWith(
            completed => principal.Set(completed.Result.User),
            CancellationToken.None,
            TaskContinuationOptions.OnlyOnRanToCompletion,
            TaskScheduler.Default);
}
