namespace SmeOnboard.Web.Resources;

/// <summary>Anchor type for the portal's strings in SharedResource.resx (English) and SharedResource.zh-CN.resx.</summary>
public sealed class SharedResource;
