namespace SmeOnboard.Core.Tests.Features.Workflows;

/// <summary>The workflow store tests run one at a time: timer and outbox claims take what any organisation left due.</summary>
[CollectionDefinition(Name)]
public sealed class WorkflowClaimsCollection
{
    public const string Name = "Workflow claims";
}
