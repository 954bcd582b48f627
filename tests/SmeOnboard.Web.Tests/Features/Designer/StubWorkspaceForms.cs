using SmeOnboard.Core.Features.Workspace;

namespace SmeOnboard.Web.Tests.Features.Designer;

/// <summary>A firm with the forms a test gives it, for components that offer the workspace's forms.</summary>
internal sealed class StubWorkspaceForms(params FormSummary[] forms) : IWorkspaceForms
{
    public Task<IReadOnlyList<FormSummary>> ListFormsAsync(CancellationToken cancellationToken = default) => Task.FromResult<IReadOnlyList<FormSummary>>(forms);
}
