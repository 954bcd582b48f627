namespace SmeOnboard.Core.Features.Workspace;

/// <summary>The acting firm's workspace forms, for pickers that offer them by key (the designer's HumanTask form input).</summary>
public interface IWorkspaceForms
{
    Task<IReadOnlyList<FormSummary>> ListFormsAsync(CancellationToken cancellationToken = default);
}
