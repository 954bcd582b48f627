namespace SmeOnboard.Core.Features.Workflows;

/// <summary>How many open tasks the acting member could pick up now (the inbox badge).</summary>
public interface IOpenTaskCounter
{
    Task<int> CountOpenTasksAsync(CancellationToken cancellationToken = default);
}
