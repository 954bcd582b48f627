namespace SmeOnboard.Web.Features.Workflows;

/// <summary>A newly issued webhook secret, shown once; send it as the <c>X-Workflow-Secret</c> header to <c>POST</c> the path.</summary>
public sealed record WebhookSecretResponse(string Secret, string Header, string Path);
