namespace SmeOnboard.Core.Tests.Features.Workflows;

/// <summary>One request a <see cref="Receiver"/> saw.</summary>
internal sealed record ReceivedRequest(string Method, Uri Url, string? IdempotencyKey, string? Signature, string Body);
