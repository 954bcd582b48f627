using SmeOnboard.Workflows.Runtime;

namespace SmeOnboard.Core.Features.Workflows;

/// <summary>Carries out one kind of outbox message. Throws when it did not succeed, so the dispatcher tries again later.</summary>
public interface IOutboxEffect
{
    OutboxKind Kind { get; }

    /// <summary>
    /// Performs the effect; it may run more than once for the same message (a dispatcher that crashed before marking it
    /// done), so every effect passes the idempotency key on or writes idempotently.
    /// </summary>
    Task PerformAsync(OutboxMessage message, CancellationToken cancellationToken);
}
