using SmeOnboard.Core.Common;
using SmeOnboard.Core.Features.Workflows;
using MudBlazor;

namespace SmeOnboard.Web.Features.Designer.Pages;

// This part of the designer: test runs of the draft, with input when the workflow has variables.
public partial class WorkflowDesigner
{
    private bool _askInput;
    private IReadOnlyList<FieldError> _inputErrors = [];

    // A workflow with variables asks for the input first (prefilled with the defaults); one without starts at once.
    private Task TestRunAsync()
    {
        if (_document!.Variables.Count == 0)
            return StartTestRunAsync(null);
        _askInput = true;
        return Task.CompletedTask;
    }

    // A test run starts the latest saved version, so a pending change is saved first and a draft with problems is
    // refused. Nothing is saved when nothing changed: that would turn a published version into a needless new draft.
    private async Task StartTestRunAsync(string? input)
    {
        _busy = true;
        try
        {
            _pending?.Cancel();
            if (_state != "Saved")
                await SaveNowAsync();
            if (_conflict)
                return;
            if (_problems.Count > 0)
            {
                _tab = ProblemsTab;
                Snackbar.Add(string.Format(L["Designer.TestRunRefused"], _problems.Count), Severity.Error);
                return;
            }
            var started = await TestRuns.StartWithInputAsync(DefinitionId, input);
            _inputErrors = started is { Succeeded: false } && started.Errors.Any(e => e.Code == TestRunInput.InvalidCode) ? started.Errors : [];
            if (started is { Succeeded: true })
                Navigation.NavigateTo($"/workflows/instances/{Uri.EscapeDataString(started.Value.Id)}");
            else if (_inputErrors.Count > 0)
                _askInput = true;
            else
                Snackbar.Add(started is null ? L["Designer.NotFound"] : string.Join(" ", started.Errors.Select(e => e.Message)), Severity.Error);
        }
        finally
        {
            _busy = false;
        }
    }
}
