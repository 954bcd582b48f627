using Microsoft.AspNetCore.Components;
using MudBlazor;
using SmeOnboard.Core.Features.Workflows;
using SmeOnboard.Web.Features.Designer.Components;
using SmeOnboard.Workflows.Model;

namespace SmeOnboard.Web.Features.Designer.Pages;

/// <summary>
/// A workflow's versions: look at any of them read-only on the canvas, compare it with another (changes listed and
/// coloured on the canvas), and restore an old one as the new draft.
/// </summary>
public partial class WorkflowHistory
{
    private IReadOnlyList<DefinitionVersion>? _versions;
    private WorkflowDefinition? _viewed;
    private DefinitionDiff? _diff;
    private int? _compareFrom;
    private string _name = "";
    private DesignerCanvas? _canvas;

    [Parameter] public string DefinitionId { get; set; } = "";
    [Inject] private WorkflowVersions Versions { get; set; } = default!;
    [Inject] private WorkflowDefinitions Definitions { get; set; } = default!;
    [Inject] private IDialogService Dialogs { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;

    private string DesignerHref => $"/workflows/{Uri.EscapeDataString(DefinitionId)}";

    protected override async Task OnInitializedAsync()
    {
        _versions = await Versions.ListAsync(DefinitionId);
        if (_versions.Count == 0)
            return;
        _name = _versions[0].Name;
        // Opens on the newest version compared with the one before it: what the next publish would change.
        await ShowAsync(_versions[0].Version, _versions.Count > 1 ? _versions[1].Version : null);
    }

    private Task ViewAsync(int version) => ShowAsync(version, _versions!.FirstOrDefault(v => v.Version < version)?.Version, redraw: true);

    private Task CompareAsync(int? from) => ShowAsync(_viewed!.Version, from, redraw: false);

    private async Task ShowAsync(int version, int? compareFrom, bool redraw = false)
    {
        _viewed = await Definitions.FindVersionAsync(DefinitionId, version);
        _compareFrom = compareFrom;
        _diff = compareFrom is { } from ? await Versions.CompareAsync(DefinitionId, from, version) : null;
        if (_canvas is not null && _viewed is not null)
        {
            if (redraw)
                await _canvas.LoadAsync(DesignerDocument.From(_viewed).Root);
            await MarkDiffAsync();
        }
    }

    private Task MarkDiffAsync() => _canvas?.SetStatesAsync(DiffStates.Of(_diff)) ?? Task.CompletedTask;

    private async Task RestoreAsync(int version)
    {
        var confirmed = await Dialogs.ShowMessageBoxAsync(
            L["History.Restore"], string.Format(L["History.RestoreConfirm"], version), yesText: L["History.Restore"], cancelText: L["History.Cancel"]);
        if (confirmed != true)
            return;
        var restored = await Versions.RestoreAsync(DefinitionId, version);
        if (restored is null)
        {
            Snackbar.Add(L["Designer.NotFound"], Severity.Warning);
            return;
        }
        if (!restored.Succeeded)
        {
            Snackbar.Add(string.Join(" ", restored.Errors.Select(e => e.Message)), Severity.Error);
            return;
        }
        Snackbar.Add(string.Format(L["History.Restored"], version, restored.Value.Version), Severity.Success);
        Navigation.NavigateTo(DesignerHref);
    }
}
