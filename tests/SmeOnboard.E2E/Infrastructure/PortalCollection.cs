namespace SmeOnboard.E2E.Infrastructure;

/// <summary>The browser journeys share one portal and one browser; tests in a collection run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class PortalCollection : ICollectionFixture<PortalFixture>
{
    public const string Name = "Portal in a browser";
}
