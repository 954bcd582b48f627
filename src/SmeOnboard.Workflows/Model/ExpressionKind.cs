namespace SmeOnboard.Workflows.Model;

/// <summary>The languages an input expression may be written in.</summary>
public enum ExpressionKind
{
    Literal,
    JavaScript,
}
