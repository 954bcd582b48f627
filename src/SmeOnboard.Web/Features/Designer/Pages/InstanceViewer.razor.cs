using Microsoft.AspNetCore.Components;
using MudBlazor;
using SmeOnboard.Core.Features.Workflows;
using SmeOnboard.Core.Identity;
using SmeOnboard.Core.Tenancy;
using SmeOnboard.Web.Features.Designer.Components;
using SmeOnboard.Workflows.Model;
using SmeOnboard.Workflows.Runtime;

namespace SmeOnboard.Web.Features.Designer.Pages;

/// <summary>
/// One instance: its flowchart with the path taken, incidents and journal. While it runs the page follows it live: each
/// burst this node saves is pushed to the circuit at once; a slow re-read covers bursts saved by another node.
/// </summary>
public partial class InstanceViewer : IDisposable
{
    private static readonly TimeSpan OtherNodesInterval = TimeSpan.FromSeconds(15);

    private InstanceDetails? _details;
    private WorkflowDefinition? _definition;
    private DesignerCanvas? _canvas;
    private bool _notFound;
    private bool _isTest;
    private bool _isAdmin;
    private PeriodicTimer? _timer;
    private readonly CancellationTokenSource _disposed = new();

    [Parameter] public string InstanceId { get; set; } = "";
    [Inject] private WorkflowRuntime Runtime { get; set; } = default!;
    [Inject] private WorkflowDefinitions Definitions { get; set; } = default!;
    [Inject] private WorkflowTestRuns TestRuns { get; set; } = default!;
    [Inject] private WorkflowInstanceChanges Changes { get; set; } = default!;
    [Inject] private ICurrentActor Actor { get; set; } = default!;

    private IEnumerable<Incident> OpenIncidents =>
        _details?.Instance is { Status: WorkflowStatus.Faulted } instance ? instance.Incidents.TakeLast(1) : [];

    private bool IsEnded => _details?.Instance.Status is WorkflowStatus.Finished or WorkflowStatus.Cancelled;

    protected override async Task OnInitializedAsync()
    {
        _details = await Runtime.FindInstanceAsync(InstanceId);
        _notFound = _details is null;
        if (_details is null)
            return;
        _definition = await Definitions.FindVersionAsync(_details.Instance.DefinitionId, _details.Instance.DefinitionVersion);
        _isTest = await TestRuns.IsTestRunAsync(InstanceId);
        _isAdmin = Actor.IsInRole(Roles.FirmAdmin);
        if (!IsEnded && RendererInfo.IsInteractive)
        {
            Changes.Saved += OnSaved;
            _timer = new PeriodicTimer(OtherNodesInterval);
            _ = RereadAsync(_timer);
        }
    }

    private Task ShowPathAsync() => _canvas?.SetStatesAsync(InstancePath.States(_details!)) ?? Task.CompletedTask;

    private void OnSaved(string instanceId)
    {
        if (instanceId == InstanceId)
            _ = InvokeAsync(RefreshAsync);
    }

    private async Task RereadAsync(PeriodicTimer timer)
    {
        try
        {
            while (await timer.WaitForNextTickAsync(_disposed.Token))
                await InvokeAsync(RefreshAsync);
        }
        catch (OperationCanceledException)
        {
            // The page was left.
        }
    }

    private async Task RefreshAsync()
    {
        if (_disposed.IsCancellationRequested)
            return;
        var details = await Runtime.FindInstanceAsync(InstanceId);
        if (details is null || details.Instance.Revision == _details?.Instance.Revision)
            return;
        _details = details;
        await ShowPathAsync();
        if (IsEnded)
            StopFollowing();
        StateHasChanged();
    }

    private void StopFollowing()
    {
        Changes.Saved -= OnSaved;
        _timer?.Dispose();
    }

    private static Color StatusColour(WorkflowStatus status) => status switch
    {
        WorkflowStatus.Finished => Color.Success,
        WorkflowStatus.Faulted => Color.Error,
        WorkflowStatus.Suspended => Color.Warning,
        _ => Color.Default,
    };

    public void Dispose()
    {
        StopFollowing();
        _disposed.Cancel();
        _disposed.Dispose();
    }
}
