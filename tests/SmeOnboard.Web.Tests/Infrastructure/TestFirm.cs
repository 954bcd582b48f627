namespace SmeOnboard.Web.Tests.Infrastructure;

/// <summary>A firm a test registered for itself, with its admin's credentials.</summary>
public sealed record TestFirm(Guid OrgId, string Name, string AdminName, string AdminEmail, string Password);
