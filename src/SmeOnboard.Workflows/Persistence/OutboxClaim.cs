using SmeOnboard.Workflows.Runtime;

namespace SmeOnboard.Workflows.Persistence;

/// <summary>An outbox message that one dispatcher holds until the lease ends; it carries the organisation with it.</summary>
public sealed class OutboxClaim
{
    public required OutboxMessage Message { get; init; }

    /// <summary>Identifies this claim: releasing it succeeds only while no later claim replaced it.</summary>
    public required Guid Token { get; init; }

    /// <summary>When another dispatcher may claim the message again, should this one stop before it is done.</summary>
    public required DateTimeOffset LeaseUntil { get; init; }

    /// <summary>How many times the message has been claimed, this claim included; a dispatcher backs off by it.</summary>
    public required int Attempts { get; init; }
}
