using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using MudBlazor;
using SmeOnboard.Core.Common;
using SmeOnboard.Core.Features.Workflows;
using SmeOnboard.Web.Features.Designer.Components;
using SmeOnboard.Workflows.Activities;

namespace SmeOnboard.Web.Features.Designer.Pages;

/// <summary>
/// Edits one workflow. Each change restarts a short timer; when it runs out the draft is saved, and the engine's
/// validator either accepts it ("saved") or names every problem, which the list shows and the canvas marks red.
/// </summary>
public partial class WorkflowDesigner
{
    private const int PropertiesTab = 0;
    private const int ProblemsTab = 3;
    private static readonly TimeSpan AutosaveDelay = TimeSpan.FromMilliseconds(800);
    private const long MaxImportBytes = 2 * 1024 * 1024;

    private readonly SemaphoreSlim _saving = new(1, 1);
    private CancellationTokenSource? _pending;
    private DesignerDocument? _document;
    private DesignerCanvas _canvas = default!;
    private string? _selectedId;
    private JsonObject? _selected;
    private IReadOnlyList<FieldError> _problems = [];
    private IReadOnlyList<FieldError> _importProblems = [];
    private string _state = "Saved";
    private bool _notFound;
    private bool _busy;
    private int _tab;
    private int _latestVersion;
    private int? _publishedVersion;
    private int _revision;
    private bool _conflict;
    private string? _note;

    [Parameter] public string DefinitionId { get; set; } = "";
    [Inject] private WorkflowDefinitions Definitions { get; set; } = default!;
    [Inject] private WorkflowTestRuns TestRuns { get; set; } = default!;
    [Inject] private ActivityRegistry Registry { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;

    private Color StateColour => _state switch
    {
        "Saved" => Color.Success,
        "Invalid" or "Conflict" => Color.Error,
        _ => Color.Default,
    };

    private IReadOnlyList<string> VariableNames => _document?.Variables.Select(v => v.Name).Where(n => n.Length > 0).ToList() ?? [];

    private HashSet<string> ActivityIds =>
        _document?.Activities.Select(a => a["id"]?.GetValue<string>() ?? "").ToHashSet(StringComparer.Ordinal) ?? [];

    protected override async Task OnInitializedAsync()
    {
        // The revision is read before the document: a save in between makes this editor's first save a conflict, never
        // a silent overwrite.
        _revision = await Definitions.FindDraftRevisionAsync(DefinitionId);
        var latest = await Definitions.FindLatestAsync(DefinitionId);
        if (latest is null)
        {
            _notFound = true;
            return;
        }
        _document = DesignerDocument.From(latest);
        _latestVersion = latest.Version;
        _publishedVersion = (await Definitions.FindPublishedAsync(DefinitionId))?.Version;
    }

    private Task OnGraphChangedAsync(JsonObject root)
    {
        _document!.Root = root;
        // A dropped activity is selected before its graph change arrives, so the selection is resolved again here.
        _selected = _selectedId is null ? null : _document.FindActivity(_selectedId);
        ScheduleSave();
        return Task.CompletedTask;
    }

    private void OnSelectionChanged(IReadOnlyList<string> ids)
    {
        _selectedId = ids.Count == 1 ? ids[0] : null;
        _selected = _selectedId is null ? null : _document!.FindActivity(_selectedId);
        if (_selected is not null)
            _tab = PropertiesTab;
    }

    private async Task OnActivityChangedAsync(JsonObject activity)
    {
        _document!.Replace(activity);
        _selected = activity;
        await _canvas.UpdateActivityAsync(activity);
        ScheduleSave();
    }

    private async Task SelectProblemActivityAsync(string? activityId)
    {
        if (activityId is null)
            return;
        await _canvas.CallSelectAsync(activityId);
        OnSelectionChanged([activityId]);
    }

    private void ScheduleSave()
    {
        if (_conflict)
            return;
        _state = "Unsaved";
        _pending?.Cancel();
        _pending = new CancellationTokenSource();
        _ = SaveLaterAsync(_pending.Token);
    }

    private async Task SaveLaterAsync(CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(AutosaveDelay, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            return;
        }
        await InvokeAsync(SaveNowAsync);
    }

    // One save at a time: a later change must not be overtaken by an earlier, slower save.
    private async Task SaveNowAsync()
    {
        await _saving.WaitAsync();
        try
        {
            _state = "Saving";
            StateHasChanged();
            var saved = await Definitions.SaveDraftAsync(DefinitionId, _document!.ToJson(), _revision);
            // Someone else saved since this editor loaded: nothing more is saved here until the page is reloaded.
            _conflict = !saved.Succeeded && saved.Errors.Any(e => e.Code == WorkflowErrors.DraftConflict);
            _problems = saved.Succeeded || _conflict ? [] : saved.Errors;
            _state = saved.Succeeded ? "Saved" : _conflict ? "Conflict" : "Invalid";
            if (saved.Succeeded)
                (_latestVersion, _revision) = (saved.Value.Definition.Version, saved.Value.Revision);
            var ids = ActivityIds;
            await _canvas.MarkInvalidAsync(_problems.Select(p => ProblemActivities.Of(p, ids)).OfType<string>().Distinct());
        }
        finally
        {
            _saving.Release();
        }
        StateHasChanged();
    }

    private async Task PublishAsync()
    {
        _busy = true;
        try
        {
            _pending?.Cancel();
            await SaveNowAsync();
            if (_conflict)
                return;
            if (_problems.Count > 0)
            {
                _tab = ProblemsTab;
                Snackbar.Add(string.Format(L["Designer.PublishRefused"], _problems.Count), Severity.Error);
                return;
            }
            var published = await Definitions.PublishAsync(DefinitionId, _note);
            _publishedVersion = published?.Version;
            _note = null;
            Snackbar.Add(string.Format(L["Designer.Published"], published?.Version), Severity.Success);
        }
        finally
        {
            _busy = false;
        }
    }

    private void Reload() => Navigation.NavigateTo(Navigation.Uri, forceLoad: true);

    private Task ExportAsync()
    {
        var pretty = JsonNode.Parse(_document!.ToJson())!.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
        return _canvas.DownloadAsync($"{DefinitionId}.json", pretty);
    }

    private async Task ImportAsync(IBrowserFile? file)
    {
        if (file is null)
            return;
        string json;
        try
        {
            using var reader = new StreamReader(file.OpenReadStream(MaxImportBytes));
            json = await reader.ReadToEndAsync();
        }
        catch (IOException)
        {
            _importProblems = [new FieldError("file", WorkflowDefinitions.InvalidCode, L["Designer.ImportTooLarge"])];
            return;
        }
        var read = WorkflowImport.Read(json, Registry);
        if (!read.Succeeded)
        {
            // Nothing changes: the draft and the canvas stay as they were.
            _importProblems = read.Errors;
            return;
        }
        _importProblems = [];
        var imported = DesignerDocument.From(read.Value);
        _document!.Name = imported.Name;
        _document.Description = imported.Description;
        _document.Variables.Clear();
        _document.Variables.AddRange(imported.Variables);
        _document.Root = imported.Root;
        _selectedId = null;
        _selected = null;
        await _canvas.LoadAsync(imported.Root);
        ScheduleSave();
    }

    public void Dispose()
    {
        _pending?.Cancel();
        _pending?.Dispose();
    }
}
