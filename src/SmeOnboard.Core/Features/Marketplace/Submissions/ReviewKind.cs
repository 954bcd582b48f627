namespace SmeOnboard.Core.Features.Marketplace.Submissions;

/// <summary>How much a reviewer must look at: everything, or only the texts and prices that changed.</summary>
public enum ReviewKind
{
    /// <summary>A new app, or a version that reaches more data or sends it to new places.</summary>
    Full,

    /// <summary>The same scopes and endpoints as the published version; texts, prices or actions changed.</summary>
    Light,
}
