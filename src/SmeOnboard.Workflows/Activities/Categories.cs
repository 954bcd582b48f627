namespace SmeOnboard.Workflows.Activities;

/// <summary>The palette groups of the built-in activities.</summary>
public static class Categories
{
    public const string Triggers = "Triggers";
    public const string People = "People";
    public const string Flow = "Flow";
    public const string Timers = "Timers";
    public const string Data = "Data";
    public const string Integration = "Integration";
}
