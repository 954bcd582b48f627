namespace SmeOnboard.Workflows.Model;

/// <summary>A point on the designer's canvas.</summary>
public sealed record Position(double X, double Y);
