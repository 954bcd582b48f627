namespace SmeOnboard.Workflows.Activities;

/// <summary>Names of the outcome ports used by the built-in activities.</summary>
public static class Outcome
{
    public const string Done = "Done";
    public const string True = "True";
    public const string False = "False";
    public const string Approved = "Approved";
    public const string Rejected = "Rejected";
    public const string Default = "Default";
}
